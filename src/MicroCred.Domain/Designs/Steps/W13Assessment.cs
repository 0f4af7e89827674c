namespace MicroCred.Domain.Designs.Steps;

/// <summary>W13: examination regulations, the common grading scale and the formative and summative assessment components.</summary>
public sealed class AssessmentStep
{
    public string? OnlineAssessmentFramework { get; set; }
    public string? ExamRegulations { get; set; }
    public GradingScale? GradingScale { get; set; }
    public string? GradingScaleDefinition { get; set; }
    public decimal? PassMark { get; set; }
    public List<GradeTranscription> TranscriptionTables { get; set; } = [];
    public AssessmentTiming? AssessmentTiming { get; set; }
    public string? AssessmentBoard { get; set; }
    public string? RplProcedure { get; set; }
    public Guid? RplPartnerId { get; set; }
    public List<IntegrityMeasure> IntegrityMeasures { get; set; } = [];
    public List<LearnerCommunication> CommunicationToLearners { get; set; } = [];
    public List<AssessmentComponent> Components { get; set; } = [];

    public IEnumerable<AssessmentComponent> Summative() =>
        Components.Where(c => c.Purpose == AssessmentPurpose.Summative);
}

/// <summary>How grades on the common scale translate to one partner's local scale.</summary>
public sealed class GradeTranscription
{
    public Guid Id { get; set; }
    public Guid? PartnerId { get; set; }
    public GradingScale? LocalScale { get; set; }
    public List<GradeBand> Bands { get; set; } = [];
}

public sealed class GradeBand
{
    public Guid Id { get; set; }
    public string CommonGrade { get; set; } = "";
    public string LocalGrade { get; set; } = "";
}

public sealed class AssessmentComponent
{
    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    public AssessmentPurpose? Purpose { get; set; }
    public AssessmentMethod? Method { get; set; }
    public Marking? Marking { get; set; }
    public ActivitySetting? Setting { get; set; }
    public Guid? UnitId { get; set; }
    public List<Guid> OutcomeIds { get; set; } = [];
    public decimal? WeightPercent { get; set; }
    public string? Criteria { get; set; }
    public List<FeedbackType> Feedback { get; set; } = [];
    public Supervision? Supervision { get; set; }
    public IdVerification? IdVerification { get; set; }
    public bool IdMethodAccessible { get; set; }
    public string? SupervisionJustification { get; set; }
}

public enum GradingScale
{
    OneToTwenty,
    OneToTen,
    OneToFive,
    OneToThirty,
    PassFail,
    Other,
}

public enum AssessmentTiming
{
    CohortFixedDates,
    LearnerLed,
}

public enum IntegrityMeasure
{
    PlagiarismDetection,
    QuestionBankRotation,
    PeriodicReview,
    Proctoring,
    OralCheck,
}

public enum LearnerCommunication
{
    CriteriaPublishedInAdvance,
    SampleExam,
    ProctoringInstructions,
}

public enum AssessmentPurpose
{
    Formative,
    Summative,
}

public enum AssessmentMethod
{
    // formative
    Quiz,
    SelfAssessment,
    PeerAssessment,
    LearningAgenda,
    LearningAnalyticsDashboard,

    // summative
    ProctoredFinalExam,
    CaseStudyQuiz,
    CodingProject,
    Essay,
    CapstoneProject,
    OralExamOnSite,
    OnlineOralExam,
    RecordedPresentation,
    AuthenticTask,
    ParticipationAndEngagement,
    Other,
}

public enum Marking
{
    ComputerBased,
    TeacherAssessed,
    Mixed,
}

public enum FeedbackType
{
    Automated,
    Instructor,
    Peer,
}

public enum Supervision
{
    UnsupervisedNoIdVerification,
    SupervisedNoIdVerification,
    SupervisedOnlineWithIdVerification,
    OnSiteWithIdVerification,
}

public enum IdVerification
{
    PlatformPhotoIdMatch,
    UniversityRegistration,
    OnSiteInterview,
    OnlineInterview,
    RecordedCapstonePresentation,
    None,
}
