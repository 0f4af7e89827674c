using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;
using Wording = MicroCred.Domain.Checks.Describe;

namespace MicroCred.Web.Features.Wizard.Steps.W19BusinessPlan;

/// <summary>W19: the full cost, the fees per learner group, the funding and how income and costs are shared between partners.</summary>
public sealed class BusinessPlanStepDefinition : StepDefinition<BusinessPlanStep>
{
    private const string CurrencyHint = "Three-letter code, for example EUR.";

    public override WizardStep Step => WizardStep.BusinessPlan;

    protected override void Describe(FormBuilder<BusinessPlanStep> form) => form
        .Section("Currency and size")
        .Field(s => s.PlanCurrency, "Currency of the plan",
            "The three-letter code all amounts are expressed in, for example EUR or CHF.")
        .Field(s => s.ExpectedLearnersPerRun, "Expected learners per run",
            "Learners you expect in one run, for example 30. Leave empty to use the estimate from the Joint vision step.")
        .Section("Full cost", "List every cost, including the time staff spend, so you know what the course really costs.")
        .Rows(s => s.CostItems, "Costs", "cost", row => row
                .Field(c => c.Description, "What the cost is for", "For example \"Teaching and tutoring\".", maxLength: 200)
                .Field(c => c.Category, "Category")
                .Field(c => c.PartnerId, "Partner who bears it")
                .Field(c => c.Basis, "How often it occurs", "Once, every run, or for each learner.")
                .Field(c => c.Amount, "Amount", "For example 9000; at most 10,000,000.")
                .Field(c => c.Currency, "Currency", CurrencyHint),
            title: c => (string.IsNullOrWhiteSpace(c.Description) ? "Cost" : c.Description) + Money(c.Amount, c.Currency))
        .Section("Fees", "Set a fee for each learner group, with or without assessment and credits.")
        .Field(s => s.FullyFunded, "Free for learners", "Tick if funding covers everything and learners pay no fee.")
        .Rows(s => s.FeeTiers, "Fees", "fee", row => row
                .Field(f => f.Segment, "Learner group")
                .Field(f => f.Option, "What the fee includes")
                .Field(f => f.Amount, "Fee per learner", "For example 450; at most 100,000.")
                .Field(f => f.Currency, "Currency", CurrencyHint)
                .Field(f => f.Discounts, "Discounts", "Optional: for example \"10 % for members of partner associations\".", maxLength: 500),
            title: f => (f.Segment is { } segment ? Capitalised(Wording.Words(segment)) : "Fee")
                + (f.Option is { } option ? $" ({Wording.Words(option)})" : "") + Money(f.Amount, f.Currency))
        .Field(s => s.AffordabilityStatement, "Is it affordable?",
            "Why the fees are fair for your learners, for example compared with similar courses or with what employers pay.")
        .Rows(s => s.Benchmark, "Similar offers", "similar offer", row => row
                .Field(b => b.Provider, "Provider", "For example \"Open University\".", kind: FieldKind.Text)
                .Field(b => b.ComparableOffer, "Comparable course", "Its title and size, for example \"Data ethics, 5 ECTS\".", kind: FieldKind.Text)
                .Field(b => b.Fee, "Its fee", "In the currency of the plan, for example 600."),
            hint: "Optional: courses like yours and what they charge.",
            title: b => (string.IsNullOrWhiteSpace(b.Provider) ? "Similar offer" : b.Provider)
                + (string.IsNullOrWhiteSpace(b.ComparableOffer) ? "" : $": {b.ComparableOffer}"))
        .Rows(s => s.Scholarships, "Scholarships", "scholarship", row => row
                .Field(x => x.Sponsor, "Sponsor", "Who pays, for example a partner university or a company.", kind: FieldKind.Text)
                .Field(x => x.Number, "Number of scholarships", "Per run, for example 5.")
                .Field(x => x.Amount, "Amount per scholarship", "In the currency of the plan, for example 450."),
            hint: "Optional: scholarships that lower the fee for some learners.",
            title: x => (string.IsNullOrWhiteSpace(x.Sponsor) ? "Scholarship" : x.Sponsor)
                + (x.Number is { } n ? $" — {n.ToString(CultureInfo.InvariantCulture)} scholarships" : ""))
        .Section("Funding", "List every source of money besides fees, and say whether it is already secured.")
        .Rows(s => s.FundingSources, "Funding sources", "funding source", row => row
                .Field(x => x.Type, "Type of funding")
                .Field(x => x.Name, "Name of the fund or grant", "For example \"Lifelong learning innovation fund\".")
                .Field(x => x.Amount, "Amount", "For example 20000; at most 10,000,000.")
                .Field(x => x.Currency, "Currency", CurrencyHint)
                .Field(x => x.Period, "Period covered", "For example 2027–2028.")
                .Field(x => x.Secured, "Already secured", "Tick if the money has been granted or promised in writing.")
                .Field(x => x.ProjectBased, "Project funding", "Tick if the money ends with a project; such funding cannot keep the course going for long."),
            title: x => (string.IsNullOrWhiteSpace(x.Name) ? (x.Type is { } type ? Capitalised(Wording.Words(type)) : "Funding source") : x.Name)
                + Money(x.Amount, x.Currency))
        .Rows(s => s.ConversionRates, "Exchange rates", "exchange rate", row => row
                .Field(r => r.Currency, "Other currency", CurrencyHint)
                .Field(r => r.RateToPlanCurrency, "Value in the plan currency",
                    "What one unit of the other currency is worth in the plan currency, for example 1.05."),
            hint: "Only if some amounts are in another currency than the plan's.",
            title: r => string.IsNullOrWhiteSpace(r.Currency) ? "Exchange rate" : $"1 {r.Currency} = {r.RateToPlanCurrency?.ToString(CultureInfo.InvariantCulture) ?? "?"}")
        .Section("Sharing income and costs")
        .Field(s => s.AllocationModel, "How money is shared")
        .Rows(s => s.PartnerShares, "Partner shares", "partner share", row => row
                .Field(p => p.PartnerId, "Partner")
                .Field(p => p.SharePercent, "Share", "Percentage of the income, 0 to 100, for example 40.")
                .Field(p => p.BasedOnActualContribution, "Based on what it contributes",
                    "Tick if the share follows the partner's actual work and costs.")
                .Field(p => p.Note, "Note", "Optional: why the share differs from the contribution, for example national rules for public funds.", maxLength: 500),
            hint: "When the lead partner collects and redistributes, the shares add up to 100 %.",
            title: p => p.SharePercent is { } share ? $"Share of {share.ToString("0.##", CultureInfo.InvariantCulture)} %" : "Partner share")
        .Field(s => s.RevenueToFacultyAndTeam, "Income reaches the faculty and team",
            "Tick if part of the income goes back to the faculties and teachers who run the course.");

    private static string Money(decimal? amount, string? currency) =>
        amount is { } a ? $" — {a.ToString("#,0.##", CultureInfo.InvariantCulture)} {currency}".TrimEnd() : "";

    private static string Capitalised(string words) =>
        words.Length == 0 ? words : string.Concat(words[..1].ToUpperInvariant(), words.AsSpan(1));
}

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
