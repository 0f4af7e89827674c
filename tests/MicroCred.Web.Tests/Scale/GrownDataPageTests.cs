using System.Diagnostics;
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
/// The grown data of issue 12 (200 designs on one leader's dashboard, a cohort of 5,000 learners): every page answers with less
/// than 100 KB of HTML. The time per request is written to the test output (in-process, Debug build: a comparison between
/// branches on one machine, not a benchmark; bench/ is for that).
/// </summary>
public sealed class GrownDataPageTests(ITestOutputHelper output) : IDisposable
{
    private const int MaxHtmlBytes = 100 * 1024;
    private const int Rounds = 10;

    private readonly MicroCredFactory _factory = new();

    [Fact]
    public async Task The_dashboard_with_200_designs_and_the_cohort_pages_with_5000_learners_stay_under_100_KB()
    {
        _ = _factory.Server;
        await SeedDesignsAsync(197);
        var (cohort, _) = await CredentialData.CohortAsync(_factory, "Five thousand learners",
            Enumerable.Range(1, 5000).Select(i => CredentialData.Passed($"GROWN-{i:D5}", given: $"Given{i:D5}", family: $"Family{i:D5}")), finalise: true);

        using var leader = await _factory.SignedInAsync(ReviewSetup.Leader);
        await MeasureAsync(leader, "/", "Dashboard, 200 designs");
        using var admin = await _factory.SignedInAsync(CredentialData.AdminEmail);
        await MeasureAsync(admin, $"/cohorts/{cohort}", "Cohort page, 5,000 learners");
        await MeasureAsync(admin, $"/cohorts/{cohort}/credentials", "Issuing page, 5,000 learners");
    }

    private async Task MeasureAsync(TestBrowser browser, string url, string label)
    {
        var first = Stopwatch.StartNew();
        using (var warm = await browser.Client.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        first.Stop();
        var clock = Stopwatch.StartNew();
        long bytes = 0;
        for (var n = 0; n < Rounds; n++)
        {
            using var response = await browser.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            bytes = (await response.Content.ReadAsByteArrayAsync()).LongLength;
        }

        output.WriteLine($"{label}: first request {first.ElapsedMilliseconds} ms, then {clock.ElapsedMilliseconds / Rounds} ms per request, {bytes:N0} bytes of HTML");
        Assert.True(bytes < MaxHtmlBytes, $"{label}: {bytes:N0} bytes of HTML");
    }

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
            var design = CourseDesign.Start($"Grown course {n:D3}", DemoAccounts.UniversityNl, leader, DemoAccounts.UniversityNl, now);
            db.CourseDesigns.Add(design);
            foreach (var step in steps)
            {
                var copy = new DesignStep(design.Id, step.Step);
                copy.Save(step.ContentJson, markedComplete: true, leader, now);
                db.DesignSteps.Add(copy);
            }
        }

        await db.SaveChangesAsync();
    }

    public void Dispose() => _factory.Dispose();
}
