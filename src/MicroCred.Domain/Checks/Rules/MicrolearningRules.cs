using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Checks.Rules;

/// <summary>W12 microlearning units.</summary>
internal static class MicrolearningRules
{
    private const WizardStep Step = WizardStep.Microlearning;

    public static void Apply(DesignCheckContext ctx, FindingList f)
    {
        var (hoursPerEcts, _) = RuleHelpers.HoursPerEcts(ctx);
        var courseLevel = ctx.Content.LearningOutcomes.EqfLevel;
        foreach (var u in ctx.Content.Microlearning.Units)
        {
            var name = $"Microlearning unit '{u.Title}'";
            var at = $"Units[{u.Id}]";

            // R-MLU-01
            if (u.DurationMinutes is { } minutes && minutes / 60m >= hoursPerEcts)
            {
                f.Error("R-MLU-01", Step, $"{at}.DurationMinutes",
                    $"{name} takes {minutes} minutes, which is a full credit or more; a microlearning unit stays below one ECTS.", u.Id);
            }

            // R-MLU-02
            if (u.BadgeType is null)
            {
                f.Error("R-MLU-02", Step, $"{at}.BadgeType", $"{name} needs a badge (attendance, participation or completion); it can never carry credits.", u.Id);
            }

            // R-MLU-03
            if (!u.MobileReady)
            {
                f.Error("R-MLU-03", Step, $"{at}.MobileReady", $"{name} must work on a phone; microlearning is used on the move and at the workplace.", u.Id);
            }

            // R-MLU-04
            if (u.Origin == MicrolearningOrigin.DerivedFromCourseUnit && RuleHelpers.IsBlank(u.WorkplaceAdaptation))
            {
                f.Error("R-MLU-04", Step, $"{at}.WorkplaceAdaptation",
                    $"{name} is derived from a course unit; describe how it was adapted for the workplace, since course material rarely fits as it is.", u.Id);
            }

            // R-MLU-05
            if (u.StackableIntoCourse)
            {
                var outcome = u.OutcomeId is { } id ? ctx.Content.OutcomeById(id) : null;
                if (outcome is null)
                {
                    f.Error("R-MLU-05", Step, $"{at}.OutcomeId", $"{name} stacks into the course, so link it to the course outcome it contributes to.", u.Id);
                }
                else if (courseLevel is not null && outcome.EqfLevel != courseLevel)
                {
                    f.Error("R-MLU-05", Step, $"{at}.OutcomeId",
                        $"{name} contributes to {outcome.Code}, which is not at the course's EQF level; link it to an outcome at the course level.", u.Id);
                }
            }

            // R-MLU-06: blocks from the development review on, when units are released.
            if (u.ReviewedBy is null)
            {
                f.Error("R-MLU-06", Step, $"{at}.ReviewedBy",
                    $"{name} has not been reviewed by an academic or an employer; it cannot be released before that.", u.Id, Gate.G2);
            }

            // R-MLU-07
            if (u.DurationMinutes is > 30 && u.UseContexts.Contains(MicrolearningUseContext.OnTheJobJustInTime))
            {
                f.Info("R-MLU-07", Step, $"{at}.DurationMinutes",
                    $"{name} takes {u.DurationMinutes} minutes; for just-in-time use at work, 5 to 30 minutes works best.", u.Id);
            }
        }
    }
}
