namespace MicroCred.Domain.Designs.Steps;

/// <summary>W18: the joint QA scheme built on the partners' internal QA (responsible: the lead institution).</summary>
public sealed class QualityAssuranceStep
{
    public List<PartnerQaFramework> PartnerQaFrameworks { get; set; } = [];
    public string? QaPlan { get; set; }
    public List<QaStandard> Standards { get; set; } = [];
    public List<QaIndicator> Indicators { get; set; } = [];
    public List<PeerReviewStage> InternalPeerReview { get; set; } = [];
    public ExternalPeerReview? ExternalPeerReview { get; set; }
    public List<QaInstrument> Instruments { get; set; } = [];
    public string? EmbedMaturity { get; set; }
    public ExternalQa? ExternalQa { get; set; }
    public string? ExternalQaAgency { get; set; }

    /// <summary>Printed on the certificate as the type of quality assurance (at most 300 characters).</summary>
    public string? QaTypeStatement { get; set; }
    public ReviewCycle? ReviewCycle { get; set; }
    public string? PublicationPlan { get; set; }
}

public sealed class PartnerQaFramework
{
    public Guid Id { get; set; }
    public Guid? PartnerId { get; set; }
    public string? InternalQaDescription { get; set; }
    public bool HasJointCourseQa { get; set; }
    public string? DataSupplied { get; set; }
}

public enum QaStandard
{
    Esg,
    EnqaELearningConsiderations,
    NationalFramework,
    EuRecommendationQuality,
}

public enum QaIndicator
{
    LearningProgressAndSuccess,
    OutcomesAchievedVsIntended,
    LearningExperienceAndSatisfaction,
    ContentAndLevel,
    LearningAnalytics,
    CompletionRate,
    StudyLoadIntendedVsActual,
    LearnerFeedback,
    StakeholderFeedback,
    LabourMarketRelevance,
    Accessibility,
}

public enum PeerReviewStage
{
    AfterUnitDesign,
    AfterUnitDevelopment,
}

public enum ExternalPeerReview
{
    None,
    AfterDesign,
    AfterDevelopment,
    Both,
}

public enum QaInstrument
{
    ExcellenceSelfAssessment,
    ExcellenceOnsiteReview,
    Embed,
    UdlCheck,
    ToolRubric,
    Other,
}

public enum ExternalQa
{
    InstitutionalReview,
    ProgrammeAccreditation,
    CoveredByExistingProcesses,
    None,
}

public enum ReviewCycle
{
    Annual,
    AfterEachRun,
    FrequentLight,
}
