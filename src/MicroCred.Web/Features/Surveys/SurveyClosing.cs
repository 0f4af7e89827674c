using MicroCred.Domain;
using MicroCred.Domain.Surveys;
using MicroCred.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Surveys;

/// <summary>
/// Closes surveys whose last day is over and tells the team, exactly once: the survey's concurrency token makes a second
/// portal instance (or a second request) closing the same survey store nothing and send nothing.
/// </summary>
public sealed class SurveyClosing(MicroCredDbContext db, SurveyMail mail, IClock clock, ILogger<SurveyClosing> logger)
{
    /// <summary>Closes every survey that is due; returns how many this call closed.</summary>
    public async Task<int> CloseDueAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.Now.UtcDateTime);
        var due = await db.Surveys.AsNoTracking().Where(s => s.ClosedAt == null && s.ClosesOn < today).Select(s => s.CohortId).ToListAsync(ct);
        var closed = 0;
        foreach (var cohortId in due)
        {
            if (await CloseIfDueAsync(cohortId, ct))
            {
                closed++;
            }
        }

        if (closed > 0)
        {
            logger.LogInformation("{Closed} learner surveys closed on their date", closed);
        }

        return closed;
    }

    /// <summary>Closes the cohort's survey when its last day is over.</summary>
    public Task<bool> CloseIfDueAsync(Guid cohortId, CancellationToken ct) =>
        CloseAsync(cohortId, s => s.IsDueToClose(clock.Now) && s.Close(clock.Now), ct);

    /// <summary>Applies <paramref name="close"/> to the cohort's survey; when it closed it, stores that and tells the team.</summary>
    public async Task<bool> CloseAsync(Guid cohortId, Func<Survey, bool> close, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(close);
        var survey = await db.Surveys.SingleOrDefaultAsync(s => s.CohortId == cohortId, ct);
        if (survey is null || !close(survey))
        {
            if (survey is not null)
            {
                db.Entry(survey).State = EntityState.Detached;
            }

            return false;
        }

        var design = await db.CourseDesigns.AsNoTracking().Include(d => d.Members).SingleAsync(d => d.Id == survey.DesignId, ct);
        var cohort = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == cohortId, ct);
        var answers = await db.SurveyResponses.CountAsync(r => r.SurveyId == survey.Id, ct);
        await mail.SurveyClosedAsync(design, cohort, survey, answers, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else closed it a moment ago and told the team.
            mail.Discard();
            db.ChangeTracker.Clear();
            return false;
        }

        await mail.SendEmailsAsync(ct);
        return true;
    }
}

/// <summary>Runs <see cref="SurveyClosing.CloseDueAsync"/> every few minutes (setting Surveys:CloseCheckMinutes, 0 turns it off).</summary>
public sealed class SurveyClosingService(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<SurveyClosingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = configuration.GetValue("Surveys:CloseCheckMinutes", 10);
        if (minutes <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SurveyClosing>().CloseDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Closing due learner surveys failed; trying again later");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
