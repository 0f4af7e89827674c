namespace MicroCred.Domain.Designs.Steps;

/// <summary>W21: the clause checklist of the consortium agreement, its term and its signatures.</summary>
public sealed class ConsortiumAgreementStep
{
    public List<AgreementClause> Clauses { get; set; } = [];
    public List<Signatory> Signatories { get; set; } = [];
    public DateOnly? EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public string? TemplateSource { get; set; }
}

public sealed class AgreementClause
{
    public Guid Id { get; set; }
    public ConsortiumClause Clause { get; set; }
    public ClauseStatus Status { get; set; }
    public string? Text { get; set; }
    public string? AttachmentName { get; set; }
    public Guid? OwnerMemberId { get; set; }
}

public sealed class Signatory
{
    public Guid Id { get; set; }
    public Guid? PartnerId { get; set; }
    public string? SignerName { get; set; }
    public DateOnly? SignedOn { get; set; }
}

/// <summary>The 21 subjects of the agreement, numbered as in the clause checklist.</summary>
public enum ConsortiumClause
{
    CourseTeamAndGovernance = 1,
    Objectives = 2,
    MainStructure = 3,
    PedagogicalPrinciples = 4,
    ModeOfDelivery = 5,
    MobilitySchemes = 6,
    AwardAndCertificate = 7,
    EctsRecognition = 8,
    LanguagePolicy = 9,
    Admission = 10,
    Examinations = 11,
    QualityAssurance = 12,
    FinancialModel = 13,
    PartnerObligations = 14,
    MarketingAndBranding = 15,
    IntellectualProperty = 16,
    Exclusivity = 17,
    DataProtection = 18,
    AccessionOfNewPartners = 19,
    TermReviewTermination = 20,
    ApplicableLawAndDisputes = 21,
}

public enum ClauseStatus
{
    NotStarted,
    Drafted,
    Agreed,
}
