using MicroCred.Domain.Designs.Schema;
using DescribeText = MicroCred.Domain.Checks.Describe;

namespace MicroCred.Domain.Designs.Steps;

/// <summary>W10: delivery modes (one dominant), pace, flexibility and the tool set.</summary>
public sealed class DeliveryStep
{
    public List<DeliveryMode> DeliveryModes { get; set; } = [];
    public DeliveryMode? DominantMode { get; set; }
    public string? ModeRationale { get; set; }
    public Pace? Pace { get; set; }
    public List<StudyRegime> StudyRegime { get; set; } = [];
    public bool CohortBased { get; set; }
    public List<FlexibilityOption> FlexibilityOptions { get; set; } = [];
    public string? FocusSafeguard { get; set; }
    public List<string> TimeZones { get; set; } = [];
    public List<Tool> Tools { get; set; } = [];
}

public sealed class Tool : IStepRow
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public List<ToolFunction> Functions { get; set; } = [];
    public Guid? ProvidedByPartnerId { get; set; }
    public bool RubricEvaluated { get; set; }
    public bool AccessibilityChecked { get; set; }
    public string? Evidence { get; set; }
}

public enum DeliveryMode
{
    SynchronousHybrid,
    Blended,
    OnlineDistanceAsynchronous,
    OnlineSynchronous,
    FaceToFace,
}

public enum Pace
{
    TeacherPaced,
    SelfPaced,
    Mixed,
}

public enum StudyRegime
{
    PartTime,
    FullTime,
}

public enum FlexibilityOption
{
    ChoiceOfContent,
    ChoiceOfActivities,
    ChoiceOfResources,
    ChoiceOfDeliveryMode,
    SelfPacedProgress,
    FlexibleStartEnd,
    AsyncForTimeZones,
    ElectiveUnits,
    OnDemand,
}

public enum ToolFunction
{
    AssessmentAndAssignments,
    Collaboration,
    Communication,
    ConferenceCalls,
    VirtualClassroom,
    PollsAndSurveys,
    LearningFeedback,
    LearningEnvironment,
    MediaProduction,
}

/// <summary>The fields of Delivery, declared once: words, kinds, limits, references and what review needs.</summary>
public static class DeliveryStepSchema
{
    public static StepSchema<DeliveryStep> Schema { get; } = new(WizardStep.Delivery, form => form
        .Section("How the course is delivered")
        .Field(s => s.DeliveryModes, "Delivery modes used", "Tick every mode the course uses.", needed: true)
        .Field(s => s.DominantMode, "Main delivery mode",
            "The mode most of the course uses; it is printed on the certificate as the form of participation.", needed: true)
        .Field(s => s.ModeRationale, "Why these modes",
            "e.g. how they suit working or international learners, and how the course can grow to more learners.",
            maxLength: 2000, kind: FieldKind.LongText, needed: true)
        .Section("Pace and rhythm")
        .Field(s => s.Pace, "Who sets the pace", "Teachers set deadlines, learners go at their own speed, or a mix.", needed: true)
        .Field(s => s.StudyRegime, "Part-time or full-time", "Tick both if learners can choose.", needed: true)
        .Field(s => s.CohortBased, "Learners move through as a group",
            "Tick if a group starts together and follows the same schedule.")
        .Field(s => s.TimeZones, "Learners' time zones",
            "Needed when you recruit across Europe or worldwide. One per line, e.g. UTC+1.", maxLength: 60, when: (s, c) => c.Recruitment.RecruitsInternationally)
        .Section("Flexibility")
        .Field(s => s.FlexibilityOptions, "Flexibility on offer", "Tick what learners may choose or adjust.")
        .Field(s => s.FocusSafeguard, "How the course stays focused",
            "Needed with three or more options: what keeps every learner heading for the same outcomes.",
            maxLength: 2000, kind: FieldKind.LongText, when: (s, c) => s.FlexibilityOptions.Count >= 3)
        .Section("Tools", "List the tools the course relies on. Learning activities then pick from this list.")
        .Rows(s => s.Tools, "Tools", "tool", tool => tool
                .Field(t => t.Name, "Tool name", "e.g. Moodle, Zoom or Padlet.", maxLength: 100, needed: true)
                .Field(t => t.Functions, "What it is used for", "Tick all that apply.", needed: true)
                .Field(t => t.ProvidedByPartnerId, "Provided by", "The partner that licenses or hosts the tool.", refersTo: ReferenceSource.Partners)
                .Field(t => t.RubricEvaluated, "Rated with a tool rubric",
                    "Tick if the team scored it on function, technology and teaching value.")
                .Field(t => t.AccessibilityChecked, "Checked for accessibility",
                    "Tick if tested, e.g. with a screen reader and keyboard only.")
                .Field(t => t.Evidence, "Why this tool works",
                    "Optional: what shows it works well, e.g. pilot results or a published study.", maxLength: 2000, kind: FieldKind.LongText),
            title: t => ToolTitle(t), provides: ReferenceSource.Tools));

    /// <summary>Names a tool in lists: "Zoom — conference calls, virtual classroom".</summary>
    private static string ToolTitle(Tool t)
    {
        var name = string.IsNullOrWhiteSpace(t.Name) ? "Unnamed tool" : t.Name;
        return t.Functions.Count == 0 ? name : $"{name} — {string.Join(", ", t.Functions.Select(f => DescribeText.Words(f)))}";
    }
}
