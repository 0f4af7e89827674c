using System.Text.RegularExpressions;
using FluentValidation;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Features.Wizard.Steps.W19BusinessPlan;

/// <summary>W19: the full cost, the fees per learner group, the funding and how income and costs are shared between partners.</summary>
public sealed class BusinessPlanStepDefinition() : StepDefinition<BusinessPlanStep>(BusinessPlanStepSchema.Schema);

public sealed partial class BusinessPlanStepValidator : StepValidator<BusinessPlanStep>
{
    private const decimal MaxMoney = 10_000_000;
    private const decimal MaxFee = 100_000;
    private const int MaxLearners = 10_000;

    public BusinessPlanStepValidator(BusinessPlanStepDefinition definition)
        : base(definition)
    {
        RuleFor(s => s.PlanCurrency)
            .Must(BeACurrencyCode)
            .When(s => !string.IsNullOrWhiteSpace(s.PlanCurrency))
            .WithMessage("Write the currency of the plan as a three-letter code, for example EUR, CHF or SEK.");

        RuleFor(s => s.ExpectedLearnersPerRun)
            .InclusiveBetween(1, MaxLearners)
            .When(s => s.ExpectedLearnersPerRun is not null)
            .WithMessage("Expected learners per run must be between 1 and 10,000.");

        RuleFor(s => s).Custom((step, context) =>
        {
            void Check(bool broken, string path, string message)
            {
                if (broken)
                {
                    context.AddFailure(path, message);
                }
            }

            foreach (var c in step.CostItems)
            {
                Check(c.Amount > MaxMoney, $"CostItems[{c.Id}].Amount", "A cost can be at most 10,000,000: check the amount.");
                Check(!BeACurrencyCode(c.Currency), $"CostItems[{c.Id}].Currency", "Write the currency of the cost as a three-letter code, for example EUR.");
            }

            foreach (var f in step.FeeTiers)
            {
                Check(f.Amount > MaxFee, $"FeeTiers[{f.Id}].Amount", "A fee per learner can be at most 100,000: check the amount.");
                Check(!BeACurrencyCode(f.Currency), $"FeeTiers[{f.Id}].Currency", "Write the currency of the fee as a three-letter code, for example EUR.");
            }

            foreach (var x in step.FundingSources)
            {
                Check(x.Amount > MaxMoney, $"FundingSources[{x.Id}].Amount", "A funding amount can be at most 10,000,000: check the amount.");
                Check(!BeACurrencyCode(x.Currency), $"FundingSources[{x.Id}].Currency", "Write the currency of the funding as a three-letter code, for example EUR.");
            }

            foreach (var r in step.ConversionRates)
            {
                Check(!BeACurrencyCode(r.Currency), $"ConversionRates[{r.Id}].Currency", "Write the other currency as a three-letter code, for example USD.");
                Check(r.RateToPlanCurrency is 0m, $"ConversionRates[{r.Id}].RateToPlanCurrency",
                    "An exchange rate must be more than 0: enter what one unit of the other currency is worth, for example 1.05.");
                Check(r.RateToPlanCurrency > MaxMoney, $"ConversionRates[{r.Id}].RateToPlanCurrency", "An exchange rate can be at most 10,000,000: check the rate.");
            }

            foreach (var b in step.Benchmark)
            {
                Check(b.Fee > MaxFee, $"Benchmark[{b.Id}].Fee", "The fee of a similar offer can be at most 100,000: check the amount.");
            }

            foreach (var x in step.Scholarships)
            {
                Check(x.Number is < 1 or > MaxLearners, $"Scholarships[{x.Id}].Number", "The number of scholarships must be between 1 and 10,000.");
                Check(x.Amount > MaxFee, $"Scholarships[{x.Id}].Amount", "A scholarship can be at most 100,000: check the amount.");
            }

            foreach (var p in step.PartnerShares)
            {
                Check(p.SharePercent > 100, $"PartnerShares[{p.Id}].SharePercent", "A partner's share must be between 0 and 100 %.");
            }
        });
    }

    /// <summary>Empty is fine (completeness asks for it); anything else must look like an ISO 4217 code.</summary>
    private static bool BeACurrencyCode(string? code) => string.IsNullOrWhiteSpace(code) || CurrencyCode().IsMatch(code.Trim());

    [GeneratedRegex("^[A-Za-z]{3}$")]
    private static partial Regex CurrencyCode();
}

/// <summary>The worked-out figures of the business plan with the partners' names, for the panel beside the inputs.</summary>
public sealed record BusinessFiguresView(MicroCred.Domain.Checks.BusinessFigures Figures, IReadOnlyDictionary<Guid, string> PartnerNames);
