using MicroCred.Domain.Designs.Schema;
using Wording = MicroCred.Domain.Checks.Describe;

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

public sealed class PartnerQaFramework : IStepRow
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

/// <summary>The fields of QualityAssurance, declared once: words, kinds, limits, references and what review needs.</summary>
public static class QualityAssuranceStepSchema
{
    public static StepSchema<QualityAssuranceStep> Schema { get; } = new(WizardStep.QualityAssurance, form => form
        .Section("Each partner's own quality system", "Add one entry per partner university: the joint plan builds on what each already does.")
        .Rows(s => s.PartnerQaFrameworks, "Partner quality systems", "partner quality system", row => row
                .Field(p => p.PartnerId, "Partner university", refersTo: ReferenceSource.Partners, namesRow: true)
                .Field(p => p.InternalQaDescription, "How it assures quality now",
                    "A few lines on its internal system, for example \"course evaluations each term, reviewed by the programme committee\".", kind: FieldKind.LongText, needed: true)
                .Field(p => p.HasJointCourseQa, "Has rules for joint courses",
                    "Tick if its system already covers courses run with other universities.")
                .Field(p => p.DataSupplied, "Data it will share",
                    "For example pass rates, learner survey results or study-load figures.", maxLength: 1000, kind: FieldKind.LongText),
            title: p => string.IsNullOrWhiteSpace(p.InternalQaDescription)
                ? "Partner quality system"
                : Wording.Shorten(p.InternalQaDescription))
        .Requires((s, c) => c.HigherEducationPartners()
            .Where(p => s.PartnerQaFrameworks.All(f => f.PartnerId != p.Id))
            .Select(p => new MissingField($"PartnerQaFrameworks[{p.Id}]", "Internal quality assurance of a university partner")))
        .Section("The joint quality plan")
        .Field(s => s.QaPlan, "Quality plan",
            "Who does what and when: who collects data, who reviews it and how improvements are agreed.", kind: FieldKind.LongText, needed: true)
        .Field(s => s.Standards, "Standards you follow",
            "Tick every standard. The European Standards and Guidelines (ESG) apply to every micro-credential.", needed: true)
        .Field(s => s.Indicators, "What you measure",
            "Tick every indicator you will track. Study load as planned against actual is strongly advised.", needed: true)
        .Section("Peer review and instruments")
        .Field(s => s.InternalPeerReview, "Peer review inside the team",
            "When colleagues from another partner review each unit.", needed: true)
        .Field(s => s.ExternalPeerReview, "Review by outside experts", needed: true)
        .Field(s => s.Instruments, "Quality instruments", "Optional: tools you use to check the course, for example E-xcellence or a UDL check.")
        .Field(s => s.EmbedMaturity, "Course maturity",
            "Optional: how mature the course is by your own assessment, for example with the EMBED maturity model.", maxLength: 1000, kind: FieldKind.LongText)
        .Section("External quality assurance and the certificate")
        .Field(s => s.ExternalQa, "External quality assurance",
            "Most universities cover micro-credentials in their existing institutional review instead of a separate accreditation.", needed: true)
        .Field(s => s.ExternalQaAgency, "Quality agency", "Optional: the agency involved, for example NVAO or ANECA.", kind: FieldKind.Text)
        .Field(s => s.QaTypeStatement, "Quality statement on the certificate",
            "At most 300 characters, printed on every certificate, for example \"Quality assured under the ESG through the partners' institutional reviews\".", kind: FieldKind.LongText, needed: true)
        .Section("Review and sharing")
        .Field(s => s.ReviewCycle, "How often you review the course", needed: true)
        .Field(s => s.PublicationPlan, "Sharing and publishing",
            "Optional: articles or talks about the course, and which materials you release as open educational resources.", kind: FieldKind.LongText));
}
