namespace MicroCred.Domain.Designs.Steps;

/// <summary>W9: joint international activities with embedded staff or student mobility.</summary>
public sealed class InternationalMobilityStep
{
    public List<InternationalActivity> Activities { get; set; } = [];
}

public sealed class InternationalActivity
{
    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    public InternationalActivityType? Type { get; set; }
    public MobilityKind? Mobility { get; set; }
    public bool StaffMobility { get; set; }
    public bool StudentMobility { get; set; }
    public Guid? HostPartnerId { get; set; }

    /// <summary>The course unit whose hours include this activity.</summary>
    public Guid? UnitId { get; set; }

    /// <summary>The learning activities (W8) that make up this international activity.</summary>
    public List<Guid> LearningActivityIds { get; set; } = [];
    public MobilityStatus? Status { get; set; }
    public List<Guid> JointlyDesignedByMemberIds { get; set; } = [];
}

public enum InternationalActivityType
{
    IntensiveProgramme,
    SummerSchool,
    WinterSchool,
    InternationalWebinar,
    ThinkTank,
    Project,
    Simulation,
    FieldWork,
    VirtualLab,
    VirtualClassroom,
    Internship,
    ServiceLearning,
    BlendedIntensiveProgramme,
}

public enum MobilityKind
{
    Physical,
    Virtual,
    Blended,
}

public enum MobilityStatus
{
    Compulsory,
    Optional,
    AlternativeOption,
    HonoursOption,
}
