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

public sealed class Milestone
{
    public Guid Id { get; set; }
    public MilestoneArea? Area { get; set; }
    public string? Target { get; set; }
    public decimal? NumericTarget { get; set; }
    public DateOnly? DueDate { get; set; }
}

public sealed class PartnerCommitment
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
