using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Checks.Rules;

/// <summary>W11 inclusiveness and accessibility.</summary>
internal static class InclusionRules
{
    private const WizardStep Step = WizardStep.Inclusiveness;

    public static void Apply(DesignCheckContext ctx, FindingList f)
    {
        var s = ctx.Content.Inclusiveness;

        // R-INC-01: all delivery is digital, so digital accessibility is always in scope.
        if (!s.Dimensions.Contains(InclusionDimension.DigitalAccessibility))
        {
            f.Error("R-INC-01", Step, "Dimensions", "Select digital accessibility: every learner reaches the course through digital channels.");
        }
        else if (RuleHelpers.IsBlank(s.Measures))
        {
            f.Error("R-INC-01", Step, "Measures", "Describe the digital accessibility measures, for example captions, accessible documents and keyboard-friendly tools.");
        }

        // R-INC-02
        if (ctx.Content.JointVision.NonTraditionalLearners && RuleHelpers.IsBlank(s.AssessmentAccommodations))
        {
            f.Warning("R-INC-02", Step, "AssessmentAccommodations",
                "The course targets non-traditional learners but says nothing about adapting assessment for them; describe the accommodations.");
        }
    }
}
