using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Checks.Rules;

/// <summary>W21 consortium agreement.</summary>
internal static class AgreementRules
{
    private const WizardStep Step = WizardStep.ConsortiumAgreement;

    public static void Apply(DesignCheckContext ctx, FindingList f)
    {
        var s = ctx.Content.ConsortiumAgreement;
        bool Agreed(ConsortiumClause k) => s.Clauses.Any(x => x.Clause == k && x.Status == ClauseStatus.Agreed);
        var open = Enum.GetValues<ConsortiumClause>().Where(k => !Agreed(k)).ToList();

        // R-CA-01 (blocks publication)
        var core = open.Where(k => (int)k <= 13).ToList();
        if (core.Count > 0)
        {
            f.Error("R-CA-01", Step, "Clauses", $"These core clauses are not agreed yet: {List(core)}.", gate: Gate.G3);
        }

        // R-CA-02
        var other = open.Where(k => (int)k > 13).ToList();
        if (other.Count > 0)
        {
            f.Warning("R-CA-02", Step, "Clauses", $"These clauses are not agreed yet: {List(other)}.");
        }

        // R-CA-03 (blocks publication)
        foreach (var p in RuleHelpers.CoreUniversities(ctx.Content))
        {
            var signed = ctx.SignedPartnerIds?.Contains(p.Id) ?? s.Signatories.Any(x => x.PartnerId == p.Id && x.SignedOn is not null);
            if (!signed)
            {
                f.Error("R-CA-03", Step, null, $"{Describe.Partner(ctx, p)} has not signed the agreement; enrolment cannot open before every partner has signed.", p.Id, Gate.G3);
            }
        }

        // R-CA-04
        if (s.EffectiveTo is { } end && LastRunEnd(ctx.Content) is { } lastRun && end < lastRun)
        {
            f.Warning("R-CA-04", Step, "EffectiveTo",
                $"The agreement ends on {Dates.Long(end)}, before the last planned run ends (about {Dates.Long(lastRun)}); extend it so enrolled learners can finish.");
        }
    }

    /// <summary>End of the last planned run: first delivery plus the planned years, plus the length of one run.</summary>
    public static DateOnly? LastRunEnd(DesignContent c)
    {
        if (c.CourseTeam.FirstDelivery is not { } first)
        {
            return null;
        }

        var vision = c.JointVision;
        var years = vision.Lifespan == Lifespan.SingleRun ? 1 : vision.PlannedYears ?? c.CourseTeam.ImplementationHorizonYears ?? 1;
        var weeks = c.CoursePlan.DurationWeeks ?? 0;
        return first.AddYears(Math.Max(0, years - 1)).AddDays(7 * weeks);
    }

    private static string List(IEnumerable<ConsortiumClause> clauses) =>
        string.Join(", ", clauses.Select(k => $"{(int)k} {Describe.Words(k)}"));
}
