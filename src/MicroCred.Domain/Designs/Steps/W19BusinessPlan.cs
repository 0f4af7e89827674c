using System.Globalization;
using MicroCred.Domain.Designs.Schema;
using Wording = MicroCred.Domain.Checks.Describe;

namespace MicroCred.Domain.Designs.Steps;

/// <summary>W19: full cost, fees per learner segment, funding mix and how income and costs are shared.</summary>
public sealed class BusinessPlanStep
{
    /// <summary>The currency the plan is expressed in; other currencies need a conversion rate.</summary>
    public string? PlanCurrency { get; set; }
    public List<CostItem> CostItems { get; set; } = [];
    public bool FullyFunded { get; set; }
    public List<FeeTier> FeeTiers { get; set; } = [];
    public List<FundingSource> FundingSources { get; set; } = [];
    public List<CurrencyRate> ConversionRates { get; set; } = [];
    public List<BenchmarkOffer> Benchmark { get; set; } = [];
    public string? AffordabilityStatement { get; set; }
    public List<Scholarship> Scholarships { get; set; } = [];
    public AllocationModel? AllocationModel { get; set; }
    public List<PartnerShare> PartnerShares { get; set; } = [];
    public bool RevenueToFacultyAndTeam { get; set; }
    public int? ExpectedLearnersPerRun { get; set; }
}

public sealed class CostItem : IStepRow
{
    public Guid Id { get; set; }
    public string? Description { get; set; }
    public CostCategory? Category { get; set; }
    public Guid? PartnerId { get; set; }
    public CostBasis? Basis { get; set; }
    public decimal? Amount { get; set; }
    public string? Currency { get; set; }
}

public sealed class FeeTier : IStepRow
{
    public Guid Id { get; set; }
    public FeeSegment? Segment { get; set; }
    public FeeOption? Option { get; set; }
    public decimal? Amount { get; set; }
    public string? Currency { get; set; }
    public string? Discounts { get; set; }
}

public sealed class FundingSource : IStepRow
{
    public Guid Id { get; set; }
    public FundingType? Type { get; set; }
    public string? Name { get; set; }
    public decimal? Amount { get; set; }
    public string? Currency { get; set; }
    public string? Period { get; set; }
    public bool Secured { get; set; }
    public bool ProjectBased { get; set; }
}

public sealed class CurrencyRate : IStepRow
{
    public Guid Id { get; set; }
    public string Currency { get; set; } = "";

    /// <summary>Units of the plan currency for one unit of <see cref="Currency"/>.</summary>
    public decimal? RateToPlanCurrency { get; set; }
}

public sealed class BenchmarkOffer : IStepRow
{
    public Guid Id { get; set; }
    public string? Provider { get; set; }
    public string? ComparableOffer { get; set; }
    public decimal? Fee { get; set; }
}

public sealed class Scholarship : IStepRow
{
    public Guid Id { get; set; }
    public string? Sponsor { get; set; }
    public int? Number { get; set; }
    public decimal? Amount { get; set; }
}

public sealed class PartnerShare : IStepRow
{
    public Guid Id { get; set; }
    public Guid? PartnerId { get; set; }
    public decimal? SharePercent { get; set; }
    public bool BasedOnActualContribution { get; set; } = true;
    public string? Note { get; set; }
}

public enum CostCategory
{
    Preparation,
    Design,
    Development,
    Delivery,
    CurriculumDevelopment,
    StudentMobility,
    ItAndStudentAdministration,
    InvitedSpeakers,
    Assessment,
    Certification,
    Marketing,
    QualityAssurance,
    Other,
}

public enum CostBasis
{
    OneOff,
    PerRun,
    PerLearner,
}

public enum FeeSegment
{
    Individual,
    CollectiveCorporate,
    DegreeStudent,
    Professional,
    JobSeeker,
    LifelongLearner,
}

public enum FeeOption
{
    AttendanceOnly,
    WithAssessmentAndCredits,
}

public enum FundingType
{
    NationalPublic,
    Regional,
    Institutional,
    ErasmusPlusAllianceForInnovation,
    ErasmusPlusBip,
    EuropeanSocialFund,
    EuropeanUniversitiesInitiative,
    SectoralFund,
    PersonalLearningAccount,
    CompanySponsorship,
    Other,
}

public enum AllocationModel
{
    LeadCollectsAndRedistributes,
    EachPartnerKeepsOwnCostsAndIncome,
    Other,
}

/// <summary>The fields of BusinessPlan, declared once: words, kinds, limits, references and what review needs.</summary>
public static class BusinessPlanStepSchema
{
    private const string CurrencyHint = "Three-letter code, for example EUR.";

    public static StepSchema<BusinessPlanStep> Schema { get; } = new(WizardStep.BusinessPlan, form => form
        .Section("Currency and size")
        .Field(s => s.PlanCurrency, "Currency of the plan",
            "The three-letter code all amounts are expressed in, for example EUR or CHF.")
        .Field(s => s.ExpectedLearnersPerRun, "Expected learners per run",
            "Learners you expect in one run, for example 30. Leave empty to use the estimate from the Joint vision step.",
            when: (s, c) => c.JointVision.ExpectedLearnersPerRun is null)
        .Section("Full cost", "List every cost, including the time staff spend, so you know what the course really costs.")
        .Rows(s => s.CostItems, "Costs", "cost", row => row
                .Field(c => c.Description, "What the cost is for", "For example \"Teaching and tutoring\".", maxLength: 200, kind: FieldKind.LongText)
                .Field(c => c.Category, "Category", needed: true)
                .Field(c => c.PartnerId, "Partner who bears it", refersTo: ReferenceSource.Partners, namesRow: true)
                .Field(c => c.Basis, "How often it occurs", "Once, every run, or for each learner.", needed: true)
                .Field(c => c.Amount, "Amount", "For example 9000; at most 10,000,000.", needed: true)
                .Field(c => c.Currency, "Currency", CurrencyHint, needed: true),
            title: c => (string.IsNullOrWhiteSpace(c.Description) ? "Cost" : c.Description) + Money(c.Amount, c.Currency), needed: true)
        .Section("Fees", "Set a fee for each learner group, with or without assessment and credits.")
        .Field(s => s.FullyFunded, "Free for learners", "Tick if funding covers everything and learners pay no fee.")
        .Rows(s => s.FeeTiers, "Fees", "fee", row => row
                .Field(f => f.Segment, "Learner group", needed: true)
                .Field(f => f.Option, "What the fee includes", needed: true)
                .Field(f => f.Amount, "Fee per learner", "For example 450; at most 100,000.", needed: true)
                .Field(f => f.Currency, "Currency", CurrencyHint, needed: true)
                .Field(f => f.Discounts, "Discounts", "Optional: for example \"10 % for members of partner associations\".", maxLength: 500, kind: FieldKind.LongText),
            title: f => (f.Segment is { } segment ? Capitalised(Wording.Words(segment)) : "Fee")
                + (f.Option is { } option ? $" ({Wording.Words(option)})" : "") + Money(f.Amount, f.Currency), when: (s, c) => !s.FullyFunded)
        .Field(s => s.AffordabilityStatement, "Is it affordable?",
            "Why the fees are fair for your learners, for example compared with similar courses or with what employers pay.", kind: FieldKind.LongText, needed: true)
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
                .Field(x => x.Type, "Type of funding", needed: true)
                .Field(x => x.Name, "Name of the fund or grant", "For example \"Lifelong learning innovation fund\".")
                .Field(x => x.Amount, "Amount", "For example 20000; at most 10,000,000.", needed: true)
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
        .Field(s => s.AllocationModel, "How money is shared", needed: true)
        .Rows(s => s.PartnerShares, "Partner shares", "partner share", row => row
                .Field(p => p.PartnerId, "Partner", refersTo: ReferenceSource.Partners, namesRow: true)
                .Field(p => p.SharePercent, "Share", "Percentage of the income, 0 to 100, for example 40.")
                .Field(p => p.BasedOnActualContribution, "Based on what it contributes",
                    "Tick if the share follows the partner's actual work and costs.")
                .Field(p => p.Note, "Note", "Optional: why the share differs from the contribution, for example national rules for public funds.", maxLength: 500, kind: FieldKind.LongText),
            hint: "When the lead partner collects and redistributes, the shares add up to 100 %.",
            title: p => p.SharePercent is { } share ? $"Share of {share.ToString("0.##", CultureInfo.InvariantCulture)} %" : "Partner share", when: (s, c) => s.AllocationModel == AllocationModel.LeadCollectsAndRedistributes)
        .Field(s => s.RevenueToFacultyAndTeam, "Income reaches the faculty and team",
            "Tick if part of the income goes back to the faculties and teachers who run the course."));

    private static string Money(decimal? amount, string? currency) =>
        amount is { } a ? $" — {a.ToString("#,0.##", CultureInfo.InvariantCulture)} {currency}".TrimEnd() : "";

    private static string Capitalised(string words) =>
        words.Length == 0 ? words : string.Concat(words[..1].ToUpperInvariant(), words.AsSpan(1));
}
