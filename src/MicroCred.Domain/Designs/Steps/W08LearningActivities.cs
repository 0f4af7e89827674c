namespace MicroCred.Domain.Designs.Steps;

/// <summary>W8: the sequenced learning activities of every unit and the learning-experience choices.</summary>
public sealed class LearningActivitiesStep
{
    public LearningDesignModel? LearningDesignModel { get; set; }
    public List<SrlSupport> SrlSupport { get; set; } = [];

    // The five learning-experience checks the team confirms.
    public bool ContentRelevantToOutcomes { get; set; }
    public bool FostersDeepUnderstanding { get; set; }
    public bool ClearStructure { get; set; }
    public bool StimulatesThinking { get; set; }
    public bool ActivatesLearners { get; set; }

    public string? StructureVsSelfRegulation { get; set; }
    public List<LearningActivity> Activities { get; set; } = [];
}

public sealed class LearningActivity
{
    public Guid Id { get; set; }

    /// <summary>The course unit (W7) this activity belongs to.</summary>
    public Guid? UnitId { get; set; }
    public int Order { get; set; }
    public string Title { get; set; } = "";
    public LearningType? LearningType { get; set; }
    public ActivityFormat? Format { get; set; }
    public ActivityTiming? Timing { get; set; }
    public ActivitySetting? Setting { get; set; }
    public decimal? Hours { get; set; }
    public List<Guid> OutcomeIds { get; set; } = [];
    public List<Interaction> Interactions { get; set; } = [];
    public List<Motivator> Motivators { get; set; } = [];

    /// <summary>Tools (W10) used by the activity.</summary>
    public List<Guid> ToolIds { get; set; } = [];
    public string? Facilitation { get; set; }
}

public enum LearningDesignModel
{
    LearningDesigner,
    Abc,
    CarpeDiem,
    FourCid,
    MoocPlatformTemplate,
    Other,
}

public enum SrlSupport
{
    OrientingAndPlanning,
    Monitoring,
    Adjusting,
    Evaluating,
    Metacognition,
}

/// <summary>ABC learning types, ordered from receiving to producing.</summary>
public enum LearningType
{
    Acquisition,
    Investigation,
    Discussion,
    Collaboration,
    Practice,
    Production,
}

public enum ActivityFormat
{
    VirtualLecture,
    VirtualClassroom,
    ReadingAssignment,
    Webinar,
    GroupDiscussion,
    OnlineDiscussion,
    Tutorial,
    Seminar,
    Exercise,
    SimulationGame,
    CaseStudy,
    TheoryPracticeTask,
    PeerLearning,
    SocialLearning,
    InteractiveVideo,
    AugmentedReality,
    FlippedClassroom,
    FieldOrLabObservation,
    Podcast,
    MultimediaObject,
    ProjectWork,
    CollaborativeWikiOrReport,
    PeerReviewCycle,
    Presentation,
    Other,
}

public enum ActivityTiming
{
    Synchronous,
    Asynchronous,
}

public enum ActivitySetting
{
    Online,
    OnSite,
}

public enum Interaction
{
    LearnerLearner,
    LearnerTeacher,
    LearnerCommunity,
    LearnerMaterial,
    LearnerTechnology,
}

public enum Motivator
{
    TeacherInteraction,
    PeerInteraction,
    MotivatingFormativeAssessment,
    Gamification,
}
