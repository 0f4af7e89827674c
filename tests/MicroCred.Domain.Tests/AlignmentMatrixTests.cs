using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Tests;

public class AlignmentMatrixTests
{
    [Fact]
    public void Complete_sample_is_fully_aligned()
    {
        var matrix = AlignmentMatrix.Build(Samples.Complete().Content);

        Assert.Equal(6, matrix.Outcomes.Count);
        Assert.All(matrix.Outcomes, o => Assert.True(o.IsAligned, string.Join(" ", o.Explanations)));
        Assert.Empty(matrix.UnitsWithoutAssessment);
        Assert.Equal(3, matrix.SummativeComponents.Count);
    }

    [Fact]
    public void Matrix_reports_where_each_outcome_is_taught_and_assessed()
    {
        var c = Samples.Complete().Content;
        var matrix = AlignmentMatrix.Build(c);
        var lo3 = c.LearningOutcomes.Outcomes[2];

        Assert.True(matrix.IsTaughtIn(lo3.Id, c.CoursePlan.Units[2].Id));
        Assert.False(matrix.IsTaughtIn(lo3.Id, c.CoursePlan.Units[0].Id));
        Assert.True(matrix.IsAssessedBy(lo3.Id, c.Assessment.Components[2].Id));
    }

    [Fact]
    public void Finds_an_outcome_not_taught()
    {
        var c = Samples.Complete().Content;
        c.CoursePlan.Units[0].OutcomeIds.Clear();

        var lo1 = AlignmentMatrix.Build(c).Outcomes[0];

        Assert.True(lo1.Gaps.HasFlag(AlignmentGap.NotTaught));
        Assert.Contains(lo1.Explanations, e => e.Contains("not taught", StringComparison.Ordinal));
    }

    [Fact]
    public void Finds_an_outcome_not_assessed()
    {
        var c = Samples.Complete().Content;
        c.Assessment.Components[2].OutcomeIds = [c.LearningOutcomes.Outcomes[3].Id];

        var lo3 = AlignmentMatrix.Build(c).Outcomes[2];

        Assert.Equal(AlignmentGap.NotAssessed, lo3.Gaps);
        Assert.Contains("LO3", lo3.Explanations[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Finds_an_outcome_assessed_but_not_taught()
    {
        var c = Samples.Complete().Content;
        var lo3 = c.LearningOutcomes.Outcomes[2].Id;
        c.CoursePlan.Units[2].OutcomeIds.Remove(lo3);
        c.LearningActivities.Activities.ForEach(a => a.OutcomeIds.Remove(lo3));

        var row = AlignmentMatrix.Build(c).Outcomes[2];

        Assert.True(row.Gaps.HasFlag(AlignmentGap.AssessedButNotTaught));
        Assert.True(row.Gaps.HasFlag(AlignmentGap.NotPractised));
        Assert.Contains(row.Explanations, e => e.Contains("taught nowhere", StringComparison.Ordinal));
    }

    [Fact]
    public void Finds_a_unit_without_assessment()
    {
        var c = Samples.Complete().Content;
        c.Assessment.Components.RemoveAt(0);

        var matrix = AlignmentMatrix.Build(c);

        var unit = Assert.Single(matrix.UnitsWithoutAssessment);
        Assert.Equal(c.CoursePlan.Units[0].Id, unit.UnitId);
        Assert.Contains("no assessment", unit.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Finds_activities_below_the_bloom_level()
    {
        var c = Samples.Complete().Content;
        c.LearningOutcomes.Outcomes[0].BloomLevel = BloomLevel.Create;

        Assert.Equal(AlignmentGap.ActivitiesBelowBloomLevel, AlignmentMatrix.Build(c).Outcomes[0].Gaps);
    }
}
