using MicroCred.Domain.Credentials;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Surveys;
using MicroCred.Domain.Tests.Credentials;

namespace MicroCred.Domain.Tests.Surveys;

/// <summary>The figures of a run report: deviation per unit (check 21), the threshold of five respondents, grade bands, counts.</summary>
public sealed class RunReportTests
{
    private static readonly Guid UnitA = Guid.NewGuid();
    private static readonly Guid UnitB = Guid.NewGuid();

    private static SurveyDefinition Definition(decimal plannedA = 100m, decimal? plannedB = 20m) =>
        new([new SurveyUnit(UnitA, "Unit A", plannedA), new SurveyUnit(UnitB, "Unit B", plannedB)], []);

    private static SurveyAnswers Hours(decimal a, decimal? b = null, int relevance = 4, string? comment = null) => new()
    {
        HoursPerUnit = b is { } hb ? new Dictionary<Guid, decimal> { [UnitA] = a, [UnitB] = hb } : new Dictionary<Guid, decimal> { [UnitA] = a },
        Ratings = new Dictionary<StandardQuestion, int> { [StandardQuestion.Relevance] = relevance },
        Comment = comment,
    };

    private static Cohort CohortWith(params LearnerDetails[] learners)
    {
        var scenario = new CohortScenario();
        foreach (var l in learners)
        {
            scenario.Cohort.AddLearner(l, scenario.Admin, scenario.Now);
        }

        return scenario.Cohort;
    }

    private static Cohort FiveLearners() => CohortWith(
        CohortScenario.Learner("L1", grade: 8m), CohortScenario.Learner("L2", grade: 6m), CohortScenario.Learner("L3", grade: 9.5m),
        CohortScenario.Learner("L4", LearnerResult.Failed, 4m), CohortScenario.Learner("L5", LearnerResult.AttendanceOnly));

    [Theory]
    [InlineData(119, 19, false)]
    [InlineData(121, 21, true)]
    [InlineData(81, -19, false)]
    [InlineData(79, -21, true)]
    [InlineData(120, 20, false)]
    public void A_unit_is_flagged_only_above_20_percent_deviation_either_way(decimal measured, decimal deviation, bool flagged)
    {
        var report = RunReport.Compute(FiveLearners(), 0, 0, Definition(), [.. Enumerable.Repeat(Hours(measured), 5)]);

        var unit = report.Workload.Single(w => w.UnitId == UnitA);
        Assert.Equal(measured, unit.MeasuredHours);
        Assert.Equal(deviation, unit.DeviationPercent);
        Assert.Equal(flagged, unit.IsFlagged);
        Assert.Equal(flagged, report.HasFlaggedDeviation);
        Assert.Equal(flagged ? ["Unit A"] : [], report.FlaggedUnits.Select(u => u.Title));
    }

    [Theory]
    [InlineData(4, 200, 0)]
    [InlineData(5, 200, 1)]
    [InlineData(5, 110, 0)]
    [InlineData(9, 50, 1)]
    public void The_flags_read_from_the_answers_alone_are_those_of_the_computed_report(int respondents, decimal measured, int flagged)
    {
        var answers = Enumerable.Repeat(Hours(measured, 20), respondents).ToList();

        var fromAnswers = RunReport.FlaggedUnitsOf(Definition(), answers);

        Assert.Equal(flagged, fromAnswers.Count);
        Assert.Equal(RunReport.Compute(FiveLearners(), 0, 0, Definition(), answers).FlaggedUnits, fromAnswers);
    }

    [Fact]
    public void Measured_hours_are_the_mean_of_the_learners_who_answered_for_that_unit()
    {
        // Unit B: two of five answered (18 and 30, mean 24 = +20 %, not flagged); unit A: mean of 90, 100, 110, 100, 100.
        var answers = new[] { Hours(90, 18), Hours(100, 30), Hours(110), Hours(100), Hours(100) };
        var report = RunReport.Compute(FiveLearners(), 0, 0, Definition(), answers);

        Assert.Equal((100m, 5, 0m), report.Workload[0] is var a ? (a.MeasuredHours!.Value, a.Answers, a.DeviationPercent!.Value) : default);
        Assert.Equal((24m, 2, 20m), report.Workload[1] is var b ? (b.MeasuredHours!.Value, b.Answers, b.DeviationPercent!.Value) : default);
        Assert.False(report.Workload[1].IsFlagged);
    }

    [Fact]
    public void A_unit_without_planned_hours_has_no_deviation_and_is_never_flagged()
    {
        var report = RunReport.Compute(FiveLearners(), 0, 0, Definition(plannedB: null), [.. Enumerable.Repeat(Hours(100, 500), 5)]);

        Assert.Null(report.Workload[1].DeviationPercent);
        Assert.False(report.Workload[1].IsFlagged);
    }

    [Fact]
    public void Four_respondents_show_nothing_from_the_survey_and_flag_nothing()
    {
        var report = RunReport.Compute(FiveLearners(), 0, 0, Definition(), [.. Enumerable.Repeat(Hours(200, comment: "Too long"), 4)]);

        Assert.Equal(4, report.Respondents);
        Assert.False(report.SurveyShown);
        Assert.Empty(report.Workload);
        Assert.Empty(report.Scores);
        Assert.Empty(report.WrittenAnswers);
        Assert.False(report.HasFlaggedDeviation);
        Assert.Equal(80m, report.ResponseRatePercent);
    }

    [Fact]
    public void Five_respondents_show_scores_comments_and_hours()
    {
        var answers = new[] { Hours(200, relevance: 5, comment: "Too long"), Hours(200, relevance: 4), Hours(200, relevance: 4), Hours(200, relevance: 3), Hours(200, relevance: 5, comment: "Great") };
        var report = RunReport.Compute(FiveLearners(), 0, 0, Definition(), answers);

        Assert.True(report.SurveyShown);
        Assert.True(report.HasFlaggedDeviation);
        var relevance = report.Scores.Single(s => s.Question == SurveyWording.ShortName(StandardQuestion.Relevance));
        Assert.Equal(4.2m, relevance.Mean);
        Assert.Equal([0, 0, 1, 2, 2], relevance.CountPerPoint);
        Assert.Equal(["Too long", "Great"], report.WrittenAnswers.Single(w => w.Question == "Comments").Answers);
        Assert.Equal(100m, report.ResponseRatePercent);
    }

    [Fact]
    public void Counts_follow_the_results_and_the_credentials()
    {
        var report = RunReport.Compute(FiveLearners(), credentialsIssued: 4, credentialsRevoked: 1, null, []);

        Assert.Equal((5, 3, 1, 1, 4), (report.Enrolled, report.Passed, report.Failed, report.AttendanceOnly, report.Assessed));
        Assert.Equal(75m, report.PassRatePercent);
        Assert.Equal((4, 1), (report.CredentialsIssued, report.CredentialsRevoked));
        Assert.False(report.HasSurvey);
        Assert.Equal(0m, report.ResponseRatePercent);
    }

    [Fact]
    public void Grades_fall_into_bands_of_one_on_a_ten_point_scale_with_the_top_grade_in_the_last_band()
    {
        var bands = RunReport.Distribution([4m, 5.5m, 5.9m, 6m, 9.99m, 10m], GradingScale.OneToTen, 5.5m);

        Assert.Equal(9, bands.Count);
        Assert.Equal("1 to under 2", bands[0].Label);
        Assert.Equal("9 to 10", bands[^1].Label);
        Assert.Equal(2, bands[^1].Learners);
        Assert.Equal(1, bands.Single(b => b.From == 4m).Learners);
        Assert.Equal(2, bands.Single(b => b.From == 5m).Learners);
        Assert.Equal(1, bands.Single(b => b.From == 6m).Learners);
        Assert.True(bands.Single(b => b.From == 4m).BelowPassMark);
        Assert.False(bands.Single(b => b.From == 5m).BelowPassMark);
        Assert.Equal(6, bands.Sum(b => b.Learners));
    }

    [Fact]
    public void A_twenty_point_scale_has_ten_bands_of_two_and_pass_fail_has_none()
    {
        var bands = RunReport.Distribution([20m, 19m, 10m], GradingScale.OneToTwenty, 10m);

        Assert.Equal(10, bands.Count);
        Assert.Equal(2, bands[^1].Learners);
        Assert.Equal("18 to 20", bands[^1].Label);
        Assert.Empty(RunReport.Distribution([1m], GradingScale.PassFail, null));
    }
}
