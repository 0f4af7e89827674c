using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;

namespace MicroCred.Domain.Credentials;

/// <summary>What an administrator enters when starting or editing a cohort.</summary>
/// <param name="IncludedMobility">The run included the international mobility the course plans (only for courses that plan some).</param>
public sealed record CohortDetails(string Name, string? Code, DateOnly StartsOn, DateOnly EndsOn, DeliveryMode Participation, bool IncludedMobility = false);

/// <summary>
/// One run of a published course design (a frozen, approved version) with its learners and their results. Managed by the
/// institution administrators of the design's issuing institution (W14); after the results are finalised nothing changes.
/// </summary>
public sealed class Cohort
{
    public const int NameMaxLength = 150;
    public const int CodeMaxLength = 50;

    private readonly List<Learner> _learners = [];

    private Cohort()
    {
    }

    public Guid Id { get; private set; }
    public Guid DesignId { get; private set; }

    /// <summary>The published version this cohort runs; its frozen content is what certificates print.</summary>
    public int DesignVersionNumber { get; private set; }

    /// <summary>The W14 issuing institution of that version: its administrators manage the cohort and issue credentials.</summary>
    public Guid IssuingInstitutionId { get; private set; }

    public string Name { get; private set; } = "";
    public string? Code { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public DeliveryMode Participation { get; private set; }

    /// <summary>The physical or blended international mobility the version plans (titles), copied at start; null when it plans none.</summary>
    public string? PlannedMobility { get; private set; }

    /// <summary>This run included the planned mobility, so its certificates print it (element 10).</summary>
    public bool IncludedMobility { get; private set; }

    /// <summary>EU element 10 as this run had it: what the cohort page, certificates and verification print.</summary>
    public string ParticipationText => CohortParticipation.Text(Participation, IncludedMobility ? PlannedMobility : null);

    /// <summary>The common grading scale and pass mark of the version (W13), copied so that grades can be checked.</summary>
    public GradingScale? GradingScale { get; private set; }
    public decimal? PassMark { get; private set; }

    public Guid CreatedById { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? ResultsFinalisedAt { get; private set; }
    public Guid? ResultsFinalisedById { get; private set; }
    public string? ResultsFinalisedByName { get; private set; }

    /// <summary>Optimistic concurrency token: changes when details, membership or finalisation change.</summary>
    public Guid Version { get; private set; }

    public IReadOnlyList<Learner> Learners => _learners;

    public bool IsFinalised => ResultsFinalisedAt is not null;

    /// <summary>Learners without a result, which block finalisation.</summary>
    public IReadOnlyList<Learner> LearnersWithoutResult => [.. _learners.Where(l => l.Result is null).OrderBy(l => l.FamilyName, StringComparer.CurrentCulture).ThenBy(l => l.GivenNames, StringComparer.CurrentCulture)];

    /// <summary>The issuing institution named in W14 of a design's content, or null when W14 does not resolve to an institution.</summary>
    public static Guid? IssuingInstitutionOf(DesignContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content.PartnerById(content.Award.IssuingInstitutionPartnerId)?.InstitutionId;
    }

    /// <summary>True when the actor is an institution administrator of the issuing institution of the given version content.</summary>
    public static bool MayManage(Actor actor, Guid issuingInstitutionId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsInstitutionAdmin && actor.InstitutionId == issuingInstitutionId;
    }

    /// <summary>Starts a cohort on an approved publication version (G3) of a published design.</summary>
    public static Cohort Start(CourseDesign design, DesignVersion version, CohortDetails details, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(actor);
        if (version.DesignId != design.Id)
        {
            throw new DomainException("This version does not belong to this course design.");
        }

        if (!design.HasPublishedVersion)
        {
            throw new DomainException("Cohorts can only start on a published course design.");
        }

        if (version.Gate != Gate.G3 || version.Outcome != DecisionOutcome.Approved)
        {
            throw new DomainException($"Version {version.Number} was not approved for publication, so no cohort can run on it.");
        }

        var content = version.ReadContent();
        var issuer = IssuingInstitutionOf(content)
            ?? throw new DomainException("The design names no issuing institution (Award, step 14), so no cohort can start.");
        if (!MayManage(actor, issuer))
        {
            throw new DomainException("Only an institution administrator of the issuing institution can start a cohort.");
        }

        var cohort = new Cohort
        {
            Id = Guid.NewGuid(),
            DesignId = design.Id,
            DesignVersionNumber = version.Number,
            IssuingInstitutionId = issuer,
            GradingScale = content.Assessment.GradingScale,
            PassMark = content.Assessment.PassMark,
            PlannedMobility = CohortParticipation.PlannedMobility(content),
            CreatedById = actor.UserId,
            CreatedAt = now,
        };
        cohort.ApplyDetails(details, now);
        return cohort;
    }

    public void Edit(CohortDetails details, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        EnsureEditable(actor);
        ApplyDetails(details, now);
    }

    public Learner AddLearner(LearnerDetails details, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        EnsureEditable(actor);
        EnsureValid(details, null);
        var learner = new Learner(Id, details, now);
        _learners.Add(learner);
        Touch(now);
        return learner;
    }

    public Learner EditLearner(Guid learnerId, LearnerDetails details, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        EnsureEditable(actor);
        var learner = Find(learnerId);
        EnsureValid(details, learner.Id);
        learner.Apply(details, now);
        return learner;
    }

    public Learner RemoveLearner(Guid learnerId, Actor actor, DateTimeOffset now)
    {
        EnsureEditable(actor);
        var learner = Find(learnerId);
        _learners.Remove(learner);
        Touch(now);
        return learner;
    }

    /// <summary>The first problem with a learner's details, or null when they may be stored. Used by imports to report every row.</summary>
    public string? Problem(LearnerDetails details, Guid? learnerId = null)
    {
        ArgumentNullException.ThrowIfNull(details);
        return LearnerRules.Problem(details, this, learnerId);
    }

    /// <summary>The assessment board's sign-off: every learner needs a result; afterwards nothing in the cohort changes.</summary>
    public void FinaliseResults(Actor actor, DateTimeOffset now)
    {
        EnsureEditable(actor);
        if (_learners.Count == 0)
        {
            throw new DomainException("Add the learners and their results before finalising.");
        }

        var missing = LearnersWithoutResult;
        if (missing.Count > 0)
        {
            var names = string.Join(", ", missing.Take(5).Select(l => $"{l.FullName} ({l.LearnerIdentifier})"));
            var more = missing.Count > 5 ? $" and {missing.Count - 5} more" : "";
            throw new DomainException($"Results cannot be finalised: {missing.Count} learner(s) have no result yet: {names}{more}.");
        }

        ResultsFinalisedAt = now;
        ResultsFinalisedById = actor.UserId;
        ResultsFinalisedByName = actor.Name;
        Touch(now);
    }

    internal Learner Find(Guid learnerId) =>
        _learners.FirstOrDefault(l => l.Id == learnerId) ?? throw new DomainException("This learner is not in the cohort.");

    internal void EnsureManagedBy(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!MayManage(actor, IssuingInstitutionId))
        {
            throw new DomainException("Only an institution administrator of the issuing institution can manage this cohort.");
        }
    }

    private void EnsureEditable(Actor actor)
    {
        EnsureManagedBy(actor);
        if (IsFinalised)
        {
            throw new DomainException(
                $"The results of this cohort were finalised on {Dates.Long(ResultsFinalisedAt!.Value)}; the cohort can no longer change.");
        }
    }

    private void EnsureValid(LearnerDetails details, Guid? learnerId)
    {
        if (LearnerRules.Problem(details, this, learnerId) is { } problem)
        {
            throw new DomainException(problem);
        }
    }

    private void ApplyDetails(CohortDetails details, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(details.Name))
        {
            throw new DomainException("Give the cohort a name.");
        }

        if (details.Name.Trim().Length > NameMaxLength)
        {
            throw new DomainException($"The cohort name can be at most {NameMaxLength} characters.");
        }

        if (details.Code?.Trim().Length > CodeMaxLength)
        {
            throw new DomainException($"The cohort code can be at most {CodeMaxLength} characters.");
        }

        if (details.EndsOn < details.StartsOn)
        {
            throw new DomainException("The run cannot end before it starts.");
        }

        if (!Enum.IsDefined(details.Participation))
        {
            throw new DomainException("Choose the form of participation.");
        }

        if (details.IncludedMobility && PlannedMobility is null)
        {
            throw new DomainException("This course plans no international mobility, so the run cannot have included it.");
        }

        if (_learners.Any(l => l.DateOfBirth is { } dob && dob >= details.StartsOn))
        {
            throw new DomainException("A learner's date of birth would fall on or after the new start date.");
        }

        Name = details.Name.Trim();
        Code = string.IsNullOrWhiteSpace(details.Code) ? null : details.Code.Trim();
        StartsOn = details.StartsOn;
        EndsOn = details.EndsOn;
        Participation = details.Participation;
        IncludedMobility = details.IncludedMobility;
        Touch(now);
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }
}
