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

public sealed class CostItem
{
    public Guid Id { get; set; }
    public string? Description { get; set; }
    public CostCategory? Category { get; set; }
    public Guid? PartnerId { get; set; }
    public CostBasis? Basis { get; set; }
    public decimal? Amount { get; set; }
    public string? Currency { get; set; }
}

public sealed class FeeTier
{
    public Guid Id { get; set; }
    public FeeSegment? Segment { get; set; }
    public FeeOption? Option { get; set; }
    public decimal? Amount { get; set; }
    public string? Currency { get; set; }
    public string? Discounts { get; set; }
}

public sealed class FundingSource
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

public sealed class CurrencyRate
{
    public Guid Id { get; set; }
    public string Currency { get; set; } = "";

    /// <summary>Units of the plan currency for one unit of <see cref="Currency"/>.</summary>
    public decimal? RateToPlanCurrency { get; set; }
}

public sealed class BenchmarkOffer
{
    public Guid Id { get; set; }
    public string? Provider { get; set; }
    public string? ComparableOffer { get; set; }
    public decimal? Fee { get; set; }
}

public sealed class Scholarship
{
    public Guid Id { get; set; }
    public string? Sponsor { get; set; }
    public int? Number { get; set; }
    public decimal? Amount { get; set; }
}

public sealed class PartnerShare
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
