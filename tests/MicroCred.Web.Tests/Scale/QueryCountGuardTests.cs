using System.Net;
using MicroCred.Domain.Designs;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Infrastructure.Seeding;
using MicroCred.Web.Tests.Cohorts;
using MicroCred.Web.Tests.Credentials;
using MicroCred.Web.Tests.Review;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace MicroCred.Web.Tests.Scale;

/// <summary>
/// The query-count guard: each main page sends the same number of SQL commands with small and with large data, and no more than
/// its ceiling. Counts are per HTTP request (authentication and session checks included), taken on a warm second request so that
/// one-off work (the first check run of a saved design state) is not what is compared; the first request must stay under the
/// ceiling as well. Large data is seeded straight through the DbContext.
/// </summary>
public static class QueryGuard
{
    public static async Task<int> CountAsync(MicroCredFactory factory, TestBrowser browser, string url, int ceiling, ITestOutputHelper output, string label)
    {
        var counter = QueryCounter.Of(factory);
        var cold = await counter.GetAsync(browser, url);
        Assert.Equal(HttpStatusCode.OK, cold.Status);
        var warm = await counter.GetAsync(browser, url);
        Assert.Equal(HttpStatusCode.OK, warm.Status);
        output.WriteLine($"{label}: {cold.Commands} SQL commands cold, {warm.Commands} warm, {warm.HtmlBytes:N0} bytes of HTML");
        Assert.True(cold.Commands <= ceiling, $"{label}: {cold.Commands} SQL commands on the first request, above the ceiling of {ceiling}:\n{string.Join("\n---\n", cold.Sql)}");
        Assert.True(warm.Commands <= ceiling, $"{label}: {warm.Commands} SQL commands, above the ceiling of {ceiling}:\n{string.Join("\n---\n", warm.Sql)}");
        return warm.Commands;
    }

    public static MicroCredFactory Counting(this MicroCredFactory factory)
    {
        QueryCounter.Install(factory);
        return factory;
    }
}

public sealed class DashboardQueryGuardTests(ITestOutputHelper output) : IDisposable
{
    private const int Ceiling = 16;

    private readonly MicroCredFactory _factory = new MicroCredFactory().Counting();

    [Fact]
    public async Task The_dashboard_sends_as_many_SQL_commands_for_60_designs_as_for_3()
    {
        _ = _factory.Server;
        using var browser = await _factory.SignedInAsync(ReviewSetup.Leader);
        var small = await QueryGuard.CountAsync(_factory, browser, "/", Ceiling, output, "Dashboard, 3 designs");

        await SeedDesignsAsync(57);
        var large = await QueryGuard.CountAsync(_factory, browser, "/", Ceiling, output, "Dashboard, 60 designs");
        Assert.Equal(small, large);

        // Once shown, the designs' progress comes from their listed states: no step's content is read again.
        var again = await QueryCounter.Of(_factory).GetAsync(browser, "/");
        Assert.DoesNotContain(again.Sql, sql => sql.Contains("ContentJson", StringComparison.Ordinal));

        // The institution administrator's dashboard (cohorts of the courses it issues, administration counts) as well.
        using var admin = await _factory.SignedInAsync(CohortsAdmin);
        await QueryGuard.CountAsync(_factory, admin, "/", Ceiling, output, "Dashboard of an institution administrator");
    }

    private const string CohortsAdmin = "institution.admin@microcred.demo";

    private async Task SeedDesignsAsync(int count)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MicroCredDbContext>();
        var leader = await db.Users.Where(u => u.Email == ReviewSetup.Leader).Select(u => u.Id).SingleAsync();
        var source = await db.CourseDesigns.Where(d => d.Title == SampleDesigns.CompleteTitle).Select(d => d.Id).SingleAsync();
        var steps = await db.DesignSteps.AsNoTracking().Where(s => s.DesignId == source).ToListAsync();
        var now = _factory.Clock.Now;
        for (var n = 1; n <= count; n++)
        {
            var design = CourseDesign.Start($"Seeded course {n:D3}", DemoAccounts.UniversityNl, leader, DemoAccounts.UniversityNl, now);
            db.CourseDesigns.Add(design);
            foreach (var step in steps)
            {
                var copy = new DesignStep(design.Id, step.Step);
                copy.Save(step.ContentJson, markedComplete: n % 2 == 0, leader, now);
                db.DesignSteps.Add(copy);
            }
        }

        await db.SaveChangesAsync();
    }

    public void Dispose() => _factory.Dispose();
}

public sealed class CohortQueryGuardTests(ITestOutputHelper output) : IDisposable
{
    private const int CohortCeiling = 10;
    // Two more than before the page was drawn from SQL: the counts per result and the credentials of the page's learners are
    // their own commands now, in place of loading every learner (and trial-issuing each); the number stays the same at any size.
    private const int IssuingCeiling = 10;
    private const int MaxHtmlBytes = 100 * 1024;

    private readonly MicroCredFactory _factory = new MicroCredFactory().Counting();

    [Fact]
    public async Task The_cohort_and_issuing_pages_send_as_many_SQL_commands_for_2000_learners_as_for_5_and_stay_small()
    {
        var (few, _) = await CredentialData.CohortAsync(_factory, "Five learners", Learners(5, "FEW"), finalise: true);
        var (many, _) = await CredentialData.CohortAsync(_factory, "Two thousand learners", Learners(2000, "MANY"), finalise: true);
        using var browser = await _factory.SignedInAsync(CredentialData.AdminEmail);

        var cohortSmall = await QueryGuard.CountAsync(_factory, browser, $"/cohorts/{few}", CohortCeiling, output, "Cohort page, 5 learners");
        var cohortLarge = await QueryGuard.CountAsync(_factory, browser, $"/cohorts/{many}", CohortCeiling, output, "Cohort page, 2,000 learners");
        Assert.Equal(cohortSmall, cohortLarge);

        var issuingSmall = await QueryGuard.CountAsync(_factory, browser, $"/cohorts/{few}/credentials", IssuingCeiling, output, "Issuing page, 5 learners");
        var issuingLarge = await QueryGuard.CountAsync(_factory, browser, $"/cohorts/{many}/credentials", IssuingCeiling, output, "Issuing page, 2,000 learners");
        Assert.Equal(issuingSmall, issuingLarge);

        var counter = QueryCounter.Of(_factory);
        Assert.True((await counter.GetAsync(browser, $"/cohorts/{many}")).HtmlBytes < MaxHtmlBytes);
        Assert.True((await counter.GetAsync(browser, $"/cohorts/{many}/credentials")).HtmlBytes < MaxHtmlBytes);

        // A full first page either way: the issuing page's HTML is the same size for 30 learners as for 2,000 (names and
        // counts differ by a few digits), and its counts cover the whole cohort.
        var (thirty, _) = await CredentialData.CohortAsync(_factory, "Thirty learners", Learners(30, "THIRTY"), finalise: true);
        var pageOfThirty = await counter.GetAsync(browser, $"/cohorts/{thirty}/credentials");
        var pageOfMany = await counter.GetAsync(browser, $"/cohorts/{many}/credentials");
        output.WriteLine($"Issuing page HTML: {pageOfThirty.HtmlBytes:N0} bytes for 30 learners, {pageOfMany.HtmlBytes:N0} bytes for 2,000");
        Assert.InRange(pageOfMany.HtmlBytes - pageOfThirty.HtmlBytes, -1024, 1024);
        var issuing = await browser.GetAsync($"/cohorts/{many}/credentials");
        Assert.Contains("Ready to issue: 2000", Normalised(issuing.Document.QuerySelector("dl.issue-summary")!.TextContent), StringComparison.Ordinal);
        Assert.Equal(25, issuing.Document.QuerySelectorAll("input[name=learnerIds]").Length);
    }

    private static string Normalised(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();

    public static IEnumerable<MicroCred.Domain.Credentials.LearnerDetails> Learners(int count, string prefix) =>
        Enumerable.Range(1, count).Select(i => CredentialData.Passed($"{prefix}-{i:D5}", given: $"Given{i:D5}", family: $"Family{i:D5}"));

    public void Dispose() => _factory.Dispose();
}

public sealed class ReviewWorkspaceQueryGuardTests(ITestOutputHelper output) : IDisposable
{
    private const int WorkspaceCeiling = 12;
    private const int StepPageCeiling = 9;

    private readonly MicroCredFactory _factory = new MicroCredFactory().Counting();

    [Fact]
    public async Task The_review_workspace_and_the_step_page_send_as_many_SQL_commands_for_200_comments_as_for_2()
    {
        _ = _factory.Server;
        var designId = await _factory.CopyOfCompleteDesignAsync("Course under review");
        var submission = await _factory.SubmitAsync(designId);
        await ReviewLoad.ClaimAsync(_factory, submission.Review.Id, designId);
        await ReviewLoad.CommentAsync(_factory, submission.Review.Id, designId, 2, n => $"Question {n} about the assessment.");

        using var qa = await _factory.SignedInAsync(ReviewSetup.Qa);
        using var leader = await _factory.SignedInAsync(ReviewSetup.Leader);
        var url = $"/reviews/{submission.Review.Id}?step={(int)WizardStep.Assessment}";
        var step = $"/designs/{designId}/steps/{(int)WizardStep.Assessment}";
        var workspaceSmall = await QueryGuard.CountAsync(_factory, qa, url, WorkspaceCeiling, output, "Review workspace, 2 comments");
        var stepSmall = await QueryGuard.CountAsync(_factory, leader, step, StepPageCeiling, output, "Step page, 2 comments");

        await ReviewLoad.CommentAsync(_factory, submission.Review.Id, designId, 198, n => $"Question {n} about the assessment.");
        var workspaceLarge = await QueryGuard.CountAsync(_factory, qa, url, WorkspaceCeiling, output, "Review workspace, 200 comments");
        var stepLarge = await QueryGuard.CountAsync(_factory, leader, step, StepPageCeiling, output, "Step page, 200 comments");
        Assert.Equal(workspaceSmall, workspaceLarge);
        Assert.Equal(stepSmall, stepLarge);
    }

    public void Dispose() => _factory.Dispose();
}
