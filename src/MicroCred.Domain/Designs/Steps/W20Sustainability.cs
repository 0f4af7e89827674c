using MicroCred.Domain.Designs.Schema;
using Wording = MicroCred.Domain.Checks.Describe;

namespace MicroCred.Domain.Designs.Steps;

/// <summary>W20: multi-year commitment, milestones, annual evaluation and the medium-term financial plan.</summary>
public sealed class SustainabilityStep
{
    public int? HorizonYears { get; set; }
    public List<Milestone> Milestones { get; set; } = [];
    public List<PartnerCommitment> PartnerCommitments { get; set; } = [];
    public int? AnnualEvaluationMonth { get; set; }
    public List<EvaluationDimension> EvaluationDimensions { get; set; } = [];
    public int? FinancialPlanYears { get; set; }
    public bool FinancialReviewWithExperts { get; set; }
    public string? ThirdMissionStatement { get; set; }
}

public sealed class Milestone : IStepRow
{
    public Guid Id { get; set; }
    public MilestoneArea? Area { get; set; }
    public string? Target { get; set; }
    public decimal? NumericTarget { get; set; }
    public DateOnly? DueDate { get; set; }
}

public sealed class PartnerCommitment : IStepRow
{
    public Guid Id { get; set; }
    public Guid? PartnerId { get; set; }
    public int? YearsCommitted { get; set; }
    public DateOnly? RelevanceRecheckDate { get; set; }
}

public enum MilestoneArea
{
    InternationalIntake,
    NationalIntake,
    IncomeStreams,
    StudyProgressAndSuccess,
    LearningAgreementsWithThirdUniversities,
    StakeholderCollaboration,
    Other,
}

public enum EvaluationDimension
{
    ContentRelevanceAndSequence,
    CommunitiesAndForums,
    LearningExperience,
    Workload,
    Flexibility,
    Inclusiveness,
}

/// <summary>The fields of Sustainability, declared once: words, kinds, limits, references and what review needs.</summary>
public static class SustainabilityStepSchema
{
    public static StepSchema<SustainabilityStep> Schema { get; } = new(WizardStep.Sustainability, form => form
        .Section("Horizon and commitment")
        .Field(s => s.HorizonYears, "Planning horizon", "In years, 1 to 20, for example 5.", needed: true, min: 1, max: 20)
        .Rows(s => s.PartnerCommitments, "Partner commitments", "partner commitment", row => row
                .Field(c => c.PartnerId, "Partner", refersTo: ReferenceSource.Partners, namesRow: true)
                .Field(c => c.YearsCommitted, "Years committed", "How long the partner will keep contributing, 1 to 20 years.")
                .Field(c => c.RelevanceRecheckDate, "Next relevance check",
                    "When the partner checks again that the course still fits its plans, for example 1 March 2029."),
            hint: "Add one entry per partner university.",
            title: c => c.YearsCommitted is { } years ? $"Committed for {years} {(years == 1 ? "year" : "years")}" : "Partner commitment")
        .Requires((s, c) => c.HigherEducationPartners()
            .Where(p => s.PartnerCommitments.All(k => k.PartnerId != p.Id))
            .Select(p => new MissingField($"PartnerCommitments[{p.Id}]", "Commitment of a university partner")))
        .Section("Milestones", "Set targets you can check, with at least one number, for example \"60 international learners a year\".")
        .Rows(s => s.Milestones, "Milestones", "milestone", row => row
                .Field(m => m.Area, "Area")
                .Field(m => m.Target, "Target", "What you want to reach, for example \"Learners from at least five countries\".", maxLength: 500, kind: FieldKind.LongText)
                .Field(m => m.NumericTarget, "Target as a number", "Optional: the number to check, for example 60.")
                .Field(m => m.DueDate, "Reached by", "For example 31 December 2028."),
            title: m => string.IsNullOrWhiteSpace(m.Target)
                ? (m.Area is { } area ? $"Milestone on {Wording.Words(area)}" : "Milestone")
                : Wording.Shorten(m.Target))
        .Requires((s, c) => s.Milestones.Any(x => x.NumericTarget is not null)
            ? Enumerable.Empty<MissingField>()
            : [new MissingField("Milestones", "At least one milestone with a numeric target")])
        .Section("Yearly evaluation", "Evaluate the course every year and turn the results into an improvement plan.")
        .Field(s => s.AnnualEvaluationMonth, "Month of the evaluation", "A number from 1 (January) to 12 (December), for example 9 for September.", needed: true, min: 1, max: 12)
        .Field(s => s.EvaluationDimensions, "What the evaluation looks at", "Tick every aspect you will evaluate.", needed: true)
        .Section("Money in the longer term")
        .Field(s => s.FinancialPlanYears, "Length of the financial plan", "In years, 1 to 20, for example 5. It builds on the business plan.", needed: true, min: 1, max: 20)
        .Field(s => s.FinancialReviewWithExperts, "Yearly review with financial experts",
            "Tick if the financial plan is checked every year with finance staff of the partners.")
        .Field(s => s.ThirdMissionStatement, "Place in the partners' offer",
            "Optional: how the course fits each partner's continuing education and its role in society, and any talks with national policy makers.", kind: FieldKind.LongText));
}
