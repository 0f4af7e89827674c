using FluentValidation;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;
using DescribeText = MicroCred.Domain.Checks.Describe;

namespace MicroCred.Web.Features.Wizard.Steps.W07CoursePlan;

/// <summary>W7: the size and timing of the course and its units, each with hours, outcomes and the member who builds it.</summary>
public sealed class CoursePlanStepDefinition() : StepDefinition<CoursePlanStep>(CoursePlanStepSchema.Schema);

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
            .WithMessage("Enter a start date between 2000 and 2100, e.g. 20 September 2027.");
        RuleFor(s => s.EndDate).InclusiveBetween(EarliestDate, LatestDate)
            .WithMessage("Enter an end date between 2000 and 2100, e.g. 12 December 2027.");
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
