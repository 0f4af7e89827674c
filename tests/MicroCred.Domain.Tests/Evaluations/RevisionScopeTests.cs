using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Evaluations;
using MicroCred.Domain.Reviews;

namespace MicroCred.Domain.Tests.Evaluations;

public sealed class RevisionScopeTests
{
    private readonly DesignContent _published = Samples.Complete().Content;
    private readonly DesignContent _revised;

    public RevisionScopeTests()
    {
        _revised = DesignSnapshot.Deserialize(DesignSnapshot.Serialize(_published));
    }

    [Fact]
    public void An_unchanged_design_is_a_minor_revision_without_reasons()
    {
        var verdict = RevisionScope.Classify(_published, _revised);

        Assert.Equal(RevisionKind.Minor, verdict.Kind);
        Assert.Empty(verdict.Reasons);
        Assert.Empty(verdict.ChangedSteps);
    }

    [Fact]
    public void Changing_contacts_dates_and_wording_elsewhere_keeps_it_minor()
    {
        _revised.Partnership.Partners[0].ContactName = "Dr. New Contact";
        _revised.CoursePlan.DurationWeeks = (_published.CoursePlan.DurationWeeks ?? 8) + 1;
        _revised.Sustainability.ThirdMissionStatement = "Reworded statement.";

        var verdict = RevisionScope.Classify(_published, _revised);

        Assert.Equal(RevisionKind.Minor, verdict.Kind);
        Assert.Empty(verdict.Reasons);
        Assert.Contains(WizardStep.Partnership, verdict.ChangedSteps);
        Assert.Contains(WizardStep.CoursePlan, verdict.ChangedSteps);
    }

    [Fact]
    public void Changing_a_learning_outcome_makes_it_major()
    {
        _revised.LearningOutcomes.Outcomes[0].Statement = "Evaluate heat-stress plans for coastal districts.";

        var verdict = RevisionScope.Classify(_published, _revised);

        Assert.Equal(RevisionKind.Major, verdict.Kind);
        var reason = Assert.Single(verdict.Reasons);
        Assert.Equal(WizardStep.LearningOutcomes, reason.Step);
        Assert.Contains("learning outcomes changed", reason.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_a_learning_outcome_makes_it_major()
    {
        _revised.LearningOutcomes.Outcomes.Add(new LearningOutcome { Id = Guid.NewGuid(), Code = "LO9", Statement = "Explain a new thing.", EqfLevel = EqfLevel.Level7 });

        Assert.Equal(RevisionKind.Major, RevisionScope.Classify(_published, _revised).Kind);
    }

    [Fact]
    public void Changing_the_ects_makes_it_major()
    {
        _revised.CoursePlan.Ects = _published.CoursePlan.Ects + 1m;

        var verdict = RevisionScope.Classify(_published, _revised);

        Assert.Equal(RevisionKind.Major, verdict.Kind);
        Assert.Equal("ECTS credits", Assert.Single(verdict.Reasons).Kind);
    }

    [Fact]
    public void Changing_the_course_level_makes_it_major()
    {
        _revised.LearningOutcomes.EqfLevel = _published.LearningOutcomes.EqfLevel == EqfLevel.Level7 ? EqfLevel.Level6 : EqfLevel.Level7;

        var verdict = RevisionScope.Classify(_published, _revised);

        Assert.Equal(RevisionKind.Major, verdict.Kind);
        Assert.Equal("Level", Assert.Single(verdict.Reasons).Kind);
    }

    [Fact]
    public void Changing_an_assessment_weight_makes_it_major()
    {
        var weighted = _revised.Assessment.Components.Where(c => c.WeightPercent > 0).Take(2).ToList();
        weighted[0].WeightPercent -= 10m;
        weighted[1].WeightPercent += 10m;

        var verdict = RevisionScope.Classify(_published, _revised);

        Assert.Equal(RevisionKind.Major, verdict.Kind);
        Assert.Equal("Assessment weights", Assert.Single(verdict.Reasons).Kind);
    }

    [Fact]
    public void Changing_assessment_criteria_without_the_weight_keeps_it_minor()
    {
        _revised.Assessment.Components[0].Criteria = "Clear argument, sound evidence and a readable map.";

        Assert.Equal(RevisionKind.Minor, RevisionScope.Classify(_published, _revised).Kind);
    }

    [Fact]
    public void Changing_the_awarding_universities_makes_it_major()
    {
        _revised.Award.AwardingBodyPartnerIds.RemoveAt(_revised.Award.AwardingBodyPartnerIds.Count - 1);

        var verdict = RevisionScope.Classify(_published, _revised);

        Assert.Equal(RevisionKind.Major, verdict.Kind);
        Assert.Equal("Awarding universities", Assert.Single(verdict.Reasons).Kind);
    }
}
