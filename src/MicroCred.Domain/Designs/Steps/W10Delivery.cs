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

public sealed class Tool
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
