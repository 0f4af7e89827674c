using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Checks.Rules;

/// <summary>W19 business plan arithmetic.</summary>
internal static class BusinessRules
{
    private const WizardStep Step = WizardStep.BusinessPlan;

    public static void Apply(DesignCheckContext ctx, FindingList f)
    {
        var s = ctx.Content.BusinessPlan;
        Bus01SharesAddUp(s, f);
        Bus02AttendanceCheaper(s, f);
        Bus03NotOnlyProjectMoney(s, f);
        Bus04BreakEven(ctx, f);
        Bus05OneCurrency(s, f);
        Bus06SharesExplained(ctx, s, f);
    }

    // R-BUS-01
    private static void Bus01SharesAddUp(BusinessPlanStep s, FindingList f)
    {
        if (s.AllocationModel != AllocationModel.LeadCollectsAndRedistributes)
        {
            return;
        }

        var total = s.PartnerShares.Sum(p => p.SharePercent ?? 0m);
        if (total != 100m)
        {
            f.Error("R-BUS-01", Step, "PartnerShares", $"The partner shares add up to {Describe.Number(total)} %; when the lead redistributes, they must add up to 100 %.");
        }
    }

    // R-BUS-02
    private static void Bus02AttendanceCheaper(BusinessPlanStep s, FindingList f)
    {
        foreach (var segment in s.FeeTiers.Where(t => t.Segment is not null).GroupBy(t => t.Segment!.Value))
        {
            var attendance = segment.Where(t => t.Option == FeeOption.AttendanceOnly).Max(t => t.Amount);
            var credits = segment.Where(t => t.Option == FeeOption.WithAssessmentAndCredits).Min(t => t.Amount);
            if (attendance is { } a && credits is { } cr && a > cr)
            {
                f.Warning("R-BUS-02", Step, "FeeTiers",
                    $"For {Describe.Words(segment.Key)} learners, attending only ({Describe.Number(a)}) costs more than the option with assessment and credits ({Describe.Number(cr)}).");
            }
        }
    }

    // R-BUS-03
    private static void Bus03NotOnlyProjectMoney(BusinessPlanStep s, FindingList f)
    {
        var secured = s.FundingSources.Where(x => x.Secured).ToList();
        var feeIncome = s.FeeTiers.Any(t => t.Amount > 0);
        if (secured.Count > 0 && secured.All(x => x.ProjectBased) && !feeIncome)
        {
            f.Warning("R-BUS-03", Step, "FundingSources",
                "All secured income comes from projects, which end; plan fees or structural funding so the course survives the project.");
        }
    }

    // R-BUS-04
    private static void Bus04BreakEven(DesignCheckContext ctx, FindingList f)
    {
        var s = ctx.Content.BusinessPlan;
        var breakEven = BreakEven.LearnersPerRun(ctx.Content);
        if (breakEven is null)
        {
            if (s.FeeTiers.Any(t => t.Amount > 0) && s.CostItems.Count > 0)
            {
                f.Info("R-BUS-04", Step, "FeeTiers", "The average fee does not cover the cost per learner, so the course never breaks even on fees alone.");
            }

            return;
        }

        var expected = s.ExpectedLearnersPerRun ?? ctx.Content.JointVision.ExpectedLearnersPerRun;
        var max = ctx.Content.Admission.MaxParticipants;
        if (expected is { } e && breakEven > e)
        {
            f.Info("R-BUS-04", Step, "ExpectedLearnersPerRun", $"A run breaks even at {breakEven} learners, more than the {e} you expect.");
        }
        else if (max is { } m && breakEven > m)
        {
            f.Info("R-BUS-04", Step, "ExpectedLearnersPerRun", $"A run breaks even at {breakEven} learners, more than the maximum of {m} participants.");
        }
    }

    // R-BUS-05
    private static void Bus05OneCurrency(BusinessPlanStep s, FindingList f)
    {
        var used = s.CostItems.Select(x => x.Currency).Concat(s.FeeTiers.Select(x => x.Currency)).Concat(s.FundingSources.Select(x => x.Currency))
            .Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => x!.Trim().ToUpperInvariant()).Distinct().ToList();
        var plan = s.PlanCurrency?.Trim().ToUpperInvariant() ?? used.FirstOrDefault();
        foreach (var currency in used.Where(x => x != plan))
        {
            if (!s.ConversionRates.Any(r => r.Currency.Equals(currency, StringComparison.OrdinalIgnoreCase) && r.RateToPlanCurrency > 0))
            {
                f.Error("R-BUS-05", Step, "ConversionRates", $"Amounts in {currency} are mixed with {plan}; add a conversion rate or use one currency.");
            }
        }
    }

    // R-BUS-06
    private static void Bus06SharesExplained(DesignCheckContext ctx, BusinessPlanStep s, FindingList f)
    {
        foreach (var share in s.PartnerShares.Where(p => !p.BasedOnActualContribution && RuleHelpers.IsBlank(p.Note)))
        {
            f.Info("R-BUS-06", Step, $"PartnerShares[{share.Id}].Note",
                $"The share of {Describe.Partner(ctx, share.PartnerId)} is not based on its actual contribution; add a note explaining why (public funds may follow national rules).", share.Id);
        }
    }
}
