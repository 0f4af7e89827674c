using FluentValidation;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Features.Wizard.Steps.W02JointVision;

/// <summary>W2: why the course exists, for whom, what it adds to the existing offer and where it leads.</summary>
public sealed class JointVisionStepDefinition() : StepDefinition<JointVisionStep>(JointVisionStepSchema.Schema);

public sealed class JointVisionStepValidator : StepValidator<JointVisionStep>
{
    public const decimal MaxHoursPerWeek = 60m;
    public const int MaxLearnersPerRun = 100_000;
    public const decimal MaxCreditsRecognised = 60m;

    public JointVisionStepValidator(JointVisionStepDefinition definition)
        : base(definition)
    {
        RuleFor(s => s.AvailableHoursPerWeek).LessThanOrEqualTo(MaxHoursPerWeek)
            .WithMessage($"Hours per week available must be {MaxHoursPerWeek:0} or fewer: enter hours per week, not for the whole course.");

        RuleFor(s => s.ExpectedLearnersPerRun).InclusiveBetween(1, MaxLearnersPerRun)
            .When(s => s.ExpectedLearnersPerRun is not null)
            .WithMessage($"Expected learners per run must be a number from 1 to {MaxLearnersPerRun:N0}, or leave it empty if you don't know yet.");

        RuleFor(s => s.StakeholdersConsulted).Must(rows => NoRepeats(rows.Select(k => k.Name)))
            .WithMessage("The same stakeholder is listed twice: keep one row for each organisation or group you consulted.");

        RuleFor(s => s.RelatedOfferings).Must(rows => NoRepeats(rows.Select(o => $"{o.Title.Trim()}|{o.Institution?.Trim()}")))
            .WithMessage("The same course is listed twice under related courses: remove one of the rows.");

        RuleFor(s => s.StackingTargets).Custom((targets, context) =>
        {
            foreach (var t in targets)
            {
                var path = $"{nameof(JointVisionStep.StackingTargets)}[{t.Id}].{nameof(StackingTarget.CreditsRecognised)}";
                if (t.CreditsRecognised is { } ects && ects > MaxCreditsRecognised)
                {
                    context.AddFailure(path, $"Credits recognised must be {MaxCreditsRecognised:0} ECTS or fewer: enter the credits this course earns in that programme.");
                }
                else if (t.CreditsRecognised is { } credits && decimal.Round(credits, 1) != credits)
                {
                    context.AddFailure(path, "Give the credits recognised with at most one decimal, for example 3 or 2.5.");
                }
            }

            if (!NoRepeats(targets.Select(t => $"{t.Title.Trim()}|{t.Institution?.Trim()}")))
            {
                context.AddFailure(nameof(JointVisionStep.StackingTargets),
                    "The same credential is listed twice under credentials it counts towards: remove one of the rows.");
            }
        });
    }

    /// <summary>True when no non-empty key occurs twice (ignoring case and surrounding spaces).</summary>
    private static bool NoRepeats(IEnumerable<string?> keys) => keys
        .Where(k => !string.IsNullOrWhiteSpace(k) && k.Trim() != "|")
        .GroupBy(k => k!.Trim(), StringComparer.OrdinalIgnoreCase)
        .All(g => g.Count() == 1);
}
