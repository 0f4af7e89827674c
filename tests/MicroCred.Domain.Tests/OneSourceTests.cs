using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Reviews;

namespace MicroCred.Domain.Tests;

/// <summary>One source for each fact: boards of step 5, signatures on record, the starting rows of step 21, resubmissions.</summary>
public class OneSourceTests
{
    [Fact]
    public void A_board_listed_in_step_5_must_approve_even_when_no_check_asks_for_one()
    {
        var content = Samples.Complete().Content;
        content.SupportServices.PartOfBroaderCurriculum = false;
        content.JointVision.Stackability = Stackability.StandAlone;
        Assert.False(StepCompleteness.NeedsProgrammeBoard(content));
        var board = Assert.Single(content.SupportServices.ProgrammeBoards);

        var unmet = GateConditions.Evaluate(Gate.G3, content, [], GateFacts.None);

        Assert.Contains(unmet, u => u.ConditionId == GateConditions.Ids.ProgrammeBoardApproval && u.RowId == board.Id);
    }

    [Fact]
    public void A_new_consortium_agreement_starts_with_the_13_core_clauses_not_started()
    {
        var agreement = (ConsortiumAgreementStep)StepStart.Prefill(WizardStep.ConsortiumAgreement, new ConsortiumAgreementStep());

        Assert.Equal(Enumerable.Range(1, 13), agreement.Clauses.Select(c => (int)c.Clause));
        Assert.All(agreement.Clauses, c => Assert.Equal(ClauseStatus.NotStarted, c.Status));
        Assert.Equal(13, agreement.Clauses.Select(c => c.Id).Distinct().Count());

        // Clauses the team already has are left alone, and other steps start as they are.
        var own = new ConsortiumAgreementStep { Clauses = [new AgreementClause { Id = Guid.NewGuid(), Clause = ConsortiumClause.Exclusivity }] };
        Assert.Single(((ConsortiumAgreementStep)StepStart.Prefill(WizardStep.ConsortiumAgreement, own)).Clauses);
        var vision = new JointVisionStep();
        Assert.Same(vision, StepStart.Prefill(WizardStep.JointVision, vision));
    }

    [Fact]
    public void The_step_21_page_no_longer_asks_for_signatures()
    {
        var schema = Designs.Schema.StepSchemas.Get(WizardStep.ConsortiumAgreement);

        Assert.DoesNotContain(schema.Fields, f => f.Name == nameof(ConsortiumAgreementStep.Signatories));
        Assert.Contains(nameof(ConsortiumAgreementStep.Signatories), schema.NotAsked);
        Assert.DoesNotContain(StepCompleteness.Missing(WizardStep.ConsortiumAgreement, new DesignContent()), m => m.FieldPath.StartsWith("Signatories", StringComparison.Ordinal));
    }
}
