using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Features.Wizard.Steps.W11Inclusiveness;

/// <summary>W11: which learners need extra attention, what the course does for them and how assessment adapts.</summary>
public sealed class InclusivenessStepDefinition() : StepDefinition<InclusivenessStep>(InclusivenessStepSchema.Schema);

/// <summary>W11 has only choices and text: the shared format rules are enough; design rules (R-INC-…) run as checks.</summary>
public sealed class InclusivenessStepValidator(InclusivenessStepDefinition definition)
    : StepValidator<InclusivenessStep>(definition);
