using MicroCred.Domain.Designs.Schema;

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

public sealed class Stakeholder : IStepRow
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public StakeholderType? Type { get; set; }
}

public sealed class RelatedOffering : IStepRow
{
    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    public string? Institution { get; set; }
    public OfferingRelation? Relation { get; set; }
    public bool CollaborationPossible { get; set; }
}

public sealed class StackingTarget : IStepRow
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

/// <summary>The fields of JointVision, declared once: words, kinds, limits, references and what review needs.</summary>
public static class JointVisionStepSchema
{
    public static StepSchema<JointVisionStep> Schema { get; } = new(WizardStep.JointVision, form => form
        .Section("Needs", "What gap does the course fill, and how do you know?")
        .Field(s => s.NeedsEvidence, "How you found the need", "Tick every source you used.", needed: true)
        .Rows(s => s.StakeholdersConsulted, "Who you consulted", "stakeholder", row => row
                .Field(k => k.Name, "Name", "The organisation or group, for example \"Association of Coastal Municipalities\".", needed: true)
                .Field(k => k.Type, "Kind of stakeholder", needed: true),
            hint: "Employers, professional bodies, alumni or learners you spoke to. Needed when you ticked a stakeholder consultation.",
            title: StakeholderTitle, when: (s, c) => s.NeedsEvidence.Contains(NeedsEvidence.StakeholderConsultation))
        .Field(s => s.NeedsSummary, "What the needs analysis found",
            "The field, the gaps in skills you found and where the evidence comes from.", kind: FieldKind.LongText, needed: true)
        .Field(s => s.LearnerNeeds, "What learners want from it", "Tick every need the course answers.", needed: true)
        .Field(s => s.AvailableStudyTime, "Study time learners can spare",
            "In your own words, for example \"one evening a week and some weekend time\".", kind: FieldKind.LongText)
        .Field(s => s.AvailableHoursPerWeek, "Hours per week available", "Hours per week, for example 6.")
        .Field(s => s.FlexibilityNeeded, "Flexibility learners need", "How much freedom learners need over when and where they study.")
        .Field(s => s.PreferredDeliveryModes, "Delivery modes learners prefer", "Tick every mode learners asked for.")
        .Section("Academic and professional profile")
        .Field(s => s.AcademicProfile, "Academic profile",
            "The subject area and the research behind the course, including links between disciplines.", kind: FieldKind.LongText, needed: true)
        .Field(s => s.ProfessionalProfile, "Professional profile",
            "The jobs and sectors the course serves, and how it helps learners' careers or innovation at work.", kind: FieldKind.LongText, needed: true)
        .Field(s => s.SocietalChallenges, "Challenges in society it tackles", "The social, economic or cultural needs the course responds to.", kind: FieldKind.LongText, needed: true)
        .Field(s => s.DegreeLink, "Link to degree programmes", "Optional: how the course relates to the partners' bachelor or master programmes.")
        .Field(s => s.TargetSectors, "Sectors and professions served", "One per line, for example \"Local government\".")
        .Section("Learners", "Who is the course for, and what do they bring?")
        .Field(s => s.TargetGroups, "Target groups", "Tick every group you want to reach.", needed: true)
        .Field(s => s.LearnerProfileArchetypes, "Learner profiles",
            "Optional: experienced experts, experienced people exploring a new field, or people starting out.")
        .Field(s => s.PriorKnowledgeNeeded, "Prior knowledge needed",
            "What learners should know or have done before they start, for example \"a bachelor's degree in engineering or three years' work in planning\".", kind: FieldKind.LongText, needed: true)
        .Field(s => s.Motivation, "Why learners will enrol", "What they want to get better at, and for which jobs.", kind: FieldKind.LongText, needed: true)
        .Field(s => s.WorkSituationAndStudyTime, "Learners' work and study time",
            "Optional: for example \"mostly full-time employed, studying in the evenings\".", kind: FieldKind.LongText)
        .Field(s => s.NonTraditionalLearners, "Expect learners new to university",
            "Tick if some learners have no higher-education experience or little confidence with digital tools.")
        .Field(s => s.NonTraditionalLearnerSupport, "Support for learners new to university",
            "If ticked: the extra help you plan, for example a starter module or a study buddy.", kind: FieldKind.LongText)
        .Section("Objectives and what makes the course stand out")
        .Field(s => s.GeneralObjectives, "General objectives", "What the course should achieve in economic, social and cultural terms.", kind: FieldKind.LongText, needed: true)
        .Field(s => s.AcademicObjectives, "Academic objectives",
            "What it should achieve academically, including what it adds to the partners' innovation and standing.", kind: FieldKind.LongText, needed: true)
        .Field(s => s.UniqueSellingPoint, "Why learners will choose it",
            "What makes the course stand out, so that enough learners inside and outside the partner universities sign up.", kind: FieldKind.LongText, needed: true)
        .Field(s => s.ExpectedLearnersPerRun, "Expected learners per run", "Number of learners each time the course runs, for example 30.")
        .Section("Courses already on offer")
        .Rows(s => s.RelatedOfferings, "Related courses and programmes", "related course", row => row
                .Field(o => o.Title, "Title", "For example \"MSc Coastal and Delta Management\".")
                .Field(o => o.Institution, "Offered by", "The university or organisation that runs it.", kind: FieldKind.Text)
                .Field(o => o.Relation, "How it relates to this course")
                .Field(o => o.CollaborationPossible, "Could work together", "Tick if you could cooperate with this course or programme."),
            hint: "Optional: courses in the same field at the partners or elsewhere.",
            title: OfferingTitle)
        .Field(s => s.AddedValue, "What this course adds",
            "Why the course is worth offering next to what already exists, and how it raises quality in the field.", kind: FieldKind.LongText, needed: true)
        .Section("Stacking and lifespan",
            "Decide early whether the course stands alone or counts towards a larger credential: recognition talks take time.")
        .Field(s => s.Stackability, "Stand-alone or stackable", needed: true)
        .Field(s => s.StackingApproach, "How it stacks", "Only for a stackable course.", when: (s, c) => s.Stackability == Stackability.Stackable)
        .Rows(s => s.StackingTargets, "Credentials it counts towards", "credential it counts towards", row => row
                .Field(t => t.Title, "Title", "For example \"MSc Coastal and Delta Management\".", needed: true)
                .Field(t => t.Institution, "Awarded by", "The university that awards this credential.", kind: FieldKind.Text)
                .Field(t => t.Type, "Kind of credential", needed: true)
                .Field(t => t.Layer, "Size of the credential", "Only if you chose \"Other\" as the kind: where it sits, from microlearning unit to degree.")
                .Field(t => t.ProgrammeDirectorConsulted, "Programme director consulted",
                    "Tick if the director of that programme has been asked. Otherwise learners must ask for recognition themselves.")
                .Field(t => t.ExemptionAgreed, "Exemption agreed", "Tick if learners are already promised an exemption in that programme.")
                .Field(t => t.CreditsRecognised, "Credits recognised", "ECTS, one decimal at most, for example 3."),
            hint: "For a stackable course, name at least one programme it counts towards.",
            title: TargetTitle, when: (s, c) => s.Stackability == Stackability.Stackable)
        .Field(s => s.RecognitionRoute, "How credits get recognised", "Tick every route open to learners.", needed: true)
        .Field(s => s.OverlapNotes, "Overlaps to watch",
            "Optional: courses that cover much the same ground and should not be combined with this one.", kind: FieldKind.LongText)
        .Field(s => s.Lifespan, "How often it runs", "Once, repeated runs, or open to start at any time.", needed: true)
        .Field(s => s.PlannedYears, "Years it will be offered", "Years, from 1 to 20, for example 5. Not needed for a single run.", when: (s, c) => s.Lifespan is not null and not Lifespan.SingleRun, min: 1, max: 20));

    private static string StakeholderTitle(Stakeholder k)
    {
        var name = string.IsNullOrWhiteSpace(k.Name) ? "Unnamed stakeholder" : k.Name.Trim();
        return k.Type is { } type ? $"{name} — {Words(type)}" : name;
    }

    private static string OfferingTitle(RelatedOffering o)
    {
        var title = string.IsNullOrWhiteSpace(o.Title) ? "Untitled course" : o.Title.Trim();
        var by = string.IsNullOrWhiteSpace(o.Institution) ? "" : $" ({o.Institution.Trim()})";
        var relation = o.Relation switch
        {
            OfferingRelation.Overlaps => " — overlaps",
            OfferingRelation.Complements => " — complements",
            OfferingRelation.Prerequisite => " — comes before this course",
            OfferingRelation.FollowUp => " — follow-up to this course",
            _ => "",
        };
        return title + by + relation;
    }

    private static string TargetTitle(StackingTarget t)
    {
        var title = string.IsNullOrWhiteSpace(t.Title) ? "Untitled credential" : t.Title.Trim();
        var by = string.IsNullOrWhiteSpace(t.Institution) ? "" : $" ({t.Institution.Trim()})";
        var credits = t.CreditsRecognised is { } ects ? $" — {ects:0.#} ECTS recognised" : "";
        return title + by + credits;
    }

    private static string Words<T>(T value)
        where T : struct, Enum => Domain.Checks.Describe.Words(value);
}
