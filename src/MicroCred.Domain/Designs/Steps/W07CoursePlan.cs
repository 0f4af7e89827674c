namespace MicroCred.Domain.Designs.Steps;

/// <summary>W7: the volume of the course and its modular course units with study load and responsible member.</summary>
public sealed class CoursePlanStep
{
    public string? Title { get; set; }
    public decimal? Ects { get; set; }
    public int? DurationWeeks { get; set; }
    public CourseSchedule? Schedule { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public StudyBlockHours? StudyBlockHours { get; set; }
    public List<CourseUnit> Units { get; set; } = [];

    /// <summary>Notional study hours: always the sum of the unit hours, never typed in.</summary>
    public decimal NotionalHours() => Units.Sum(u => u.StudyHours ?? 0m);
}

public sealed class CourseUnit
{
    public Guid Id { get; set; }
    public int Order { get; set; }
    public string Title { get; set; } = "";
    public string? Summary { get; set; }
    public List<string> Topics { get; set; } = [];
    public List<Guid> OutcomeIds { get; set; } = [];
    public string? UnitOutcomes { get; set; }
    public decimal? StudyHours { get; set; }
    public Guid? ResponsibleMemberId { get; set; }
    public DeliveryMode? DeliveryMode { get; set; }
    public List<OerResource> OerUsed { get; set; } = [];
    public bool IsMobilityUnit { get; set; }
    public UnitDevelopmentStatus? DevelopmentStatus { get; set; }
}

public sealed class OerResource
{
    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    public string? Url { get; set; }
    public string? Licence { get; set; }
}

public enum CourseSchedule
{
    FixedDates,
    FlexibleStartAndEnd,
}

public enum StudyBlockHours
{
    TwoHours,
    FourHours,
    Other,
}

/// <summary>Development progress of a unit, in the order a unit passes through it.</summary>
public enum UnitDevelopmentStatus
{
    Planned,
    Designed,
    PeerReviewed,
    Developed,
    Approved,
}
