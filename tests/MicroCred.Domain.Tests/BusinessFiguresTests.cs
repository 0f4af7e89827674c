using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Tests;

public class BusinessFiguresTests
{
    private static readonly Guid PartnerA = Guid.NewGuid();
    private static readonly Guid PartnerB = Guid.NewGuid();

    private static DesignContent Plan(int? expected = 20, params (CostBasis Basis, decimal Amount)[] costs)
    {
        var content = new DesignContent();
        content.Sustainability.HorizonYears = 4;
        var plan = content.BusinessPlan;
        plan.PlanCurrency = "EUR";
        plan.ExpectedLearnersPerRun = expected;
        plan.CostItems = [.. costs.Select(c => new CostItem { Id = Guid.NewGuid(), Basis = c.Basis, Amount = c.Amount, Currency = "EUR" })];
        plan.FeeTiers =
        [
            new FeeTier { Id = Guid.NewGuid(), Amount = 400m, Currency = "EUR" },
            new FeeTier { Id = Guid.NewGuid(), Amount = 600m, Currency = "EUR" },
        ];
        return content;
    }

    [Fact]
    public void Full_cost_break_even_and_surplus_follow_the_inputs()
    {
        // Fixed per run: 3000 + 8000 / 4 years = 5000; per learner 100; mean fee 500; margin 400.
        var content = Plan(20, (CostBasis.PerRun, 3000m), (CostBasis.OneOff, 8000m), (CostBasis.PerLearner, 100m));

        var figures = BusinessFigures.Compute(content);

        Assert.Equal(5000m, figures.FixedCostPerRun);
        Assert.Equal(7000m, figures.FullCostPerRun);
        Assert.Equal(13, figures.BreakEvenLearners); // 5000 / 400 = 12.5, so 13 learners
        Assert.Equal(10000m, figures.IncomePerRun);
        Assert.Equal(3000m, figures.SurplusAtExpected);
        Assert.Equal(BreakEven.LearnersPerRun(content), figures.BreakEvenLearners);
    }

    [Fact]
    public void Amounts_are_rounded_to_the_cent_half_away_from_zero()
    {
        // One-off 1000 over 3 years is 333.333…; mean fee (400 + 600 + 500.01) / 3 = 500.0033…
        var content = Plan(3, (CostBasis.OneOff, 1000m));
        content.Sustainability.HorizonYears = 3;
        content.BusinessPlan.FeeTiers.Add(new FeeTier { Id = Guid.NewGuid(), Amount = 500.01m, Currency = "EUR" });

        var figures = BusinessFigures.Compute(content);

        Assert.Equal(333.33m, figures.FixedCostPerRun);
        Assert.Equal(500.00m, figures.MeanFee);
        Assert.Equal(0.01m, BusinessFigures.Money(0.005m));
        Assert.Equal(-0.01m, BusinessFigures.Money(-0.005m));
        Assert.Equal("€ 1,234.50", figures.Format(1234.5m));
        Assert.Equal("−€ 20", figures.Format(-20m));
    }

    [Fact]
    public void A_negative_or_zero_margin_gives_no_break_even_and_says_why()
    {
        var zero = BusinessFigures.Compute(Plan(20, (CostBasis.PerRun, 1000m), (CostBasis.PerLearner, 500m)));
        var negative = BusinessFigures.Compute(Plan(20, (CostBasis.PerRun, 1000m), (CostBasis.PerLearner, 700m)));

        Assert.Null(zero.BreakEvenLearners);
        Assert.Null(negative.BreakEvenLearners);
        Assert.Contains(negative.Notes, n => n.Contains("no number of learners covers the cost", StringComparison.Ordinal));
        Assert.Equal(10000m - 15000m, negative.SurplusAtExpected);
    }

    [Fact]
    public void Without_expected_learners_the_run_figures_are_left_out_with_a_note()
    {
        var content = Plan(null, (CostBasis.PerRun, 2000m), (CostBasis.PerLearner, 50m));
        content.JointVision.ExpectedLearnersPerRun = null;

        var figures = BusinessFigures.Compute(content);

        Assert.Null(figures.FullCostPerRun);
        Assert.Null(figures.SurplusAtExpected);
        Assert.Equal(5, figures.BreakEvenLearners); // 2000 / 450 = 4.4
        Assert.Contains(figures.Notes, n => n.Contains("expected number of learners", StringComparison.Ordinal));
    }

    [Fact]
    public void The_joint_vision_estimate_stands_in_for_expected_learners()
    {
        var content = Plan(null, (CostBasis.PerRun, 2000m));
        content.JointVision.ExpectedLearnersPerRun = 10;

        Assert.Equal(3000m, BusinessFigures.Compute(content).SurplusAtExpected);
    }

    [Fact]
    public void Partner_shares_are_amounts_of_the_income_and_a_total_other_than_100_is_named()
    {
        var content = Plan(20, (CostBasis.PerRun, 1000m));
        content.BusinessPlan.AllocationModel = AllocationModel.LeadCollectsAndRedistributes;
        content.BusinessPlan.PartnerShares =
        [
            new PartnerShare { Id = Guid.NewGuid(), PartnerId = PartnerA, SharePercent = 60m },
            new PartnerShare { Id = Guid.NewGuid(), PartnerId = PartnerB, SharePercent = 33.333m },
        ];

        var figures = BusinessFigures.Compute(content);

        Assert.Equal([6000m, 3333.30m], figures.Shares.Select(s => s.Amount));
        Assert.Equal(93.333m, figures.SharesTotalPercent);
        Assert.Contains(figures.Notes, n => n.Contains("is not given to any partner", StringComparison.Ordinal));

        content.BusinessPlan.PartnerShares[1].SharePercent = 40m;
        Assert.DoesNotContain(BusinessFigures.Compute(content).Notes, n => n.Contains("shares add up", StringComparison.Ordinal));
        content.BusinessPlan.PartnerShares[1].SharePercent = 50m;
        Assert.Contains(BusinessFigures.Compute(content).Notes, n => n.Contains("more is promised than the income", StringComparison.Ordinal));
    }

    [Fact]
    public void Other_currencies_are_converted_or_named_when_no_rate_is_given()
    {
        var content = Plan(10, (CostBasis.PerRun, 1000m));
        content.BusinessPlan.CostItems.Add(new CostItem { Id = Guid.NewGuid(), Basis = CostBasis.PerRun, Amount = 1000m, Currency = "CHF" });
        content.BusinessPlan.CostItems.Add(new CostItem { Id = Guid.NewGuid(), Basis = CostBasis.PerRun, Amount = 1000m, Currency = "SEK" });
        content.BusinessPlan.ConversionRates = [new CurrencyRate { Id = Guid.NewGuid(), Currency = "CHF", RateToPlanCurrency = 1.05m }];

        var figures = BusinessFigures.Compute(content);

        Assert.Equal(2050m, figures.FixedCostPerRun);
        Assert.Contains(figures.Notes, n => n.Contains("Amounts in SEK are left out", StringComparison.Ordinal));
    }

    [Fact]
    public void The_complete_demo_design_has_every_figure()
    {
        var figures = BusinessFigures.Compute(Samples.Complete().Content);

        Assert.NotNull(figures.FullCostPerRun);
        Assert.NotNull(figures.BreakEvenLearners);
        Assert.NotNull(figures.SurplusAtExpected);
    }
}
