using FluentValidation;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Features.Wizard.Steps.W12Microlearning;

/// <summary>W12: optional very short, single-objective units for the workplace, derived from the course or built with employers.</summary>
public sealed class MicrolearningStepDefinition() : StepDefinition<MicrolearningStep>(MicrolearningStepSchema.Schema);

public sealed class MicrolearningStepValidator : StepValidator<MicrolearningStep>
{
    public MicrolearningStepValidator(MicrolearningStepDefinition definition)
        : base(definition)
    {
        RuleFor(s => s).Custom((s, context) =>
        {
            foreach (var u in s.Units.Where(u => u.DurationMinutes is 0 or > MicrolearningStepSchema.MaxMinutes))
            {
                var name = string.IsNullOrWhiteSpace(u.Title) ? "A microlearning unit" : $"Microlearning unit '{u.Title}'";
                context.AddFailure($"Units[{u.Id}].DurationMinutes",
                    $"{name} lasts {u.DurationMinutes} minutes; enter a length from 1 to {MicrolearningStepSchema.MaxMinutes:N0} minutes (one day), e.g. 15.");
            }
        });
    }
}
