using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Checks.Rules;

/// <summary>W7 volume, units and study load.</summary>
internal static class VolumeRules
{
    private const WizardStep Step = WizardStep.CoursePlan;

    public static void Apply(DesignCheckContext ctx, FindingList f)
    {
        Vol01And02CourseSize(ctx, f);
        Vol03HoursMatchEcts(ctx, f);
        Vol04UnitHoursPositive(ctx.Content.CoursePlan, f);
        Vol05UnitBlockSize(ctx, f);
        Vol06DevelopmentSpread(ctx.Content, f);
        Vol07UnitsAndOutcomesLinked(ctx.Content, f);
        Vol08WithinAYear(ctx.Content.CoursePlan, f);
        Vol09WeeklyLoad(ctx.Content, f);
    }

    // R-VOL-01 (course range) and R-VOL-02 (below 1 ECTS is a microlearning unit)
    private static void Vol01And02CourseSize(DesignCheckContext ctx, FindingList f)
    {
        if (ctx.Content.CoursePlan.Ects is not { } ects)
        {
            return;
        }

        if (ects < 1m)
        {
            f.Error("R-VOL-02", Step, "Ects",
                $"{Describe.Ects(ects)} ECTS is below one credit: that is a microlearning unit, which can only lead to a badge. Enlarge the course or design it in Microlearning units (step 12).");
        }
        else if (ects < ctx.Settings.CourseEctsMin || ects > ctx.Settings.CourseEctsMax)
        {
            f.Error("R-VOL-01", Step, "Ects",
                $"A micro-credential course carries {Describe.Ects(ctx.Settings.CourseEctsMin)} to {Describe.Ects(ctx.Settings.CourseEctsMax)} ECTS; {Describe.Ects(ects)} ECTS is outside that range.");
        }
    }

    // R-VOL-03
    private static void Vol03HoursMatchEcts(DesignCheckContext ctx, FindingList f)
    {
        var plan = ctx.Content.CoursePlan;
        if (plan.Ects is not { } ects || ects <= 0 || plan.Units.Count == 0)
        {
            return;
        }

        var (min, max) = RuleHelpers.HoursPerEcts(ctx);
        var hours = plan.NotionalHours();
        if (hours < ects * min || hours > ects * max)
        {
            var expected = min == max ? Describe.Number(ects * min) : $"{Describe.Number(ects * min)} to {Describe.Number(ects * max)}";
            f.Warning("R-VOL-03", Step, "Units",
                $"The units add up to {Describe.Number(hours)} hours, but {Describe.Ects(ects)} ECTS means {expected} hours at the lead institution; adjust the unit hours or the credits.");
        }
    }

    // R-VOL-04
    private static void Vol04UnitHoursPositive(CoursePlanStep plan, FindingList f)
    {
        foreach (var u in plan.Units.Where(u => u.StudyHours is null or <= 0))
        {
            f.Error("R-VOL-04", Step, $"Units[{u.Id}].StudyHours",
                $"{Describe.Unit(u)} has no study hours; learners plan their time with these hours and the course workload is their sum.", u.Id);
        }
    }

    // R-VOL-05
    private static void Vol05UnitBlockSize(DesignCheckContext ctx, FindingList f)
    {
        var (low, high) = (ctx.Settings.UnitHoursMin, ctx.Settings.UnitHoursMax);
        foreach (var u in ctx.Content.CoursePlan.Units.Where(u => u.StudyHours is { } h && h > 0 && (h < low || h > high)))
        {
            f.Info("R-VOL-05", Step, $"Units[{u.Id}].StudyHours",
                $"{Describe.Unit(u)} takes {Describe.Number(u.StudyHours!.Value)} hours; units of about 2 to 4 hours are easier for working learners to plan. Consider splitting it.", u.Id);
        }
    }

    // R-VOL-06
    private static void Vol06DevelopmentSpread(DesignContent c, FindingList f)
    {
        if (c.CoursePlan.Units.Count < 2 || c.Partnership.Partners.Count < 2)
        {
            return;
        }

        var partners = c.CoursePlan.Units.Select(u => c.MemberById(u.ResponsibleMemberId)?.PartnerId).ToList();
        if (partners.All(p => p is not null) && partners.Distinct().Count() == 1)
        {
            f.Warning("R-VOL-06", Step, "Units",
                "All units are developed by members of the same partner; spread them over the partnership according to expertise.");
        }
    }

    // R-VOL-07
    private static void Vol07UnitsAndOutcomesLinked(DesignContent c, FindingList f)
    {
        foreach (var u in c.CoursePlan.Units)
        {
            if (u.OutcomeIds.Count == 0)
            {
                f.Error("R-VOL-07", Step, $"Units[{u.Id}].OutcomeIds", $"{Describe.Unit(u)} serves no learning outcome; link it to the outcomes it teaches.", u.Id);
            }
            else if (u.OutcomeIds.Any(id => c.OutcomeById(id) is null))
            {
                f.Error("R-VOL-07", Step, $"Units[{u.Id}].OutcomeIds", $"{Describe.Unit(u)} refers to a learning outcome that no longer exists; update its outcomes.", u.Id);
            }

            if (c.MemberById(u.ResponsibleMemberId) is null)
            {
                f.Error("R-VOL-07", Step, $"Units[{u.Id}].ResponsibleMemberId", $"{Describe.Unit(u)} has no responsible team member; assign someone to design and develop it.", u.Id);
            }
        }

        foreach (var o in c.LearningOutcomes.Outcomes.Where(o => !c.CoursePlan.Units.Any(u => u.OutcomeIds.Contains(o.Id))))
        {
            f.Error("R-VOL-07", Step, "Units", $"{Describe.Outcome(o)} is not addressed by any course unit.", o.Id);
        }
    }

    // R-VOL-08
    private static void Vol08WithinAYear(CoursePlanStep plan, FindingList f)
    {
        if (plan.DurationWeeks is > 52)
        {
            f.Warning("R-VOL-08", Step, "DurationWeeks", $"The course spans {plan.DurationWeeks} weeks; a micro-credential is normally completed within a year.");
        }
    }

    // R-VOL-09
    private static void Vol09WeeklyLoad(DesignContent c, FindingList f)
    {
        if (c.CoursePlan.DurationWeeks is not { } weeks || weeks <= 0 || c.JointVision.AvailableHoursPerWeek is not { } available || available <= 0)
        {
            return;
        }

        var weekly = c.CoursePlan.NotionalHours() / weeks;
        if (weekly > available)
        {
            f.Info("R-VOL-09", Step, "DurationWeeks",
                $"The course asks about {Describe.Number(Math.Round(weekly, 1))} hours a week, more than the {Describe.Number(available)} hours learners said they can spare; consider spreading it over more weeks.");
        }
    }
}
