namespace MicroCred.Domain.Designs.Steps;

/// <summary>W12: optional very short units (below 1 ECTS) derived from or linked to the course.</summary>
public sealed class MicrolearningStep
{
    public List<MicrolearningUnit> Units { get; set; } = [];
}

public sealed class MicrolearningUnit
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
