using MicroCred.Domain.Credentials;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Surveys;

/// <summary>Measured against planned study hours for one course unit (check 21).</summary>
/// <param name="MeasuredHours">Mean of the hours learners reported; null when nobody answered for this unit.</param>
/// <param name="DeviationPercent">(measured − planned) / planned × 100, rounded to one decimal; null without both figures.</param>
public sealed record UnitWorkload(Guid UnitId, string Title, decimal? PlannedHours, decimal? MeasuredHours, int Answers, decimal? DeviationPercent)
{
    /// <summary>Flagged when the measured load is more than 20 % above or below the plan.</summary>
    public bool IsFlagged => DeviationPercent is { } d && Math.Abs(d) > RunReport.DeviationThresholdPercent;
}

/// <summary>One band of the grade distribution: grades from <see cref="From"/> up to (not including) <see cref="To"/>, the last band including its top.</summary>
public sealed record GradeBand(decimal From, decimal To, bool IncludesTop, int Learners, bool BelowPassMark)
{
    public string Label => IncludesTop ? $"{Format(From)} to {Format(To)}" : $"{Format(From)} to under {Format(To)}";

    private static string Format(decimal v) => v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The mean rating of one question and how many learners gave one.</summary>
public sealed record RatingScore(string Question, decimal? Mean, int Answers, IReadOnlyList<int> CountPerPoint);

/// <summary>
/// The figures of one cohort's run (DOMAIN.md 4.3, check 21): results, grades, credentials, response rate and — only when
/// at least <see cref="MinimumRespondents"/> learners answered — the survey's scores, comments and measured hours per unit.
/// This is the record the annual evaluation reads; <see cref="HasFlaggedDeviation"/> and <see cref="FlaggedUnits"/> are its
/// deviation flags. The dashboard needs only the flags and reads them with <see cref="FlaggedUnitsOf"/>, without the learners.
/// </summary>
public sealed record RunReport
{
    /// <summary>Check 21: a unit whose measured load differs from the plan by more than this is flagged.</summary>
    public const decimal DeviationThresholdPercent = 20m;

    /// <summary>Small groups stay anonymous: survey answers are shown only from this many respondents.</summary>
    public const int MinimumRespondents = 5;

    public required Guid CohortId { get; init; }
    public required Guid DesignId { get; init; }
    public required int DesignVersionNumber { get; init; }
    public required int Enrolled { get; init; }
    public required int Passed { get; init; }
    public required int AttendanceOnly { get; init; }
    public required int Failed { get; init; }
    public required int WithoutResult { get; init; }
    public required int CredentialsIssued { get; init; }
    public required int CredentialsRevoked { get; init; }
    public required IReadOnlyList<GradeBand> GradeDistribution { get; init; }
    public required int Respondents { get; init; }
    public required bool HasSurvey { get; init; }

    /// <summary>False below <see cref="MinimumRespondents"/>: scores, comments and hours stay hidden, and nothing is flagged.</summary>
    public required bool SurveyShown { get; init; }

    public required IReadOnlyList<UnitWorkload> Workload { get; init; }
    public required IReadOnlyList<RatingScore> Scores { get; init; }
    public required IReadOnlyList<(string Question, IReadOnlyList<string> Answers)> WrittenAnswers { get; init; }

    /// <summary>Assessed learners: those who passed or failed (attendance-only learners were not assessed).</summary>
    public int Assessed => Passed + Failed;

    /// <summary>Share of the assessed learners who passed, in % (one decimal); null when nobody was assessed.</summary>
    public decimal? PassRatePercent => Assessed == 0 ? null : Math.Round(100m * Passed / Assessed, 1);

    /// <summary>Share of enrolled learners who answered the survey, in % (one decimal); null without learners.</summary>
    public decimal? ResponseRatePercent => Enrolled == 0 ? null : Math.Round(100m * Respondents / Enrolled, 1);

    public IReadOnlyList<UnitWorkload> FlaggedUnits => [.. Workload.Where(w => w.IsFlagged)];

    public bool HasFlaggedDeviation => Workload.Any(w => w.IsFlagged);

    /// <summary>
    /// The flagged units of a run from its survey's answers alone, the same as <see cref="FlaggedUnits"/> of the computed report
    /// (none below <see cref="MinimumRespondents"/>): for lists that only need the flags, without the cohort's learners.
    /// </summary>
    public static IReadOnlyList<UnitWorkload> FlaggedUnitsOf(SurveyDefinition survey, IReadOnlyList<SurveyAnswers> answers)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(answers);
        return answers.Count < MinimumRespondents ? [] : [.. Workloads(survey.Units, answers).Where(w => w.IsFlagged)];
    }

    /// <summary>Computes the report from a cohort, its credential counts and its survey answers (none when no survey was opened).</summary>
    public static RunReport Compute(
        Cohort cohort, int credentialsIssued, int credentialsRevoked, SurveyDefinition? survey, IReadOnlyList<SurveyAnswers> answers)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(answers);
        var learners = cohort.Learners;
        var shown = survey is not null && answers.Count >= MinimumRespondents;
        return new RunReport
        {
            CohortId = cohort.Id,
            DesignId = cohort.DesignId,
            DesignVersionNumber = cohort.DesignVersionNumber,
            Enrolled = learners.Count,
            Passed = learners.Count(l => l.Result == LearnerResult.Passed),
            AttendanceOnly = learners.Count(l => l.Result == LearnerResult.AttendanceOnly),
            Failed = learners.Count(l => l.Result == LearnerResult.Failed),
            WithoutResult = learners.Count(l => l.Result is null),
            CredentialsIssued = credentialsIssued,
            CredentialsRevoked = credentialsRevoked,
            GradeDistribution = Distribution([.. learners.Select(l => l.Grade).OfType<decimal>()], cohort.GradingScale, cohort.PassMark),
            Respondents = answers.Count,
            HasSurvey = survey is not null,
            SurveyShown = shown,
            Workload = shown ? Workloads(survey!.Units, answers) : [],
            Scores = shown ? ScoresOf(survey!, answers) : [],
            WrittenAnswers = shown ? Written(survey!, answers) : [],
        };
    }

    /// <summary>(measured − planned) / planned × 100 to one decimal; null when the plan is missing or zero.</summary>
    public static decimal? Deviation(decimal? planned, decimal? measured) =>
        planned is { } p && p > 0 && measured is { } m ? Math.Round((m - p) / p * 100m, 1, MidpointRounding.AwayFromZero) : null;

    /// <summary>Grade bands of the course's scale: width 1 up to a 1–10 scale, a tenth of the scale above it (1–20: 2, 1–30: 3).</summary>
    public static IReadOnlyList<GradeBand> Distribution(IReadOnlyList<decimal> grades, GradingScale? scale, decimal? passMark)
    {
        ArgumentNullException.ThrowIfNull(grades);
        if (LearnerRules.Maximum(scale) is not { } max)
        {
            return [];
        }

        var width = max <= 10 ? 1m : max / 10m;
        var bands = new List<GradeBand>();
        for (var from = 0m; from < max; from += width)
        {
            var to = Math.Min(from + width, max);
            var top = to == max;
            var count = grades.Count(g => g >= from && (top ? g <= to : g < to));
            var below = passMark is { } pass && to <= pass;
            bands.Add(new GradeBand(from, to, top, count, below));
        }

        // The scales start at 1: an empty band below 1 says nothing.
        if (bands.Count > 0 && bands[0].To <= 1 && bands[0].Learners == 0)
        {
            bands.RemoveAt(0);
        }

        return bands;
    }

    private static List<UnitWorkload> Workloads(IReadOnlyList<SurveyUnit> units, IReadOnlyList<SurveyAnswers> answers) =>
        [.. units.Select(u =>
        {
            var hours = answers.Select(a => a.HoursPerUnit.TryGetValue(u.Id, out var h) ? h : (decimal?)null).OfType<decimal>().ToList();
            decimal? measured = hours.Count == 0 ? null : Math.Round(hours.Average(), 1, MidpointRounding.AwayFromZero);
            return new UnitWorkload(u.Id, u.Title, u.PlannedHours, measured, hours.Count, Deviation(u.PlannedHours, measured));
        })];

    private static List<RatingScore> ScoresOf(SurveyDefinition survey, IReadOnlyList<SurveyAnswers> answers)
    {
        var scores = Enum.GetValues<StandardQuestion>()
            .Select(q => Score(SurveyWording.ShortName(q), answers.Select(a => a.Ratings.TryGetValue(q, out var r) ? r : (int?)null)))
            .ToList();
        scores.AddRange(survey.OwnQuestions.Where(q => q.Kind == OwnQuestionKind.Rating)
            .Select(q => Score(q.Text, answers.Select(a => a.OwnRatings.TryGetValue(q.Id, out var r) ? r : (int?)null))));
        return scores;
    }

    private static RatingScore Score(string question, IEnumerable<int?> ratings)
    {
        var given = ratings.OfType<int>().Where(r => r is >= 1 and <= 5).ToList();
        decimal? mean = given.Count == 0 ? null : Math.Round((decimal)given.Average(), 1, MidpointRounding.AwayFromZero);
        return new RatingScore(question, mean, given.Count, [.. Enumerable.Range(1, 5).Select(p => given.Count(r => r == p))]);
    }

    private static List<(string, IReadOnlyList<string>)> Written(SurveyDefinition survey, IReadOnlyList<SurveyAnswers> answers)
    {
        var list = new List<(string, IReadOnlyList<string>)>
        {
            ("Comments", [.. answers.Select(a => a.Comment).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!)]),
        };
        list.AddRange(survey.OwnQuestions.Where(q => q.Kind == OwnQuestionKind.Written)
            .Select(q => (q.Text, (IReadOnlyList<string>)[.. answers.Select(a => a.OwnWritten.GetValueOrDefault(q.Id)).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!)])));
        return list;
    }
}
