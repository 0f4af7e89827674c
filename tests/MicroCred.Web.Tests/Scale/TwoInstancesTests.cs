using System.Net;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;
using MicroCred.Web.Tests.Cohorts;
using MicroCred.Web.Tests.Support;
using MicroCred.Web.Tests.Wizard;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static MicroCred.Web.Tests.Credentials.CredentialData;

namespace MicroCred.Web.Tests.Scale;

/// <summary>
/// Two portal instances (two hosts, each with its own services, caches, rate limiters and data folder) on one PostgreSQL
/// database, as behind a load balancer: whatever one instance stores or signs, the other must accept.
/// </summary>
public sealed class TwoInstances : IDisposable
{
    public TwoInstances()
    {
        First = new PostgreSqlFactory();
        _ = First.Server; // migrates and seeds the database before the second instance starts
        Second = PostgreSqlFactory.AnotherInstanceOf(First);
        _ = Second.Server;
    }

    public PostgreSqlFactory First { get; }

    public PostgreSqlFactory Second { get; }

    /// <summary>One person's browser (one cookie jar) whose requests the load balancer sends to either instance.</summary>
    public (TestBrowser OnFirst, TestBrowser OnSecond) OneBrowser()
    {
        var cookies = new CookieContainer();
        var baseAddress = new Uri("http://localhost");
        // Twenty simultaneous issue requests on two cores sharing the machine with the browser suite have taken longer than
        // HttpClient's 100 s default; the tests assert what was stored, not how fast, so a client waits up to 5 minutes.
        var first = First.CreateDefaultClient(baseAddress, new CookieContainerHandler(cookies));
        var second = Second.CreateDefaultClient(baseAddress, new CookieContainerHandler(cookies));
        first.Timeout = second.Timeout = TimeSpan.FromMinutes(5);
        return (new TestBrowser(first), new TestBrowser(second));
    }

    public void Dispose()
    {
        Second.Dispose();
        First.Dispose();
    }
}

public sealed class TwoInstancesTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    [Fact]
    public async Task A_sign_in_on_one_instance_is_valid_on_the_other_and_forms_post_across()
    {
        var (onFirst, onSecond) = instances.OneBrowser();
        using var a = onFirst;
        using var b = onSecond;
        Assert.Equal(HttpStatusCode.Redirect, (await a.LoginAsync("leader@microcred.demo")).Status);

        var home = await b.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Contains("Sign out", home.Text, StringComparison.Ordinal);

        // The antiforgery token of a page served by the second instance is accepted by the first.
        var created = await a.PostAsync("/designs/new", new Dictionary<string, string> { ["Title"] = "Started across instances" },
            (await b.GetAsync("/designs/new")).AntiforgeryToken());
        Assert.Equal(HttpStatusCode.Redirect, created.Status);

        // And the other way round: a sign-in on the second instance opens pages on the first.
        var (otherFirst, otherSecond) = instances.OneBrowser();
        using var c = otherFirst;
        using var d = otherSecond;
        Assert.Equal(HttpStatusCode.Redirect, (await d.LoginAsync(CohortTestSupport.Admin)).Status);
        var homeOnFirst = await c.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, homeOnFirst.Status);
        Assert.Contains("Sign out", homeOnFirst.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_step_saved_on_one_instance_is_seen_on_the_other_and_a_stale_save_there_is_refused()
    {
        var (onFirst, onSecond) = instances.OneBrowser();
        using var a = onFirst;
        using var b = onSecond;
        await a.LoginAsync("leader@microcred.demo");
        var designId = await instances.First.WithDbAsync(db => db.CourseDesigns.Where(d => d.Title == SampleDesigns.HalfFinishedTitle).Select(d => d.Id).SingleAsync());
        var url = $"/designs/{designId}/steps/2";
        var definition = instances.First.Services.GetRequiredService<StepDefinitions>().Get(WizardStep.JointVision);
        var stored = await instances.First.WithDbAsync(db => db.DesignSteps.Where(s => s.DesignId == designId && s.Step == WizardStep.JointVision).Select(s => s.ContentJson).SingleAsync());
        var content = (JointVisionStep)DesignContentJson.Deserialize(WizardStep.JointVision, stored);

        var pageOnSecond = await b.GetAsync(url);
        var pageOnFirst = await a.GetAsync(url);
        content.NeedsSummary = "Saved through the first instance.";
        Assert.Equal(HttpStatusCode.Redirect, (await a.PostAsync(url, StepFields(definition, content, pageOnFirst), pageOnFirst.AntiforgeryToken())).Status);

        var seen = await b.GetAsync(url);
        Assert.Equal("Saved through the first instance.", seen.Document.GetElementById(FieldPaths.HtmlId("NeedsSummary"))!.TextContent);

        content.NeedsSummary = "Saved through the second instance from an old page.";
        var refused = await b.PostAsync(url, StepFields(definition, content, pageOnSecond), pageOnSecond.AntiforgeryToken());
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Someone else saved this step while you were working on it", refused.Text, StringComparison.Ordinal);
        Assert.Equal("Saved through the first instance.", (await a.GetAsync(url)).Document.GetElementById(FieldPaths.HtmlId("NeedsSummary"))!.TextContent);
    }

    [Fact]
    public async Task Twenty_issue_requests_spread_over_both_instances_issue_each_credential_exactly_once()
    {
        var learners = Enumerable.Range(1, 12).Select(i => Passed($"TI-{i:D2}")).ToList();
        var (cohortId, ids) = await CohortAsync(instances.First, "Two instances", learners);
        var browsers = new List<TestBrowser>();
        for (var i = 0; i < 20; i++)
        {
            var (onFirst, onSecond) = instances.OneBrowser();
            var browser = i % 2 == 0 ? onFirst : onSecond;
            (i % 2 == 0 ? onSecond : onFirst).Dispose();
            await browser.LoginAsync(AdminEmail);
            browsers.Add(browser);
        }

        var tokens = new List<string?>();
        foreach (var browser in browsers)
        {
            tokens.Add((await browser.GetAsync($"/cohorts/{cohortId}/credentials")).AnyAntiforgeryToken());
        }

        // Overlapping selections: every request asks for half of the learners, starting at a different one.
        var results = await Task.WhenAll(browsers.Select((browser, i) => browser.PostAsync(
            $"/cohorts/{cohortId}/credentials/issue",
            Enumerable.Range(i, ids.Count / 2).Select(k => new KeyValuePair<string, string>("learnerIds", ids[k % ids.Count].ToString())),
            tokens[i])));

        // Each request stores all of its selection or nothing, and says which: never an error page, never a second credential.
        Assert.All(results, r => Assert.True(r.Status is HttpStatusCode.Redirect or HttpStatusCode.UnprocessableEntity, $"Answered {(int)r.Status}"));
        Assert.Contains(results, r => r.Status == HttpStatusCode.Redirect);
        foreach (var refused in results.Where(r => r.Status == HttpStatusCode.UnprocessableEntity))
        {
            Assert.Contains("at the same moment", refused.Text, StringComparison.Ordinal);
        }

        var credentials = await CredentialsAsync(instances.Second, cohortId);
        Assert.Equal(credentials.Count, credentials.Select(c => c.LearnerId).Distinct().Count());

        // Issuing to everyone afterwards (on either instance) completes the cohort: each learner holds exactly one credential.
        var all = ids.Select(id => new KeyValuePair<string, string>("learnerIds", id.ToString())).ToList();
        Assert.Equal(HttpStatusCode.Redirect, (await browsers[1].PostAsync($"/cohorts/{cohortId}/credentials/issue", all, tokens[1])).Status);
        credentials = await CredentialsAsync(instances.First, cohortId);
        Assert.Equal(ids.OrderBy(id => id), credentials.Select(c => c.LearnerId).OrderBy(id => id));
        Assert.Equal(credentials.Count, credentials.Select(c => c.PublicId).Distinct().Count());
        foreach (var browser in browsers)
        {
            browser.Dispose();
        }
    }

    [Fact]
    public async Task An_import_previewed_on_one_instance_is_confirmed_on_the_other_once()
    {
        var (onFirst, onSecond) = instances.OneBrowser();
        using var a = onFirst;
        using var b = onSecond;
        await a.LoginAsync(CohortTestSupport.Admin);
        var cohortId = await instances.First.StartCohortAsync(a, "Imported across instances");
        var upload = await a.UploadAsync(cohortId, CohortTestSupport.Utf8(
            "learner_id,given_names,family_name,date_of_birth,email,result,grade,completion_date\n"
            + "X-1,Maria,Fernández,,,passed,7.5,2027-12-10\n"
            + "X-2,Jan,de Boer,,,failed,4.8,\n"));
        Assert.Equal(HttpStatusCode.Redirect, upload.Status);
        Assert.DoesNotContain(Directory.EnumerateFiles(instances.First.DataFolder, "*", SearchOption.AllDirectories), f => f.Contains("import", StringComparison.OrdinalIgnoreCase));

        var preview = await b.GetAsync(upload.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains("2 lines can be imported", preview.Text, StringComparison.Ordinal);

        // The same confirmation sent to both instances at once: the learners are stored once, the import is used up.
        var confirmations = await Task.WhenAll(
            b.PostAsync(preview.FormAction(0)!, new Dictionary<string, string>(), preview.AntiforgeryToken(0)),
            a.PostAsync(preview.FormAction(0)!, new Dictionary<string, string>(), preview.AntiforgeryToken(0)));
        Assert.Single(confirmations, r => r.Location?.OriginalString == $"/cohorts/{cohortId}");
        Assert.All(confirmations, r => Assert.True((int)r.Status < 500, $"Answered {(int)r.Status}"));
        Assert.Equal(["X-1", "X-2"], await instances.First.LearnerIdsAsync(cohortId));
        Assert.False(await instances.Second.WithDbAsync(db => db.PendingImports.AnyAsync(i => i.CohortId == cohortId)));
    }

    private static List<KeyValuePair<string, string>> StepFields(StepDefinition definition, object content, TestBrowser.Page page)
    {
        var fields = StepForms.Fields(definition, content);
        fields.Add(new(Features.Wizard.StepHandler.VersionField, page.Document.QuerySelector("input[name=__version]")!.GetAttribute("value")!));
        fields.Add(new("command", "return"));
        return fields;
    }
}
