using MicroCred.Domain.Designs.Schema;

namespace MicroCred.Domain.Designs.Steps;

/// <summary>W12: optional very short units (below 1 ECTS) derived from or linked to the course.</summary>
public sealed class MicrolearningStep
{
    public List<MicrolearningUnit> Units { get; set; } = [];
}

public sealed class MicrolearningUnit : IStepRow
{
    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    public string? SingleObjective { get; set; }
    public MicrolearningOrigin? Origin { get; set; }
    public Guid? SourceUnitId { get; set; }
    public string? WorkplaceAdaptation { get; set; }
    public List<Guid> CoCreatorPartnerIds { get; set; } = [];
    public int? DurationMinutes { get; set; }
    public List<MicrolearningUseContext> UseContexts { get; set; } = [];
    public List<MicrolearningFormat> Formats { get; set; } = [];
    public bool MobileReady { get; set; }
    public bool SelfEvaluation { get; set; }
    public Guid? OutcomeId { get; set; }
    public bool StackableIntoCourse { get; set; }
    public BadgeType? BadgeType { get; set; }
    public MicrolearningReviewer? ReviewedBy { get; set; }
}

public enum MicrolearningOrigin
{
    DerivedFromCourseUnit,
    CreatedFromScratch,
    CoCreatedWithStakeholder,
}

public enum MicrolearningUseContext
{
    CorporateTraining,
    OnTheJobJustInTime,
    RegularEducation,
    CoursePreparation,
    CourseSupplement,
    ReusableLearningObject,
}

public enum MicrolearningFormat
{
    ShortText,
    ShortPodcast,
    ShortVideo,
    Microgame,
    App,
    SocialMediaLearning,
    ImageAnalysis,
    QuizMicroAssessment,
    Reflection,
    Memorisation,
    PracticalExercise,
}

public enum BadgeType
{
    Attendance,
    Participation,
    Completion,
}

public enum MicrolearningReviewer
{
    Academic,
    Employer,
    Both,
}

/// <summary>The fields of Microlearning, declared once: words, kinds, limits, references and what review needs.</summary>
public static class MicrolearningStepSchema
{
    public const int MaxMinutes = 1440;

    public static StepSchema<MicrolearningStep> Schema { get; } = new(WizardStep.Microlearning, form => form
        .Section("Microlearning units",
            "Optional. Short units with one objective, used at work or alongside the course. They stay below one credit and lead only to a badge.")
        .Rows(s => s.Units, "Microlearning units", "microlearning unit", unit => unit
                .Field(u => u.Title, "Unit title", "A short name, e.g. \"Spot flood-risk zones on a map\".", needed: true)
                .Field(u => u.SingleObjective, "Its one objective",
                    "The single thing learners can do afterwards, in one sentence.", maxLength: 600, kind: FieldKind.LongText, needed: true)
                .Field(u => u.Origin, "Where it comes from",
                    "Taken from a course unit, built from scratch, or built with employers.", needed: true)
                .Field(u => u.SourceUnitId, "Course unit it is taken from", "Needed when it is taken from a course unit.", refersTo: ReferenceSource.Units, when: (u, c) => u.Origin == MicrolearningOrigin.DerivedFromCourseUnit)
                .Field(u => u.WorkplaceAdaptation, "Changes for the workplace",
                    "Needed when taken from a course unit: what you change so it fits at work, e.g. workplace examples, shorter videos.",
                    maxLength: 2000, kind: FieldKind.LongText, when: (u, c) => u.Origin == MicrolearningOrigin.DerivedFromCourseUnit)
                .Field(u => u.CoCreatorPartnerIds, "Built together with",
                    "Needed when co-created: the employers or professional bodies in the partnership.", refersTo: ReferenceSource.Partners, when: (u, c) => u.Origin == MicrolearningOrigin.CoCreatedWithStakeholder)
                .Field(u => u.DurationMinutes, "Length in minutes",
                    "Time a learner needs, e.g. 15. Units used at work usually take 5 to 30 minutes.", needed: true)
                .Field(u => u.UseContexts, "Where it is used", "Tick all that apply.", needed: true)
                .Field(u => u.Formats, "Formats", "Tick all that apply, e.g. short video and quiz.", needed: true)
                .Field(u => u.MobileReady, "Works on a phone", "Tick once the team has tried it on a smartphone.")
                .Field(u => u.SelfEvaluation, "Learners can check themselves", "Optional: tick if it ends with a self-check.")
                .Field(u => u.StackableIntoCourse, "Counts towards the course",
                    "Tick if it can later be recognised as part of the full course.")
                .Field(u => u.OutcomeId, "Course outcome it serves", "Needed when it counts towards the course.", refersTo: ReferenceSource.Outcomes, when: (u, c) => u.StackableIntoCourse)
                .Field(u => u.BadgeType, "Badge learners earn", "Microlearning leads to a badge, never to credits.", needed: true)
                .Field(u => u.ReviewedBy, "Reviewed by", "Who checked it before release: academics, employers or both."),
            hint: "Leave empty if the course has no microlearning units.",
            title: u => UnitTitle(u)));

    /// <summary>Names a unit in lists: "Spot flood-risk zones on a map (15 min)".</summary>
    private static string UnitTitle(MicrolearningUnit u)
    {
        var name = string.IsNullOrWhiteSpace(u.Title) ? "Untitled microlearning unit" : u.Title;
        return u.DurationMinutes is { } minutes ? $"{name} ({minutes} min)" : name;
    }
}
