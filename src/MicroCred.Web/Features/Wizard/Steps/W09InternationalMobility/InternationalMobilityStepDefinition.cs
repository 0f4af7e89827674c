using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Features.Wizard.Steps.W09InternationalMobility;

/// <summary>W9: activities that learners or staff do across borders, physically or online, and how they fit the course.</summary>
public sealed class InternationalMobilityStepDefinition() : StepDefinition<InternationalMobilityStep>(InternationalMobilityStepSchema.Schema);

/// <summary>W9 has no numbers or codes of its own: the shared format rules are enough; design rules (R-MOB-…) run as checks.</summary>
public sealed class InternationalMobilityStepValidator(InternationalMobilityStepDefinition definition)
    : StepValidator<InternationalMobilityStep>(definition);
