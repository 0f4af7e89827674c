using System.Text.Json.Serialization;

namespace MicroCred.Domain.Designs.Steps;

/// <summary>W3: the organisations in the consortium and the capacity in which each takes part.</summary>
public sealed class PartnershipStep
{
    public List<Partner> Partners { get; set; } = [];
    public string? PartnershipIdentity { get; set; }
    public string? AllianceMembership { get; set; }
}

public sealed class Partner
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
