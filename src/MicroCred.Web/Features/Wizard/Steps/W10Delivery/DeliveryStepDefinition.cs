using FluentValidation;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Features.Wizard.Steps.W10Delivery;

/// <summary>W10: the main delivery mode, pace, flexibility and the tools the course relies on.</summary>
public sealed class DeliveryStepDefinition() : StepDefinition<DeliveryStep>(DeliveryStepSchema.Schema);

public sealed class DeliveryStepValidator : StepValidator<DeliveryStep>
{
    public DeliveryStepValidator(DeliveryStepDefinition definition)
        : base(definition)
    {
        RuleFor(s => s).Custom((s, context) =>
        {
            foreach (var twin in s.Tools
                         .Where(t => !string.IsNullOrWhiteSpace(t.Name))
                         .GroupBy(t => t.Name.Trim(), StringComparer.OrdinalIgnoreCase)
                         .Where(g => g.Count() > 1))
            {
                context.AddFailure("Tools", $"The tool '{twin.Key}' is listed more than once: keep one row and tick all its uses there.");
            }
        });
    }
}
