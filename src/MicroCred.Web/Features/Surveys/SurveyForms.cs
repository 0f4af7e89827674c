using System.Globalization;
using FluentValidation;
using MicroCred.Documents;
using MicroCred.Domain.Surveys;

namespace MicroCred.Web.Features.Surveys;

/// <summary>What the team fills in to open a survey: the last day for answers and up to five questions of its own.</summary>
public sealed class OpenSurveyForm
{
    public DateOnly? ClosesOn { get; set; }

    public List<OwnQuestionInput> Questions { get; set; } = [];

    /// <summary>Always five rows on the page, the empty ones ignored.</summary>
    public OpenSurveyForm WithRows()
    {
        while (Questions.Count < SurveyWording.MaxOwnQuestions)
        {
            Questions.Add(new OwnQuestionInput());
        }

        return this;
    }
}

public sealed class OwnQuestionInput
{
    public string? Text { get; set; }

    public OwnQuestionKind Kind { get; set; } = OwnQuestionKind.Rating;
}

public sealed class OpenSurveyFormValidator : AbstractValidator<OpenSurveyForm>
{
    public OpenSurveyFormValidator()
    {
        RuleFor(f => f.ClosesOn).NotNull().WithMessage("Enter the last day on which learners can answer.");
        RuleFor(f => f.Questions).Must(q => q.Count(x => !string.IsNullOrWhiteSpace(x.Text)) <= SurveyWording.MaxOwnQuestions)
            .WithMessage($"Add at most {SurveyWording.MaxOwnQuestions} questions of your own.");
        RuleForEach(f => f.Questions).ChildRules(q =>
        {
            q.RuleFor(x => x.Text).MaximumLength(SurveyWording.QuestionMaxLength)
                .WithMessage($"A question can be at most {SurveyWording.QuestionMaxLength} characters.");
            q.RuleFor(x => x.Text).Must(t => PrintableText.IsPrintable(t)).WithMessage((_, t) => PrintableText.Problem(t) ?? "");
            q.RuleFor(x => x.Kind).IsInEnum().WithMessage("Choose how learners answer this question.");
        });
    }
}

/// <summary>
/// A learner's answers as posted. Hours are taken as typed (decimal point or comma) so that a wrong entry comes back
/// with a message next to it and everything else kept.
/// </summary>
public sealed class SurveyAnswerForm
{
    public Dictionary<StandardQuestion, int?> Ratings { get; set; } = [];

    public Dictionary<Guid, string?> Hours { get; set; } = [];

    public Dictionary<Guid, int?> OwnRatings { get; set; } = [];

    public Dictionary<Guid, string?> OwnWritten { get; set; } = [];

    public string? Comment { get; set; }

    /// <summary>The answers to store, or the problems per field (keys as the form names them).</summary>
    public (SurveyAnswers? Answers, IReadOnlyList<(string Field, string Message)> Problems) Read(SurveyDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var problems = new List<(string, string)>();
        var hours = new Dictionary<Guid, decimal>();
        foreach (var unit in definition.Units)
        {
            var typed = Hours.GetValueOrDefault(unit.Id)?.Trim();
            if (string.IsNullOrEmpty(typed))
            {
                continue;
            }

            if (!decimal.TryParse(typed.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var h) || h > SurveyWording.MaxHoursPerUnit)
            {
                problems.Add(($"Hours[{unit.Id}]", $"Enter the hours you spent on “{unit.Title}” as a number from 0 to {SurveyWording.MaxHoursPerUnit:0}, for example 12 or 7.5."));
                continue;
            }

            hours[unit.Id] = h;
        }

        var ratings = Ratings.Where(r => r.Value is not null && Enum.IsDefined(r.Key)).ToDictionary(r => r.Key, r => r.Value!.Value);
        var ownIds = definition.OwnQuestions.ToDictionary(q => q.Id);
        var ownRatings = OwnRatings.Where(r => r.Value is not null && ownIds.TryGetValue(r.Key, out var q) && q.Kind == OwnQuestionKind.Rating)
            .ToDictionary(r => r.Key, r => r.Value!.Value);
        var ownWritten = OwnWritten.Where(r => !string.IsNullOrWhiteSpace(r.Value) && ownIds.TryGetValue(r.Key, out var q) && q.Kind == OwnQuestionKind.Written)
            .ToDictionary(r => r.Key, r => r.Value!);
        foreach (var (id, text) in ownWritten.Where(w => w.Value.Length > SurveyWording.CommentMaxLength))
        {
            problems.Add(($"OwnWritten[{id}]", $"This answer can be at most {SurveyWording.CommentMaxLength:N0} characters; it has {text.Length:N0}."));
        }

        if ((Comment?.Length ?? 0) > SurveyWording.CommentMaxLength)
        {
            problems.Add((nameof(Comment), $"Your comments can be at most {SurveyWording.CommentMaxLength:N0} characters; they have {Comment!.Length:N0}."));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        // Verbatim: what the learner typed is stored as typed and shown escaped.
        var answers = new SurveyAnswers
        {
            Ratings = ratings,
            HoursPerUnit = hours,
            OwnRatings = ownRatings,
            OwnWritten = ownWritten,
            Comment = string.IsNullOrWhiteSpace(Comment) ? null : Comment,
        };
        if (answers.Problem(definition) is { } problem)
        {
            return (null, [("", problem)]);
        }

        return (answers, []);
    }
}
