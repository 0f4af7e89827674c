using FluentValidation;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;
using DescribeText = MicroCred.Domain.Checks.Describe;

namespace MicroCred.Web.Features.Wizard.Steps.W07CoursePlan;

/// <summary>W7: the size and timing of the course and its units, each with hours, outcomes and the member who builds it.</summary>
public sealed class CoursePlanStepDefinition : StepDefinition<CoursePlanStep>
{
    public override WizardStep Step => WizardStep.CoursePlan;

    protected override void Describe(FormBuilder<CoursePlanStep> form) => form
        .Section("The course at a glance")
        .Field(s => s.Title, "Course title",
            "The name printed on the certificate, e.g. \"Climate risk for local planners\".")
        .Field(s => s.Ects, "ECTS credits",
            "Credits for the whole course, to one decimal, e.g. 2.5. A course usually carries 1 to 3 ECTS.")
        .Field(s => s.DurationWeeks, "Length in weeks",
            "Weeks from the first to the last day, e.g. 8. Most courses finish within a year.")
        .Section("When the course runs")
        .Field(s => s.Schedule, "Dates or flexible start",
            "Fixed dates suit a cohort that starts together; flexible suits learners who join any time.")
        .Field(s => s.StartDate, "Start date", "Needed when the course runs on fixed dates, e.g. 20 Sep 2027.")
        .Field(s => s.EndDate, "End date", "Needed when the course runs on fixed dates; on or after the start date.")
        .Field(s => s.StudyBlockHours, "Usual study block",
            "Optional: the chunk of time learners plan in. Blocks of 2 or 4 hours fit around work.")
        .Section("Course units",
            "Cut the course into units of a few hours each. The unit hours add up to the study load learners see, so keep them realistic.")
        .Rows(s => s.Units, "Course units", "course unit", unit => unit
                .Field(u => u.Title, "Unit title", "A short name learners will see, e.g. \"Risk assessment\".")
                .Field(u => u.Summary, "What the unit is about", "Two or three sentences for the course description.")
                .Field(u => u.Topics, "Topics", "One topic per line, e.g. \"Hazard mapping\".")
                .Field(u => u.OutcomeIds, "Outcomes this unit serves", "Pick at least one course learning outcome.")
                .Field(u => u.UnitOutcomes, "Outcomes for this unit",
                    "Optional: how the course outcomes narrow down for this unit.", maxLength: 2000)
                .Field(u => u.StudyHours, "Study hours",
                    "Hours a typical learner spends on the unit, everything included, e.g. 4.")
                .Field(u => u.DeliveryMode, "Delivery mode", "How this unit is taught.")
                .Field(u => u.ResponsibleMemberId, "Team member in charge", "The person who designs and builds this unit.")
                .Field(u => u.IsMobilityUnit, "Includes international mobility",
                    "Tick if learners or staff work across borders in this unit.")
                .Rows(u => u.OerUsed, "Open educational resources", "open educational resource", oer => oer
                        .Field(r => r.Title, "Resource title", "e.g. \"IPCC summary for policymakers\".")
                        .Field(r => r.Url, "Web address", "A full link, e.g. https://example.org/guide.", maxLength: 500)
                        .Field(r => r.Licence, "Licence", "e.g. CC BY 4.0.", kind: FieldKind.Text, maxLength: 100),
                    hint: "Optional: free, openly licensed material the unit reuses.",
                    title: r => string.IsNullOrWhiteSpace(r.Licence) ? r.Title : $"{r.Title} ({r.Licence})")
                .Field(u => u.DevelopmentStatus, "Development status", "How far the unit has come, from planned to approved."),
            hint: "List the units in the order learners take them.",
            title: u => UnitTitle(u));

    /// <summary>Names a unit in lists: "U2 — Risk assessment (12 h)".</summary>
    private static string UnitTitle(CourseUnit u)
    {
        var name = string.IsNullOrWhiteSpace(u.Title) ? "Untitled unit" : u.Title;
        var hours = u.StudyHours is { } h ? $" ({DescribeText.Number(h)} h)" : "";
        return $"U{u.Order} — {name}{hours}";
    }

    // Order follows the position of the unit in the list; nobody types it.
    public override IReadOnlyCollection<string> NotEdited => ["Units.Order"];
}

public sealed class CoursePlanStepValidator : StepValidator<CoursePlanStep>
{
    private static readonly DateOnly EarliestDate = new(2000, 1, 1);
    private static readonly DateOnly LatestDate = new(2100, 12, 31);

    public CoursePlanStepValidator(CoursePlanStepDefinition definition)
        : base(definition)
    {
        // Negative numbers are already reported by the shared format rules.
        RuleFor(s => s.Ects).InclusiveBetween(0.1m, 60m).When(s => s.Ects >= 0)
            .WithMessage("Enter the ECTS credits as a number from 0.1 to 60, e.g. 2.5.");
        RuleFor(s => s.Ects).Must(e => e is null || decimal.Round(e.Value, 1) == e.Value)
            .WithMessage("Give the ECTS credits with at most one decimal, e.g. 2.5.");
        RuleFor(s => s.DurationWeeks).InclusiveBetween(1, 104).When(s => s.DurationWeeks >= 0)
            .WithMessage("Enter the length as a whole number of weeks from 1 to 104, e.g. 8.");
        RuleFor(s => s.StartDate).InclusiveBetween(EarliestDate, LatestDate)
            .WithMessage("Enter a start date between 2000 and 2100, e.g. 20 Sep 2027.");
        RuleFor(s => s.EndDate).InclusiveBetween(EarliestDate, LatestDate)
            .WithMessage("Enter an end date between 2000 and 2100, e.g. 12 Dec 2027.");
        RuleFor(s => s.EndDate).Must((s, end) => end is null || s.StartDate is null || end >= s.StartDate)
            .WithMessage("The end date is before the start date: make it the same day or later.");

        RuleFor(s => s).Custom((s, context) =>
        {
            foreach (var u in s.Units)
            {
                var at = $"Units[{u.Id}]";
                var name = DescribeText.Unit(u);
                if (u.StudyHours is > 2000m)
                {
                    context.AddFailure($"{at}.StudyHours", $"{name} has {DescribeText.Number(u.StudyHours.Value)} study hours; enter at most 2,000 hours for one unit.");
                }

                foreach (var r in u.OerUsed.Where(r => !string.IsNullOrWhiteSpace(r.Url) && !IsWebAddress(r.Url)))
                {
                    context.AddFailure($"{at}.OerUsed[{r.Id}].Url", $"The web address of '{r.Title}' in {name} is not a full link; start it with https://, e.g. https://example.org/guide.");
                }
            }

            foreach (var twin in s.Units
                         .Where(u => !string.IsNullOrWhiteSpace(u.Title))
                         .GroupBy(u => u.Title.Trim(), StringComparer.OrdinalIgnoreCase)
                         .Where(g => g.Count() > 1))
            {
                context.AddFailure("Units", $"Two units are both called '{twin.Key}': give each unit its own title so they can be told apart.");
            }
        });
    }

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
