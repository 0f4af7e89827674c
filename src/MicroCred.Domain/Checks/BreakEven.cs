using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Checks;

/// <summary>Break-even learners per run: (per-run costs + one-off costs spread over the horizon) ÷ (mean fee − cost per learner).</summary>
public static class BreakEven
{
    public static int? LearnersPerRun(DesignContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var s = content.BusinessPlan;
        var fees = s.FeeTiers.Where(t => t.Amount > 0).Select(t => t.Amount!.Value).ToList();
        if (fees.Count == 0 || s.CostItems.Count == 0)
        {
            return null;
        }

        var years = content.Sustainability.HorizonYears ?? content.CourseTeam.ImplementationHorizonYears ?? 1;
        decimal Sum(CostBasis basis) => s.CostItems.Where(x => x.Basis == basis).Sum(x => x.Amount ?? 0m);
        var fixedPerRun = Sum(CostBasis.PerRun) + (Sum(CostBasis.OneOff) / Math.Max(1, years));
        var margin = fees.Average() - Sum(CostBasis.PerLearner);
        return margin <= 0 ? null : (int)Math.Ceiling(fixedPerRun / margin);
    }
}
