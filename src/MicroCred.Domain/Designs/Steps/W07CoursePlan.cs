using MicroCred.Domain.Designs.Schema;
using DescribeText = MicroCred.Domain.Checks.Describe;

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

public sealed class CourseUnit : IOrderedRow
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

public sealed class OerResource : IStepRow
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

/// <summary>The fields of CoursePlan, declared once: words, kinds, limits, references and what review needs.</summary>
public static class CoursePlanStepSchema
{
    public static StepSchema<CoursePlanStep> Schema { get; } = new(WizardStep.CoursePlan, form => form
        .Section("The course at a glance")
        .Field(s => s.Title, "Course title",
            "The name printed on the certificate, e.g. \"Climate risk for local planners\".", needed: true)
        .Field(s => s.Ects, "ECTS credits",
            "Credits for the whole course, to one decimal, e.g. 2.5. A course usually carries 1 to 3 ECTS.", needed: true)
        .Field(s => s.DurationWeeks, "Length in weeks",
            "Weeks from the first to the last day, e.g. 8. Most courses finish within a year.", needed: true)
        .Section("When the course runs")
        .Field(s => s.Schedule, "Dates or flexible start",
            "Fixed dates suit a cohort that starts together; flexible suits learners who join any time.", needed: true)
        .Field(s => s.StartDate, "Start date", "Needed when the course runs on fixed dates, e.g. 20 September 2027.", when: (s, c) => s.Schedule == CourseSchedule.FixedDates)
        .Field(s => s.EndDate, "End date", "Needed when the course runs on fixed dates; on or after the start date.", when: (s, c) => s.Schedule == CourseSchedule.FixedDates)
        .Field(s => s.StudyBlockHours, "Usual study block",
            "Optional: the chunk of time learners plan in. Blocks of 2 or 4 hours fit around work.")
        .Section("Course units",
            "Cut the course into units of a few hours each. The unit hours add up to the study load learners see, so keep them realistic.")
        .Rows(s => s.Units, "Course units", "course unit", unit => unit
                .Field(u => u.Title, "Unit title", "A short name learners will see, e.g. \"Risk assessment\".", needed: true)
                .Field(u => u.Summary, "What the unit is about", "Two or three sentences for the course description.", kind: FieldKind.LongText, needed: true)
                .Field(u => u.Topics, "Topics", "One topic per line, e.g. \"Hazard mapping\".", needed: true)
                .Field(u => u.OutcomeIds, "Outcomes this unit serves", "Pick at least one course learning outcome.", refersTo: ReferenceSource.Outcomes, needed: true)
                .Field(u => u.UnitOutcomes, "Outcomes for this unit",
                    "Optional: how the course outcomes narrow down for this unit.", maxLength: 2000, kind: FieldKind.LongText)
                .Field(u => u.StudyHours, "Study hours",
                    "Hours a typical learner spends on the unit, everything included, e.g. 4.", needed: true)
                .Field(u => u.DeliveryMode, "Delivery mode", "How this unit is taught.", needed: true)
                .Field(u => u.ResponsibleMemberId, "Team member in charge", "The person who designs and builds this unit.", refersTo: ReferenceSource.Members, needed: true)
                .Field(u => u.IsMobilityUnit, "Includes international mobility",
                    "Tick if learners or staff work across borders in this unit.")
                .Rows(u => u.OerUsed, "Open educational resources", "open educational resource", oer => oer
                        .Field(r => r.Title, "Resource title", "e.g. \"IPCC summary for policymakers\".")
                        .Field(r => r.Url, "Web address", "A full link, e.g. https://example.org/guide.", maxLength: 500)
                        .Field(r => r.Licence, "Licence", "e.g. CC BY 4.0.", kind: FieldKind.Text, maxLength: 100),
                    hint: "Optional: free, openly licensed material the unit reuses.",
                    title: r => string.IsNullOrWhiteSpace(r.Licence) ? r.Title : $"{r.Title} ({r.Licence})")
                .Field(u => u.DevelopmentStatus, "Development status", "How far the unit has come, from planned to approved.", needed: true),
            hint: "List the units in the order learners take them.",
            title: u => UnitTitle(u), needed: true, provides: ReferenceSource.Units));

    /// <summary>Names a unit in lists: "U2 — Risk assessment (12 h)".</summary>
    private static string UnitTitle(CourseUnit u)
    {
        var name = string.IsNullOrWhiteSpace(u.Title) ? "Untitled unit" : u.Title;
        var hours = u.StudyHours is { } h ? $" ({DescribeText.Number(h)} h)" : "";
        return $"U{u.Order} — {name}{hours}";
    }

    // Order follows the position of the unit in the list; nobody types it.
}
