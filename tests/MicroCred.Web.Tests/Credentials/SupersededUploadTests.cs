using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MicroCred.Web.Tests.Support;
using static MicroCred.Web.Tests.Credentials.CredentialData;

namespace MicroCred.Web.Tests.Credentials;

/// <summary>
/// Files downloaded before a correction (sealed PDF, Open Badge JWT, EDC JSON-LD and sealed EDC) still verify as genuine on
/// /verify, and the page says they were superseded, when, and by which credential; files of a revoked credential say revoked.
/// </summary>
public sealed class SupersededUploadTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    private sealed record Downloads(byte[] Pdf, string Jwt, string JsonLd, string Jws);

    private async Task<(TestBrowser Browser, Domain.Credentials.IssuedCredential Credential, Downloads Files)> IssuedAsync(string code)
    {
        factory.Clock.Set(new DateTimeOffset(2027, 6, 1, 9, 0, 0, TimeSpan.Zero));
        var (cohortId, ids) = await CohortAsync(factory, "Superseded " + code, [Passed(code, "Noor", "Bakkre", 8m)]);
        var browser = factory.Browser();
        await browser.LoginAsync(AdminEmail);
        await IssueAsync(browser, cohortId, ids);
        var credential = (await CredentialsAsync(factory, cohortId)).Single();
        var files = new Downloads(
            await browser.Client.GetByteArrayAsync($"/credentials/{credential.Id}/certificate"),
            await browser.Client.GetStringAsync($"/credentials/{credential.Id}/open-badge.jwt"),
            await browser.Client.GetStringAsync($"/credentials/{credential.Id}/edc.jsonld"),
            await browser.Client.GetStringAsync($"/credentials/{credential.Id}/edc.jws"));
        return (browser, credential, files);
    }

    private async Task<string> CorrectAsync(TestBrowser browser, Domain.Credentials.IssuedCredential credential)
    {
        factory.Clock.Set(new DateTimeOffset(2027, 9, 20, 10, 0, 0, TimeSpan.Zero));
        var done = await browser.SubmitAsync($"/credentials/{credential.Id}/correct", new Dictionary<string, string>
        {
            ["Form.GivenNames"] = "Noor",
            ["Form.FamilyName"] = "Bakker",
            ["Form.Grade"] = "",
            ["Form.Participation"] = credential.ReadContent().Participation,
            ["Form.Reason"] = "The family name was misspelt.",
        });
        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        return (await CredentialsAsync(factory, credential.CohortId)).Single(c => c.Id != credential.Id).PublicId;
    }

    private static async Task<TestBrowser.Page> UploadAsync(TestBrowser visitor, string url, string field, byte[] file, string name, string type)
    {
        var form = await visitor.GetAsync("/verify");
        using var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(type);
        content.Add(part, field, name);
        return await visitor.PostMultipartAsync(url, content, form.AnyAntiforgeryToken()!);
    }

    [Fact]
    public async Task An_uploaded_pdf_of_a_corrected_credential_says_superseded_when_and_by_which_credential()
    {
        var (browser, credential, files) = await IssuedAsync("SU-1");
        using var _ = browser;
        var correctedId = await CorrectAsync(browser, credential);
        using var visitor = factory.Browser();

        var page = await UploadAsync(visitor, "/verify/pdf", "file", files.Pdf, "certificate.pdf", "application/pdf");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var verdict = page.Document.GetElementById("pdf-verdict")!;
        Assert.Contains("replaced by a corrected one", verdict.TextContent, StringComparison.Ordinal);
        Assert.Contains("alert-warning", verdict.ClassName, StringComparison.Ordinal);
        Assert.DoesNotContain("✓", verdict.TextContent, StringComparison.Ordinal);
        Assert.Contains("Yes, on 20 September 2027", page.Document.GetElementById("pdf-superseded")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/verify/{correctedId}", page.Document.GetElementById("superseded-by")?.GetAttribute("href"));
    }

    [Fact]
    public async Task An_uploaded_open_badge_jwt_json_ld_and_pasted_sealed_edc_of_a_corrected_credential_say_superseded()
    {
        var (browser, credential, files) = await IssuedAsync("SU-2");
        using var _ = browser;
        var correctedId = await CorrectAsync(browser, credential);
        using var visitor = factory.Browser();

        var jwt = await UploadAsync(visitor, "/verify/document", "Upload", Encoding.ASCII.GetBytes(files.Jwt), "badge.jwt", "application/jwt");
        var jsonLd = await UploadAsync(visitor, "/verify/document", "Upload", Encoding.UTF8.GetBytes(files.JsonLd), "credential.jsonld", "application/ld+json");
        var jws = await visitor.SubmitAsync("/verify", new Dictionary<string, string> { ["Document"] = files.Jws });

        foreach (var (page, format) in new[] { (jwt, "Open Badge"), (jsonLd, "JSON-LD"), (jws, "sealed European Digital Credential") })
        {
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Contains("Superseded by a corrected credential", page.Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
            Assert.Contains(format, page.Document.GetElementById("document-status")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("alert-warning", page.Document.GetElementById("document-status")!.ClassName, StringComparison.Ordinal);
            Assert.Contains("on 20 September 2027", page.Document.GetElementById("supersession-finding")!.TextContent, StringComparison.Ordinal);
            Assert.Equal($"/verify/{correctedId}", page.Document.GetElementById("superseded-by")?.GetAttribute("href"));
            Assert.Null(page.Document.GetElementById("document-differences"));
        }

        Assert.Contains("The seal is valid", jwt.Text, StringComparison.Ordinal);
        Assert.Contains("no seal of its own", jsonLd.Text, StringComparison.Ordinal);
        Assert.Contains("The seal is valid", jws.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_uploaded_json_ld_of_a_revoked_credential_says_revoked_with_the_reason()
    {
        var (browser, credential, files) = await IssuedAsync("SU-3");
        using var _ = browser;
        await browser.SubmitAsync($"/credentials/{credential.Id}/revoke", new Dictionary<string, string> { ["Form.Reason"] = "Awarded to the wrong cohort." });
        using var visitor = factory.Browser();

        var page = await UploadAsync(visitor, "/verify/document", "Upload", Encoding.UTF8.GetBytes(files.JsonLd), "credential.jsonld", "application/ld+json");

        Assert.Contains("Revoked digital credential", page.Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Awarded to the wrong cohort.", page.Document.GetElementById("revocation-finding")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.Document.GetElementById("supersession-finding"));
    }
}
