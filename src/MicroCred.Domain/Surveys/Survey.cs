using System.Globalization;
using MicroCred.Domain.Credentials;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;

namespace MicroCred.Domain.Surveys;

/// <summary>Why an answer cannot be taken.</summary>
public enum SurveyRefusal
{
    Closed,
    LinkUsed,
}

/// <summary>
/// The end-of-run learner survey of one cohort, opened by the design's team with a last day for answers. Learners answer
/// through a personal link (<see cref="SurveyInvitation"/>) or the shared link; answers (<see cref="SurveyResponse"/>)
/// carry nothing that leads back to a learner. After the last day, or when the team closes it, nothing more is stored.
/// </summary>
public sealed class Survey
{
    private Survey()
    {
    }

    public Guid Id { get; private set; }
    public Guid CohortId { get; private set; }
    public Guid DesignId { get; private set; }

    /// <summary>The frozen questions: the units of the cohort's version and the team's own questions (JSON of <see cref="SurveyDefinition"/>).</summary>
    public string DefinitionJson { get; private set; } = "";

    /// <summary>The last day on which answers are taken (until midnight UTC).</summary>
    public DateOnly ClosesOn { get; private set; }

    /// <summary>
    /// The code in the shared link. Stored as typed (not hashed) because the team needs to see and pass on the link; it
    /// identifies the survey, never a learner.
    /// </summary>
    public string SharedCode { get; private set; } = "";

    public Guid OpenedById { get; private set; }
    public string OpenedByName { get; private set; } = "";
    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>Set once, when the survey closed (on its date or by the team); the team is told at that moment.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Optimistic concurrency token: two portal instances closing the same survey notify the team once.</summary>
    public Guid Version { get; private set; }

    public SurveyDefinition Definition => SurveyDefinition.FromJson(DefinitionJson);

    /// <summary>Answers are refused once the survey was closed or its last day is over.</summary>
    public bool IsClosed(DateTimeOffset now) => ClosedAt is not null || DateOnly.FromDateTime(now.UtcDateTime) > ClosesOn;

    /// <summary>Open, but its last day is over: the closing job should close it and tell the team.</summary>
    public bool IsDueToClose(DateTimeOffset now) => ClosedAt is null && DateOnly.FromDateTime(now.UtcDateTime) > ClosesOn;

    /// <summary>The design's team opens the survey of a cohort; the questions are frozen from the cohort's version.</summary>
    public static Survey Open(
        CourseDesign design, Cohort cohort, DesignContent versionContent, DateOnly closesOn, IReadOnlyList<(string Text, OwnQuestionKind Kind)> ownQuestions,
        Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(versionContent);
        ArgumentNullException.ThrowIfNull(ownQuestions);
        ArgumentNullException.ThrowIfNull(actor);
        if (cohort.DesignId != design.Id)
        {
            throw new DomainException("This cohort does not run this course design.");
        }

        if (!design.IsMember(actor.UserId))
        {
            throw new DomainException("Only the course team can open a learner survey.");
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (closesOn < today)
        {
            throw new DomainException("The last day for answers cannot be in the past.");
        }

        if (closesOn > today.AddDays(180))
        {
            throw new DomainException("The last day for answers can be at most 180 days from today.");
        }

        var own = ownQuestions.Where(q => !string.IsNullOrWhiteSpace(q.Text)).ToList();
        if (own.Count > SurveyWording.MaxOwnQuestions)
        {
            throw new DomainException($"Add at most {SurveyWording.MaxOwnQuestions} questions of your own.");
        }

        if (own.Any(q => q.Text.Trim().Length > SurveyWording.QuestionMaxLength))
        {
            throw new DomainException($"A question can be at most {SurveyWording.QuestionMaxLength} characters.");
        }

        var units = versionContent.CoursePlan.Units.OrderBy(u => u.Order)
            .Select(u => new SurveyUnit(u.Id, string.IsNullOrWhiteSpace(u.Title) ? "Untitled unit" : u.Title, u.StudyHours))
            .ToList();
        var definition = new SurveyDefinition(units, [.. own.Select(q => new OwnQuestion(Guid.NewGuid(), q.Text.Trim(), q.Kind))]);
        return new Survey
        {
            Id = Guid.NewGuid(),
            CohortId = cohort.Id,
            DesignId = design.Id,
            DefinitionJson = definition.ToJson(),
            ClosesOn = closesOn,
            SharedCode = SecretToken.New(),
            OpenedById = actor.UserId,
            OpenedByName = actor.Name,
            OpenedAt = now,
            Version = Guid.NewGuid(),
        };
    }

    /// <summary>Takes one learner's answers. The response keeps only the day; the caller marks the personal link used.</summary>
    public SurveyResponse Answer(SurveyAnswers answers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (IsClosed(now))
        {
            throw new DomainException(ClosedText());
        }

        if (answers.Problem(Definition) is { } problem)
        {
            throw new DomainException(problem);
        }

        return new SurveyResponse(Id, answers, now);
    }

    /// <summary>Closes the survey (its date passed, or the team closes it early). Returns false when it was closed already.</summary>
    public bool Close(DateTimeOffset now)
    {
        if (ClosedAt is not null)
        {
            return false;
        }

        ClosedAt = now;
        Version = Guid.NewGuid();
        return true;
    }

    /// <summary>The team closes the survey before its last day.</summary>
    public bool CloseEarly(CourseDesign design, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(actor);
        if (design.Id != DesignId || !design.IsMember(actor.UserId))
        {
            throw new DomainException("Only the course team can close this survey.");
        }

        return Close(now);
    }

    public string ClosedText() =>
        $"This survey closed on {(ClosedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : ClosesOn.AddDays(1)).ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}; answers are no longer taken.";
}

/// <summary>
/// A personal survey link sent to one learner. Only the hash of its token is stored, and only whether it was used: the
/// row names no learner and keeps no time of use, so an answer cannot be traced back through it.
/// </summary>
public sealed class SurveyInvitation
{
    private SurveyInvitation()
    {
    }

    public Guid Id { get; private set; }
    public Guid SurveyId { get; private set; }

    /// <summary>SHA-256 of the token in the link (<see cref="SecretToken.Hash"/>).</summary>
    public string TokenHash { get; private set; } = "";

    public bool Used { get; private set; }

    /// <summary>A new link for one learner; the plain token goes into the e-mail and is never stored.</summary>
    public static (SurveyInvitation Invitation, string Token) Create(Survey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var token = SecretToken.New();
        return (new SurveyInvitation { Id = Guid.NewGuid(), SurveyId = survey.Id, TokenHash = SecretToken.Hash(token) }, token);
    }

    /// <summary>The link dies with its one answer.</summary>
    public void MarkUsed()
    {
        if (Used)
        {
            throw new DomainException("This personal link was already used to answer the survey.");
        }

        Used = true;
    }
}

/// <summary>
/// One learner's answers. Deliberately without learner id, token, address or time of day: the day of the answer is all
/// that is kept, so that answers arriving just after a link was used cannot be matched to it.
/// </summary>
public sealed class SurveyResponse
{
    private SurveyResponse()
    {
    }

    internal SurveyResponse(Guid surveyId, SurveyAnswers answers, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        SurveyId = surveyId;
        AnsweredOn = DateOnly.FromDateTime(now.UtcDateTime);
        AnswersJson = answers.ToJson();
    }

    public Guid Id { get; private set; }
    public Guid SurveyId { get; private set; }

    /// <summary>The day of the answer (UTC), never the time.</summary>
    public DateOnly AnsweredOn { get; private set; }

    public string AnswersJson { get; private set; } = "";

    public SurveyAnswers Answers => SurveyAnswers.FromJson(AnswersJson);
}
