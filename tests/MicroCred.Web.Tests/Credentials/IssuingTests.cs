using System.Net;
using MicroCred.Domain.Credentials;
using MicroCred.Web.Tests.Support;
using static MicroCred.Web.Tests.Credentials.CredentialData;

namespace MicroCred.Web.Tests.Credentials;

/// <summary>Issuing micro-credentials to the learners of a cohort: after finalisation only, all or nothing, never twice.</summary>
public abstract class IssuingTests(MicroCredFactory factory)
{
    [Fact]
    public async Task Nothing_can_be_issued_before_the_results_are_finalised()
    {
        var (cohortId, learners) = await CohortAsync(factory, "Not final", [Passed("NF-1")], finalise: false);
        using var browser = factory.Browser();
        await browser.LoginAsync(AdminEmail);

        var page = await browser.GetAsync($"/cohorts/{cohortId}/credentials");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("once the assessment board has finalised the results", page.Text, StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll("input[name=learnerIds]"));

        var refused = await IssueAsync(browser, cohortId, learners);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("only be issued after the results are finalised", refused.Text, StringComparison.Ordinal);
        Assert.Equal(0, await CredentialCountAsync(factory, cohortId));
    }

    [Fact]
    public async Task Passed_learners_get_the_ects_certificate_attendance_only_a_badge_and_failed_none()
    {
        var (cohortId, ids) = await CohortAsync(factory, "Mixed", [Passed("MX-1"), Passed("MX-2", "Ana", "Silva"), AttendanceOnly("MX-3"), Failed("MX-4")]);
        using var browser = factory.Browser();
        await browser.LoginAsync(AdminEmail);

        var page = await browser.GetAsync($"/cohorts/{cohortId}/credentials");
        var selectable = page.Document.QuerySelectorAll("input[name=learnerIds]").Select(i => Guid.Parse(i.GetAttribute("value")!)).ToList();
        Assert.Equal(ids.Take(3).Order(), selectable.Order());
        Assert.Contains("did not pass, so receives no credential", page.Text, StringComparison.Ordinal);

        var issued = await IssueAsync(browser, cohortId, selectable);
        Assert.Equal(HttpStatusCode.Redirect, issued.Status);
        var after = await browser.GetAsync(issued.Location!.OriginalString);
        Assert.Contains("3 micro-credentials issued.", after.Text, StringComparison.Ordinal);

        var credentials = await CredentialsAsync(factory, cohortId);
        Assert.Equal(3, credentials.Count);
        Assert.Equal(CredentialAward.BadgeOfAttendance, credentials.Single(c => c.LearnerId == ids[2]).Award);
        Assert.Null(credentials.Single(c => c.LearnerId == ids[2]).ReadContent().EctsCredits);
        Assert.All(credentials.Where(c => c.LearnerId != ids[2]), c => Assert.Equal(CredentialAward.EctsCertificate, c.Award));
        Assert.DoesNotContain(credentials, c => c.LearnerId == ids[3]);
        Assert.All(credentials, c => Assert.True(c.IsIntact()));
        Assert.Equal(3, after.Document.QuerySelectorAll("a[href^='/credentials/'][href$='/certificate']").Length);
        Assert.Contains("3 certificates", after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issuing_twice_never_creates_a_second_credential()
    {
        var (cohortId, ids) = await CohortAsync(factory, "Twice", [Passed("TW-1"), Passed("TW-2", "Ana", "Silva")]);
        using var browser = factory.Browser();
        await browser.LoginAsync(AdminEmail);

        Assert.Equal(HttpStatusCode.Redirect, (await IssueAsync(browser, cohortId, ids)).Status);
        var again = await IssueAsync(browser, cohortId, ids);
        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        var page = await browser.GetAsync(again.Location!.OriginalString);
        Assert.Contains("Nothing new to issue: 2 selected learners already hold a micro-credential.", page.Text, StringComparison.Ordinal);
        Assert.Equal(2, await CredentialCountAsync(factory, cohortId));
    }

    [Fact]
    public async Task One_refused_learner_in_the_selection_means_nobody_is_issued()
    {
        var (cohortId, ids) = await CohortAsync(factory, "Atomic", [Passed("AT-1"), Passed("AT-2", "Ana", "Silva"), Failed("AT-3", "Eva", "Mulder")]);
        using var browser = factory.Browser();
        await browser.LoginAsync(AdminEmail);

        var refused = await IssueAsync(browser, cohortId, ids);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("Nothing was issued", refused.Text, StringComparison.Ordinal);
        Assert.Contains("Eva Mulder (AT-3) did not pass", refused.Text, StringComparison.Ordinal);
        Assert.Equal(0, await CredentialCountAsync(factory, cohortId));

        // The selection is kept for the next try.
        Assert.Equal(2, refused.Document.QuerySelectorAll("input[name=learnerIds][checked]").Length);
    }

    [Fact]
    public async Task An_empty_selection_or_a_learner_of_another_cohort_is_refused_with_a_message()
    {
        var (cohortId, _) = await CohortAsync(factory, "Selection", [Passed("SE-1")]);
        var (_, others) = await CohortAsync(factory, "Other cohort", [Passed("SE-9")]);
        using var browser = factory.Browser();
        await browser.LoginAsync(AdminEmail);

        var empty = await IssueAsync(browser, cohortId, []);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.Status);
        Assert.Contains("Select at least one learner to issue to.", empty.Text, StringComparison.Ordinal);

        var foreign = await IssueAsync(browser, cohortId, others);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, foreign.Status);
        Assert.Contains("not in this cohort", foreign.Text, StringComparison.Ordinal);
        Assert.Equal(0, await CredentialCountAsync(factory, cohortId));
    }

    [Fact]
    public async Task Two_issues_at_the_same_moment_end_with_one_credential_per_learner_and_no_error_page()
    {
        var learners = Enumerable.Range(1, 15).Select(i => Passed($"CC-{i:D2}")).ToList();
        var (cohortId, ids) = await CohortAsync(factory, "Concurrent", learners);
        using var first = factory.Browser();
        using var second = factory.Browser();
        await first.LoginAsync(AdminEmail);
        await second.LoginAsync(AdminEmail);
        var token1 = (await first.GetAsync($"/cohorts/{cohortId}/credentials")).AnyAntiforgeryToken();
        var token2 = (await second.GetAsync($"/cohorts/{cohortId}/credentials")).AnyAntiforgeryToken();
        var fields = ids.Select(id => new KeyValuePair<string, string>("learnerIds", id.ToString())).ToList();

        var results = await Task.WhenAll(
            first.PostAsync($"/cohorts/{cohortId}/credentials/issue", fields, token1),
            second.PostAsync($"/cohorts/{cohortId}/credentials/issue", fields, token2));

        Assert.All(results, r => Assert.True(r.Status is HttpStatusCode.Redirect or HttpStatusCode.UnprocessableEntity, $"Answered {(int)r.Status}"));
        Assert.Contains(results, r => r.Status == HttpStatusCode.Redirect);
        foreach (var refused in results.Where(r => r.Status == HttpStatusCode.UnprocessableEntity))
        {
            Assert.Contains("at the same moment", refused.Text, StringComparison.Ordinal);
        }

        Assert.Equal(15, await CredentialCountAsync(factory, cohortId));
    }

    [Fact]
    public async Task A_credential_keeps_the_values_of_issue_time_when_the_course_and_institution_change_later()
    {
        var (cohortId, ids) = await CohortAsync(factory, "Frozen", [Passed("FZ-1")]);
        using var browser = factory.Browser();
        await browser.LoginAsync(AdminEmail);
        await IssueAsync(browser, cohortId, ids);
        var credential = (await CredentialsAsync(factory, cohortId)).Single();
        var before = Flat(await browser.Client.GetByteArrayAsync($"/credentials/{credential.Id}/certificate"));

        await factory.WithDbAsync(async db =>
        {
            var institution = await db.Institutions.FindAsync(credential.IssuingInstitutionId);
            db.Entry(institution!).Property(i => i.Name).CurrentValue = "Renamed University";
            var step = db.DesignSteps.Single(s => s.DesignId == credential.DesignId && s.Step == MicroCred.Domain.Designs.WizardStep.CoursePlan);
            db.Entry(step).Property(s => s.ContentJson).CurrentValue = step.ContentJson.Replace(MicroCred.Domain.Designs.SampleDesigns.PublishedTitle, "Changed title", StringComparison.Ordinal);
            return await db.SaveChangesAsync();
        });

        var after = Flat(await browser.Client.GetByteArrayAsync($"/credentials/{credential.Id}/certificate"));
        Assert.Equal(before, after);
        Assert.Contains(MicroCred.Domain.Designs.SampleDesigns.PublishedTitle, after, StringComparison.Ordinal);
        Assert.DoesNotContain("Renamed University", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Changed title", after, StringComparison.Ordinal);
    }
}

public sealed class IssuingTestsOnSqlite(MicroCredFactory factory) : IssuingTests(factory), IClassFixture<MicroCredFactory>;

public sealed class IssuingTestsOnPostgreSql(PostgreSqlFactory factory) : IssuingTests(factory), IClassFixture<PostgreSqlFactory>;
