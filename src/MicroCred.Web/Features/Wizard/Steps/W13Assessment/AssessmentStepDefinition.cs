using FluentValidation;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;
using DescribeText = MicroCred.Domain.Checks.Describe;

namespace MicroCred.Web.Features.Wizard.Steps.W13Assessment;

/// <summary>W13: the joint exam rules, the common grading scale with its conversions, and the components that test the outcomes.</summary>
public sealed class AssessmentStepDefinition() : StepDefinition<AssessmentStep>(AssessmentStepSchema.Schema);

public sealed class AssessmentStepValidator : StepValidator<AssessmentStep>
{
    public AssessmentStepValidator(AssessmentStepDefinition definition)
        : base(definition)
    {
        RuleFor(s => s).Custom((s, context) =>
        {
            PassMark(s, context);
            foreach (var c in s.Components.Where(c => c.WeightPercent > 100m))
            {
                context.AddFailure($"Components[{c.Id}].WeightPercent",
                    $"{DescribeText.Component(c)} weighs {DescribeText.Number(c.WeightPercent!.Value)} %; enter a percentage from 0 to 100, e.g. 40.");
            }

            if (s.TranscriptionTables.Where(t => t.PartnerId is not null).GroupBy(t => t.PartnerId).Any(g => g.Count() > 1))
            {
                context.AddFailure("TranscriptionTables", "Two grade conversion tables are for the same partner: keep one table per partner.");
            }

            foreach (var t in s.TranscriptionTables)
            {
                foreach (var twin in t.Bands
                             .Where(b => !string.IsNullOrWhiteSpace(b.CommonGrade))
                             .GroupBy(b => b.CommonGrade.Trim(), StringComparer.OrdinalIgnoreCase)
                             .Where(g => g.Count() > 1))
                {
                    context.AddFailure($"TranscriptionTables[{t.Id}].Bands",
                        $"The common grade '{twin.Key}' appears more than once in one conversion table: list each common grade once.");
                }
            }
        });
    }

    /// <summary>The pass mark lies on the chosen scale (negative values are already reported by the shared rules).</summary>
    private static void PassMark(AssessmentStep s, ValidationContext<AssessmentStep> context)
    {
        if (s.PassMark is not { } mark || mark < 0)
        {
            return;
        }

        if (s.GradingScale == GradingScale.PassFail)
        {
            context.AddFailure("PassMark", "A pass/fail scale has no pass mark: leave the pass mark empty.");
            return;
        }

        decimal? top = s.GradingScale switch
        {
            GradingScale.OneToTwenty => 20m,
            GradingScale.OneToTen => 10m,
            GradingScale.OneToFive => 5m,
            GradingScale.OneToThirty => 30m,
            _ => 100m,
        };
        if (mark > top)
        {
            var scale = s.GradingScale is { } g and not GradingScale.Other
                ? $"the {AssessmentStepSchema.ScaleText(g)} scale"
                : "the common scale";
            context.AddFailure("PassMark",
                $"The pass mark {DescribeText.Number(mark)} is above the top grade of {scale}; enter a pass mark of at most {DescribeText.Number(top.Value)}.");
        }
    }
}
