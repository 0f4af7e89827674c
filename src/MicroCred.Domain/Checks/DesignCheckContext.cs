using MicroCred.Domain.Designs;

namespace MicroCred.Domain.Checks;

/// <summary>Everything the design checks read: the design content, the institutions involved and today's date.</summary>
public sealed record DesignCheckContext(
    DesignContent Content,
    IReadOnlyDictionary<Guid, InstitutionFacts> Institutions,
    DateOnly Today)
{
    public CheckSettings Settings { get; init; } = CheckSettings.Default;

    /// <summary>
    /// Partners whose signature of the consortium agreement is on record (the one place signatures are kept). Null when the
    /// caller has no records at hand (a frozen version, a sample): then the signatures typed into older step 21 content count.
    /// </summary>
    public IReadOnlySet<Guid>? SignedPartnerIds { get; init; }

    /// <summary>
    /// Programme boards of step 5 (their row ids) whose approval is on record (the one place approvals are kept). Null when the
    /// caller has no records at hand (a frozen version, a sample): then the approval typed into older step 5 content counts.
    /// </summary>
    public IReadOnlySet<Guid>? ApprovedBoardIds { get; init; }

    public InstitutionFacts? FactsOf(Guid? institutionId) =>
        institutionId is { } id && Institutions.TryGetValue(id, out var facts) ? facts : null;
}

/// <summary>Deployment settings for thresholds the sources leave open.</summary>
public sealed record CheckSettings
{
    public static CheckSettings Default { get; } = new();

    public decimal CourseEctsMin { get; init; } = 1.0m;
    public decimal CourseEctsMax { get; init; } = 3.0m;
    public int MaxPartners { get; init; } = 8;
    public decimal ParticipationShareMaxPercent { get; init; } = 30m;
    public decimal UnitHoursMin { get; init; } = 2m;
    public decimal UnitHoursMax { get; init; } = 6m;
    public int MinImplementationYears { get; init; } = 2;
}
