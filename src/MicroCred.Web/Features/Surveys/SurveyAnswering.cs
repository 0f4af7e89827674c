using MicroCred.Domain;
using MicroCred.Domain.Surveys;
using MicroCred.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Surveys;

/// <summary>Why a survey link shows no form.</summary>
public enum SurveyLinkProblem
{
    Unknown,
    Used,
    Closed,
    AnsweredFromThisBrowser,
}

/// <summary>The answer form of a survey as a learner sees it: course and cohort names, the questions, their typed answers.</summary>
public sealed record SurveyFormViewModel(string Token, string CourseTitle, string CohortName, DateOnly ClosesOn, SurveyDefinition Definition, SurveyAnswerForm Form, bool IsShared);

/// <summary>A link's survey, or why it cannot be used.</summary>
public sealed record SurveyLink(Survey? Survey, SurveyInvitation? Invitation, SurveyLinkProblem? Problem, string? ClosedText = null)
{
    public bool IsShared => Survey is not null && Invitation is null;
}

/// <summary>
/// Answering without an account: a personal link (one answer, then dead) or the shared link (one answer per browser, by a
/// cookie that says only "answered"). What is stored is the answers and the day — no learner, token, address or time.
/// </summary>
public sealed class SurveyAnswering(MicroCredDbContext db, IClock clock, ILogger<SurveyAnswering> logger)
{
    public static string AnsweredCookie(Guid surveyId) => $"MicroCred.Survey.{surveyId:N}";

    public async Task<SurveyLink> ResolveAsync(string? token, CancellationToken ct, bool track = false)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return new SurveyLink(null, null, SurveyLinkProblem.Unknown);
        }

        var hash = SecretToken.Hash(token);
        var invitations = track ? db.SurveyInvitations : db.SurveyInvitations.AsNoTracking();
        var invitation = await invitations.SingleOrDefaultAsync(i => i.TokenHash == hash, ct);
        var surveys = db.Surveys.AsNoTracking();
        var survey = invitation is not null
            ? await surveys.SingleOrDefaultAsync(s => s.Id == invitation.SurveyId, ct)
            : await surveys.SingleOrDefaultAsync(s => s.SharedCode == token, ct);
        if (survey is null)
        {
            return new SurveyLink(null, null, SurveyLinkProblem.Unknown);
        }

        if (survey.IsClosed(clock.Now))
        {
            return new SurveyLink(survey, invitation, SurveyLinkProblem.Closed, survey.ClosedText());
        }

        if (invitation is { Used: true })
        {
            return new SurveyLink(survey, invitation, SurveyLinkProblem.Used);
        }

        return new SurveyLink(survey, invitation, null);
    }

    public async Task<SurveyFormViewModel> FormAsync(string token, SurveyLink link, SurveyAnswerForm? form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(link);
        var survey = link.Survey!;
        var names = await (from c in db.Cohorts.AsNoTracking()
                           join d in db.CourseDesigns.AsNoTracking() on c.DesignId equals d.Id
                           where c.Id == survey.CohortId
                           select new { Cohort = c.Name, Design = d.Title }).SingleAsync(ct);
        return new SurveyFormViewModel(token, names.Design, names.Cohort, survey.ClosesOn, survey.Definition, form ?? new SurveyAnswerForm(), link.IsShared);
    }

    /// <summary>Stores the answers and, for a personal link, marks it used — both in one save, or neither.</summary>
    public async Task<SurveyLinkProblem?> StoreAsync(SurveyLink link, SurveyAnswers answers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(link);
        var survey = link.Survey!;
        SurveyResponse response;
        try
        {
            response = survey.Answer(answers, clock.Now);
        }
        catch (DomainException)
        {
            return SurveyLinkProblem.Closed;
        }

        if (link.Invitation is { } invitation)
        {
            invitation.MarkUsed();
        }

        db.SurveyResponses.Add(response);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The same personal link was sent twice at once: the other request stored the one answer.
            db.ChangeTracker.Clear();
            return SurveyLinkProblem.Used;
        }

        logger.LogInformation("Survey {SurveyId} received an answer through a {LinkKind} link", survey.Id, link.IsShared ? "shared" : "personal");
        return null;
    }
}
