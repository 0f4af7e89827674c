using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Checks;

/// <summary>One partner's share of the fee income of a run, in the plan currency.</summary>
public sealed record PartnerShareFigure(Guid? PartnerId, decimal Percent, decimal Amount);

/// <summary>
/// The figures the business plan step promises, worked out from its inputs: the full cost of one run, the learners needed to
/// break even, the surplus (or deficit) at the expected number of learners and each partner's share of the fee income.
/// Amounts are in the plan currency (other currencies converted with the plan's exchange rates) and rounded to the cent.
/// </summary>
public sealed record BusinessFigures(
    string Currency,
    int? ExpectedLearners,
    decimal FixedCostPerRun,
    decimal CostPerLearner,
    decimal? MeanFee,
    decimal? FullCostPerRun,
    int? BreakEvenLearners,
    decimal? IncomePerRun,
    decimal? SurplusAtExpected,
    IReadOnlyList<PartnerShareFigure> Shares,
    decimal SharesTotalPercent,
    IReadOnlyList<string> Notes)
{
    public const string DefaultCurrency = "EUR";

    /// <summary>Works the figures out; the notes say in plain words what could not be worked out and why.</summary>
    public static BusinessFigures Compute(DesignContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var plan = content.BusinessPlan;
        var currency = string.IsNullOrWhiteSpace(plan.PlanCurrency) ? DefaultCurrency : plan.PlanCurrency.Trim().ToUpperInvariant();
        var notes = new List<string>();
        var unconverted = new SortedSet<string>(StringComparer.Ordinal);

        decimal? InPlanCurrency(decimal? amount, string? other)
        {
            if (amount is not { } a)
            {
                return null;
            }

            if (string.IsNullOrWhiteSpace(other) || string.Equals(other.Trim(), currency, StringComparison.OrdinalIgnoreCase))
            {
                return a;
            }

            var rate = plan.ConversionRates.FirstOrDefault(r => string.Equals(r.Currency?.Trim(), other.Trim(), StringComparison.OrdinalIgnoreCase))?.RateToPlanCurrency;
            if (rate is > 0)
            {
                return a * rate.Value;
            }

            unconverted.Add(other.Trim().ToUpperInvariant());
            return null;
        }

        decimal Sum(CostBasis basis) => plan.CostItems.Where(c => c.Basis == basis).Sum(c => InPlanCurrency(c.Amount, c.Currency) ?? 0m);

        var years = content.Sustainability.HorizonYears ?? content.CourseTeam.ImplementationHorizonYears ?? 1;
        var fixedPerRun = Sum(CostBasis.PerRun) + (Sum(CostBasis.OneOff) / Math.Max(1, years));
        var perLearner = Sum(CostBasis.PerLearner);
        var fees = plan.FeeTiers.Select(t => InPlanCurrency(t.Amount, t.Currency)).OfType<decimal>().Where(a => a > 0).ToList();
        decimal? meanFee = fees.Count > 0 ? fees.Average() : null;
        var expected = plan.ExpectedLearnersPerRun ?? content.JointVision.ExpectedLearnersPerRun;

        if (plan.CostItems.Any(c => c.Basis == CostBasis.OneOff && c.Amount > 0) && years > 1)
        {
            notes.Add($"One-off costs are spread over the {years} years the course is planned to run.");
        }

        int? breakEven = null;
        if (meanFee is null)
        {
            notes.Add(plan.FullyFunded
                ? "The course is free for learners, so there is no break-even number of learners: funding has to cover the full cost."
                : "Add at least one fee to see how many learners a run needs to break even.");
        }
        else if (meanFee.Value - perLearner <= 0)
        {
            notes.Add("Each learner costs at least as much as the average fee brings in, so no number of learners covers the cost of a run.");
        }
        else
        {
            breakEven = (int)Math.Ceiling(fixedPerRun / (meanFee.Value - perLearner));
        }

        decimal? fullCost = null, income = null, surplus = null;
        if (expected is { } n and > 0)
        {
            fullCost = Money(fixedPerRun + (perLearner * n));
            if (meanFee is { } fee)
            {
                income = Money(fee * n);
                surplus = income - fullCost;
            }
        }
        else
        {
            notes.Add("Give the expected number of learners per run to see the full cost of a run and the surplus.");
        }

        var shares = new List<PartnerShareFigure>();
        var total = plan.PartnerShares.Sum(s => s.SharePercent ?? 0m);
        if (plan.AllocationModel == AllocationModel.LeadCollectsAndRedistributes && plan.PartnerShares.Count > 0)
        {
            shares.AddRange(plan.PartnerShares.Select(s => new PartnerShareFigure(s.PartnerId, s.SharePercent ?? 0m, Money((income ?? 0m) * (s.SharePercent ?? 0m) / 100m))));
            if (total != 100m)
            {
                notes.Add(total < 100m
                    ? $"The shares add up to {Describe.Number(total)} %, so {Describe.Number(100m - total)} % of the income is not given to any partner."
                    : $"The shares add up to {Describe.Number(total)} %, so {Describe.Number(total - 100m)} % more is promised than the income.");
            }
        }

        if (unconverted.Count > 0)
        {
            notes.Add($"Amounts in {string.Join(", ", unconverted)} are left out: add their exchange rate to the plan currency.");
        }

        return new BusinessFigures(currency, expected, Money(fixedPerRun), Money(perLearner), meanFee is { } m ? Money(m) : null,
            fullCost, breakEven, income, surplus, shares, total, notes);
    }

    /// <summary>Rounded to the cent, halves away from zero, as money is.</summary>
    public static decimal Money(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>"€ 1,234.50" for euros, "1,234.50 CHF" for other currencies; whole amounts without cents.</summary>
    public string Format(decimal amount)
    {
        var number = amount.ToString(amount == decimal.Truncate(amount) ? "#,0" : "#,0.00", System.Globalization.CultureInfo.InvariantCulture);
        return Currency == DefaultCurrency ? (amount < 0 ? $"−€ {number.TrimStart('-')}" : $"€ {number}") : $"{number} {Currency}";
    }
}
