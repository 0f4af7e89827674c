using System.Net;
using MicroCred.Web.Tests.Cohorts;
using MicroCred.Web.Tests.Support;

namespace MicroCred.Web.Tests.Credentials;

/// <summary>The institution administrator's whole path through the real pages, from the published course to a verifiable credential.</summary>
public abstract class AdminPathTests(MicroCredFactory factory)
{
    [Fact]
    public async Task From_the_published_course_to_a_credential_that_verifies_as_valid_by_following_the_pages()
    {
        using var admin = await factory.SignedInAsync();
        var designId = await factory.PublishedDesignIdAsync();
        var dashboard = await admin.GetAsync("/");
        Assert.NotNull(dashboard.Document.QuerySelector($"a[href='/designs/{designId}/cohorts']"));

        var cohortId = await factory.StartCohortAsync(admin, "Whole path 2027");
        var cohortPage = await admin.GetAsync($"/cohorts/{cohortId}");
        Assert.Contains("None issued yet.", cohortPage.Text, StringComparison.Ordinal);
        Assert.Null(cohortPage.Document.QuerySelector($"a[href='/cohorts/{cohortId}/credentials']"));

        var added = await admin.SubmitAsync($"/cohorts/{cohortId}/learners/new", CohortTestSupport.LearnerFields("WP-001"));
        Assert.Equal(HttpStatusCode.Redirect, added.Status);

        var finalisePage = await admin.GetAsync($"/cohorts/{cohortId}/finalise");
        var version = finalisePage.Document.QuerySelector("form input[name=version]")!.GetAttribute("value")!;
        var finalised = await admin.SubmitAsync($"/cohorts/{cohortId}/finalise", new Dictionary<string, string> { ["version"] = version });
        Assert.Equal(HttpStatusCode.Redirect, finalised.Status);

        cohortPage = await admin.GetAsync($"/cohorts/{cohortId}");
        var credentialsLink = cohortPage.Document.QuerySelector($"a[href='/cohorts/{cohortId}/credentials']");
        Assert.NotNull(credentialsLink);
        var credentialsPage = await admin.GetAsync(credentialsLink.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, credentialsPage.Status);
        var learnerIds = credentialsPage.Document.QuerySelectorAll("input[name=learnerIds]").Select(i => new KeyValuePair<string, string>("learnerIds", i.GetAttribute("value")!)).ToList();
        Assert.Single(learnerIds);
        var issueForm = credentialsPage.Document.QuerySelector($"form[action='/cohorts/{cohortId}/credentials/issue']")!;
        var token = issueForm.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value");
        var issued = await admin.PostAsync($"/cohorts/{cohortId}/credentials/issue", learnerIds, token);
        Assert.Equal(HttpStatusCode.Redirect, issued.Status);

        cohortPage = await admin.GetAsync($"/cohorts/{cohortId}");
        Assert.Contains("1 issued.", cohortPage.Text, StringComparison.Ordinal);
        var afterIssue = await admin.GetAsync($"/cohorts/{cohortId}/credentials");
        var verifyHref = afterIssue.Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Single(h => h?.StartsWith("/verify/", StringComparison.Ordinal) == true)!;

        using var anonymous = factory.Browser();
        var verified = await anonymous.GetAsync(verifyHref);
        Assert.Equal(HttpStatusCode.OK, verified.Status);
        Assert.Contains("Valid", verified.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Valid micro-credential", verified.Document.Title, StringComparison.Ordinal);

        var revokeHref = afterIssue.Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Single(h => h?.EndsWith("/revoke", StringComparison.Ordinal) == true)!;
        var revoked = await admin.SubmitAsync(revokeHref, new Dictionary<string, string> { ["Form.Reason"] = "Issued to the wrong learner by mistake." });
        Assert.Equal(HttpStatusCode.Redirect, revoked.Status);
        Assert.Contains("1 issued, of which 1 revoked.", (await admin.GetAsync($"/cohorts/{cohortId}")).Text, StringComparison.Ordinal);
    }
}

public sealed class AdminPathTestsOnSqlite(MicroCredFactory factory) : AdminPathTests(factory), IClassFixture<MicroCredFactory>;

public sealed class AdminPathTestsOnPostgreSql(PostgreSqlFactory factory) : AdminPathTests(factory), IClassFixture<PostgreSqlFactory>;
