using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Web.Features.Designs;
using MicroCred.Web.Tests.Cohorts;
using MicroCred.Web.Tests.Review;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MicroCred.Web.Tests.Scale;

/// <summary>
/// The design checks run once per saved design state: pages read the stored results until a step is saved (here, or on another
/// instance, which this test stands in for by writing the step straight to the database), and never show results of an older state.
/// </summary>
public abstract class CheckResultsTests(MicroCredFactory factory)
{
    [Fact]
    public async Task The_checks_run_once_per_saved_state_and_a_save_made_elsewhere_is_seen_on_the_next_request()
    {
        var designId = await factory.CopyOfCompleteDesignAsync("Checked once");
        var checks = factory.Services.GetRequiredService<DesignCheckResults>();
        using var browser = await factory.SignedInAsync(ReviewSetup.Leader);

        var before = await browser.GetAsync($"/designs/{designId}");
        await browser.GetAsync("/");
        var runs = checks.Runs;
        await browser.GetAsync($"/designs/{designId}");
        await browser.GetAsync($"/designs/{designId}/steps/{(int)WizardStep.Assessment}");
        await browser.GetAsync("/");
        Assert.Equal(runs, checks.Runs);
        // The copy has no signatures on record (they live on the approvals page), so it may show errors; what matters is that
        // the row changes when the steps change.
        var rowBefore = Row(await browser.GetAsync("/"), "Checked once");

        // Another instance empties the learning outcomes: a new concurrency token on the step, so the next request checks again.
        await factory.WithDbAsync(async db =>
        {
            var step = await db.DesignSteps.SingleAsync(s => s.DesignId == designId && s.Step == WizardStep.LearningOutcomes);
            step.Save("{}", markedComplete: true, step.LastEditedById!.Value, factory.Clock.Now);
            return await db.SaveChangesAsync();
        });
        var dashboard = await browser.GetAsync("/");
        Assert.True(checks.Runs > runs);
        Assert.Contains("error", Row(dashboard, "Checked once"), StringComparison.Ordinal);
        Assert.NotEqual(rowBefore, Row(dashboard, "Checked once"));
        var after = await browser.GetAsync($"/designs/{designId}");
        Assert.NotEqual(before.Html, after.Html);
    }

    private static string Row(TestBrowser.Page page, string title) =>
        page.Document.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains(title, StringComparison.Ordinal)).TextContent;
}

/// <summary>On SQLite the dashboard's listed states are joined by group_concat, on PostgreSQL by string_agg.</summary>
public sealed class CheckResultsTestsOnSqlite(MicroCredFactory factory) : CheckResultsTests(factory), IClassFixture<MicroCredFactory>;

public sealed class CheckResultsTestsOnPostgreSql(PostgreSqlFactory factory) : CheckResultsTests(factory), IClassFixture<PostgreSqlFactory>;

/// <summary>What a stored check result is kept under.</summary>
public sealed class CheckResultsKeyTests
{
    [Fact]
    public void A_result_is_kept_under_every_token_it_depends_on()
    {
        using var checks = new DesignCheckResults();
        var design = Guid.NewGuid();
        var steps = new[] { (WizardStep.CoursePlan, Guid.NewGuid()), (WizardStep.Assessment, Guid.NewGuid()) };
        var institutions = new InstitutionFactsSnapshot(new Dictionary<Guid, InstitutionFacts>(), "A");
        var today = new DateOnly(2027, 1, 1);
        var runs = 0;
        IReadOnlyList<Finding> Run()
        {
            runs++;
            return [];
        }

        checks.FindingsFor(design, steps, "", institutions, today, Run);
        checks.FindingsFor(design, steps.Reverse(), "", institutions, today, Run);
        Assert.Equal(1, runs);

        checks.FindingsFor(design, [steps[0], (WizardStep.Assessment, Guid.NewGuid())], "", institutions, today, Run);
        Assert.Equal(2, runs);
        checks.FindingsFor(design, steps, "", institutions with { Stamp = "B" }, today, Run);
        Assert.Equal(3, runs);
        checks.FindingsFor(design, steps, "", institutions, today.AddDays(1), Run);
        Assert.Equal(4, runs);
        checks.FindingsFor(Guid.NewGuid(), steps, "", institutions, today, Run);
        Assert.Equal(5, runs);

        // The working title and the signatures on record are read by the checks too.
        checks.FindingsFor(design, steps, "Working title|", institutions, today, Run);
        Assert.Equal(6, runs);
        checks.FindingsFor(design, steps, "|" + Guid.NewGuid().ToString("N"), institutions, today, Run);
        Assert.Equal(7, runs);
    }
}
