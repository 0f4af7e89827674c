using FluentValidation;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Features.Wizard.Steps.W06LearningOutcomes;

/// <summary>W6: what learners will be able to do, at which EQF level — the anchor of constructive alignment.</summary>
public sealed class LearningOutcomesStepDefinition() : StepDefinition<LearningOutcomesStep>(LearningOutcomesStepSchema.Schema);

public sealed class LearningOutcomesStepValidator : StepValidator<LearningOutcomesStep>
{
    public LearningOutcomesStepValidator(LearningOutcomesStepDefinition definition)
        : base(definition)
    {
        RuleFor(s => s.Outcomes).Must(outcomes => outcomes
                .Where(o => !string.IsNullOrWhiteSpace(o.Code))
                .GroupBy(o => o.Code.Trim(), StringComparer.OrdinalIgnoreCase)
                .All(g => g.Count() == 1))
            .WithMessage("Two learning outcomes have the same code: give each outcome its own code.");
    }
}
