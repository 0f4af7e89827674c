using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Evaluations;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Evaluations;

/// <summary>
/// The time-based reminders of the course's life after delivery: the annual evaluation due (and overdue) to the team, and
/// an improvement action's deadline (a week before, or once passed) to its owner. Each reminder is stored under its key
/// (kind, subject, period) in one save with its notifications, so running again the same day, or on a second instance
/// at the same moment, sends nothing twice: the second insert of a key fails and is dropped.
/// </summary>
public sealed class EvaluationReminders(MicroCredDbContext db, EvaluationNotifications notifications, ILogger<EvaluationReminders> logger)
{
    /// <summary>How long before its deadline an action's owner is reminded.</summary>
    public static readonly int ActionReminderDays = 7;

    /// <summary>Sends what is due at <paramref name="now"/>; returns the number of reminders sent.</summary>
    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var designs = await db.CourseDesigns.AsNoTracking().Include(d => d.Members)
            .Where(d => d.Status == DesignStatus.Published || (d.RevisionOf != null && d.Status != DesignStatus.Retired))
            .ToListAsync(ct);
        var sent = 0;
        foreach (var design in designs)
        {
            var published = await db.DesignVersions.AsNoTracking()
                .Where(v => v.DesignId == design.Id && v.Gate == Gate.G3 && v.Outcome == DecisionOutcome.Approved)
                .OrderBy(v => v.Number).ToListAsync(ct);
            var evaluations = await db.AnnualEvaluations.AsNoTracking().Include(e => e.Actions)
                .Where(e => e.DesignId == design.Id).OrderByDescending(e => e.Year).ToListAsync(ct);
            var due = EvaluationsHandler.Due(published, evaluations, today);
            if (due.State is EvaluationDueState.Due or EvaluationDueState.Overdue)
            {
                var key = due.State == EvaluationDueState.Due ? Reminder.EvaluationDue(design.Id, due.Year!.Value) : Reminder.EvaluationOverdue(design.Id, due.Year!.Value);
                sent += await SendOnceAsync(key, now, () => notifications.EvaluationDueAsync(design.Id, design.Title, [.. design.Members.Select(m => m.UserId)], due, ct), ct);
            }

            // Only the latest evaluation's actions are live: earlier open ones were carried over into it.
            if (evaluations.FirstOrDefault() is { } latest)
            {
                foreach (var action in latest.Actions.Where(a => a.IsOpen && a.Deadline <= today.AddDays(ActionReminderDays)))
                {
                    sent += await SendOnceAsync(Reminder.ActionDeadline(action.Id, action.Deadline), now,
                        () => notifications.ActionDeadlineAsync(design.Id, design.Title, latest.Id, action, today, ct), ct);
                }
            }
        }

        if (sent > 0)
        {
            logger.LogInformation("{Count} evaluation reminders sent", sent);
        }

        return sent;
    }

    private async Task<int> SendOnceAsync(string key, DateTimeOffset now, Func<Task> notify, CancellationToken ct)
    {
        if (await db.Reminders.AnyAsync(r => r.Key == key, ct))
        {
            return 0;
        }

        db.Reminders.Add(new Reminder(key, now));
        await notify();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (!DatabaseFailures.IsUnavailable(e))
        {
            // Another instance stored the same key between our check and our save: it sends this reminder, we do not.
            db.ChangeTracker.Clear();
            notifications.Discard();
            logger.LogInformation("Reminder already sent by another instance");
            return 0;
        }

        db.ChangeTracker.Clear();
        await notifications.SendEmailsAsync(ct);
        return 1;
    }
}

/// <summary>
/// Runs <see cref="EvaluationReminders"/> every hour (first a minute after start), on the app's <see cref="TimeProvider"/>
/// so tests drive it with a fake clock. A failing run is logged and the next one tries again.
/// </summary>
public sealed class EvaluationReminderService(IServiceScopeFactory scopes, TimeProvider time, ILogger<EvaluationReminderService> logger) : BackgroundService
{
    public static readonly TimeSpan FirstRunAfter = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    private int _runs;
    private int _waits;

    /// <summary>Runs that finished (for tests and health).</summary>
    public int Runs => Volatile.Read(ref _runs);

    /// <summary>How many times the service started waiting for its next run (tests wait for it before moving the clock).</summary>
    public int Waits => Volatile.Read(ref _waits);

    /// <summary>One run now; returns the number of reminders sent, 0 when the run failed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var sent = await scope.ServiceProvider.GetRequiredService<EvaluationReminders>().RunAsync(time.GetUtcNow(), ct);
            Interlocked.Increment(ref _runs);
            return sent;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The evaluation reminder run failed; the next run tries again");
            return 0;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var wait = FirstRunAfter;
            while (!stoppingToken.IsCancellationRequested)
            {
                var delay = Task.Delay(wait, time, stoppingToken);
                Interlocked.Increment(ref _waits);
                await delay;
                await RunOnceAsync(stoppingToken);
                wait = Interval;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
