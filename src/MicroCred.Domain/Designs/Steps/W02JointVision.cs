namespace MicroCred.Domain.Designs.Steps;

/// <summary>W2: why the course exists, for whom, what it adds and where it leads (needs, profile, learners, objectives, offer, stackability).</summary>
public sealed class JointVisionStep
{
    // W2a needs
    public List<NeedsEvidence> NeedsEvidence { get; set; } = [];
    public string? NeedsSummary { get; set; }
    public List<LearnerNeed> LearnerNeeds { get; set; } = [];
    public string? AvailableStudyTime { get; set; }
    public decimal? AvailableHoursPerWeek { get; set; }
    public FlexibilityNeed? FlexibilityNeeded { get; set; }
    public List<DeliveryMode> PreferredDeliveryModes { get; set; } = [];
    public List<Stakeholder> StakeholdersConsulted { get; set; } = [];

    // W2b academic and professional profile
    public string? AcademicProfile { get; set; }
    public string? ProfessionalProfile { get; set; }
    public string? SocietalChallenges { get; set; }
    public string? DegreeLink { get; set; }
    public List<string> TargetSectors { get; set; } = [];

    // W2c learners
    public List<TargetGroup> TargetGroups { get; set; } = [];
    public List<LearnerProfileArchetype> LearnerProfileArchetypes { get; set; } = [];
    public string? PriorKnowledgeNeeded { get; set; }
    public string? Motivation { get; set; }
    public string? WorkSituationAndStudyTime { get; set; }
    public bool NonTraditionalLearners { get; set; }
    public string? NonTraditionalLearnerSupport { get; set; }

    // W2d objectives and unique selling point
    public string? GeneralObjectives { get; set; }
    public string? AcademicObjectives { get; set; }
    public string? UniqueSellingPoint { get; set; }
    public int? ExpectedLearnersPerRun { get; set; }

    // W2e relation to existing offer
    public List<RelatedOffering> RelatedOfferings { get; set; } = [];
    public string? AddedValue { get; set; }

    // W2f stackability and lifespan
    public Stackability? Stackability { get; set; }
    public StackingApproach? StackingApproach { get; set; }
    public List<StackingTarget> StackingTargets { get; set; } = [];
    public List<RecognitionRoute> RecognitionRoute { get; set; } = [];
    public string? OverlapNotes { get; set; }
    public Lifespan? Lifespan { get; set; }
    public int? PlannedYears { get; set; }
}

public sealed class Stakeholder
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public StakeholderType? Type { get; set; }
}

public sealed class RelatedOffering
{
    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    public string? Institution { get; set; }
    public OfferingRelation? Relation { get; set; }
    public bool CollaborationPossible { get; set; }
}

public sealed class StackingTarget
{
    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    public string? Institution { get; set; }
    public StackingTargetType? Type { get; set; }

    /// <summary>Layer of the target in the qualification structure; only asked when <see cref="Type"/> is Other.</summary>
    public CredentialLayer? Layer { get; set; }
    public bool ProgrammeDirectorConsulted { get; set; }
    public bool ExemptionAgreed { get; set; }
    public decimal? CreditsRecognised { get; set; }
}

public enum NeedsEvidence
{
    ExistingNeedsStudy,
    StakeholderConsultation,
    LearnerConsultation,
    LabourMarketAnalysis,
    EscoSkillsAnalysis,
    RecentResearchFindings,
    Other,
}

public enum LearnerNeed
{
    UpdateKnowledge,
    Upskilling,
    Reskilling,
    CareerDevelopment,
    CareerSwitch,
    PersonalInterest,
}

public enum FlexibilityNeed
{
    Low,
    Medium,
    High,
}

public enum StakeholderType
{
    Employer,
    ProfessionalOrganisation,
    Sector,
    PublicService,
    Alumni,
    Learners,
    Other,
}

public enum TargetGroup
{
    EnrolledDegreeStudents,
    WorkingProfessionals,
    JobSeekers,
    CareerChangers,
    Retirees,
    CorporateStaff,
    OtherLifelongLearners,
}

public enum LearnerProfileArchetype
{
    SeniorExpert,
    SeniorExplorer,
    JuniorStarter,
}

public enum OfferingRelation
{
    Overlaps,
    Complements,
    Prerequisite,
    FollowUp,
}

public enum Stackability
{
    StandAlone,
    Stackable,
}

public enum StackingApproach
{
    IndependentDesign,
    GroupOfRelatedModules,
    ConsortiumMutualRecognition,
    PartOfExistingDegreeCourse,
}

public enum StackingTargetType
{
    MicroCredentialProgramme,
    CmfProgramme,
    Microdegree,
    BachelorDegree,
    MasterDegree,
    Other,
}

/// <summary>Layers of the continuing-education qualification structure, smallest first.</summary>
public enum CredentialLayer
{
    MicrolearningUnit,
    Course,
    CmfProgramme,
    Microdegree,
    Degree,
}

public enum RecognitionRoute
{
    AutomaticWithinDegree,
    PreAgreedExemption,
    ErasmusLearningAgreement,
    LearnerRequestedRpl,
}

public enum Lifespan
{
    SingleRun,
    RecurringRuns,
    ContinuousOpenEntry,
}
