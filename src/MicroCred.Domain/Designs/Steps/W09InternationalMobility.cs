using MicroCred.Domain.Designs.Schema;
using DescribeText = MicroCred.Domain.Checks.Describe;

namespace MicroCred.Domain.Designs.Steps;

/// <summary>W9: joint international activities with embedded staff or student mobility.</summary>
public sealed class InternationalMobilityStep
{
    public List<InternationalActivity> Activities { get; set; } = [];
}

public sealed class InternationalActivity : IStepRow
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

/// <summary>The fields of InternationalMobility, declared once: words, kinds, limits, references and what review needs.</summary>
public static class InternationalMobilityStepSchema
{
    public static StepSchema<InternationalMobilityStep> Schema { get; } = new(WizardStep.InternationalMobility, form => form
        .Section("International activities",
            "Add each activity where learners or staff work with another partner: a summer school, a joint webinar, a field trip. Design them together with colleagues from other partners.")
        .Rows(s => s.Activities, "International activities", "international activity", activity => activity
                .Field(a => a.Title, "Activity title", "A short name, e.g. \"Summer school in Porto\".", needed: true)
                .Field(a => a.Type, "Kind of activity", "e.g. summer school, virtual lab or internship.", needed: true)
                .Field(a => a.Mobility, "Physical, virtual or blended",
                    "Physical means travelling; blended mixes travel with online work.", needed: true)
                .Field(a => a.StudentMobility, "Learners take part across borders",
                    "Tick if learners travel or join a group at another partner online.")
                .Field(a => a.StaffMobility, "Staff teach across borders",
                    "Tick if teachers or staff of one partner work at or with another.")
                .Field(a => a.HostPartnerId, "Host partner", "Where people meet in person; needed for physical mobility.", refersTo: ReferenceSource.Partners, when: (a, c) => a.Mobility == MobilityKind.Physical)
                .Field(a => a.UnitId, "Course unit", "The unit whose study hours include this activity.", refersTo: ReferenceSource.Units, needed: true)
                .Field(a => a.LearningActivityIds, "Learning activities involved",
                    "Pick the planned learning activities that make up this international activity.", refersTo: ReferenceSource.Activities)
                .Field(a => a.Status, "Compulsory or optional",
                    "An optional activity must never be the only way to reach an outcome.", needed: true)
                .Field(a => a.JointlyDesignedByMemberIds, "Designed by",
                    "Pick the team members who design it, ideally from two or more partners.", refersTo: ReferenceSource.Members, needed: true),
            hint: "Leave empty if the course has no international activities.",
            title: a => ActivityTitle(a)));

    /// <summary>Names an activity in lists: "Summer school in Porto (physical, compulsory)".</summary>
    private static string ActivityTitle(InternationalActivity a)
    {
        var name = string.IsNullOrWhiteSpace(a.Title) ? "Untitled activity" : a.Title;
        var details = new[] { a.Mobility is { } m ? DescribeText.Words(m) : null, a.Status is { } st ? DescribeText.Words(st) : null }
            .Where(d => d is not null)
            .ToList();
        return details.Count == 0 ? name : $"{name} ({string.Join(", ", details)})";
    }
}
