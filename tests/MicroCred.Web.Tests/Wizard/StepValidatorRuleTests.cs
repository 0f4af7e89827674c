using System.Text.Json;
using FluentValidation;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace MicroCred.Web.Tests.Wizard;

/// <summary>
/// Each step-specific validation rule, one case at a time: the complete sample passes every validator
/// (StepDefinitionTests), so breaking exactly one value must produce exactly that rule's message on that field.
/// </summary>
public sealed class StepValidatorRuleTests
{
    private static readonly ServiceProvider Services = BuildServices();
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Rule name → the step it belongs to, how to break it, and the field the message must be on.</summary>
    private static readonly Dictionary<string, RuleCase> Cases = new[]
    {
        // W1 Institutional and policy alignment
        Case<InstitutionalAlignmentStep>("W01 country code is a known ISO code", s => Path("NationalContext", Row(s.NationalContext, r => r.CountryCode = "XX"), "CountryCode")),
        Case<InstitutionalAlignmentStep>("W01 national cap above 0 and at most 60", s => Path("NationalContext", Row(s.NationalContext, r => r.MaxEcts = 61), "MaxEcts")),
        Case<InstitutionalAlignmentStep>("W01 national cap with one decimal", s => Path("NationalContext", Row(s.NationalContext, r => r.MaxEcts = 7.25m), "MaxEcts")),
        Case<InstitutionalAlignmentStep>("W01 one row per country", s => Twin(s.NationalContext, "NationalContext", r => r.CountryCode = "ES", r => r.CountryCode = "es")),
        Case<InstitutionalAlignmentStep>("W01 structure link is a web address", s => Path("InstitutionalQualificationStructure", Row(s.InstitutionalQualificationStructure, r => r.Link = "www.example.edu"), "Link")),
        Case<InstitutionalAlignmentStep>("W01 one structure row per partner", s => Twin(s.InstitutionalQualificationStructure, "InstitutionalQualificationStructure", r => r.PartnerId = Fixed, r => r.PartnerId = Fixed)),

        // W2 Joint vision
        Case<JointVisionStep>("W02 hours per week at most 60", s => { s.AvailableHoursPerWeek = 61; return "AvailableHoursPerWeek"; }),
        Case<JointVisionStep>("W02 expected learners from 1", s => { s.ExpectedLearnersPerRun = 0; return "ExpectedLearnersPerRun"; }),
        Case<JointVisionStep>("W02 planned years from 1 to 20", s => { s.PlannedYears = 21; return "PlannedYears"; }),
        Case<JointVisionStep>("W02 stakeholders not repeated", s => Twin(s.StakeholdersConsulted, "StakeholdersConsulted", r => r.Name = "Port authority", r => r.Name = " port authority ")),
        Case<JointVisionStep>("W02 related courses not repeated", s => Twin(s.RelatedOfferings, "RelatedOfferings", r => (r.Title, r.Institution) = ("Wind basics", "TU"), r => (r.Title, r.Institution) = ("Wind basics", "TU"))),
        Case<JointVisionStep>("W02 credits recognised at most 60", s => Path("StackingTargets", Row(s.StackingTargets, r => r.CreditsRecognised = 61), "CreditsRecognised")),
        Case<JointVisionStep>("W02 credits recognised with one decimal", s => Path("StackingTargets", Row(s.StackingTargets, r => r.CreditsRecognised = 2.55m), "CreditsRecognised")),
        Case<JointVisionStep>("W02 stacking targets not repeated", s => Twin(s.StackingTargets, "StackingTargets", r => (r.Title, r.Institution) = ("MSc Energy", "TU"), r => (r.Title, r.Institution) = ("MSc Energy", "TU"))),

        // W3 Partnership
        Case<PartnershipStep>("W03 contact e-mail is an address", s => Path("Partners", Row(s.Partners, r => r.ContactEmail = "someone-at-example"), "ContactEmail")),
        Case<PartnershipStep>("W03 one row per institution", s => Twin(s.Partners, "Partners", r => r.InstitutionId = Fixed, r => r.InstitutionId = Fixed)),

        // W4 Course team
        Case<CourseTeamStep>("W04 design start is a plausible date", s => { s.DesignStart = new DateOnly(1999, 12, 31); return "DesignStart"; }),
        Case<CourseTeamStep>("W04 design ends after it starts", s => { s.DesignEnd = s.DesignStart; return "DesignEnd"; }),
        Case<CourseTeamStep>("W04 development ends after design", s => { s.DevelopmentEnd = s.DesignEnd; return "DevelopmentEnd"; }),
        Case<CourseTeamStep>("W04 first run not before development ends", s => { s.FirstDelivery = s.DevelopmentEnd!.Value.AddDays(-1); return "FirstDelivery"; }),
        Case<CourseTeamStep>("W04 implementation horizon 1 to 20 years", s => { s.ImplementationHorizonYears = 0; return "ImplementationHorizonYears"; }),
        Case<CourseTeamStep>("W04 member e-mail is an address", s => Path("Members", Row(s.Members, r => r.Email = "lotte@"), "Email")),
        Case<CourseTeamStep>("W04 one row per account", s => Twin(s.Members, "Members", r => (r.UserId, r.Email) = ("u-1", "a@x.org"), r => (r.UserId, r.Email) = ("u-1", "b@x.org"))),
        Case<CourseTeamStep>("W04 one row per e-mail", s => Twin(s.Members, "Members", r => (r.UserId, r.Email) = ("u-1", "same@x.org"), r => (r.UserId, r.Email) = ("u-2", "SAME@x.org"))),

        // W5 Support services
        Case<SupportServicesStep>("W05 first contact is a plausible date", s => Path("Engagements", Row(s.Engagements, r => r.FirstContactDate = new DateOnly(2101, 1, 1)), "FirstContactDate")),
        Case<SupportServicesStep>("W05 one row per partner and service", s => Twin(s.Engagements, "Engagements", r => r.PartnerId = Fixed, r => r.PartnerId = Fixed)),
        Case<SupportServicesStep>("W05 one row per programme board", s => Twin(s.ProgrammeBoards, "ProgrammeBoards", r => (r.PartnerId, r.BoardName) = (Fixed, "Board of Studies"), r => (r.PartnerId, r.BoardName) = (Fixed, "board of studies"))),

        // W6 Learning outcomes
        Case<LearningOutcomesStep>("W06 outcome codes unique", s => { s.Outcomes[1].Code = s.Outcomes[0].Code.ToLowerInvariant(); return "Outcomes"; }),

        // W7 Course plan
        Case<CoursePlanStep>("W07 ECTS from 0.1 to 60", s => { s.Ects = 61; return "Ects"; }),
        Case<CoursePlanStep>("W07 ECTS with one decimal", s => { s.Ects = 2.25m; return "Ects"; }),
        Case<CoursePlanStep>("W07 duration 1 to 104 weeks", s => { s.DurationWeeks = 105; return "DurationWeeks"; }),
        Case<CoursePlanStep>("W07 start date plausible", s => { s.StartDate = new DateOnly(1999, 1, 1); return "StartDate"; }),
        Case<CoursePlanStep>("W07 end date plausible", s => { s.EndDate = new DateOnly(2101, 1, 1); return "EndDate"; }),
        Case<CoursePlanStep>("W07 end date not before start", s => { s.EndDate = s.StartDate!.Value.AddDays(-1); return "EndDate"; }),
        Case<CoursePlanStep>("W07 unit study hours at most 2,000", s => Path("Units", Row(s.Units, r => r.StudyHours = 2001), "StudyHours")),
        Case<CoursePlanStep>("W07 OER link is a web address", s =>
        {
            var unit = s.Units[0];
            var oer = Row(unit.OerUsed, r => (r.Title, r.Url) = ("Guide", "example.org/guide"));
            return $"Units[{unit.Id}].OerUsed[{oer}].Url";
        }),
        Case<CoursePlanStep>("W07 unit titles unique", s => { s.Units[1].Title = s.Units[0].Title.ToUpperInvariant(); return "Units"; }),

        // W8 Learning activities
        Case<LearningActivitiesStep>("W08 activity hours at most 2,000", s => Path("Activities", Row(s.Activities, r => r.Hours = 2000.5m), "Hours")),

        // W10 Delivery
        Case<DeliveryStep>("W10 tool names unique", s => Twin(s.Tools, "Tools", r => r.Name = "Moodle", r => r.Name = "moodle ")),

        // W12 Microlearning
        Case<MicrolearningStep>("W12 unit length at least 1 minute", s => Path("Units", Row(s.Units, r => r.DurationMinutes = 0), "DurationMinutes")),
        Case<MicrolearningStep>("W12 unit length at most one day", s => Path("Units", Row(s.Units, r => r.DurationMinutes = MicrolearningStepSchema.MaxMinutes + 1), "DurationMinutes")),

        // W13 Assessment
        Case<AssessmentStep>("W13 pass/fail has no pass mark", s => { (s.GradingScale, s.PassMark) = (GradingScale.PassFail, 5); return "PassMark"; }),
        Case<AssessmentStep>("W13 pass mark within the scale", s => { (s.GradingScale, s.PassMark) = (GradingScale.OneToTen, 10.5m); return "PassMark"; }),
        Case<AssessmentStep>("W13 component weight at most 100 %", s => Path("Components", Row(s.Components, r => r.WeightPercent = 101), "WeightPercent")),
        Case<AssessmentStep>("W13 one conversion table per partner", s => Twin(s.TranscriptionTables, "TranscriptionTables", r => r.PartnerId = Fixed, r => r.PartnerId = Fixed)),
        Case<AssessmentStep>("W13 common grade once per table", s =>
        {
            var table = s.TranscriptionTables[0];
            Twin(table.Bands, "Bands", b => b.CommonGrade = "A", b => b.CommonGrade = "a");
            return $"TranscriptionTables[{table.Id}].Bands";
        }),

        // W14 Award
        Case<AwardStep>("W14 certificate languages are two-letter codes", s => { s.CertificateLanguages.Add("English"); return "CertificateLanguages"; }),
        Case<AwardStep>("W14 one alignment row per partner", s => Twin(s.PartnerAlignment, "PartnerAlignment", r => r.PartnerId = Fixed, r => r.PartnerId = Fixed)),
        Case<AwardStep>("W14 professional credits at most 1,000", s => Path("ProfessionalRecognition", Row(s.ProfessionalRecognition, r => r.CreditAmount = 1001), "CreditAmount")),

        // W15 Language policy
        Case<LanguagePolicyStep>("W15 teaching languages are codes", s => { s.InstructionLanguages.Add("EN"); return "InstructionLanguages"; }),
        Case<LanguagePolicyStep>("W15 material languages are codes", s => { s.MaterialLanguages.Add("eng"); return "MaterialLanguages"; }),
        Case<LanguagePolicyStep>("W15 exam languages are codes", s => { s.AssessmentLanguages.Add("e"); return "AssessmentLanguages"; }),
        Case<LanguagePolicyStep>("W15 support languages are codes", s => { s.SupportLanguages.Add("en-GB"); return "SupportLanguages"; }),
        Case<LanguagePolicyStep>("W15 certificate languages are codes", s => { s.CertificateLanguages.Add("Dutch"); return "CertificateLanguages"; }),
        Case<LanguagePolicyStep>("W15 a language listed once", s => { s.InstructionLanguages.Add(s.InstructionLanguages[0]); return "InstructionLanguages"; }),

        // W16 Admission
        Case<AdmissionStep>("W16 maximum participants 1 to 10,000", s => { s.MaxParticipants = 10_001; return "MaxParticipants"; }),
        Case<AdmissionStep>("W16 fewest learners 1 to 10,000 (a range declared in the schema)", s => { s.MinParticipants = 0; return "MinParticipants"; }),
        Case<AdmissionStep>("W16 application deadline plausible", s => { s.ApplicationDeadline = Today.AddYears(11); return "ApplicationDeadline"; }),

        // W17 Recruitment
        Case<RecruitmentStep>("W17 website is a web address", s => { s.WebsiteUrl = "https://localhost"; return "WebsiteUrl"; }),
        Case<RecruitmentStep>("W17 one row per learner segment", s => Twin(s.Segments, "Segments", r => r.Segment = LearnerSegment.Companies, r => r.Segment = LearnerSegment.Companies)),
        Case<RecruitmentStep>("W17 segment budget at most 10 million", s => Path("Segments", Row(s.Segments, r => r.Budget = 10_000_001), "Budget")),

        // W18 Quality assurance
        Case<QualityAssuranceStep>("W18 one QA framework row per partner", s => Twin(s.PartnerQaFrameworks, "PartnerQaFrameworks", r => r.PartnerId = Fixed, r => r.PartnerId = Fixed)),

        // W19 Business plan
        Case<BusinessPlanStep>("W19 plan currency is a three-letter code", s => { s.PlanCurrency = "EURO"; return "PlanCurrency"; }),
        Case<BusinessPlanStep>("W19 expected learners 1 to 10,000", s => { s.ExpectedLearnersPerRun = 0; return "ExpectedLearnersPerRun"; }),
        Case<BusinessPlanStep>("W19 cost at most 10 million", s => Path("CostItems", Row(s.CostItems, r => r.Amount = 10_000_001), "Amount")),
        Case<BusinessPlanStep>("W19 cost currency is a code", s => Path("CostItems", Row(s.CostItems, r => r.Currency = "€"), "Currency")),
        Case<BusinessPlanStep>("W19 fee at most 100,000", s => Path("FeeTiers", Row(s.FeeTiers, r => r.Amount = 100_001), "Amount")),
        Case<BusinessPlanStep>("W19 fee currency is a code", s => Path("FeeTiers", Row(s.FeeTiers, r => r.Currency = "E"), "Currency")),
        Case<BusinessPlanStep>("W19 funding at most 10 million", s => Path("FundingSources", Row(s.FundingSources, r => r.Amount = 10_000_001), "Amount")),
        Case<BusinessPlanStep>("W19 funding currency is a code", s => Path("FundingSources", Row(s.FundingSources, r => r.Currency = "12"), "Currency")),
        Case<BusinessPlanStep>("W19 rate currency is a code", s => Path("ConversionRates", Row(s.ConversionRates, r => (r.Currency, r.RateToPlanCurrency) = ("US$", 1.1m)), "Currency")),
        Case<BusinessPlanStep>("W19 rate is not zero", s => Path("ConversionRates", Row(s.ConversionRates, r => (r.Currency, r.RateToPlanCurrency) = ("USD", 0m)), "RateToPlanCurrency")),
        Case<BusinessPlanStep>("W19 rate at most 10 million", s => Path("ConversionRates", Row(s.ConversionRates, r => (r.Currency, r.RateToPlanCurrency) = ("USD", 10_000_001m)), "RateToPlanCurrency")),
        Case<BusinessPlanStep>("W19 benchmark fee at most 100,000", s => Path("Benchmark", Row(s.Benchmark, r => r.Fee = 100_001), "Fee")),
        Case<BusinessPlanStep>("W19 scholarships at least one", s => Path("Scholarships", Row(s.Scholarships, r => r.Number = 0), "Number")),
        Case<BusinessPlanStep>("W19 scholarship at most 100,000", s => Path("Scholarships", Row(s.Scholarships, r => (r.Number, r.Amount) = (2, 100_001)), "Amount")),
        Case<BusinessPlanStep>("W19 partner share at most 100 %", s => Path("PartnerShares", Row(s.PartnerShares, r => r.SharePercent = 100.5m), "SharePercent")),

        // W20 Sustainability
        Case<SustainabilityStep>("W20 horizon 1 to 20 years", s => { s.HorizonYears = 21; return "HorizonYears"; }),
        Case<SustainabilityStep>("W20 financial plan 1 to 20 years", s => { s.FinancialPlanYears = 0; return "FinancialPlanYears"; }),
        Case<SustainabilityStep>("W20 evaluation month 1 to 12", s => { s.AnnualEvaluationMonth = 13; return "AnnualEvaluationMonth"; }),
        Case<SustainabilityStep>("W20 one commitment per partner", s => Twin(s.PartnerCommitments, "PartnerCommitments", r => r.PartnerId = Fixed, r => r.PartnerId = Fixed)),
        Case<SustainabilityStep>("W20 years committed 1 to 20", s => Path("PartnerCommitments", Row(s.PartnerCommitments, r => r.YearsCommitted = 21), "YearsCommitted")),
        Case<SustainabilityStep>("W20 relevance recheck plausible", s => Path("PartnerCommitments", Row(s.PartnerCommitments, r => r.RelevanceRecheckDate = new DateOnly(1999, 1, 1)), "RelevanceRecheckDate")),
        Case<SustainabilityStep>("W20 milestone due date plausible", s => Path("Milestones", Row(s.Milestones, r => r.DueDate = Today.AddYears(26)), "DueDate")),

        // W21 Consortium agreement
        Case<ConsortiumAgreementStep>("W21 effective from plausible", s => { s.EffectiveFrom = Today.AddYears(11); return "EffectiveFrom"; }),
        Case<ConsortiumAgreementStep>("W21 effective to plausible", s => { s.EffectiveTo = Today.AddYears(51); return "EffectiveTo"; }),
        Case<ConsortiumAgreementStep>("W21 effective to after from", s => { s.EffectiveTo = s.EffectiveFrom; return "EffectiveTo"; }),
        Case<ConsortiumAgreementStep>("W21 each clause once", s => { Twin(s.Clauses, "Clauses", _ => { }, _ => { }); return "Clauses"; }),
        Case<ConsortiumAgreementStep>("W21 clause and status are known values", s => { Row(s.Clauses, r => r.Status = (ClauseStatus)99); return "Clauses"; }),
    }.ToDictionary(c => c.Name);

    private static readonly Guid Fixed = Guid.Parse("0f0f0f0f-0000-4000-8000-000000000001");

    public static TheoryData<string> RuleNames() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Breaking_the_rule_gives_its_message_on_the_field(string rule)
    {
        var c = Cases[rule];
        var sample = SampleDesigns.Complete(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var step = sample.Content.Get(c.Step);
        var validator = (IValidator)Services.GetRequiredService(typeof(IValidator<>).MakeGenericType(step.GetType()));
        Assert.True(validator.Validate(new ValidationContext<object>(step)).IsValid, "the untouched sample must pass");

        var field = c.Break(step);
        var result = validator.Validate(new ValidationContext<object>(step));

        Assert.False(result.IsValid, $"{rule}: the broken value was accepted");
        Assert.Contains(result.Errors, e => e.PropertyName == field || e.PropertyName.StartsWith(field + "[", StringComparison.Ordinal));
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.ErrorMessage)));
    }

    [Fact]
    public void Every_step_with_own_rules_has_cases()
    {
        var withRules = new[]
        {
            WizardStep.InstitutionalAlignment, WizardStep.JointVision, WizardStep.Partnership, WizardStep.CourseTeam, WizardStep.SupportServices,
            WizardStep.LearningOutcomes, WizardStep.CoursePlan, WizardStep.LearningActivities, WizardStep.Delivery, WizardStep.Microlearning,
            WizardStep.Assessment, WizardStep.Award, WizardStep.LanguagePolicy, WizardStep.Admission, WizardStep.Recruitment,
            WizardStep.QualityAssurance, WizardStep.BusinessPlan, WizardStep.Sustainability, WizardStep.ConsortiumAgreement,
        };
        Assert.Empty(withRules.Except(Cases.Values.Select(c => c.Step)));
    }

    private sealed record RuleCase(string Name, WizardStep Step, Func<object, string> Break);

    private static RuleCase Case<T>(string name, Func<T, string> breakIt)
        where T : class =>
        new(name, StepCatalog.All.Single(d => d.ContentType == typeof(T)).Step, o => breakIt((T)o));

    /// <summary>The first row of the list (a new one when the sample has none), changed by <paramref name="change"/>; returns its id.</summary>
    private static Guid Row<TRow>(List<TRow> rows, Action<TRow> change)
        where TRow : class, new()
    {
        if (rows.Count == 0)
        {
            var fresh = new TRow();
            typeof(TRow).GetProperty("Id")!.SetValue(fresh, Guid.NewGuid());
            rows.Add(fresh);
        }

        change(rows[0]);
        return (Guid)typeof(TRow).GetProperty("Id")!.GetValue(rows[0])!;
    }

    /// <summary>Makes the first row and a copy of it collide on a key; the message belongs on the list.</summary>
    private static string Twin<TRow>(List<TRow> rows, string listName, Action<TRow> first, Action<TRow> second)
        where TRow : class, new()
    {
        Row(rows, first);
        var copy = JsonSerializer.Deserialize<TRow>(JsonSerializer.Serialize(rows[0]))!;
        typeof(TRow).GetProperty("Id")!.SetValue(copy, Guid.NewGuid());
        second(copy);
        rows.Add(copy);
        return listName;
    }

    private static string Path(string list, Guid rowId, string field) => $"{list}[{rowId}].{field}";

    private static ServiceProvider BuildServices()
    {
        var services = new ServiceCollection();
        StepDefinitions.Register(services);
        services.AddValidatorsFromAssemblyContaining<StepDefinitions>(includeInternalTypes: true);
        return services.BuildServiceProvider();
    }
}
