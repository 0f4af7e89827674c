using MicroCred.Domain.Designs.Schema;
using Gate = MicroCred.Domain.Checks.Gate;
using DescribeText = MicroCred.Domain.Checks.Describe;

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
public sealed class GradeTranscription : IStepRow
{
    public Guid Id { get; set; }
    public Guid? PartnerId { get; set; }
    public GradingScale? LocalScale { get; set; }
    public List<GradeBand> Bands { get; set; } = [];
}

public sealed class GradeBand : IStepRow
{
    public Guid Id { get; set; }
    public string CommonGrade { get; set; } = "";
    public string LocalGrade { get; set; } = "";
}

public sealed class AssessmentComponent : IStepRow
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

/// <summary>The fields of Assessment, declared once: words, kinds, limits, references and what review needs.</summary>
public static class AssessmentStepSchema
{
    public static StepSchema<AssessmentStep> Schema { get; } = new(WizardStep.Assessment, form => form
        .Section("Exam rules")
        .Field(s => s.OnlineAssessmentFramework, "Joint approach to online assessment",
            "How the partners design, run and safeguard online assessment: fairness and trust, the process, and plans for later runs.", kind: FieldKind.LongText, needed: true, neededFrom: Gate.G2)
        .Field(s => s.ExamRegulations, "Examination rules",
            "The rules every partner applies: resits, cheating and plagiarism, complaints, and what a learner needs to pass.", kind: FieldKind.LongText, needed: true)
        .Field(s => s.AssessmentTiming, "When learners are assessed",
            "On fixed dates for the whole group, or whenever a learner is ready.", needed: true, neededFrom: Gate.G2)
        .Field(s => s.AssessmentBoard, "Board of examiners",
            "Who sits on it and how often it meets, e.g. \"One examiner per partner; meets after each run\".",
            maxLength: 2000, kind: FieldKind.LongText, needed: true, neededFrom: Gate.G2)
        .Section("Grading", "Agree on one scale for the course, preferably the lead university's, and how each partner converts it.")
        .Field(s => s.GradingScale, "Common grading scale", needed: true, neededFrom: Gate.G2)
        .Field(s => s.GradingScaleDefinition, "About the scale",
            "Needed if you chose another scale: list the grades and what each means.", maxLength: 2000, kind: FieldKind.LongText, when: (s, c) => s.GradingScale == GradingScale.Other, neededFrom: Gate.G2)
        .Field(s => s.PassMark, "Pass mark",
            "The lowest passing grade on the common scale, e.g. 10 on a 1 to 20 scale. Leave empty for pass/fail.", when: (s, c) => s.GradingScale is not null and not GradingScale.PassFail, neededFrom: Gate.G2)
        .Rows(s => s.TranscriptionTables, "Grade conversion tables", "grade conversion table", table => table
                .Field(t => t.PartnerId, "Partner", "A partner whose own scale differs from the common one.", refersTo: ReferenceSource.Partners, namesRow: true)
                .Field(t => t.LocalScale, "Partner's own scale")
                .Rows(t => t.Bands, "Grade pairs", "grade pair", band => band
                        .Field(b => b.CommonGrade, "Common grade", "A grade or range on the common scale, e.g. 16–20.",
                            kind: FieldKind.Text, maxLength: 20)
                        .Field(b => b.LocalGrade, "Partner's grade", "The matching grade on the partner's scale, e.g. A.",
                            kind: FieldKind.Text, maxLength: 20),
                    hint: "One pair per grade, from the highest to the lowest.",
                    title: b => $"{b.CommonGrade} → {b.LocalGrade}"),
            hint: "One table for each partner whose own grading scale differs from the common one.",
            title: t => TableTitle(t))
        .Requires((s, c) => s.GradingScale is { } common
            ? c.HigherEducationPartners()
                .Where(p => p.GradingScale is { } local && local != common && !s.TranscriptionTables.Any(t => t.PartnerId == p.Id && t.Bands.Count > 0))
                .Select(p => new MissingField($"TranscriptionTables[{p.Id}]", "Grade conversion table for a university partner with another grading scale"))
            : Enumerable.Empty<MissingField>(), neededFrom: Gate.G2)
        .Section("Recognition of prior learning")
        .Field(s => s.RplPartnerId, "University handling recognition",
            "Where learners whose course did not end in credits can ask to have their learning recognised.", refersTo: ReferenceSource.Partners, needed: true, neededFrom: Gate.G2)
        .Field(s => s.RplProcedure, "How recognition works",
            "The steps a learner follows and what they hand in, e.g. following the ECTS Users' Guide.", kind: FieldKind.LongText, needed: true, neededFrom: Gate.G2)
        .Section("Fairness and what learners are told")
        .Field(s => s.IntegrityMeasures, "How you prevent cheating", "Optional: tick all that apply.")
        .Field(s => s.CommunicationToLearners, "What learners get in advance",
            "Tick all that apply. Assessment criteria must always be published in advance.", needed: true, neededFrom: Gate.G2)
        .Section("Assessment components",
            "Add every formative check and every summative test. The weights of the summative ones add up to 100 %.")
        .Rows(s => s.Components, "Assessment components", "assessment component", component => component
                .Field(c => c.Title, "Component title", "A short name, e.g. \"Final case report\".", needed: true)
                .Field(c => c.Purpose, "Formative or summative",
                    "Formative gives feedback along the way; summative counts towards the final result.", needed: true)
                .Field(c => c.Method, "Method", "e.g. quiz, essay, capstone project or oral exam.", needed: true)
                .Field(c => c.Marking, "How it is marked", "By the computer, by a teacher, or both.", needed: true)
                .Field(c => c.Setting, "Online or on site", needed: true)
                .Field(c => c.UnitId, "Course unit", "Optional: the unit it belongs to, often at the end of that unit.", refersTo: ReferenceSource.Units)
                .Field(c => c.OutcomeIds, "Outcomes it assesses", "Pick at least one learning outcome.", refersTo: ReferenceSource.Outcomes, needed: true)
                .Field(c => c.WeightPercent, "Weight in the final grade",
                    "Summative only: a percentage from 0 to 100, e.g. 40.", when: (a, c) => a.Purpose == AssessmentPurpose.Summative)
                .Field(c => c.Criteria, "Assessment criteria",
                    "Needed for summative components: what learners must show. Learners see these in advance.",
                    maxLength: 2000, kind: FieldKind.LongText, when: (a, c) => a.Purpose == AssessmentPurpose.Summative)
                .Field(c => c.Feedback, "Feedback learners get", "Needed for formative components: tick all that apply.", when: (a, c) => a.Purpose == AssessmentPurpose.Formative)
                .Field(c => c.Supervision, "Supervision",
                    "Summative only: whether someone watches and whether identity is checked.", when: (a, c) => a.Purpose == AssessmentPurpose.Summative)
                .Field(c => c.IdVerification, "Identity check",
                    "Summative only: how you make sure the right person takes part.", when: (a, c) => a.Purpose == AssessmentPurpose.Summative)
                .Field(c => c.IdMethodAccessible, "Identity check is accessible",
                    "Tick once the check also works for learners with disabilities.")
                .Field(c => c.SupervisionJustification, "Why no supervision or identity check",
                    "Needed when an online summative component without supervision or identity check counts for credits.",
                    maxLength: 2000, kind: FieldKind.LongText, when: (a, c) => a.Purpose == AssessmentPurpose.Summative && a.Setting == ActivitySetting.Online
                        && (a.IdVerification == IdVerification.None || a.Supervision == Supervision.UnsupervisedNoIdVerification)),
            title: c => ComponentTitle(c), needed: true, provides: ReferenceSource.Components));

    /// <summary>Names a table in lists: "Partner scale 1 to 10 — 5 grade pairs".</summary>
    private static string TableTitle(GradeTranscription t)
    {
        var scale = t.LocalScale is { } s ? ScaleText(s) : "scale not chosen";
        return $"Partner scale {scale} — {t.Bands.Count} grade {(t.Bands.Count == 1 ? "pair" : "pairs")}";
    }

    /// <summary>Names a component in lists: "Final case report — summative, 40 %".</summary>
    private static string ComponentTitle(AssessmentComponent c)
    {
        var name = string.IsNullOrWhiteSpace(c.Title) ? "Untitled component" : c.Title;
        var details = new List<string>();
        if (c.Purpose is { } purpose)
        {
            details.Add(DescribeText.Words(purpose));
        }

        if (c.WeightPercent is { } weight)
        {
            details.Add($"{DescribeText.Number(weight)} %");
        }

        return details.Count == 0 ? name : $"{name} — {string.Join(", ", details)}";
    }

    public static string ScaleText(GradingScale scale) => scale switch
    {
        GradingScale.OneToTwenty => "1 to 20",
        GradingScale.OneToTen => "1 to 10",
        GradingScale.OneToFive => "1 to 5",
        GradingScale.OneToThirty => "1 to 30",
        GradingScale.PassFail => "pass/fail",
        _ => "other",
    };
}
