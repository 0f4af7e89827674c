using System.Text.Json.Serialization;
using MicroCred.Domain.Designs.Schema;

namespace MicroCred.Domain.Designs.Steps;

/// <summary>W3: the organisations in the consortium and the capacity in which each takes part.</summary>
public sealed class PartnershipStep
{
    public List<Partner> Partners { get; set; } = [];
    public string? PartnershipIdentity { get; set; }
    public string? AllianceMembership { get; set; }
}

public sealed class Partner : IStepRow
{
    public Guid Id { get; set; }

    /// <summary>The organisation in the portal's institution table.</summary>
    public Guid? InstitutionId { get; set; }
    public OrganisationType? OrganisationType { get; set; }
    public bool DegreeAwarding { get; set; }
    public PartnerRole? PartnerRole { get; set; }
    public List<PartnerContribution> Contributions { get; set; } = [];
    public List<CooperationBasis> CooperationBasis { get; set; } = [];
    public string? ContactUserId { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }

    /// <summary>Local grading scale; asked for higher-education partners.</summary>
    public GradingScale? GradingScale { get; set; }

    [JsonIgnore]
    public bool IsHigherEducation => OrganisationType == Steps.OrganisationType.HigherEducationInstitution;
}

public enum OrganisationType
{
    HigherEducationInstitution,
    ProfessionalOrganisation,
    PublicEmployer,
    PrivateCompany,
    SectorOrganisation,
    EmploymentAgency,
    NonProfit,
    GovernmentService,
    MoocPlatform,
    Other,
}

public enum PartnerRole
{
    LeadInstitution,
    FullPartner,
    AssociatedPartner,
}

public enum PartnerContribution
{
    NeedsAnalysis,
    CompetenceIdentification,
    LearningOutcomes,
    Content,
    LearningActivities,
    CaseStudies,
    WorkplaceLearningOrInternships,
    Teaching,
    MicrolearningCoCreation,
    Endorsement,
    ProfessionalAccreditation,
    Funding,
    Recruitment,
    Platform,
}

public enum CooperationBasis
{
    PriorResearchCollaboration,
    SharedResearchInterests,
    InnovationExpertise,
    MobilitySchemes,
    InternationalisationProjects,
    SameNetworkOrAlliance,
}

/// <summary>The fields of Partnership, declared once: words, kinds, limits, references and what review needs.</summary>
public static class PartnershipStepSchema
{
    public static StepSchema<PartnershipStep> Schema { get; } = new(WizardStep.Partnership, form => form
        .Section("Partners",
            "Add every organisation in the consortium: the universities and any employers, professional bodies or platforms that take part. "
            + "Only degree-awarding universities can award ECTS credits.")
        .Rows(s => s.Partners, "Partner organisations", "partner", row => row
                .Field(p => p.InstitutionId, "Organisation", "Pick it from the portal's list of institutions; ask an administrator to add a missing one.", refersTo: ReferenceSource.Institutions, namesRow: true, needed: true)
                .Field(p => p.OrganisationType, "Kind of organisation", needed: true)
                .Field(p => p.DegreeAwarding, "Can award degrees and ECTS", "Tick if the organisation may award ECTS credits or degrees.")
                .Field(p => p.PartnerRole, "Role in the consortium",
                    "One lead institution carries the course; full partners share the work; associated partners help without awarding credits.", needed: true)
                .Field(p => p.Contributions, "What this partner contributes", "Tick everything the partner brings, for example content, teaching or funding.", needed: true)
                .Field(p => p.CooperationBasis, "Earlier ties with the partners", "Optional: what the partners have already done together.")
                .Field(p => p.ContactUserId, "Contact person", "Pick the person's MicroCred account. If they have none yet, give their name and email below instead.", refersTo: ReferenceSource.Users)
                .Field(p => p.ContactName, "Contact name", "Only if the contact has no MicroCred account yet, for example \"Dr Ana Sousa\".",
                    when: (p, c) => string.IsNullOrWhiteSpace(p.ContactUserId))
                .Field(p => p.ContactEmail, "Contact email", "Only if the contact has no MicroCred account yet, for example ana.sousa@example.edu.")
                .Field(p => p.GradingScale, "Local grading scale", "For universities: the scale they use for marks, for example 1 to 10.", when: (p, c) => p.IsHigherEducation),
            hint: "Add one row per organisation, starting with the lead institution.",
            title: PartnerTitle, needed: true, provides: ReferenceSource.Partners)
        .Section("The consortium as a whole")
        .Field(s => s.PartnershipIdentity, "Consortium name and identity",
            "Optional: the name or brand the partners use together and what they stand for, for example \"Coastal Futures Network\".",
            maxLength: 1000, kind: FieldKind.LongText)
        .Field(s => s.AllianceMembership, "Alliance the partners belong to",
            "Optional: a shared network or European University alliance, for example \"EU-CONEXUS\".", kind: FieldKind.Text));

    /// <summary>The organisation's name is looked up elsewhere, so the row is named by its role, kind and contact ("Lead institution — university, Ana Sousa").</summary>
    private static string PartnerTitle(Partner p)
    {
        var role = p.PartnerRole switch
        {
            PartnerRole.LeadInstitution => "Lead institution",
            PartnerRole.FullPartner => "Full partner",
            PartnerRole.AssociatedPartner => "Associated partner",
            _ => "Partner (role not set)",
        };
        var kind = p.OrganisationType switch
        {
            OrganisationType.HigherEducationInstitution => "university",
            null => null,
            { } other => MicroCred.Domain.Checks.Describe.Words(other),
        };
        var details = string.Join(", ", new[] { kind, p.ContactName?.Trim() }.Where(d => !string.IsNullOrEmpty(d)));
        return details.Length == 0 ? role : $"{role} — {details}";
    }
}
