using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Features.Wizard.Steps.W11Inclusiveness;

/// <summary>W11: which learners need extra attention, what the course does for them and how assessment adapts.</summary>
public sealed class InclusivenessStepDefinition : StepDefinition<InclusivenessStep>
{
    public override WizardStep Step => WizardStep.Inclusiveness;

    protected override void Describe(FormBuilder<InclusivenessStep> form) => form
        .Section("Who needs extra attention")
        .Field(s => s.Dimensions, "Areas of inclusion you address",
            "Tick each area. Digital accessibility always applies, because learners reach the course online.")
        .Field(s => s.SpecificGroups, "Learner groups to plan for",
            "Optional: e.g. people studying next to a job, or with little confidence online.")
        .Section("What the course does")
        .Field(s => s.UdlApplied, "Universal Design for Learning used",
            "Tick if you followed the UDL guidelines, e.g. several ways to take in content and to show learning.")
        .Field(s => s.Measures, "Measures per area and group",
            "For each ticked area or group, say what you do, e.g. \"Captions and transcripts for every video\".")
        .Field(s => s.AssessmentAccommodations, "Adjustments in assessment",
            "How exams adapt so nobody is shut out, e.g. extra time, other formats, screen-reader-friendly pages.",
            maxLength: 2000);
}

/// <summary>W11 has only choices and text: the shared format rules are enough; design rules (R-INC-…) run as checks.</summary>
public sealed class InclusivenessStepValidator(InclusivenessStepDefinition definition)
    : StepValidator<InclusivenessStep>(definition);
