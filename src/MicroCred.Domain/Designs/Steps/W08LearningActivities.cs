using MicroCred.Domain.Designs.Schema;
using DescribeText = MicroCred.Domain.Checks.Describe;

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

public sealed class LearningActivity : IOrderedRow
{
    public Guid Id { get; set; }

    /// <summary>The course unit (W7) this activity belongs to.</summary>
    public Guid? UnitId { get; set; }
    public int Order { get; set; }

    /// <summary>Activities are numbered within their unit, so "activity 2 of unit 3" stays meaningful.</summary>
    object? IOrderedRow.OrderGroup => UnitId;
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

/// <summary>The fields of LearningActivities, declared once: words, kinds, limits, references and what review needs.</summary>
public static class LearningActivitiesStepSchema
{
    public static StepSchema<LearningActivitiesStep> Schema { get; } = new(WizardStep.LearningActivities, form => form
        .Section("How you plan the learning")
        .Field(s => s.LearningDesignModel, "Learning design method",
            "The method the team used to plan the activities, e.g. ABC or Carpe Diem.", needed: true)
        .Field(s => s.SrlSupport, "Help for learners to steer themselves",
            "Tick each way the course helps learners plan, check and adjust their own studying.", needed: true)
        .Field(s => s.StructureVsSelfRegulation, "Balance of guidance and freedom",
            "Optional: how you combine a clear path with room for learners to choose their own way.", maxLength: 2000, kind: FieldKind.LongText)
        .Section("Learning experience check", "Tick each statement once the team agrees it holds for the whole course.")
        .Field(s => s.ContentRelevantToOutcomes, "Content matches the outcomes",
            "Everything learners study helps them reach a learning outcome.", needed: true)
        .Field(s => s.FostersDeepUnderstanding, "Builds deep understanding",
            "Activities go beyond recall, e.g. applying ideas to real cases.", needed: true)
        .Field(s => s.ClearStructure, "Clear, predictable structure",
            "Learners always know what comes next and how long it takes.", needed: true)
        .Field(s => s.StimulatesThinking, "Makes learners think",
            "e.g. open questions, debates or problems without one right answer.", needed: true)
        .Field(s => s.ActivatesLearners, "Keeps learners active",
            "Learners do, discuss or make something in every unit, not only read and watch.", needed: true)
        .Section("Learning activities",
            "Add the activities of each unit in the order learners meet them. A unit's activity hours should add up to its study hours.")
        .Rows(s => s.Activities, "Learning activities", "learning activity", activity => activity
                .Field(a => a.UnitId, "Course unit", "The unit this activity belongs to.", refersTo: ReferenceSource.Units, needed: true)
                .Field(a => a.Title, "Activity title", "A short name, e.g. \"Map the flood risks of your town\".", needed: true)
                .Field(a => a.LearningType, "Learning type",
                    "What learners mainly do, from taking in knowledge to producing something.", needed: true)
                .Field(a => a.Format, "Format", "e.g. webinar, case study or peer review.", needed: true)
                .Field(a => a.Timing, "Live or in own time",
                    "Synchronous: everyone at the same moment. Asynchronous: whenever suits the learner.", needed: true)
                .Field(a => a.Setting, "Online or on site", needed: true)
                .Field(a => a.Hours, "Study hours", "Time a typical learner needs, e.g. 1.5.", needed: true)
                .Field(a => a.OutcomeIds, "Outcomes it serves", "Pick at least one outcome of the unit.", refersTo: ReferenceSource.Outcomes, needed: true)
                .Field(a => a.Interactions, "Who learners interact with", "Tick all that apply.", needed: true)
                .Field(a => a.Facilitation, "How the interaction is guided",
                    "Needed when learners work with people: who moderates and how, e.g. \"Tutor replies within 48 h\".",
                    maxLength: 2000, kind: FieldKind.LongText, when: (a, c) => a.Interactions.Any(i => i != Interaction.LearnerMaterial))
                .Field(a => a.Motivators, "What keeps learners going", "Optional: tick any motivating elements.")
                .Field(a => a.ToolIds, "Tools used", "Optional: pick from the tools listed under delivery.", refersTo: ReferenceSource.Tools),
            hint: "Keep each unit's activities together and in order.",
            title: a => ActivityTitle(a), needed: true, provides: ReferenceSource.Activities));

    /// <summary>Names an activity in lists: "3. Flood-risk case study (2 h)".</summary>
    private static string ActivityTitle(LearningActivity a)
    {
        var name = string.IsNullOrWhiteSpace(a.Title) ? "Untitled activity" : a.Title;
        var hours = a.Hours is { } h ? $" ({DescribeText.Number(h)} h)" : "";
        return $"{a.Order}. {name}{hours}";
    }

    // Order follows the position of the activity in the list; nobody types it.
}
