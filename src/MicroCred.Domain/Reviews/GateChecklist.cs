using MicroCred.Domain.Checks;

namespace MicroCred.Domain.Reviews;

/// <summary>A question the reviewer answers at a gate.</summary>
public sealed record ChecklistCriterion(string Id, Gate Gate, string Text);

/// <summary>The reviewer's answer to one criterion. A remark is required unless the criterion is met or not applicable.</summary>
public sealed record CriterionVerdict(string CriterionId, Verdict Verdict, string? Remark = null);

public enum Verdict
{
    Met,
    PartlyMet,
    NotMet,
    NotApplicable,
}

/// <summary>
/// The review criteria per gate. G1 follows the design-review focus of seed 000; G2 adds the developed course and the
/// five core quality criteria the W18 plan must monitor; G3 asks whether the course is ready to be offered publicly.
/// </summary>
public static class GateChecklist
{
    public const int RemarkMaxLength = 2000;

    private static readonly ChecklistCriterion[] _criteria =
    [
        new("G1-OUTCOMES", Gate.G1, "The learning outcomes are coherent with the course as a whole: its objective, level, target group and size."),
        new("G1-CONTENT", Gate.G1, "The content of the units is relevant to the outcomes and to the professional field the course serves."),
        new("G1-ACTIVITIES", Gate.G1, "The learning activities are designed to let learners reach the outcomes, with enough interaction and practice."),
        new("G1-TOOLS", Gate.G1, "The digital tools and media are chosen for a purpose and are accessible to the learners."),
        new("G1-ASSESSMENT", Gate.G1, "Formative and summative assessment together test every outcome and give learners feedback in time."),

        new("G2-UNITS", Gate.G2, "Every unit was developed as designed and peer reviewed inside the team."),
        new("G2-WORKLOAD", Gate.G2, "The study load of the developed material matches the planned hours and credits."),
        new("G2-ACCESSIBILITY", Gate.G2, "The developed material is accessible and the inclusion measures are in place."),
        new("G2-QA-PROGRESS", Gate.G2, "The quality plan monitors learners' progress and success."),
        new("G2-QA-OUTCOMES", Gate.G2, "The quality plan compares the outcomes achieved with the outcomes intended."),
        new("G2-QA-EXPERIENCE", Gate.G2, "The quality plan asks about the learning experience and learner satisfaction."),
        new("G2-QA-CONTENT", Gate.G2, "The quality plan reviews the content and its level."),
        new("G2-QA-ANALYTICS", Gate.G2, "The quality plan uses learning analytics from the platform."),

        new("G3-BOARDS", Gate.G3, "The programme boards that must approve the course have done so."),
        new("G3-AGREEMENT", Gate.G3, "The signed consortium agreement matches the design that will be published."),
        new("G3-PUBLIC", Gate.G3, "The public course information is complete, correct and understandable for prospective learners."),
        new("G3-CERTIFICATE", Gate.G3, "The certificate shows the required European elements correctly."),
    ];

    public static IReadOnlyList<ChecklistCriterion> All => _criteria;

    public static IReadOnlyList<ChecklistCriterion> For(Gate gate) => [.. _criteria.Where(c => c.Gate == gate)];

    /// <summary>
    /// Checks a filled-in checklist: one verdict per criterion of the gate, remarks where something is lacking,
    /// and no approval while a criterion is not met.
    /// </summary>
    public static void Validate(Gate gate, IReadOnlyList<CriterionVerdict> verdicts, DecisionOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        var criteria = For(gate);
        var unknown = verdicts.FirstOrDefault(v => criteria.All(c => c.Id != v.CriterionId));
        if (unknown is not null)
        {
            throw new DomainException($"'{unknown.CriterionId}' is not a criterion of the {ReviewText.Gate(gate)}.");
        }

        var twice = verdicts.GroupBy(v => v.CriterionId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new DomainException($"Criterion '{twice.Key}' has more than one verdict.");
        }

        var open = criteria.FirstOrDefault(c => verdicts.All(v => v.CriterionId != c.Id));
        if (open is not null)
        {
            throw new DomainException($"Give a verdict on every criterion; missing: \"{open.Text}\"");
        }

        foreach (var v in verdicts)
        {
            if (v.Verdict is Verdict.NotMet or Verdict.PartlyMet && string.IsNullOrWhiteSpace(v.Remark))
            {
                throw new DomainException($"Explain in a remark why criterion '{v.CriterionId}' is {(v.Verdict == Verdict.NotMet ? "not met" : "partly met")}.");
            }

            if (v.Remark is { Length: > RemarkMaxLength })
            {
                throw new DomainException($"The remark on criterion '{v.CriterionId}' is longer than {RemarkMaxLength} characters.");
            }
        }

        var notMet = verdicts.FirstOrDefault(v => v.Verdict == Verdict.NotMet);
        if (outcome == DecisionOutcome.Approved && notMet is not null)
        {
            throw new DomainException($"The version cannot be approved while criterion '{notMet.CriterionId}' is not met; request changes instead.");
        }
    }
}
