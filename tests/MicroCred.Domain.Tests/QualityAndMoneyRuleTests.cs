using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs.Steps;
using static MicroCred.Domain.Tests.RuleAssert;

namespace MicroCred.Domain.Tests;

public class QualityAndMoneyRuleTests
{
    // W18
    [Fact]
    public void R_QA_01_flags_esg_not_referenced() =>
        Single(Fires("R-QA-01", c => c.QualityAssurance.Standards.Remove(QaStandard.Esg)), Severity.Error);

    [Fact]
    public void R_QA_01_flags_a_statement_too_long_for_the_certificate() =>
        Fires("R-QA-01", c => c.QualityAssurance.QaTypeStatement = new string('x', 301));

    [Fact]
    public void R_QA_01_passes_with_statement_and_esg() => Quiet("R-QA-01", _ => { });

    [Fact]
    public void R_QA_02_flags_a_missing_core_indicator() =>
        Single(Fires("R-QA-02", c => c.QualityAssurance.Indicators.Remove(QaIndicator.LearningAnalytics)), Severity.Warning);

    [Fact]
    public void R_QA_02_passes_with_the_five_core_indicators() =>
        Quiet("R-QA-02", c => c.QualityAssurance.Indicators.Remove(QaIndicator.CompletionRate));

    [Fact]
    public void R_QA_03_flags_a_unit_not_peer_reviewed_from_gate_G2()
    {
        var f = Single(Fires("R-QA-03", c => c.CoursePlan.Units[1].DevelopmentStatus = UnitDevelopmentStatus.Designed), Severity.Error);
        Assert.Equal(Gate.G2, f.AppliesFromGate);
        Assert.True(f.BlocksAt(Gate.G3));
    }

    [Fact]
    public void R_QA_03_passes_for_a_peer_reviewed_unit() =>
        Quiet("R-QA-03", c => c.CoursePlan.Units[1].DevelopmentStatus = UnitDevelopmentStatus.PeerReviewed);

    [Fact]
    public void R_QA_04_advises_against_separate_accreditation() =>
        Single(Fires("R-QA-04", c => c.QualityAssurance.ExternalQa = ExternalQa.ProgrammeAccreditation), Severity.Info);

    [Fact]
    public void R_QA_04_passes_for_institutional_review() => Quiet("R-QA-04", c => c.QualityAssurance.ExternalQa = ExternalQa.InstitutionalReview);

    [Fact]
    public void R_QA_05_flags_study_load_not_monitored() =>
        Single(Fires("R-QA-05", c => c.QualityAssurance.Indicators.Remove(QaIndicator.StudyLoadIntendedVsActual)), Severity.Warning);

    [Fact]
    public void R_QA_05_passes_when_monitored() => Quiet("R-QA-05", _ => { });

    // W19
    [Fact]
    public void R_BUS_01_flags_shares_not_adding_up() =>
        Single(Fires("R-BUS-01", c => c.BusinessPlan.PartnerShares[0].SharePercent = 30m), Severity.Error);

    [Fact]
    public void R_BUS_01_passes_when_each_partner_keeps_its_own() =>
        Quiet("R-BUS-01", c =>
        {
            c.BusinessPlan.PartnerShares[0].SharePercent = 30m;
            c.BusinessPlan.AllocationModel = AllocationModel.EachPartnerKeepsOwnCostsAndIncome;
        });

    [Fact]
    public void R_BUS_02_flags_attendance_dearer_than_credits() =>
        Single(Fires("R-BUS-02", c => c.BusinessPlan.FeeTiers[1].Amount = 1500m), Severity.Warning);

    [Fact]
    public void R_BUS_02_passes_for_different_segments() =>
        Quiet("R-BUS-02", c =>
        {
            c.BusinessPlan.FeeTiers[1].Amount = 1500m;
            c.BusinessPlan.FeeTiers[1].Segment = FeeSegment.CollectiveCorporate;
        });

    [Fact]
    public void R_BUS_03_flags_only_project_money() =>
        Single(Fires("R-BUS-03", c =>
        {
            c.BusinessPlan.FundingSources.RemoveAt(1);
            c.BusinessPlan.FeeTiers.Clear();
            c.BusinessPlan.FullyFunded = true;
        }), Severity.Warning);

    [Fact]
    public void R_BUS_03_passes_with_fee_income() => Quiet("R-BUS-03", c => c.BusinessPlan.FundingSources.RemoveAt(1));

    [Fact]
    public void R_BUS_04_advises_when_break_even_is_above_expected_learners()
    {
        var f = Single(Fires("R-BUS-04", c => c.BusinessPlan.ExpectedLearnersPerRun = 20), Severity.Info);
        Assert.Contains("25", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R_BUS_04_computes_break_even_from_costs_and_fees() =>
        Assert.Equal(25, BreakEven.LearnersPerRun(Samples.Complete().Content));

    [Fact]
    public void R_BUS_04_passes_when_expected_learners_cover_break_even() =>
        Quiet("R-BUS-04", c => c.BusinessPlan.ExpectedLearnersPerRun = 25);

    [Fact]
    public void R_BUS_05_flags_mixed_currencies_without_rate() =>
        Single(Fires("R-BUS-05", c => c.BusinessPlan.FundingSources[0].Currency = "CHF"), Severity.Error);

    [Fact]
    public void R_BUS_05_passes_with_a_conversion_rate() =>
        Quiet("R-BUS-05", c =>
        {
            c.BusinessPlan.FundingSources[0].Currency = "CHF";
            c.BusinessPlan.ConversionRates.Add(new CurrencyRate { Id = Guid.NewGuid(), Currency = "CHF", RateToPlanCurrency = 1.05m });
        });

    [Fact]
    public void R_BUS_06_advises_a_note_for_shares_not_based_on_contribution() =>
        Single(Fires("R-BUS-06", c => c.BusinessPlan.PartnerShares[2].BasedOnActualContribution = false), Severity.Info);

    [Fact]
    public void R_BUS_06_passes_with_a_note() =>
        Quiet("R-BUS-06", c =>
        {
            c.BusinessPlan.PartnerShares[2].BasedOnActualContribution = false;
            c.BusinessPlan.PartnerShares[2].Note = "Regional funding rules fix this share.";
        });

    // W20
    [Fact]
    public void R_SUS_01_flags_a_commitment_shorter_than_the_horizon() =>
        Single(Fires("R-SUS-01", c => c.Sustainability.PartnerCommitments[1].YearsCommitted = 3), Severity.Warning);

    [Fact]
    public void R_SUS_01_passes_for_a_longer_commitment() => Quiet("R-SUS-01", c => c.Sustainability.PartnerCommitments[1].YearsCommitted = 6);

    [Fact]
    public void R_SUS_02_flags_an_invalid_evaluation_month() =>
        Single(Fires("R-SUS-02", c => c.Sustainability.AnnualEvaluationMonth = 13), Severity.Error);

    [Fact]
    public void R_SUS_02_flags_no_evaluation_dimension() =>
        Fires("R-SUS-02", c => c.Sustainability.EvaluationDimensions.Clear());

    [Fact]
    public void R_SUS_02_passes_in_december() => Quiet("R-SUS-02", c => c.Sustainability.AnnualEvaluationMonth = 12);

    [Fact]
    public void R_SUS_03_flags_no_yearly_financial_review() =>
        Single(Fires("R-SUS-03", c => c.Sustainability.FinancialReviewWithExperts = false), Severity.Error);

    [Fact]
    public void R_SUS_03_passes_with_a_yearly_review() => Quiet("R-SUS-03", _ => { });

    // W21
    [Fact]
    public void R_CA_01_flags_a_core_clause_not_agreed_from_gate_G3()
    {
        var f = Single(Fires("R-CA-01", c => c.ConsortiumAgreement.Clauses[10].Status = ClauseStatus.Drafted), Severity.Error);
        Assert.Equal(Gate.G3, f.AppliesFromGate);
        Assert.Contains("11 examinations", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R_CA_01_passes_when_only_other_clauses_are_open() =>
        Assert.DoesNotContain(After(c => c.ConsortiumAgreement.Clauses[15].Status = ClauseStatus.Drafted), f => f.RuleId == "R-CA-01");

    [Fact]
    public void R_CA_02_flags_another_clause_not_agreed() =>
        Single(Fires("R-CA-02", c => c.ConsortiumAgreement.Clauses.RemoveAt(17)), Severity.Warning);

    [Fact]
    public void R_CA_02_passes_when_all_clauses_are_agreed() => Quiet("R-CA-02", _ => { });

    [Fact]
    public void R_CA_03_flags_a_partner_that_has_not_signed()
    {
        var f = Single(Fires("R-CA-03", c => c.ConsortiumAgreement.Signatories[2].SignedOn = null), Severity.Error);
        Assert.Equal(Gate.G3, f.AppliesFromGate);
        Assert.Contains("Atlântico Norte", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R_CA_03_passes_when_every_partner_signed() => Quiet("R-CA-03", _ => { });

    [Fact]
    public void R_CA_03_reads_the_signature_records_when_they_are_at_hand()
    {
        var sample = Samples.Complete();
        var partners = sample.Content.Partnership.Partners;
        var ctx = sample.ToCheckContext(Samples.Today) with { SignedPartnerIds = partners.Take(2).Select(p => p.Id).ToHashSet() };

        var f = Assert.Single(DesignChecks.Run(ctx), x => x.RuleId == "R-CA-03");
        Assert.Equal(partners[2].Id, f.RowId);

        // Rows still typed into step 21 no longer count once the records are known.
        Assert.DoesNotContain(DesignChecks.Run(ctx with { SignedPartnerIds = partners.Select(p => p.Id).ToHashSet() }), x => x.RuleId == "R-CA-03");
    }

    [Fact]
    public void R_CA_04_flags_an_agreement_ending_before_the_last_run() =>
        Single(Fires("R-CA-04", c => c.ConsortiumAgreement.EffectiveTo = new DateOnly(2030, 12, 31)), Severity.Warning);

    [Fact]
    public void R_CA_04_passes_when_the_term_covers_the_last_run() =>
        Quiet("R-CA-04", c => c.ConsortiumAgreement.EffectiveTo = new DateOnly(2031, 12, 13));
}
