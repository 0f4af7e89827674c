using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Checks.Rules;

/// <summary>W10 delivery modes, flexibility and tools.</summary>
internal static class DeliveryRules
{
    private const WizardStep Step = WizardStep.Delivery;

    public static void Apply(DesignCheckContext ctx, FindingList f)
    {
        var c = ctx.Content;
        Del01OneDominantMode(c.Delivery, f);
        Del02TimeZones(c, f);
        Del03CoherentTools(c, f);
        Del04CohortVersusFlexibleStart(c.Delivery, f);
        Del05FocusWithFlexibility(c.Delivery, f);
    }

    // R-DEL-01
    private static void Del01OneDominantMode(DeliveryStep s, FindingList f)
    {
        if (s.DominantMode is not { } dominant)
        {
            f.Error("R-DEL-01", Step, "DominantMode", "Choose one dominant delivery mode; the others complement it.");
        }
        else if (!s.DeliveryModes.Contains(dominant))
        {
            f.Error("R-DEL-01", Step, "DominantMode", $"The dominant mode '{Describe.Words(dominant)}' is not among the selected delivery modes; add it or choose another.");
        }
    }

    // R-DEL-02
    private static void Del02TimeZones(DesignContent c, FindingList f)
    {
        var hasSync = c.LearningActivities.Activities.Any(a => a.Timing == ActivityTiming.Synchronous);
        if (hasSync && c.Recruitment.RecruitsInternationally && c.Delivery.TimeZones.Count == 0
            && !c.Delivery.FlexibilityOptions.Contains(FlexibilityOption.AsyncForTimeZones))
        {
            f.Warning("R-DEL-02", Step, "TimeZones",
                "The course has live sessions and recruits across Europe or beyond, but there is no time-zone plan; list the learners' time zones or offer an asynchronous alternative.");
        }
    }

    // R-DEL-03
    private static void Del03CoherentTools(DesignContent c, FindingList f)
    {
        var activities = c.LearningActivities.Activities;
        foreach (var t in c.Delivery.Tools.Where(t => !activities.Any(a => a.ToolIds.Contains(t.Id))))
        {
            f.Warning("R-DEL-03", Step, $"Tools[{t.Id}]", $"Tool '{t.Name}' is not used by any learning activity; link it or remove it.", t.Id);
        }

        var used = c.Delivery.Tools.Where(t => activities.Any(a => a.ToolIds.Contains(t.Id))).ToList();
        foreach (var function in Enum.GetValues<ToolFunction>())
        {
            var tools = used.Where(t => t.Functions.Contains(function)).ToList();
            if (tools.Count < 2)
            {
                continue;
            }

            var units = activities.Where(a => a.ToolIds.Any(id => tools.Any(t => t.Id == id))).Select(a => a.UnitId).Distinct().Count();
            if (units > 1)
            {
                f.Warning("R-DEL-03", Step, "Tools",
                    $"Units use different tools for {Describe.Words(function)} ({string.Join(", ", tools.Select(t => t.Name))}); pick one so learners do not have to switch.");
            }
        }
    }

    // R-DEL-04
    private static void Del04CohortVersusFlexibleStart(DeliveryStep s, FindingList f)
    {
        if (s.CohortBased && s.FlexibilityOptions.Contains(FlexibilityOption.FlexibleStartEnd))
        {
            f.Warning("R-DEL-04", Step, "FlexibilityOptions",
                "The course is cohort-based yet offers a flexible start and end; a cohort starts together, so choose one of the two.");
        }
    }

    // R-DEL-05
    private static void Del05FocusWithFlexibility(DeliveryStep s, FindingList f)
    {
        if (s.FlexibilityOptions.Count >= 3 && RuleHelpers.IsBlank(s.FocusSafeguard))
        {
            f.Info("R-DEL-05", Step, "FocusSafeguard",
                $"You offer {s.FlexibilityOptions.Count} kinds of flexibility; describe how the course keeps its focus so the credential keeps its value.");
        }
    }
}
