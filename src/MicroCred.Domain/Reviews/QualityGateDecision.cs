using MicroCred.Domain.Checks;

namespace MicroCred.Domain.Reviews;

/// <summary>
/// Approved moves the design through the gate. ChangesRequested returns it to the working state before the gate.
/// Rejected does the same but marks the version as failing the gate in substance, not in details; the consortium then
/// either reworks the design or the team leader withdraws it.
/// </summary>
public enum DecisionOutcome
{
    Approved,
    ChangesRequested,
    Rejected,
}

/// <summary>The reviewer's decision on a version at a quality gate, with the filled-in checklist. Written once, never changed.</summary>
public sealed class QualityGateDecision
{
    public const int SummaryMaxLength = 4000;

    private readonly List<CriterionVerdict> _verdicts = [];

    private QualityGateDecision()
    {
    }

    private QualityGateDecision(Review review, Actor decidedBy, DecisionOutcome outcome, string summary, IEnumerable<CriterionVerdict> verdicts, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        DesignId = review.DesignId;
        ReviewId = review.Id;
        VersionId = review.VersionId;
        VersionNumber = review.VersionNumber;
        Gate = review.Gate;
        DecidedById = decidedBy.UserId;
        DecidedByName = decidedBy.Name;
        DecidedAt = now;
        Outcome = outcome;
        Summary = summary;
        _verdicts.AddRange(verdicts);
    }

    public Guid Id { get; private set; }
    public Guid DesignId { get; private set; }
    public Guid ReviewId { get; private set; }
    public Guid VersionId { get; private set; }
    public int VersionNumber { get; private set; }
    public Gate Gate { get; private set; }
    public Guid DecidedById { get; private set; }
    public string DecidedByName { get; private set; } = "";
    public DateTimeOffset DecidedAt { get; private set; }
    public DecisionOutcome Outcome { get; private set; }
    public string Summary { get; private set; } = "";

    public IReadOnlyList<CriterionVerdict> Verdicts => _verdicts;

    internal static QualityGateDecision Create(Review review, Actor decidedBy, DecisionOutcome outcome, string summary, IReadOnlyList<CriterionVerdict> verdicts, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(summary))
        {
            throw new DomainException("Write a summary of the decision for the course team.");
        }

        if (summary.Trim().Length > SummaryMaxLength)
        {
            throw new DomainException($"The summary is longer than {SummaryMaxLength} characters.");
        }

        GateChecklist.Validate(review.Gate, verdicts, outcome);
        var ordered = GateChecklist.For(review.Gate).Select(c => verdicts.Single(v => v.CriterionId == c.Id))
            .Select(v => v with { Remark = string.IsNullOrWhiteSpace(v.Remark) ? null : v.Remark.Trim() });
        return new QualityGateDecision(review, decidedBy, outcome, summary.Trim(), ordered, now);
    }
}
