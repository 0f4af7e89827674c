using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Checks.Rules;

/// <summary>W9 international activities and embedded mobility.</summary>
internal static class MobilityRules
{
    private const WizardStep Step = WizardStep.InternationalMobility;

    public static void Apply(DesignCheckContext ctx, FindingList f)
    {
        var c = ctx.Content;
        Mob01LearningAgreement(c, f);
        Mob02ListedInDescription(c, f);
        Mob03HoursAndOptionalRoutes(c, f);
        Mob04DesignedJointly(c, f);
    }

    // R-MOB-01
    private static void Mob01LearningAgreement(DesignContent c, FindingList f)
    {
        var travelling = c.InternationalMobility.Activities.FirstOrDefault(a => a.Mobility is MobilityKind.Physical or MobilityKind.Blended);
        if (travelling is not null && !c.Admission.LearningAgreementRequired)
        {
            f.Error("R-MOB-01", WizardStep.Admission, "LearningAgreementRequired",
                $"'{travelling.Title}' involves physical mobility, so learners need a learning agreement at enrolment; switch it on in Admission and enrolment (step 16).", travelling.Id);
        }
    }

    // R-MOB-02: the course description lists international activities under their unit, so each must sit in an existing unit.
    private static void Mob02ListedInDescription(DesignContent c, FindingList f)
    {
        foreach (var a in c.InternationalMobility.Activities.Where(a => c.UnitById(a.UnitId) is null))
        {
            f.Error("R-MOB-02", Step, $"Activities[{a.Id}].UnitId",
                $"International activity '{a.Title}' is not placed in a course unit, so it cannot appear in the course description; choose its unit.", a.Id);
        }
    }

    // R-MOB-03
    private static void Mob03HoursAndOptionalRoutes(DesignContent c, FindingList f)
    {
        var activities = c.LearningActivities.Activities;
        foreach (var a in c.InternationalMobility.Activities.Where(a => a.Status == MobilityStatus.Compulsory && a.UnitId is not null))
        {
            var counted = activities.Any(x => a.LearningActivityIds.Contains(x.Id) && x.UnitId == a.UnitId && x.Hours > 0);
            if (!counted)
            {
                f.Error("R-MOB-03", Step, $"Activities[{a.Id}].LearningActivityIds",
                    $"Compulsory international activity '{a.Title}' has no hours in its unit; link the learning activities that make it up so they count towards the workload.", a.Id);
            }
        }

        var optionalIds = c.InternationalMobility.Activities
            .Where(a => a.Status is MobilityStatus.Optional or MobilityStatus.HonoursOption)
            .SelectMany(a => a.LearningActivityIds)
            .ToHashSet();
        if (optionalIds.Count == 0)
        {
            return;
        }

        foreach (var o in c.LearningOutcomes.Outcomes)
        {
            var serving = activities.Where(a => a.OutcomeIds.Contains(o.Id)).ToList();
            if (serving.Count > 0 && serving.All(a => optionalIds.Contains(a.Id)))
            {
                f.Error("R-MOB-03", Step, "Activities",
                    $"{Describe.Outcome(o)} can only be reached through optional mobility; add a non-optional activity so every learner can reach it.", o.Id);
            }
        }
    }

    // R-MOB-04
    private static void Mob04DesignedJointly(DesignContent c, FindingList f)
    {
        foreach (var a in c.InternationalMobility.Activities)
        {
            var partners = a.JointlyDesignedByMemberIds.Select(id => c.MemberById(id)?.PartnerId).Where(p => p is not null).Distinct().Count();
            if (partners < 2)
            {
                f.Warning("R-MOB-04", Step, $"Activities[{a.Id}].JointlyDesignedByMemberIds",
                    $"International activity '{a.Title}' is designed by a single partner; involve members from at least two partners.", a.Id);
            }
        }
    }
}
