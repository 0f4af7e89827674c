using System.Diagnostics;
using System.Net;
using MicroCred.Domain.Credentials;
using MicroCred.Web.Features.Cohorts;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static MicroCred.Web.Tests.Credentials.CredentialData;

namespace MicroCred.Web.Tests.Credentials;

/// <summary>
/// Issuing for a cohort at the import limit: "issue to every eligible learner" posts no ids, is all or nothing and idempotent,
/// and two such requests at once still leave one credential per learner. Ticking more than 1,024 learners works too.
/// </summary>
public sealed class LargeCohortIssuingTests(MicroCredFactory factory, ITestOutputHelper output) : IClassFixture<MicroCredFactory>
{
    [Fact]
    public async Task Issue_to_every_eligible_learner_issues_to_a_cohort_of_5000_in_one_small_request_and_only_once()
    {
        var learners = Enumerable.Range(1, LearnerCsv.MaxRows).Select(i => (i % 100) switch
        {
            0 => Failed($"BIG-{i:D4}"),
            1 => AttendanceOnly($"BIG-{i:D4}"),
            _ => Passed($"BIG-{i:D4}", family: $"Learner {i:D4}"),
        }).ToList();
        var eligible = learners.Count(l => l.Result != LearnerResult.Failed);
        var clock = Stopwatch.StartNew();
        var (cohortId, _) = await CohortAsync(factory, "Import-sized cohort", learners);
        output.WriteLine($"Seeded {learners.Count} learners in {clock.ElapsedMilliseconds} ms");
        using var browser = factory.Browser();
        await browser.LoginAsync(AdminEmail);

        clock.Restart();
        var page = await browser.GetAsync($"/cohorts/{cohortId}/credentials");
        output.WriteLine($"Credentials page with {learners.Count} learners: {clock.ElapsedMilliseconds} ms");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var form = page.Document.QuerySelector($"form[action='/cohorts/{cohortId}/credentials/issue-all']");
        Assert.NotNull(form);
        Assert.Contains($"Issue to every eligible learner ({eligible})", form.TextContent, StringComparison.Ordinal);
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value");

        clock.Restart();
        var issued = await browser.PostAsync($"/cohorts/{cohortId}/credentials/issue-all", new Dictionary<string, string>(), token);
        output.WriteLine($"Issued {eligible} credentials in {clock.ElapsedMilliseconds} ms");
        Assert.Equal(HttpStatusCode.Redirect, issued.Status);
        Assert.Equal(eligible, await CredentialCountAsync(factory, cohortId));
        var after = await browser.GetAsync(issued.Location!.OriginalString);
        Assert.Contains($"{eligible} micro-credentials issued.", after.Text, StringComparison.Ordinal);

        var again = await browser.PostAsync($"/cohorts/{cohortId}/credentials/issue-all", new Dictionary<string, string>(), after.AnyAntiforgeryToken());
        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        Assert.Contains("Nothing new to issue", (await browser.GetAsync(again.Location!.OriginalString)).Text, StringComparison.Ordinal);
        Assert.Equal(eligible, await CredentialCountAsync(factory, cohortId));
        var credentials = await CredentialsAsync(factory, cohortId);
        Assert.Equal(eligible, credentials.Select(c => c.LearnerId).Distinct().Count());
        Assert.Equal(eligible - (learners.Count / 100), credentials.Count(c => c.Award == CredentialAward.EctsCertificate));
    }

    [Fact]
    public async Task Ticking_more_than_1024_learners_issues_instead_of_answering_400()
    {
        var (cohortId, ids) = await CohortAsync(factory, "Over the form limit", Enumerable.Range(1, 1100).Select(i => Passed($"TK-{i:D4}")));
        using var browser = factory.Browser();
        await browser.LoginAsync(AdminEmail);

        var issued = await IssueAsync(browser, cohortId, ids);

        Assert.Equal(HttpStatusCode.Redirect, issued.Status);
        Assert.Equal(1100, await CredentialCountAsync(factory, cohortId));
    }

    [Fact]
    public async Task A_refused_learner_means_issue_to_everyone_issues_nothing()
    {
        var (cohortId, _) = await CohortAsync(factory, "All or nothing", [Passed("AN-1"), Passed("AN-2", "Ana", "Silva")]);
        // A learner whose stored identifier is blank cannot be identified on the certificate (R-CERT-01).
        await factory.WithDbAsync(async db =>
        {
            var learner = await db.Learners.SingleAsync(l => l.CohortId == cohortId && l.IdentifierKey == "AN-2");
            db.Entry(learner).Property(l => l.LearnerIdentifier).CurrentValue = " ";
            return await db.SaveChangesAsync();
        });
        using var browser = factory.Browser();
        await browser.LoginAsync(AdminEmail);
        var page = await browser.GetAsync($"/cohorts/{cohortId}/credentials");
        var token = page.Document.QuerySelector($"form[action='/cohorts/{cohortId}/credentials/issue-all'] input[name=__RequestVerificationToken]")!.GetAttribute("value");

        var refused = await browser.PostAsync($"/cohorts/{cohortId}/credentials/issue-all", new Dictionary<string, string>(), token);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("Nothing was issued: 1 learner cannot receive a credential.", refused.Text, StringComparison.Ordinal);
        Assert.Equal(0, await CredentialCountAsync(factory, cohortId));
    }

    [Fact]
    public async Task Two_issue_to_everyone_requests_at_the_same_moment_leave_one_credential_per_learner()
    {
        var (cohortId, ids) = await CohortAsync(factory, "Racing", Enumerable.Range(1, 300).Select(i => Passed($"RC-{i:D3}")));
        using var first = factory.Browser();
        using var second = factory.Browser();
        await first.LoginAsync(AdminEmail);
        await second.LoginAsync(AdminEmail);
        var token1 = (await first.GetAsync($"/cohorts/{cohortId}/credentials")).AnyAntiforgeryToken();
        var token2 = (await second.GetAsync($"/cohorts/{cohortId}/credentials")).AnyAntiforgeryToken();

        var results = await Task.WhenAll(
            first.PostAsync($"/cohorts/{cohortId}/credentials/issue-all", new Dictionary<string, string>(), token1),
            second.PostAsync($"/cohorts/{cohortId}/credentials/issue-all", new Dictionary<string, string>(), token2));

        Assert.All(results, r => Assert.True(r.Status is HttpStatusCode.Redirect or HttpStatusCode.UnprocessableEntity, $"Answered {(int)r.Status}"));
        Assert.Contains(results, r => r.Status == HttpStatusCode.Redirect);
        foreach (var refused in results.Where(r => r.Status == HttpStatusCode.UnprocessableEntity))
        {
            Assert.Contains("at the same moment", refused.Text, StringComparison.Ordinal);
        }

        Assert.Equal(ids.Count, await CredentialCountAsync(factory, cohortId));
        Assert.Equal(ids.Count, (await CredentialsAsync(factory, cohortId)).Select(c => c.LearnerId).Distinct().Count());
    }
}
