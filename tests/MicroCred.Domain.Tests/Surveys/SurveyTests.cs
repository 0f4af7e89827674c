using MicroCred.Domain.Surveys;
using MicroCred.Domain.Tests.Credentials;

namespace MicroCred.Domain.Tests.Surveys;

/// <summary>Opening, answering and closing a learner survey.</summary>
public sealed class SurveyTests
{
    private readonly CohortScenario _scenario = new();

    private Survey Open(DateOnly? closesOn = null, params (string, OwnQuestionKind)[] own) =>
        Survey.Open(_scenario.Review.Design, _scenario.Cohort, _scenario.Version.ReadContent(), closesOn ?? Today.AddDays(7), own, _scenario.Review.Leader, _scenario.Now);

    private DateTimeOffset NextDay => new(Today.AddDays(1).ToDateTime(new TimeOnly(0, 1)), TimeSpan.Zero);

    private DateOnly Today => DateOnly.FromDateTime(_scenario.Now.UtcDateTime);

    [Fact]
    public void The_survey_asks_about_every_unit_of_the_cohorts_version_with_its_planned_hours()
    {
        var survey = Open(null, ("Was the studio useful?", OwnQuestionKind.Rating), ("  ", OwnQuestionKind.Written));

        var units = _scenario.Version.ReadContent().CoursePlan.Units;
        Assert.Equal(units.Select(u => (u.Id, u.StudyHours)), survey.Definition.Units.Select(u => (u.Id, u.PlannedHours)));
        Assert.Equal(["Was the studio useful?"], survey.Definition.OwnQuestions.Select(q => q.Text));
    }

    [Fact]
    public void Only_the_team_opens_a_survey_with_at_most_five_own_questions_and_a_future_last_day()
    {
        var design = _scenario.Review.Design;
        var content = _scenario.Version.ReadContent();
        Assert.Throws<DomainException>(() => Survey.Open(design, _scenario.Cohort, content, Today.AddDays(7), [], _scenario.Admin, _scenario.Now));
        Assert.Throws<DomainException>(() => Open(Today.AddDays(-1)));
        var six = Enumerable.Range(1, 6).Select(i => ($"Question {i}", OwnQuestionKind.Rating)).ToArray();
        Assert.Throws<DomainException>(() => Open(null, six));
        Assert.NotNull(Open(Today));
    }

    [Fact]
    public void An_answer_keeps_the_day_only_and_nothing_after_the_last_day_is_taken()
    {
        var survey = Open(Today);
        var answers = new SurveyAnswers { Comment = "Fine" };

        var late = new DateTimeOffset(Today.ToDateTime(new TimeOnly(23, 59)), TimeSpan.Zero);
        var response = survey.Answer(answers, late);
        Assert.Equal(Today, response.AnsweredOn);

        var refused = Assert.Throws<DomainException>(() => survey.Answer(answers, NextDay));
        Assert.Contains("closed", refused.Message, StringComparison.Ordinal);
        Assert.True(survey.IsDueToClose(NextDay));
    }

    [Fact]
    public void Closing_happens_once()
    {
        var survey = Open();

        Assert.True(survey.Close(_scenario.Now));
        Assert.False(survey.Close(_scenario.Now.AddHours(1)));
        Assert.True(survey.IsClosed(_scenario.Now));
        Assert.Throws<DomainException>(() => survey.Answer(new SurveyAnswers { Comment = "Late" }, _scenario.Now));
    }

    [Fact]
    public void A_personal_link_stores_only_the_hash_of_its_token_and_takes_one_answer()
    {
        var (invitation, token) = SurveyInvitation.Create(Open());

        Assert.Equal(SecretToken.Hash(token), invitation.TokenHash);
        Assert.DoesNotContain(token, invitation.TokenHash, StringComparison.Ordinal);
        invitation.MarkUsed();
        Assert.Throws<DomainException>(invitation.MarkUsed);
    }

    [Fact]
    public void Answers_out_of_range_or_about_unknown_units_are_refused()
    {
        var survey = Open();
        var unit = survey.Definition.Units[0].Id;

        Assert.NotNull(new SurveyAnswers().Problem(survey.Definition));
        Assert.NotNull(new SurveyAnswers { Ratings = new Dictionary<StandardQuestion, int> { [StandardQuestion.Support] = 6 } }.Problem(survey.Definition));
        Assert.NotNull(new SurveyAnswers { HoursPerUnit = new Dictionary<Guid, decimal> { [Guid.NewGuid()] = 3 } }.Problem(survey.Definition));
        Assert.NotNull(new SurveyAnswers { HoursPerUnit = new Dictionary<Guid, decimal> { [unit] = -1 } }.Problem(survey.Definition));
        Assert.Null(new SurveyAnswers { HoursPerUnit = new Dictionary<Guid, decimal> { [unit] = 12.5m } }.Problem(survey.Definition));
    }

    [Fact]
    public void Stored_answers_read_back_as_given()
    {
        var unit = Guid.NewGuid();
        var answers = new SurveyAnswers
        {
            Ratings = new Dictionary<StandardQuestion, int> { [StandardQuestion.WouldRecommend] = 5 },
            HoursPerUnit = new Dictionary<Guid, decimal> { [unit] = 7.5m },
            Comment = "<script>alert('xss')</script> 🎓",
        };

        var back = SurveyAnswers.FromJson(answers.ToJson());

        Assert.Equal(5, back.Ratings[StandardQuestion.WouldRecommend]);
        Assert.Equal(7.5m, back.HoursPerUnit[unit]);
        Assert.Equal(answers.Comment, back.Comment);
    }
}
