using MicroCred.Domain.Designs;

namespace MicroCred.Domain.Checks.Rules;

/// <summary>W20 sustainability.</summary>
internal static class SustainabilityRules
{
    private const WizardStep Step = WizardStep.Sustainability;

    public static void Apply(DesignCheckContext ctx, FindingList f)
    {
        var s = ctx.Content.Sustainability;

        // R-SUS-01
        if (s.HorizonYears is { } horizon)
        {
            foreach (var k in s.PartnerCommitments.Where(k => k.YearsCommitted < horizon))
            {
                f.Warning("R-SUS-01", Step, $"PartnerCommitments[{k.Id}].YearsCommitted",
                    $"{Describe.Partner(ctx, k.PartnerId)} commits for {k.YearsCommitted} years, shorter than the {horizon}-year horizon of the course.", k.Id);
            }
        }

        // R-SUS-02
        if (s.AnnualEvaluationMonth is not (>= 1 and <= 12))
        {
            f.Error("R-SUS-02", Step, "AnnualEvaluationMonth", "Choose the month of the annual course evaluation.");
        }

        if (s.EvaluationDimensions.Count == 0)
        {
            f.Error("R-SUS-02", Step, "EvaluationDimensions", "Choose what the annual evaluation looks at, for example workload and learning experience.");
        }

        // R-SUS-03
        if (!s.FinancialReviewWithExperts)
        {
            f.Error("R-SUS-03", Step, "FinancialReviewWithExperts", "Plan a yearly review of the financial plan with financial experts.");
        }
    }
}
