using MicroCred.Domain.Credentials;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Tests.Credentials;

public class LearnerTests
{
    [Fact]
    public void A_learner_identifier_is_unique_in_the_cohort_regardless_of_case_and_spaces()
    {
        var s = new CohortScenario();
        s.Add("s-1001");

        var error = Assert.Throws<DomainException>(() => s.Add(" S-1001 "));
        Assert.Contains("already has the identifier S-1001", error.Message, StringComparison.Ordinal);
        Assert.Single(s.Cohort.Learners);
    }

    [Fact]
    public void Editing_a_learner_may_keep_their_own_identifier_but_not_take_another_learners()
    {
        var s = new CohortScenario();
        var first = s.Add("S1");
        s.Add("S2");

        s.Cohort.EditLearner(first.Id, CohortScenario.Learner("S1", family: "de Jong"), s.Admin, s.Tick());
        Assert.Equal("de Jong", first.FamilyName);
        Assert.Throws<DomainException>(() => s.Cohort.EditLearner(first.Id, CohortScenario.Learner("s2"), s.Admin, s.Tick()));
        Assert.Equal("S1", first.LearnerIdentifier);
    }

    [Theory]
    [InlineData(LearnerResult.Passed, 10.5, "10.5 is not on this course's 0–10 scale (pass 5.5).")]
    [InlineData(LearnerResult.Passed, -1, "-1 is not on this course's 0–10 scale (pass 5.5).")]
    [InlineData(LearnerResult.Failed, 27, "27 is not on this course's 0–10 scale (pass 5.5).")]
    [InlineData(LearnerResult.Passed, 5.4, "below the pass mark of 5.5")]
    [InlineData(LearnerResult.Failed, 5.5, "reaches the pass mark of 5.5")]
    [InlineData(LearnerResult.AttendanceOnly, 7, "without assessment has no grade")]
    public void A_grade_must_fit_the_common_scale_pass_mark_and_result(LearnerResult result, double grade, string expected)
    {
        var s = new CohortScenario();

        var error = Assert.Throws<DomainException>(() => s.Add("S1", result, (decimal)grade));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(s.Cohort.Learners);
    }

    [Theory]
    [InlineData(LearnerResult.Passed, 5.5)]
    [InlineData(LearnerResult.Passed, 10)]
    [InlineData(LearnerResult.Failed, 5.4)]
    [InlineData(LearnerResult.Failed, 0)]
    public void Grades_on_the_right_side_of_the_pass_mark_are_accepted(LearnerResult result, double grade)
    {
        var s = new CohortScenario();

        var learner = s.Add("S1", result, (decimal)grade);
        Assert.Equal((decimal)grade, learner.Grade);
    }

    [Fact]
    public void A_grade_needs_a_result()
    {
        var s = new CohortScenario();

        Assert.Throws<DomainException>(() => s.Add("S1", result: null, grade: 7m));
    }

    [Fact]
    public void Pass_fail_courses_take_no_numeric_grade()
    {
        Assert.Contains("pass or fail", LearnerRules.GradeProblem(LearnerResult.Passed, 7m, GradingScale.PassFail, null), StringComparison.Ordinal);
        Assert.Contains("the grade 7 cannot be recorded", LearnerRules.GradeProblem(LearnerResult.Passed, 7m, GradingScale.PassFail, null), StringComparison.Ordinal);
        Assert.Null(LearnerRules.GradeProblem(LearnerResult.Passed, null, GradingScale.PassFail, null));
    }

    [Fact]
    public void A_learner_needs_an_identifier_and_a_name()
    {
        var s = new CohortScenario();

        Assert.Contains("identifier", Assert.Throws<DomainException>(() => s.Cohort.AddLearner(CohortScenario.Learner(" "), s.Admin, s.Tick())).Message, StringComparison.Ordinal);
        Assert.Contains("name", Assert.Throws<DomainException>(() => s.Cohort.AddLearner(CohortScenario.Learner("S1", given: "", family: " "), s.Admin, s.Tick())).Message, StringComparison.Ordinal);
        var mononym = s.Cohort.AddLearner(CohortScenario.Learner("S2", given: "", family: "Sukarno"), s.Admin, s.Tick());
        Assert.Equal("Sukarno", mononym.FullName);
    }

    [Fact]
    public void A_malformed_email_or_a_birth_date_on_or_after_the_start_is_refused()
    {
        var s = new CohortScenario();

        Assert.Contains("e-mail", Assert.Throws<DomainException>(() => s.Cohort.AddLearner(CohortScenario.Learner("S1") with { Email = "noor.example.org" }, s.Admin, s.Tick())).Message, StringComparison.Ordinal);
        Assert.Contains("date of birth", Assert.Throws<DomainException>(() => s.Cohort.AddLearner(CohortScenario.Learner("S1") with { DateOfBirth = CohortScenario.StartsOn }, s.Admin, s.Tick())).Message, StringComparison.Ordinal);
        Assert.Contains("completion date", Assert.Throws<DomainException>(() => s.Cohort.AddLearner(CohortScenario.Learner("S1") with { CompletedOn = CohortScenario.StartsOn.AddDays(-1) }, s.Admin, s.Tick())).Message, StringComparison.Ordinal);
        Assert.Empty(s.Cohort.Learners);
    }

    [Fact]
    public void Administrators_of_other_institutions_cannot_change_learners()
    {
        var s = new CohortScenario();
        var learner = s.Add("S1");

        Assert.Throws<DomainException>(() => s.Cohort.AddLearner(CohortScenario.Learner("S2"), s.OtherAdmin, s.Tick()));
        Assert.Throws<DomainException>(() => s.Cohort.EditLearner(learner.Id, CohortScenario.Learner("S1", grade: 9m), s.Qa, s.Tick()));
        Assert.Throws<DomainException>(() => s.Cohort.RemoveLearner(learner.Id, s.OtherAdmin, s.Tick()));
        Assert.Single(s.Cohort.Learners);
    }

    [Fact]
    public void Removing_a_learner_takes_them_out_of_the_cohort()
    {
        var s = new CohortScenario();
        var learner = s.Add("S1");

        s.Cohort.RemoveLearner(learner.Id, s.Admin, s.Tick());
        Assert.Empty(s.Cohort.Learners);
        Assert.Throws<DomainException>(() => s.Cohort.RemoveLearner(learner.Id, s.Admin, s.Tick()));
    }

    [Fact]
    public void Each_problem_names_the_field_it_belongs_to()
    {
        var s = new CohortScenario();
        s.Add("S1");

        Assert.Equal(nameof(LearnerDetails.LearnerIdentifier), LearnerRules.Check(CohortScenario.Learner("s1"), s.Cohort, null)!.Field);
        Assert.Equal(nameof(LearnerDetails.Grade), LearnerRules.Check(CohortScenario.Learner("S2", grade: 11m), s.Cohort, null)!.Field);
        Assert.Equal(nameof(LearnerDetails.DateOfBirth), LearnerRules.Check(CohortScenario.Learner("S2") with { DateOfBirth = CohortScenario.StartsOn }, s.Cohort, null)!.Field);
        Assert.Null(LearnerRules.Check(CohortScenario.Learner("S2"), s.Cohort, null));
    }

    [Theory]
    [InlineData("Noor", "", true)]
    [InlineData("", "Bakker", true)]
    [InlineData("Noor", "Bakker", true)]
    [InlineData(" ", "  ", false)]
    public void A_learner_needs_at_least_one_name_given_or_family(string given, string family, bool accepted)
    {
        var s = new CohortScenario();
        var details = CohortScenario.Learner("S1", given: given, family: family);

        Assert.Equal(accepted, LearnerRules.HasName(given, family));
        if (accepted)
        {
            Assert.Null(s.Cohort.Problem(details));
        }
        else
        {
            Assert.Equal(LearnerRules.NameMissing, s.Cohort.Problem(details));
        }
    }
}
