using MicroCred.Domain.Designs.Schema;

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

public sealed class SupportEngagement : IStepRow
{
    public Guid Id { get; set; }
    public Guid? PartnerId { get; set; }
    public SupportService? Service { get; set; }
    public EngagementStatus? Status { get; set; }
    public string? ContactName { get; set; }
    public DateOnly? FirstContactDate { get; set; }
    public string? Advice { get; set; }
}

public sealed class ProgrammeBoard : IStepRow
{
    public Guid Id { get; set; }
    public Guid? PartnerId { get; set; }
    public string BoardName { get; set; } = "";

    /// <summary>Typed in step 5 before approvals were recorded in one place; read only by the start-up move and by older content.</summary>
    public BoardApprovalStatus? ApprovalStatus { get; set; }

    /// <summary>See <see cref="ApprovalStatus"/>.</summary>
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

/// <summary>The fields of SupportServices, declared once: words, kinds, limits, references and what review needs.</summary>
public static class SupportServicesStepSchema
{
    public static StepSchema<SupportServicesStep> Schema { get; } = new(WizardStep.SupportServices, form => form
        .Section("Services at each partner",
            "Bring in teaching support and internationalisation before you write the learning outcomes, "
            + "student administration before enrolment opens, and legal affairs before the agreement is drafted.")
        .Rows(s => s.Engagements, "Services involved", "service", row => row
                .Field(e => e.PartnerId, "Partner", refersTo: ReferenceSource.Partners, namesRow: true, needed: true)
                .Field(e => e.Service, "Service", needed: true)
                .Field(e => e.Status, "Where things stand", needed: true)
                .Field(e => e.ContactName, "Contact at the service", "Optional: for example \"Marta Ruiz, student administration\".")
                .Field(e => e.FirstContactDate, "First contacted on", "Optional: for example 12 January 2027.")
                .Field(e => e.Advice, "What was agreed", "Optional: advice given and agreements made, for example \"enrolment through the lead university only\".", maxLength: 2000, kind: FieldKind.LongText),
            hint: "One row for each service at each partner.",
            title: EngagementTitle)
        .Section("Learning platform", "Agree with the partners on one platform where learners find the whole course.")
        .Field(s => s.DeliveryPlatform, "Learning platform", "The name of the platform, for example \"Moodle at Rijnmond University\".", needed: true)
        .Field(s => s.PlatformProvider, "Who provides the platform", "Usually the lead institution.", needed: true)
        .Field(s => s.PlatformProviderPartnerId, "Partner providing it", "Only if a partner provides the platform.", refersTo: ReferenceSource.Partners, when: (s, c) => s.PlatformProvider == PlatformProviderKind.Partner)
        .Field(s => s.MultiInstitutionRegistrationNeeded, "Learners register at several partners",
            "Tick if learners must enrol at more than one partner to reach all the platforms they need.")
        .Section("Programme boards",
            "A board must approve the course when it is part of a wider curriculum or earns a pre-agreed exemption, before the course is published.")
        .Field(s => s.PartOfBroaderCurriculum, "Part of a wider curriculum", "Tick if the course also belongs to a degree or other programme.")
        .Rows(s => s.ProgrammeBoards, "Programme boards", "programme board", row => row
                .Field(b => b.PartnerId, "Partner", refersTo: ReferenceSource.Partners, namesRow: true, needed: true)
                .Field(b => b.BoardName, "Name of the board", "For example \"Board of the MSc Coastal and Delta Management\".", needed: true)

                // A board's approval is recorded once, with its date and reference, on "Reviews, approvals and signatures";
                // step 5 shows it read-only. Values typed here before are moved there at start-up (BoardApprovalCarryOver).
                .NotAskedOnPage(b => b.ApprovalStatus)
                .NotAskedOnPage(b => b.DecisionDate),
            hint: "The boards that must approve the course. Their approvals are recorded on the page \"Reviews, approvals and signatures\".",
            title: BoardTitle, when: (s, c) => StepCompleteness.NeedsProgrammeBoard(c)));

    private static string EngagementTitle(SupportEngagement e)
    {
        var service = e.Service switch
        {
            SupportService.ProgrammeBoard => "Programme board",
            SupportService.TeachingAndLearning => "Teaching and learning",
            SupportService.EducationalDesignAndTechnology => "Educational design and technology",
            SupportService.Internationalisation => "Internationalisation",
            SupportService.ItServices => "IT services",
            SupportService.StudentAdministration => "Student administration",
            SupportService.QualityAssuranceUnit => "Quality assurance",
            SupportService.MarketingAndCommunication => "Marketing and communication",
            SupportService.LegalAffairs => "Legal affairs",
            SupportService.Finance => "Finance",
            SupportService.ContinuingEducationCentre => "Continuing education centre",
            _ => "Service not chosen",
        };
        var status = e.Status switch
        {
            EngagementStatus.NotContacted => "not contacted yet",
            EngagementStatus.Contacted => "contacted",
            EngagementStatus.Engaged => "on board",
            EngagementStatus.NotApplicable => "not needed",
            _ => null,
        };
        return status is null ? service : $"{service} — {status}";
    }

    private static string BoardTitle(ProgrammeBoard b) => string.IsNullOrWhiteSpace(b.BoardName) ? "Unnamed board" : b.BoardName.Trim();
}
