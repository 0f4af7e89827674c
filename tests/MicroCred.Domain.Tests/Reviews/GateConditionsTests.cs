using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Reviews;

namespace MicroCred.Domain.Tests.Reviews;

public class GateConditionsTests
{
    private static IReadOnlyList<UnmetCondition> Evaluate(ReviewScenario s, Gate gate) =>
        GateConditions.Evaluate(gate, s.Content, s.Findings(), s.Facts);

    private static IReadOnlyList<UnmetCondition> Evaluate(ReviewScenario s, Gate gate, IReadOnlyList<Finding> findings) =>
        GateConditions.Evaluate(gate, s.Content, findings, s.Facts);

    [Theory]
    [InlineData(Gate.G1)]
    [InlineData(Gate.G2)]
    [InlineData(Gate.G3)]
    public void The_complete_sample_with_its_records_meets_every_gate(Gate gate)
    {
        var unmet = Evaluate(new ReviewScenario(), gate);

        Assert.True(unmet.Count == 0, string.Join("\n", unmet.Select(u => $"{u.ConditionId}: {u.Message}")));
    }

    [Fact]
    public void G1_needs_every_design_step_complete_and_links_to_the_missing_field()
    {
        var s = new ReviewScenario();
        s.Content.LearningOutcomes.CourseObjective = " ";

        var unmet = Assert.Single(Evaluate(s, Gate.G1), u => u.ConditionId == GateConditions.Ids.StepComplete);

        Assert.Equal(WizardStep.LearningOutcomes, unmet.Step);
        Assert.Equal("CourseObjective", unmet.FieldPath);
        Assert.StartsWith("Learning outcomes (step 6) is not complete: Course objective", unmet.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void G1_asks_only_regulations_and_components_of_assessment_but_G2_asks_the_whole_step()
    {
        var s = new ReviewScenario();
        s.Content.Assessment.AssessmentBoard = null;

        Assert.DoesNotContain(Evaluate(s, Gate.G1), u => u.ConditionId == GateConditions.Ids.StepComplete);
        Assert.Contains(Evaluate(s, Gate.G2), u => u.ConditionId == GateConditions.Ids.StepComplete && u.Step == WizardStep.Assessment && u.FieldPath == "AssessmentBoard");

        s.Content.Assessment.ExamRegulations = null;
        Assert.Contains(Evaluate(s, Gate.G1), u => u.Step == WizardStep.Assessment && u.FieldPath == "ExamRegulations");
    }

    [Fact]
    public void G1_asks_the_award_type_and_awarding_bodies_but_not_the_rest_of_the_award_step()
    {
        var s = new ReviewScenario();
        s.Content.Award.AwardJustification = "";

        Assert.DoesNotContain(Evaluate(s, Gate.G1), u => u.ConditionId == GateConditions.Ids.StepComplete);
        Assert.Contains(Evaluate(s, Gate.G2), u => u.Step == WizardStep.Award && u.FieldPath == "AwardJustification");

        s.Content.Award.AwardingBodyPartnerIds = [];
        Assert.Contains(Evaluate(s, Gate.G1), u => u.Step == WizardStep.Award && u.FieldPath == "AwardingBodyPartnerIds");
    }

    [Fact]
    public void Development_steps_are_needed_at_G2_but_not_at_G1()
    {
        var s = new ReviewScenario();
        s.Content.LanguagePolicy.LanguageRationale = null;

        Assert.DoesNotContain(Evaluate(s, Gate.G1), u => u.Step == WizardStep.LanguagePolicy);
        Assert.Contains(Evaluate(s, Gate.G2), u => u.ConditionId == GateConditions.Ids.StepComplete && u.Step == WizardStep.LanguagePolicy);
    }

    [Fact]
    public void An_error_on_a_design_step_blocks_G1_but_a_warning_does_not()
    {
        var s = new ReviewScenario();
        var error = new Finding(Severity.Error, "R-ASM-02", "Weights add up to 90 %.", WizardStep.Assessment, "Components");
        var warning = error with { Severity = Severity.Warning };

        var unmet = Assert.Single(Evaluate(s, Gate.G1, [error, warning]));

        Assert.Equal(GateConditions.Ids.NoBlockingErrors, unmet.ConditionId);
        Assert.Equal("Weights add up to 90 %.", unmet.Message);
        Assert.Equal(WizardStep.Assessment, unmet.Step);
    }

    [Fact]
    public void An_error_on_a_development_step_blocks_G2_but_not_G1()
    {
        var s = new ReviewScenario();
        var error = new Finding(Severity.Error, "R-BUS-01", "Shares add up to 90 %.", WizardStep.BusinessPlan, "PartnerShares");

        Assert.Empty(Evaluate(s, Gate.G1, [error]));
        Assert.Contains(Evaluate(s, Gate.G2, [error]), u => u.ConditionId == GateConditions.Ids.NoBlockingErrors);
    }

    [Fact]
    public void A_gate_tagged_error_blocks_only_from_its_gate_on()
    {
        var s = new ReviewScenario();
        var error = new Finding(Severity.Error, "R-X-01", "Only at publication.", WizardStep.LearningOutcomes, null) { AppliesFromGate = Gate.G3 };

        Assert.Empty(Evaluate(s, Gate.G1, [error]));
        Assert.Empty(Evaluate(s, Gate.G2, [error]));
        Assert.Single(Evaluate(s, Gate.G3, [error]));
    }

    [Fact]
    public void G2_needs_every_unit_developed_after_peer_review()
    {
        var s = new ReviewScenario();
        var unit = s.Content.CoursePlan.Units[1];
        unit.DevelopmentStatus = UnitDevelopmentStatus.PeerReviewed;

        Assert.Empty(Evaluate(s, Gate.G1));
        var unmet = Assert.Single(Evaluate(s, Gate.G2));
        Assert.Equal(GateConditions.Ids.UnitsDevelopedAndReviewed, unmet.ConditionId);
        Assert.Equal(unit.Id, unmet.RowId);
        Assert.Equal($"Units[{unit.Id}].DevelopmentStatus", unmet.FieldPath);
    }

    [Fact]
    public void G2_needs_the_external_review_the_quality_plan_asks_for()
    {
        var s = new ReviewScenario();
        s.Facts = s.Facts with { ExternalReviews = [] };

        var unmet = Assert.Single(Evaluate(s, Gate.G2));
        Assert.Equal(GateConditions.Ids.ExternalPeerReview, unmet.ConditionId);
        Assert.Equal(WizardStep.QualityAssurance, unmet.Step);

        s.Content.QualityAssurance.ExternalPeerReview = ExternalPeerReview.None;
        Assert.Empty(Evaluate(s, Gate.G2));
    }

    [Fact]
    public void G2_with_both_external_reviews_asked_needs_a_review_of_the_developed_course_too()
    {
        var s = new ReviewScenario();
        s.Content.QualityAssurance.ExternalPeerReview = ExternalPeerReview.Both;
        s.Facts = s.Facts with { ExternalReviews = [.. s.Facts.ExternalReviews.Where(r => r.Stage == ExternalReviewStage.Design)] };

        var unmet = Assert.Single(Evaluate(s, Gate.G2));
        Assert.Contains("developed course", unmet.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void G3_needs_each_programme_board_approval_on_record()
    {
        var s = new ReviewScenario();
        var board = s.Content.SupportServices.ProgrammeBoards[0];
        s.Facts = s.Facts with { BoardApprovals = [] };

        Assert.Empty(Evaluate(s, Gate.G2));
        var unmet = Assert.Single(Evaluate(s, Gate.G3));
        Assert.Equal(GateConditions.Ids.ProgrammeBoardApproval, unmet.ConditionId);
        Assert.Equal(board.Id, unmet.RowId);
    }

    [Fact]
    public void G3_needs_the_board_to_have_approved_in_the_design_as_well()
    {
        var s = new ReviewScenario();
        s.Content.SupportServices.ProgrammeBoards[0].ApprovalStatus = BoardApprovalStatus.Pending;

        Assert.Contains(Evaluate(s, Gate.G3), u => u.ConditionId == GateConditions.Ids.ProgrammeBoardApproval && u.Step == WizardStep.SupportServices);
        Assert.DoesNotContain(Evaluate(s, Gate.G2), u => u.ConditionId == GateConditions.Ids.ProgrammeBoardApproval);
    }

    [Fact]
    public void G3_names_a_board_without_approval_once_when_the_check_and_the_records_both_miss_it()
    {
        var s = new ReviewScenario();
        var board = s.Content.SupportServices.ProgrammeBoards[0];
        board.ApprovalStatus = null;
        s.Facts = s.Facts with { BoardApprovals = [] };

        var unmet = Assert.Single(Evaluate(s, Gate.G3));
        Assert.Equal(GateConditions.Ids.ProgrammeBoardApproval, unmet.ConditionId);
        Assert.Equal(board.Id, unmet.RowId);
    }

    [Fact]
    public void G3_needs_the_core_clauses_agreed()
    {
        var s = new ReviewScenario();
        s.Content.ConsortiumAgreement.Clauses[0].Status = ClauseStatus.Drafted;

        Assert.Empty(Evaluate(s, Gate.G2));
        var unmet = Assert.Single(Evaluate(s, Gate.G3));
        Assert.Equal(GateConditions.Ids.AgreementAgreed, unmet.ConditionId);
        Assert.Equal(WizardStep.ConsortiumAgreement, unmet.Step);
    }

    [Fact]
    public void G3_needs_a_recorded_signature_of_every_lead_and_full_partner()
    {
        var s = new ReviewScenario();
        var spanish = s.Content.Partnership.Partners.Single(p => p.InstitutionId == Samples.Es);
        s.Facts = s.Facts with { Signatures = [.. s.Facts.Signatures.Where(x => x.PartnerId != spanish.Id)] };

        var unmet = Assert.Single(Evaluate(s, Gate.G3));
        Assert.Equal(GateConditions.Ids.AgreementSigned, unmet.ConditionId);
        Assert.Equal(spanish.Id, unmet.RowId);
    }

    [Fact]
    public void G3_needs_the_public_information_complete()
    {
        var s = new ReviewScenario();
        s.Content.Admission.TermsAndConditions = null;

        Assert.DoesNotContain(Evaluate(s, Gate.G2), u => u.ConditionId == GateConditions.Ids.PublicInformation);
        Assert.Contains(Evaluate(s, Gate.G3), u => u.ConditionId == GateConditions.Ids.PublicInformation
            && u.Step == WizardStep.Admission && u.FieldPath == "TermsAndConditions");
    }

    [Fact]
    public void G3_needs_the_course_description_exportable()
    {
        var s = new ReviewScenario();
        s.Content.Delivery.Pace = null;

        Assert.DoesNotContain(Evaluate(s, Gate.G2), u => u.ConditionId == GateConditions.Ids.CourseDescription);
        Assert.Contains(Evaluate(s, Gate.G3), u => u.ConditionId == GateConditions.Ids.CourseDescription && u.Step == WizardStep.Delivery);
    }

    [Fact]
    public void Submitting_to_G3_is_refused_until_every_partner_has_signed()
    {
        var s = new ReviewScenario().MoveTo(Position.ReadyForApproval);
        s.Facts = s.Facts with { Signatures = [] };

        var ex = Assert.Throws<DomainException>(() => s.Submit());

        Assert.StartsWith("The design cannot go to approval for publication yet", ex.Message, StringComparison.Ordinal);
        Assert.False(s.Design.IsUnderReview);
    }

    [Fact]
    public void The_gate_steps_follow_the_domain_description()
    {
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 13, 14], GateScope.DesignSteps.Select(x => (int)x));
        Assert.Equal([9, 12, 15, 16, 17, 18, 19, 20], GateScope.DevelopmentSteps.Select(x => (int)x));
    }
}
