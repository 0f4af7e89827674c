using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs.Steps;
using static MicroCred.Domain.Tests.RuleAssert;

namespace MicroCred.Domain.Tests;

public class AlignmentRuleTests
{
    [Fact]
    public void R_ALN_01_flags_an_outcome_no_activity_works_towards()
    {
        var findings = Fires("R-ALN-01", c =>
        {
            var lo1 = c.LearningOutcomes.Outcomes[0].Id;
            c.LearningActivities.Activities.ForEach(a => a.OutcomeIds.Remove(lo1));
            c.CoursePlan.Units[0].OutcomeIds = [c.LearningOutcomes.Outcomes[1].Id];
            c.LearningActivities.Activities.Where(a => a.UnitId == c.CoursePlan.Units[0].Id).ToList().ForEach(a => a.OutcomeIds = [c.LearningOutcomes.Outcomes[1].Id]);
        }, "R-VOL-07", "R-ALN-03");
        Assert.Contains("LO1", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R_ALN_01_passes_when_every_outcome_has_an_activity() => Quiet("R-ALN-01", _ => { });

    [Fact]
    public void R_ALN_02_flags_an_outcome_without_summative_assessment()
    {
        var f = Single(Fires("R-ALN-02", c => c.Assessment.Components[2].OutcomeIds = [c.LearningOutcomes.Outcomes[3].Id]), Severity.Error);
        Assert.Contains("LO3", f.Message, StringComparison.Ordinal);
        Assert.Equal(OutcomeId(2), f.RowId);
    }

    [Fact]
    public void R_ALN_02_passes_when_formative_checks_are_removed() =>
        Assert.DoesNotContain(After(c => c.Assessment.Components[0].OutcomeIds = [c.LearningOutcomes.Outcomes[1].Id]), f => f.RuleId == "R-ALN-02");

    [Fact]
    public void R_ALN_03_flags_an_outcome_assessed_only_where_it_is_not_taught() =>
        Single(Fires("R-ALN-03", c =>
        {
            // LO3 is taught in unit 3 only; move its only assessment to unit 5.
            c.Assessment.Components[2].UnitId = c.CoursePlan.Units[4].Id;
        }, "R-ALN-04"), Severity.Warning);

    [Fact]
    public void R_ALN_03_passes_for_a_course_level_component() =>
        Quiet("R-ALN-03", c =>
        {
            c.Assessment.Components[2].UnitId = null;
            c.Assessment.Components.Add(new AssessmentComponent
            {
                Id = Guid.NewGuid(), Title = "Options quiz", Purpose = AssessmentPurpose.Formative, Method = AssessmentMethod.Quiz, Marking = Marking.ComputerBased,
                Setting = ActivitySetting.Online, UnitId = c.CoursePlan.Units[2].Id, OutcomeIds = [c.LearningOutcomes.Outcomes[2].Id], Feedback = [FeedbackType.Automated],
            });
        });

    [Fact]
    public void R_ALN_04_flags_a_unit_without_any_assessment() =>
        Single(Fires("R-ALN-04", c => c.Assessment.Components.RemoveAt(3)), Severity.Warning);

    [Fact]
    public void R_ALN_04_passes_when_each_unit_has_a_check() => Quiet("R-ALN-04", _ => { });

    [Fact]
    public void R_ALN_05_advises_activities_at_the_outcomes_bloom_level()
    {
        var f = Single(Fires("R-ALN-05", c => c.LearningOutcomes.Outcomes[0].BloomLevel = BloomLevel.Create), Severity.Info);
        Assert.Contains("create", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R_ALN_05_passes_when_an_activity_reaches_the_level() =>
        Quiet("R-ALN-05", c => c.LearningOutcomes.Outcomes[0].BloomLevel = BloomLevel.Evaluate);

    [Fact]
    public void R_DOC_01_blocks_export_while_a_described_step_is_incomplete()
    {
        var f = Single(Fires("R-DOC-01", c => c.Delivery.Pace = null, "R-REC-03"), Severity.Error);
        Assert.Equal(Designs.WizardStep.Delivery, f.Step);
        Assert.Equal("Pace", f.FieldPath);
    }

    [Fact]
    public void R_DOC_01_passes_when_only_a_step_outside_the_description_is_incomplete() =>
        Assert.DoesNotContain(After(c => c.Sustainability.FinancialPlanYears = null), f => f.RuleId == "R-DOC-01");

    private static Guid OutcomeId(int index) => Samples.Complete().Content.LearningOutcomes.Outcomes[index].Id;
}
