namespace MicroCred.Domain.Tests.Credentials;

public class FinaliseResultsTests
{
    [Fact]
    public void Finalising_is_refused_with_the_names_of_learners_who_have_no_result()
    {
        var s = new CohortScenario();
        s.Add("S1");
        s.Cohort.AddLearner(CohortScenario.Learner("S2", result: null, given: "Tessa", family: "Visser"), s.Admin, s.Tick());

        var error = Assert.Throws<DomainException>(() => s.Cohort.FinaliseResults(s.Admin, s.Tick()));
        Assert.Contains("1 learner(s) have no result yet: Tessa Visser (S2)", error.Message, StringComparison.Ordinal);
        Assert.False(s.Cohort.IsFinalised);
        Assert.Equal(["S2"], s.Cohort.LearnersWithoutResult.Select(l => l.LearnerIdentifier));
    }

    [Fact]
    public void An_empty_cohort_cannot_be_finalised()
    {
        var s = new CohortScenario();

        Assert.Throws<DomainException>(() => s.Cohort.FinaliseResults(s.Admin, s.Tick()));
    }

    [Fact]
    public void Only_an_administrator_of_the_issuing_institution_finalises()
    {
        var s = new CohortScenario();
        s.Add("S1");

        Assert.Throws<DomainException>(() => s.Cohort.FinaliseResults(s.OtherAdmin, s.Tick()));
        Assert.Throws<DomainException>(() => s.Cohort.FinaliseResults(s.Qa, s.Tick()));
        Assert.False(s.Cohort.IsFinalised);
    }

    [Fact]
    public void After_finalising_nothing_in_the_cohort_changes()
    {
        var s = new CohortScenario();
        var learner = s.Add("S1", grade: 8m);
        s.Cohort.FinaliseResults(s.Admin, s.Tick());

        Assert.True(s.Cohort.IsFinalised);
        Assert.Equal(s.Admin.UserId, s.Cohort.ResultsFinalisedById);
        Assert.Contains("finalised", Assert.Throws<DomainException>(() => s.Add("S2")).Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => s.Cohort.EditLearner(learner.Id, CohortScenario.Learner("S1", grade: 9m), s.Admin, s.Tick()));
        Assert.Throws<DomainException>(() => s.Cohort.RemoveLearner(learner.Id, s.Admin, s.Tick()));
        Assert.Throws<DomainException>(() => s.Cohort.Edit(CohortScenario.Details("Renamed"), s.Admin, s.Tick()));
        Assert.Throws<DomainException>(() => s.Cohort.FinaliseResults(s.Admin, s.Tick()));
        Assert.Equal(8m, learner.Grade);
    }
}
