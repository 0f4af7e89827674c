using System.Text.Json;
using System.Text.Json.Serialization;

namespace MicroCred.Domain.Surveys;

/// <summary>The five rating questions every learner survey asks (DOMAIN.md 4.3: relevance, workload, support, fairness, recommendation).</summary>
public enum StandardQuestion
{
    Relevance,
    Workload,
    Support,
    AssessmentFairness,
    WouldRecommend,
}

/// <summary>What a team's own question expects: a rating from 1 to 5 or a written answer.</summary>
public enum OwnQuestionKind
{
    Rating,
    Written,
}

/// <summary>A question the course team adds to the standard set.</summary>
public sealed record OwnQuestion(Guid Id, string Text, OwnQuestionKind Kind);

/// <summary>A course unit as the frozen design version plans it: the survey asks how many hours learners spent on it.</summary>
public sealed record SurveyUnit(Guid Id, string Title, decimal? PlannedHours);

/// <summary>The question texts and the written labels of the 1–5 scale, shared by the answer form and the report.</summary>
public static class SurveyWording
{
    public const int MaxOwnQuestions = 5;
    public const int QuestionMaxLength = 300;
    public const int CommentMaxLength = 4000;
    public const decimal MaxHoursPerUnit = 1000m;

    public static string Text(StandardQuestion question) => question switch
    {
        StandardQuestion.Relevance => "The course was relevant to my work or studies.",
        StandardQuestion.Workload => "The workload matched what the course said it would be.",
        StandardQuestion.Support => "I got the support I needed from the teachers and the institution.",
        StandardQuestion.AssessmentFairness => "The assessment was fair and matched what we learned.",
        StandardQuestion.WouldRecommend => "I would recommend this course to a colleague.",
        _ => question.ToString(),
    };

    /// <summary>Short names for tables and charts.</summary>
    public static string ShortName(StandardQuestion question) => question switch
    {
        StandardQuestion.Relevance => "Relevance",
        StandardQuestion.Workload => "Workload as announced",
        StandardQuestion.Support => "Support",
        StandardQuestion.AssessmentFairness => "Fair assessment",
        StandardQuestion.WouldRecommend => "Would recommend",
        _ => question.ToString(),
    };

    /// <summary>The written label of each point of the 1–5 scale.</summary>
    public static string RatingLabel(int rating) => rating switch
    {
        1 => "Strongly disagree",
        2 => "Disagree",
        3 => "Neither agree nor disagree",
        4 => "Agree",
        5 => "Strongly agree",
        _ => throw new ArgumentOutOfRangeException(nameof(rating)),
    };

    public static string HoursQuestion(string unitTitle) => $"How many hours did you spend on “{unitTitle}”?";
}

/// <summary>What the survey asks, frozen when it opens: the course units of the cohort's version and the team's own questions.</summary>
public sealed record SurveyDefinition(IReadOnlyList<SurveyUnit> Units, IReadOnlyList<OwnQuestion> OwnQuestions)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static SurveyDefinition FromJson(string json) =>
        JsonSerializer.Deserialize<SurveyDefinition>(json, Options) ?? new SurveyDefinition([], []);
}

/// <summary>
/// One learner's answers, as stored: ratings, hours per unit, own answers and the comment. Nothing in it names the learner.
/// </summary>
public sealed record SurveyAnswers
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public IReadOnlyDictionary<StandardQuestion, int> Ratings { get; init; } = new Dictionary<StandardQuestion, int>();

    public IReadOnlyDictionary<Guid, decimal> HoursPerUnit { get; init; } = new Dictionary<Guid, decimal>();

    public IReadOnlyDictionary<Guid, int> OwnRatings { get; init; } = new Dictionary<Guid, int>();

    public IReadOnlyDictionary<Guid, string> OwnWritten { get; init; } = new Dictionary<Guid, string>();

    public string? Comment { get; init; }

    public bool IsEmpty => Ratings.Count == 0 && HoursPerUnit.Count == 0 && OwnRatings.Count == 0 && OwnWritten.Count == 0 && string.IsNullOrWhiteSpace(Comment);

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static SurveyAnswers FromJson(string json) => JsonSerializer.Deserialize<SurveyAnswers>(json, Options) ?? new SurveyAnswers();

    /// <summary>The first problem that stops these answers being stored for the given survey, or null.</summary>
    public string? Problem(SurveyDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (IsEmpty)
        {
            return "Answer at least one question before sending.";
        }

        if (Ratings.Values.Concat(OwnRatings.Values).Any(r => r is < 1 or > 5))
        {
            return "Ratings go from 1 to 5.";
        }

        var units = definition.Units.Select(u => u.Id).ToHashSet();
        if (HoursPerUnit.Keys.Any(k => !units.Contains(k)))
        {
            return "An answer names a course unit this survey does not ask about.";
        }

        if (HoursPerUnit.Values.Any(h => h < 0 || h > SurveyWording.MaxHoursPerUnit))
        {
            return $"Hours per unit go from 0 to {SurveyWording.MaxHoursPerUnit:0}.";
        }

        var own = definition.OwnQuestions.ToDictionary(q => q.Id);
        if (OwnRatings.Keys.Any(k => !own.TryGetValue(k, out var q) || q.Kind != OwnQuestionKind.Rating)
            || OwnWritten.Keys.Any(k => !own.TryGetValue(k, out var q) || q.Kind != OwnQuestionKind.Written))
        {
            return "An answer names a question this survey does not ask.";
        }

        if ((Comment?.Length ?? 0) > SurveyWording.CommentMaxLength || OwnWritten.Values.Any(v => v.Length > SurveyWording.CommentMaxLength))
        {
            return $"Written answers can be at most {SurveyWording.CommentMaxLength:N0} characters.";
        }

        return null;
    }
}
