using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Schema;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Reviews;

namespace MicroCred.Domain.Tests;

/// <summary>Each step's schema is the one place a field is declared: completeness, the version diff and references read it.</summary>
public class StepSchemaTests
{
    [Fact]
    public void Every_step_has_one_schema_for_its_content_type()
    {
        foreach (var info in StepCatalog.All)
        {
            var schema = StepSchemas.Get(info.Step);
            Assert.Equal((info.Step, info.ContentType), (schema.Step, schema.ContentType));
            Assert.NotEmpty(schema.Fields);
        }
    }

    [Fact]
    public void A_field_declared_once_is_compared_by_the_version_diff_under_its_label()
    {
        var older = Samples.Complete().Content;
        var newer = Samples.Complete().Content;
        newer.Admission.MinParticipants = 12;

        var change = Assert.Single(VersionDiff.Compare(older, newer).For(WizardStep.Admission).Fields);

        Assert.Equal(new FieldChange("MinParticipants", "Fewest learners for a run to go ahead", null, "12"), change);
    }

    [Fact]
    public void A_missing_row_field_is_labelled_as_the_page_asks_it_and_named_after_its_row()
    {
        var content = Samples.Complete().Content;
        var outcome = content.LearningOutcomes.Outcomes[1];
        outcome.Dimension = null;

        var missing = Assert.Single(StepCompleteness.Missing(WizardStep.LearningOutcomes, content));

        Assert.Equal($"Outcomes[{outcome.Id}].Dimension", missing.FieldPath);
        Assert.StartsWith($"Dimension of learning outcome 2 ({outcome.Code} — ", missing.Label, StringComparison.Ordinal);
    }

    [Fact]
    public void A_condition_declared_on_a_field_decides_when_review_needs_it()
    {
        var content = Samples.Complete().Content;
        var outcome = content.LearningOutcomes.Outcomes[0];
        outcome.BloomLevel = null;
        content.LearningOutcomes.OutcomeScheme = [OutcomeScheme.Esco];
        Assert.Empty(StepCompleteness.Missing(WizardStep.LearningOutcomes, content));

        content.LearningOutcomes.OutcomeScheme = [OutcomeScheme.BloomRevised];
        var missing = Assert.Single(StepCompleteness.Missing(WizardStep.LearningOutcomes, content));
        Assert.Equal($"Outcomes[{outcome.Id}].BloomLevel", missing.FieldPath);
    }

    [Fact]
    public void References_are_declared_on_both_ends()
    {
        var plan = StepSchemas.Get(WizardStep.CoursePlan);
        var outcomes = StepSchemas.Get(WizardStep.LearningOutcomes);

        Assert.Equal(ReferenceSource.Outcomes, outcomes.Find("Outcomes")?.Row?.Provides);
        Assert.Equal(ReferenceSource.Outcomes, plan.Find($"Units[{Guid.NewGuid()}].OutcomeIds")?.Source);
        Assert.Equal(FieldKind.ReferenceSet, plan.Find("Units[x].OutcomeIds")?.Kind);
        Assert.Null(plan.Find("Units[x].NoSuchField"));
    }

    [Fact]
    public void The_gate_that_first_needs_a_field_is_declared_in_the_schema()
    {
        var content = Samples.Complete().Content;
        content.Assessment.AssessmentBoard = null;
        content.Assessment.ExamRegulations = null;

        var missing = StepCompleteness.Missing(WizardStep.Assessment, content);

        Assert.Equal([("ExamRegulations", Checks.Gate.G1), ("AssessmentBoard", Checks.Gate.G2)], missing.Select(m => (m.FieldPath, m.NeededFrom)));
        Assert.Equal(Checks.Gate.G2, StepSchemas.Get(WizardStep.Award).Find("AwardJustification")?.NeededFrom);
        Assert.Equal(Checks.Gate.G1, StepSchemas.Get(WizardStep.Assessment).Find("Components[x].Title")?.NeededFrom);
    }

    [Fact]
    public void Row_order_is_kept_by_the_portal_and_never_asked()
    {
        Assert.Contains("Outcomes.Order", StepSchemas.Get(WizardStep.LearningOutcomes).NotAsked);
        Assert.Contains("GovernanceModel", StepSchemas.Get(WizardStep.CourseTeam).NotAsked);
    }
}
