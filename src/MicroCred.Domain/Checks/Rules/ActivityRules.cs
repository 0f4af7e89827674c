using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Checks.Rules;

/// <summary>W8 learning activities.</summary>
internal static class ActivityRules
{
    private const WizardStep Step = WizardStep.LearningActivities;

    public static void Apply(DesignCheckContext ctx, FindingList f)
    {
        var c = ctx.Content;
        Act01UnitHoursCovered(c, f);
        Act02UnitOutcomesServed(c, f);
        Act03DeliberateInteraction(c, f);
        Act04BeyondAcquisition(c, f);
        Act05Motivation(c, f);
    }

    private static List<LearningActivity> Of(DesignContent c, CourseUnit u) =>
        c.LearningActivities.Activities.Where(a => a.UnitId == u.Id).ToList();

    // R-ACT-01
    private static void Act01UnitHoursCovered(DesignContent c, FindingList f)
    {
        foreach (var u in c.CoursePlan.Units)
        {
            var activities = Of(c, u);
            if (activities.Count == 0)
            {
                f.Error("R-ACT-01", Step, "Activities", $"{Describe.Unit(u)} has no learning activities yet.", u.Id);
                continue;
            }

            if (u.StudyHours is not { } planned || planned <= 0)
            {
                continue;
            }

            var sum = activities.Sum(a => a.Hours ?? 0m);
            var gap = Math.Abs(sum - planned);
            if (gap == 0)
            {
                continue;
            }

            var message = $"The activities of {Describe.Unit(u)} add up to {Describe.Number(sum)} hours but the unit plans {Describe.Number(planned)}; make them match.";
            if (gap <= planned * 0.10m)
            {
                f.Warning("R-ACT-01", Step, "Activities", message, u.Id);
            }
            else
            {
                f.Error("R-ACT-01", Step, "Activities", message, u.Id);
            }
        }
    }

    // R-ACT-02
    private static void Act02UnitOutcomesServed(DesignContent c, FindingList f)
    {
        foreach (var u in c.CoursePlan.Units)
        {
            var activities = Of(c, u);
            if (activities.Count == 0)
            {
                continue;
            }

            foreach (var outcomeId in u.OutcomeIds)
            {
                if (c.OutcomeById(outcomeId) is { } o && !activities.Any(a => a.OutcomeIds.Contains(outcomeId)))
                {
                    f.Error("R-ACT-02", Step, "Activities",
                        $"{Describe.Outcome(o)} is listed for {Describe.Unit(u)} but none of that unit's activities works towards it.", u.Id);
                }
            }
        }
    }

    // R-ACT-03
    private static void Act03DeliberateInteraction(DesignContent c, FindingList f)
    {
        var activities = c.LearningActivities.Activities;
        if (activities.Count > 0 && activities.All(a => a.Interactions.All(i => i == Interaction.LearnerMaterial)))
        {
            f.Warning("R-ACT-03", Step, "Activities",
                "Learners only interact with the material; design moments where they work with each other, the teachers or professionals.");
        }
    }

    // R-ACT-04
    private static void Act04BeyondAcquisition(DesignContent c, FindingList f)
    {
        foreach (var u in c.CoursePlan.Units)
        {
            var activities = Of(c, u);
            if (activities.Count > 0 && activities.All(a => a.LearningType == LearningType.Acquisition))
            {
                f.Info("R-ACT-04", Step, "Activities",
                    $"{Describe.Unit(u)} only has acquisition activities; add discussion, practice or a small production task so learners use what they take in.", u.Id);
            }
        }
    }

    // R-ACT-05
    private static void Act05Motivation(DesignContent c, FindingList f)
    {
        var activities = c.LearningActivities.Activities;
        if (activities.Count > 0 && activities.All(a => a.Motivators.Count == 0))
        {
            f.Info("R-ACT-05", Step, "Activities",
                "No activity names a motivating element; teacher or peer contact, encouraging quizzes or game elements help learners keep going.");
        }
    }
}
