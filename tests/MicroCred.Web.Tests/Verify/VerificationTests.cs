using System.Net;
using MicroCred.Domain;
using MicroCred.Domain.Designs;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static MicroCred.Web.Tests.Credentials.CredentialData;

namespace MicroCred.Web.Tests.Verify;

/// <summary>The public verification page the QR code points to: no sign-in, the stored elements, and nothing else about the learner.</summary>
public sealed class VerificationTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    [Fact]
    public async Task A_valid_credential_shows_valid_its_elements_and_hash_without_the_learners_email_or_birth_date()
    {
        var (publicId, hash) = await IssueOneAsync("VV-1");
        using var anonymous = factory.Browser();

        var page = await anonymous.GetAsync($"/verify/{publicId}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Valid", page.Document.GetElementById("verification-status")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("alert-success", page.Document.GetElementById("verification-status")!.ClassName, StringComparison.Ordinal);
        Assert.Contains("Noor Bakker", page.Text, StringComparison.Ordinal);
        Assert.Contains(SampleDesigns.PublishedTitle, page.Text, StringComparison.Ordinal);
        Assert.Equal(hash, page.Document.GetElementById("content-hash")!.TextContent.Trim());
        Assert.Equal(11, page.Document.QuerySelectorAll("#certificate-elements dt").Count(dt => char.IsAsciiDigit(dt.TextContent.Trim()[0])));

        Assert.DoesNotContain("@learners.example", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("1990", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("5 Jan", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_credential_verifies_as_revoked_with_date_and_reason()
    {
        var (publicId, _) = await IssueOneAsync("VR-1");
        await factory.WithDbAsync(async db =>
        {
            var credential = await db.IssuedCredentials.SingleAsync(c => c.PublicId == publicId);
            credential.Revoke(await AdminAsync(factory), "The assessment was found to be invalid.", new DateTimeOffset(2027, 6, 1, 9, 0, 0, TimeSpan.Zero));
            return await db.SaveChangesAsync();
        });

        using var anonymous = factory.Browser();
        var page = await anonymous.GetAsync($"/verify/{publicId}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var status = page.Document.GetElementById("verification-status")!;
        Assert.Contains("Revoked on 1 June 2027", status.TextContent, StringComparison.Ordinal);
        Assert.Contains("The assessment was found to be invalid.", status.TextContent, StringComparison.Ordinal);
        Assert.Contains("alert-danger", status.ClassName, StringComparison.Ordinal);
        Assert.DoesNotContain("✓ Valid", page.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-an-id")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("%3Cscript%3E")]
    public async Task An_unknown_or_malformed_id_gets_a_clear_not_found_page(string id)
    {
        using var anonymous = factory.Browser();
        var page = await anonymous.GetAsync($"/verify/{id}");
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("No micro-credential with this id", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_credential_whose_stored_content_was_altered_is_not_valid_and_not_found()
    {
        var (publicId, _) = await IssueOneAsync("VT-1");
        await factory.WithDbAsync(db => db.IssuedCredentials.Where(c => c.PublicId == publicId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ContentJson, c => c.ContentJson.Replace("Bakker", "Bakkerr"))));

        using var anonymous = factory.Browser();
        var page = await anonymous.GetAsync($"/verify/{publicId}");
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("Not valid", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bakker", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_takes_an_id_to_its_page_and_asks_for_one_when_empty()
    {
        using var anonymous = factory.Browser();
        var form = await anonymous.GetAsync("/verify");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.NotNull(form.Document.QuerySelector("form[action='/verify'] input[name=Id]"));

        var empty = await anonymous.GetAsync("/verify?id=+");
        Assert.Equal("Enter the credential id printed on the certificate.", empty.FieldError("Id"));

        var typed = await anonymous.GetAsync("/verify?id=+abc_DEF-1+");
        Assert.Equal(HttpStatusCode.Redirect, typed.Status);
        Assert.Equal("/verify/abc_DEF-1", typed.Location!.OriginalString);
    }

    private async Task<(string PublicId, string Hash)> IssueOneAsync(string identifier)
    {
        var (cohortId, ids) = await CohortAsync(factory, "Verify " + identifier, [Passed(identifier)]);
        using (var admin = factory.Browser())
        {
            await admin.LoginAsync(AdminEmail);
            Assert.Equal(HttpStatusCode.Redirect, (await IssueAsync(admin, cohortId, ids)).Status);
        }

        var credential = (await CredentialsAsync(factory, cohortId)).Single();
        return (credential.PublicId, credential.ContentHash);
    }
}

/// <summary>Verification is rate-limited per client; the limit answers with the friendly 429 page.</summary>
public sealed class VerificationRateLimitTests : IDisposable
{
    private readonly MicroCredFactory _factory = new();

    public VerificationRateLimitTests() => _factory.Settings["Security:VerificationRequestsPerMinute"] = "3";

    [Fact]
    public async Task After_the_limit_a_client_gets_the_too_many_requests_page()
    {
        using var anonymous = _factory.Browser();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/verify/{SecretToken.New()}")).Status);
        }

        var limited = await anonymous.GetAsync($"/verify/{SecretToken.New()}");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Contains("Wait a minute", limited.Text, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();
}
