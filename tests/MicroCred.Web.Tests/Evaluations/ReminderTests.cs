using System.Net;
using MicroCred.Domain.Evaluations;
using MicroCred.Domain.Notifications;
using MicroCred.Web.Features.Evaluations;
using MicroCred.Web.Tests.Cohorts;
using MicroCred.Web.Tests.Review;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace MicroCred.Web.Tests.Evaluations;

/// <summary>The evaluation-due and action-deadline reminders, driven by a fake clock: once per key, even with two instances.</summary>
public sealed class ReminderTests : IDisposable
{
    private readonly MicroCredFactory _app = new();

    public void Dispose() => _app.Dispose();

    private EvaluationReminderService Service(TimeProvider time) =>
        new(_app.Services.GetRequiredService<IServiceScopeFactory>(), time, NullLogger<EvaluationReminderService>.Instance);

    /// <summary>The published demo course asks for its evaluation in this month (sustainability step); it is due in that month of next year.</summary>
    private async Task<DateTimeOffset> DueMonthAsync()
    {
        var designId = await _app.PublishedDesignIdAsync();
        var version = await _app.WithDbAsync(db => db.DesignVersions.Where(v => v.DesignId == designId).OrderByDescending(v => v.Number).FirstAsync());
        var month = version.ReadContent().Sustainability.AnnualEvaluationMonth!.Value;
        var year = EvaluationSchedule.FirstYear(month, DateOnly.FromDateTime(version.DecidedAt!.Value.UtcDateTime));
        return new DateTimeOffset(year, month, 10, 8, 0, 0, TimeSpan.Zero);
    }

    [Fact]
    public async Task The_evaluation_due_reminder_goes_to_the_team_once_however_often_the_job_runs()
    {
        var time = new FakeTimeProvider(await DueMonthAsync());
        var designId = await _app.PublishedDesignIdAsync();

        var first = await Service(time).RunOnceAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromHours(1));
        var second = await Service(time).RunOnceAsync(CancellationToken.None);

        Assert.True(first >= 1);
        Assert.Equal(0, second);
        var due = await _app.WithDbAsync(db => db.Notifications.Where(n => n.DesignId == designId && n.Kind == NotificationKind.EvaluationDue).ToListAsync());
        Assert.Equal(3, due.Count);
        Assert.All(due, n => Assert.Contains("is due this month", n.Text, StringComparison.Ordinal));
        Assert.True(Directory.GetFiles(_app.MailFolder, "*.eml").Length >= 3);

        // After the month the team hears once more: overdue.
        time.Advance(TimeSpan.FromDays(40));
        await Service(time).RunOnceAsync(CancellationToken.None);
        await Service(time).RunOnceAsync(CancellationToken.None);
        Assert.Equal(3, await _app.WithDbAsync(db => db.Notifications.CountAsync(n => n.DesignId == designId && n.Kind == NotificationKind.EvaluationOverdue)));
    }

    [Fact]
    public async Task The_leaders_dashboard_names_a_run_whose_study_load_is_off_the_plan_until_an_action_addresses_the_course_plan()
    {
        // The demo course's pilot run measured one unit more than 20 % off its planned hours; the demo evaluation has an action
        // on the course plan, so the dashboard has nothing to ask.
        const string Flagged = "In the run “Pilot run” the measured study load of 1 unit is more than 20 % off the plan, and no improvement action addresses the course plan yet.";
        using var leader = await _app.SignedInAsync(ReviewSetup.Leader);
        Assert.DoesNotContain("measured study load", (await leader.GetAsync("/")).Text, StringComparison.Ordinal);

        // Without that action the dashboard names the run, linked to its report.
        await _app.WithDbAsync(async db =>
        {
            db.RemoveRange(await db.Set<ImprovementAction>().Where(a => a.Title.StartsWith("Cut four hours")).ToListAsync());
            return await db.SaveChangesAsync();
        });
        var dashboard = await leader.GetAsync("/");
        Assert.Contains(Flagged, dashboard.Text, StringComparison.Ordinal);
        var cohortId = await _app.WithDbAsync(db => db.Cohorts.Where(c => c.Name == "Pilot run").Select(c => c.Id).SingleAsync());
        // The link's own text says what it opens; the design's name stands before it.
        Assert.Contains($"href=\"/cohorts/{cohortId}/report\">In the run ", dashboard.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_leaders_dashboard_says_when_the_annual_evaluation_is_coming_due_and_overdue()
    {
        var due = await DueMonthAsync();
        using var leader = await _app.SignedInAsync(ReviewSetup.Leader);

        _app.Clock.Set(due.AddDays(-30));
        Assert.Contains($"The annual evaluation {due.Year} is due in ", (await leader.GetAsync("/")).Html, StringComparison.Ordinal);

        _app.Clock.Set(due);
        Assert.Contains($"The annual evaluation {due.Year} is due this month", (await leader.GetAsync("/")).Html, StringComparison.Ordinal);

        _app.Clock.Set(due.AddDays(40));
        Assert.Contains($"The annual evaluation {due.Year} is overdue", (await leader.GetAsync("/")).Html, StringComparison.Ordinal);

        // A year before, nothing is said yet.
        _app.Clock.Set(due.AddDays(-200));
        Assert.DoesNotContain("The annual evaluation", (await leader.GetAsync("/")).Html, StringComparison.Ordinal);
        _app.Clock.Reset();
    }

    [Fact]
    public async Task Two_instances_running_at_the_same_moment_send_each_reminder_once()
    {
        var time = new FakeTimeProvider(await DueMonthAsync());

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Service(time).RunOnceAsync(CancellationToken.None)));

        var designId = await _app.PublishedDesignIdAsync();
        Assert.Equal(3, await _app.WithDbAsync(db => db.Notifications.CountAsync(n => n.DesignId == designId && n.Kind == NotificationKind.EvaluationDue)));
        Assert.Equal(1, await _app.WithDbAsync(db => db.Reminders.CountAsync(r => r.Key.StartsWith("evaluation-due:"))));
        Assert.Equal(await _app.WithDbAsync(db => db.Reminders.CountAsync()), results.Sum());
    }

    [Fact]
    public async Task An_owner_hears_of_an_open_action_a_week_before_its_deadline_and_not_of_a_done_one()
    {
        using var leader = _app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await leader.LoginAsync(ReviewSetup.Leader)).Status);
        var designId = await _app.PublishedDesignIdAsync();
        var start = await leader.SubmitAsync($"/designs/{designId}/evaluations", new Dictionary<string, string> { ["Year"] = "2040" });
        var evaluationId = Guid.Parse(start.Location!.OriginalString.Split('/')[^1]);
        var ownerId = await _app.UserIdAsync(ReviewSetup.PartnerEs);
        foreach (var (title, status) in new[] { ("Open action", "InProgress"), ("Finished action", "Done") })
        {
            var form = await leader.GetAsync($"/evaluations/{evaluationId}/actions/new");
            var saved = await leader.PostAsync($"/evaluations/{evaluationId}/actions/new", new Dictionary<string, string>
            {
                ["Form.Version"] = form.InputValue("Form_Version")!,
                ["Form.Title"] = title,
                ["Form.OwnerId"] = ownerId.ToString(),
                ["Form.Deadline"] = "2040-03-20",
                ["Form.Status"] = status,
            }, form.AntiforgeryToken());
            Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        }

        var time = new FakeTimeProvider(new DateTimeOffset(2040, 3, 10, 8, 0, 0, TimeSpan.Zero));
        await Service(time).RunOnceAsync(CancellationToken.None);
        Assert.Equal(0, await _app.WithDbAsync(db => db.Notifications.CountAsync(n => n.Kind == NotificationKind.ActionDeadline && n.Text.Contains("action”"))));

        time.Advance(TimeSpan.FromDays(4));
        await Service(time).RunOnceAsync(CancellationToken.None);
        await Service(time).RunOnceAsync(CancellationToken.None);

        // Only the two actions of this test: the demo evaluation's open actions were carried over too and have their own reminders.
        var sent = await _app.WithDbAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.ActionDeadline && n.Text.Contains("action”")).ToListAsync());
        var only = Assert.Single(sent);
        Assert.Equal(ownerId, only.UserId);
        Assert.Contains("Open action", only.Text, StringComparison.Ordinal);
        Assert.Contains("20 March 2040", only.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hosted_service_runs_a_minute_after_start_and_then_every_hour()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero));
        var service = Service(time);
        await service.StartAsync(CancellationToken.None);
        try
        {
            // The service waits on its own thread: move the clock only once it is waiting.
            await WaitForAsync(() => service.Waits == 1);
            Assert.Equal(0, service.Runs);
            time.Advance(EvaluationReminderService.FirstRunAfter - TimeSpan.FromSeconds(1));
            await Task.Delay(200);
            Assert.Equal(0, service.Runs);
            time.Advance(TimeSpan.FromSeconds(1));
            await WaitForAsync(() => service.Runs == 1 && service.Waits == 2);
            time.Advance(TimeSpan.FromMinutes(59));
            await Task.Delay(200);
            Assert.Equal(1, service.Runs);
            time.Advance(TimeSpan.FromMinutes(1));
            await WaitForAsync(() => service.Runs == 2);
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition());
    }
}
