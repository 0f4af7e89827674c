using MicroCred.Domain.Credentials;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Tests.Reviews;

namespace MicroCred.Domain.Tests.Credentials;

public class CohortTests
{
    [Fact]
    public void A_cohort_runs_the_approved_publication_version_and_belongs_to_the_issuing_institution()
    {
        var s = new CohortScenario();

        Assert.Equal(s.Review.Design.Id, s.Cohort.DesignId);
        Assert.Equal(3, s.Cohort.DesignVersionNumber);
        Assert.Equal(Samples.Nl, s.Cohort.IssuingInstitutionId);
        Assert.Equal(GradingScale.OneToTen, s.Cohort.GradingScale);
        Assert.Equal(5.5m, s.Cohort.PassMark);
        Assert.False(s.Cohort.IsFinalised);
    }

    [Fact]
    public void A_cohort_cannot_start_before_the_design_is_published()
    {
        var review = new ReviewScenario().MoveTo(Position.PublicationReview);

        var error = Assert.Throws<DomainException>(() => Cohort.Start(review.Design, review.Last!.Version, CohortScenario.Details(), review.Admin, review.Now));
        Assert.Contains("published", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_an_administrator_of_the_issuing_institution_can_start_a_cohort()
    {
        var s = new CohortScenario();

        Assert.Throws<DomainException>(() => Cohort.Start(s.Review.Design, s.Version, CohortScenario.Details(), s.OtherAdmin, s.Now));
        Assert.Throws<DomainException>(() => Cohort.Start(s.Review.Design, s.Version, CohortScenario.Details(), s.Qa, s.Now));
        Assert.Throws<DomainException>(() => Cohort.Start(s.Review.Design, s.Version, CohortScenario.Details(), CohortScenario.AdminOf(Samples.Es), s.Now));
    }

    [Fact]
    public void A_version_that_was_not_approved_for_publication_cannot_carry_a_cohort()
    {
        var s = new CohortScenario();
        var g1 = s.Review.Submissions[0].Version;

        var error = Assert.Throws<DomainException>(() => Cohort.Start(s.Review.Design, g1, CohortScenario.Details(), s.Admin, s.Now));
        Assert.Contains("not approved for publication", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "name")]
    [InlineData("   ", "name")]
    public void A_cohort_needs_a_name(string name, string expected)
    {
        var s = new CohortScenario();

        var error = Assert.Throws<DomainException>(() => s.Cohort.Edit(CohortScenario.Details(name), s.Admin, s.Tick()));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_cannot_end_before_it_starts_but_may_last_one_day()
    {
        var s = new CohortScenario();
        var day = new DateOnly(2027, 10, 1);

        Assert.Throws<DomainException>(() => s.Cohort.Edit(CohortScenario.Details(starts: day, ends: day.AddDays(-1)), s.Admin, s.Tick()));
        s.Cohort.Edit(CohortScenario.Details(starts: day, ends: day), s.Admin, s.Tick());
        Assert.Equal(day, s.Cohort.EndsOn);
    }

    [Fact]
    public void Every_change_renews_the_concurrency_token()
    {
        var s = new CohortScenario();
        var before = s.Cohort.Version;

        var learner = s.Add("S1");
        Assert.NotEqual(before, s.Cohort.Version);
        var learnerVersion = learner.Version;
        s.Cohort.EditLearner(learner.Id, CohortScenario.Learner("S1", grade: 7m), s.Admin, s.Tick());
        Assert.NotEqual(learnerVersion, learner.Version);
    }
}
