using System.Security.Claims;
using MicroCred.Domain;
using MicroCred.Domain.Surveys;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Web.Features.Notifications;
using MicroCred.Web.Features.RunReports;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Surveys;

public enum SurveyOutcomeKind
{
    NotFound,
    Refused,
    Done,
}

public sealed record SurveyOutcome(SurveyOutcomeKind Kind, string? Message = null, string? Field = null)
{
    public static readonly SurveyOutcome NotFound = new(SurveyOutcomeKind.NotFound);
}

/// <summary>The survey page of a cohort: the form to open it, or where it stands.</summary>
public sealed record SurveyPageViewModel(
    RunGrant Run, Survey? Survey, bool IsClosed, int Answers, int LinksSent, int LinksUsed, string? SharedLink, OpenSurveyForm Form, int LearnersWithoutEmail)
{
    public SurveyDefinition? Definition => Survey?.Definition;
}

/// <summary>The course team's side of a cohort's survey: open it (sending personal links), see where it stands, close it.</summary>
public sealed class SurveysHandler(
    MicroCredDbContext db, RunAccess access, SurveyMail mail, SurveyClosing closing, AppLinks links, IClock clock, ILogger<SurveysHandler> logger)
{
    public async Task<SurveyPageViewModel?> PageAsync(Guid cohortId, ClaimsPrincipal user, OpenSurveyForm? form, CancellationToken ct)
    {
        if (await access.CohortAsync(cohortId, user, ct) is not { } run)
        {
            return null;
        }

        // A survey past its last day is closed (and the team told) when someone looks, not only when the closing job runs.
        await closing.CloseIfDueAsync(cohortId, ct);
        var survey = await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.CohortId == cohortId, ct);
        var noEmail = run.Cohort.Learners.Count(l => string.IsNullOrWhiteSpace(l.Email));
        form ??= new OpenSurveyForm { ClosesOn = DateOnly.FromDateTime(clock.Now.UtcDateTime).AddDays(14) };
        if (survey is null)
        {
            return new SurveyPageViewModel(run, null, false, 0, 0, 0, null, form.WithRows(), noEmail);
        }

        var answers = await db.SurveyResponses.CountAsync(r => r.SurveyId == survey.Id, ct);
        var sent = await db.SurveyInvitations.CountAsync(i => i.SurveyId == survey.Id, ct);
        var used = await db.SurveyInvitations.CountAsync(i => i.SurveyId == survey.Id && i.Used, ct);
        var shared = run.IsTeam ? links.Absolute(SurveyMail.AnswerPath(survey.SharedCode)).ToString() : null;
        return new SurveyPageViewModel(run, survey, survey.IsClosed(clock.Now), answers, sent, used, shared, form.WithRows(), noEmail);
    }

    /// <summary>Opens the cohort's survey and e-mails a personal link to every learner with an e-mail address.</summary>
    public async Task<SurveyOutcome> OpenAsync(Guid cohortId, OpenSurveyForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await access.CohortAsync(cohortId, user, ct) is not { IsTeam: true } run)
        {
            return SurveyOutcome.NotFound;
        }

        if (await db.Surveys.AnyAsync(s => s.CohortId == cohortId, ct))
        {
            return new SurveyOutcome(SurveyOutcomeKind.Refused, "This cohort already has a survey; it is shown below.");
        }

        var version = await db.DesignVersions.AsNoTracking()
            .SingleOrDefaultAsync(v => v.DesignId == run.Cohort.DesignId && v.Number == run.Cohort.DesignVersionNumber, ct);
        if (version is null)
        {
            return SurveyOutcome.NotFound;
        }

        Survey survey;
        try
        {
            survey = Survey.Open(run.Design, run.Cohort, version.ReadContent(), form.ClosesOn!.Value,
                [.. form.Questions.Select(q => (q.Text ?? "", q.Kind))], run.Actor, clock.Now);
        }
        catch (DomainException e)
        {
            return new SurveyOutcome(SurveyOutcomeKind.Refused, e.Message, e.Message.Contains("last day", StringComparison.OrdinalIgnoreCase) ? nameof(OpenSurveyForm.ClosesOn) : null);
        }

        db.Surveys.Add(survey);
        var invited = 0;
        foreach (var learner in run.Cohort.Learners.Where(l => !string.IsNullOrWhiteSpace(l.Email)))
        {
            var (invitation, token) = SurveyInvitation.Create(survey);
            db.SurveyInvitations.Add(invitation);
            mail.LearnerInvited(run.Design, run.Cohort, survey, learner, token);
            invited++;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            mail.Discard();
            db.ChangeTracker.Clear();
            return new SurveyOutcome(SurveyOutcomeKind.Refused, "Someone else on the team opened the survey of this cohort at the same moment; theirs is shown below.");
        }

        await mail.SendEmailsAsync(ct);
        logger.LogInformation("Survey {SurveyId} opened for cohort {CohortId} with {Links} personal links", survey.Id, cohortId, invited);
        var without = run.Cohort.Learners.Count - invited;
        return new SurveyOutcome(SurveyOutcomeKind.Done,
            $"Survey opened. Personal links went to {invited} learner{(invited == 1 ? "" : "s")}" +
            (without > 0 ? $"; {without} learner{(without == 1 ? " has" : "s have")} no e-mail address — give them the shared link." : "."));
    }

    /// <summary>The team closes the survey before its last day; the team is told as on the closing date.</summary>
    public async Task<SurveyOutcome> CloseAsync(Guid cohortId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.CohortAsync(cohortId, user, ct) is not { IsTeam: true } run)
        {
            return SurveyOutcome.NotFound;
        }

        var closed = await closing.CloseAsync(cohortId, s => s.CloseEarly(run.Design, run.Actor, clock.Now), ct);
        return closed
            ? new SurveyOutcome(SurveyOutcomeKind.Done, "Survey closed. No more answers are taken; the run report shows the results.")
            : new SurveyOutcome(SurveyOutcomeKind.Refused, "The survey was already closed.");
    }
}
