namespace MicroCred.Domain.Designs.Steps;

/// <summary>W5: the expert services each partner mobilises and the common delivery platform.</summary>
public sealed class SupportServicesStep
{
    public List<SupportEngagement> Engagements { get; set; } = [];
    public string? DeliveryPlatform { get; set; }
    public PlatformProviderKind? PlatformProvider { get; set; }

    /// <summary>The partner providing the platform, when <see cref="PlatformProvider"/> is Partner.</summary>
    public Guid? PlatformProviderPartnerId { get; set; }
    public bool MultiInstitutionRegistrationNeeded { get; set; }
    public bool PartOfBroaderCurriculum { get; set; }
    public List<ProgrammeBoard> ProgrammeBoards { get; set; } = [];
}

public sealed class SupportEngagement
{
    public Guid Id { get; set; }
    public Guid? PartnerId { get; set; }
    public SupportService? Service { get; set; }
    public EngagementStatus? Status { get; set; }
    public string? ContactName { get; set; }
    public DateOnly? FirstContactDate { get; set; }
    public string? Advice { get; set; }
}

public sealed class ProgrammeBoard
{
    public Guid Id { get; set; }
    public Guid? PartnerId { get; set; }
    public string BoardName { get; set; } = "";
    public BoardApprovalStatus? ApprovalStatus { get; set; }
    public DateOnly? DecisionDate { get; set; }
}

public enum SupportService
{
    ProgrammeBoard,
    TeachingAndLearning,
    EducationalDesignAndTechnology,
    Internationalisation,
    ItServices,
    StudentAdministration,
    QualityAssuranceUnit,
    MarketingAndCommunication,
    LegalAffairs,
    Finance,
    ContinuingEducationCentre,
}

public enum EngagementStatus
{
    NotContacted,
    Contacted,
    Engaged,
    NotApplicable,
}

public enum PlatformProviderKind
{
    Partner,
    AlliancePlatform,
    MoocPlatform,
}

public enum BoardApprovalStatus
{
    Pending,
    Approved,
    Rejected,
}
