namespace MicroCred.Domain.Designs.Steps;

/// <summary>W1: how the course serves the partners' strategies and fits micro-credential policy.</summary>
public sealed class InstitutionalAlignmentStep
{
    public List<PolicyFramework> PolicyFrameworks { get; set; } = [];
    public string? AllianceName { get; set; }
    public string? MissionAlignment { get; set; }
    public string? LearnerTimeHorizon { get; set; }
    public string? CrossInstitutionalSynergy { get; set; }
    public List<GeographicScope> CompetitivenessScope { get; set; } = [];
    public bool HasMoocPolicyLink { get; set; }
    public string? MoocPolicyLink { get; set; }
    public MoocPlatform? MoocPlatform { get; set; }
    public List<PartnerCountryContext> NationalContext { get; set; } = [];
    public List<PartnerStructure> InstitutionalQualificationStructure { get; set; } = [];
    public string? SwotStrengths { get; set; }
    public string? SwotWeaknesses { get; set; }
    public string? SwotOpportunities { get; set; }
    public string? SwotThreats { get; set; }
    public string? SocialImpact { get; set; }
    public OfferingModel? OfferingModel { get; set; }

    /// <summary>For a course derived from a degree programme: methods, delivery, materials, outcomes and support were adapted for lifelong learners.</summary>
    public bool AdaptationForLifelongLearnersConfirmed { get; set; }

    /// <summary>For a derived course: whether micro-credential learners study alongside degree students, and how mixed groups are handled.</summary>
    public string? MixedGroupsArrangement { get; set; }
}

public sealed class PartnerCountryContext
{
    public Guid Id { get; set; }
    public string CountryCode { get; set; } = "";
    public bool HasNationalFramework { get; set; }

    /// <summary>National upper bound on a micro-credential's size; the course must stay strictly below it (Spain: 15).</summary>
    public decimal? MaxEcts { get; set; }
    public string? Notes { get; set; }
}

public sealed class PartnerStructure
{
    public Guid Id { get; set; }
    public Guid? PartnerId { get; set; }
    public bool HasCepdQualificationStructure { get; set; }
    public string? AwardNamesUsed { get; set; }
    public string? Link { get; set; }
}

public enum PolicyFramework
{
    InstitutionalCepdStrategy,
    AllianceStrategy,
    NationalMicroCredentialFramework,
    EuCouncilRecommendation2022,
    InstitutionalMoocPolicy,
    Other,
}

public enum GeographicScope
{
    National,
    European,
    Global,
}

public enum MoocPlatform
{
    FutureLearn,
    FunMooc,
    Miriadax,
    EduOpen,
    OpenEdu,
    Nau,
    IMooX,
    AiCampus,
    OpenupEd,
    Moocs4you,
    Other,
}

public enum OfferingModel
{
    NewStandAloneCourse,
    DerivedFromExistingProgramme,
    Mixed,
}
