using MicroCred.Domain.Designs;

namespace MicroCred.Domain.Evaluations;

/// <summary>One figure of the business plan against what happened: planned, actual and the difference (null while unknown).</summary>
public sealed record PlanFigure(decimal? Planned, decimal? Actual)
{
    public decimal? Difference => Planned is { } p && Actual is { } a ? a - p : null;

    /// <summary>The difference as a percentage of the plan, to one decimal; null when the plan is zero or unknown.</summary>
    public decimal? DifferencePercent => Planned is { } p && p != 0 && Difference is { } d ? Math.Round(d / p * 100m, 1) : null;
}

/// <summary>The business-plan review of an evaluation: learners and income of the year against the plan of the published version (W19).</summary>
public sealed record BusinessPlanReview(PlanFigure Learners, PlanFigure Income, string? Currency, int Runs, int? ExpectedLearnersPerRun, decimal? MeanFee)
{
    /// <summary>The plan for the year: the learners expected per run times the runs of the year (at least one), at the mean fee.</summary>
    public static BusinessPlanReview Of(DesignContent publishedContent, int runsInYear, int? actualLearners, decimal? actualIncome)
    {
        ArgumentNullException.ThrowIfNull(publishedContent);
        var plan = publishedContent.BusinessPlan;
        var runs = Math.Max(1, runsInYear);
        var fees = plan.FeeTiers.Where(t => t.Amount is > 0).Select(t => t.Amount!.Value).ToList();
        decimal? meanFee = fees.Count == 0 ? null : Math.Round(fees.Average(), 2);
        decimal? plannedLearners = plan.ExpectedLearnersPerRun is { } perRun ? perRun * runs : null;
        decimal? plannedIncome = plannedLearners is { } l && meanFee is { } f ? Math.Round(l * f, 2) : null;
        return new BusinessPlanReview(new PlanFigure(plannedLearners, actualLearners), new PlanFigure(plannedIncome, actualIncome),
            plan.PlanCurrency, runs, plan.ExpectedLearnersPerRun, meanFee);
    }
}
