using System.Net;
using MicroCred.Web.Tests.Support;
using static MicroCred.Web.Tests.Credentials.CredentialData;

namespace MicroCred.Web.Tests.Credentials;

/// <summary>Revoking with a reason, once; and nobody but the issuing institution's administrators reaches any of these pages.</summary>
public sealed class RevocationAndAccessTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    [Fact]
    public async Task Revoking_needs_a_reason_records_who_when_and_why_and_cannot_happen_twice()
    {
        var (cohortId, ids) = await CohortAsync(factory, "Revoke", [Passed("RV-1", "Noor", "Bakker")]);
        using var browser = factory.Browser();
        await browser.LoginAsync(AdminEmail);
        await IssueAsync(browser, cohortId, ids);
        var credential = (await CredentialsAsync(factory, cohortId)).Single();
        var url = $"/credentials/{credential.Id}/revoke";

        var missing = await browser.SubmitAsync(url, new Dictionary<string, string> { ["Form.Reason"] = "  " });
        Assert.Equal(HttpStatusCode.OK, missing.Status);
        Assert.Contains("Give the reason for revoking", missing.FieldError("Form_Reason"), StringComparison.Ordinal);
        Assert.NotEmpty(missing.ErrorSummary());
        Assert.Null((await CredentialsAsync(factory, cohortId)).Single().RevokedAt);

        factory.Clock.Set(new DateTimeOffset(2027, 5, 3, 10, 0, 0, TimeSpan.Zero));
        var done = await browser.SubmitAsync(url, new Dictionary<string, string> { ["Form.Reason"] = "Plagiarism found after the assessment." });
        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        var list = await browser.GetAsync(done.Location!.OriginalString);
        Assert.Contains("The micro-credential of Noor Bakker is revoked.", list.Text, StringComparison.Ordinal);
        Assert.Contains("Revoked", list.Text, StringComparison.Ordinal);
        Assert.Contains("on 3 May 2027 by Ines van Dijk: Plagiarism found after the assessment.", list.Text, StringComparison.Ordinal);

        var stored = (await CredentialsAsync(factory, cohortId)).Single();
        Assert.Equal(new DateTimeOffset(2027, 5, 3, 10, 0, 0, TimeSpan.Zero), stored.RevokedAt);
        Assert.Equal("Ines van Dijk", stored.RevokedByName);
        Assert.Equal("Plagiarism found after the assessment.", stored.RevocationReason);

        var again = await browser.GetAsync(url);
        Assert.Contains("already revoked on 3 May 2027", again.Text, StringComparison.Ordinal);
        var token = (await browser.GetAsync(url)).AnyAntiforgeryToken();
        var second = await browser.PostAsync(url, new Dictionary<string, string> { ["Form.Reason"] = "Again." }, token);
        Assert.Contains("already revoked on 3 May 2027", second.Text, StringComparison.Ordinal);
        Assert.Equal("Plagiarism found after the assessment.", (await CredentialsAsync(factory, cohortId)).Single().RevocationReason);
    }

    [Theory]
    [InlineData("leader@microcred.demo")]
    [InlineData("outsider@microcred.demo")]
    [InlineData(OtherAdminEmail)]
    public async Task Everyone_but_the_issuing_institutions_administrators_gets_not_found_on_every_page(string email)
    {
        await EnsureOtherAdminAsync(factory);
        var (cohortId, ids) = await CohortAsync(factory, "Private " + email, [Passed("PR-1")]);
        using (var admin = factory.Browser())
        {
            await admin.LoginAsync(AdminEmail);
            await IssueAsync(admin, cohortId, ids);
        }

        var credential = (await CredentialsAsync(factory, cohortId)).Single();
        using var browser = factory.Browser();
        await browser.LoginAsync(email);
        foreach (var url in new[]
        {
            $"/cohorts/{cohortId}/credentials", $"/cohorts/{cohortId}/certificates.zip",
            $"/credentials/{credential.Id}/certificate", $"/credentials/{credential.Id}/revoke",
        })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(url)).Status);
        }

        var token = (await browser.GetAsync("/")).AnyAntiforgeryToken();
        Assert.Equal(HttpStatusCode.NotFound, (await browser.PostAsync($"/cohorts/{cohortId}/credentials/issue", new Dictionary<string, string> { ["learnerIds"] = ids[0].ToString() }, token)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.PostAsync($"/credentials/{credential.Id}/revoke", new Dictionary<string, string> { ["Form.Reason"] = "Not mine." }, token)).Status);
        Assert.Null((await CredentialsAsync(factory, cohortId)).Single().RevokedAt);
    }
}
