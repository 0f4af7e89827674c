using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using MicroCred.Domain.Credentials.Formats;
using MicroCred.Domain.Credentials.Sealing;
using MicroCred.Domain.Tests.Credentials.Formats;
using MicroCred.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static MicroCred.Web.Tests.Credentials.CredentialData;

namespace MicroCred.Web.Tests.Credentials;

/// <summary>The digital credentials (sealed EDC, EDC JSON-LD, Open Badge VC-JWT) as a learner's institution downloads them, and their check on /verify.</summary>
public sealed class DigitalCredentialTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    private async Task<(TestBrowser Browser, Domain.Credentials.IssuedCredential Credential)> IssuedAsync(string code, string given = "Αθηνά", string family = "Παπαδοπούλου")
    {
        var (cohortId, ids) = await CohortAsync(factory, "Digital " + code, [Passed(code, given, family, 8m)]);
        var browser = factory.Browser();
        await browser.LoginAsync(AdminEmail);
        await IssueAsync(browser, cohortId, ids);
        return (browser, (await CredentialsAsync(factory, cohortId)).Single());
    }

    private async Task<SealCheck> VerifySealAsync(string token)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IInstitutionSealer>().VerifyAsync(token);
    }

    [Fact]
    public async Task The_edc_json_ld_download_is_named_after_the_learner_not_stored_and_valid_against_the_edc_shapes()
    {
        var (browser, credential) = await IssuedAsync("DC-1");
        using var _ = browser;

        using var response = await browser.Client.GetAsync($"/credentials/{credential.Id}/edc.jsonld");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("αθηνά-παπαδοπούλου-micro-credential-edc.jsonld", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Contains("Αθηνά Παπαδοπούλου", body, StringComparison.Ordinal);
        var report = await ShaclValidator.ValidateAsync(body);
        Assert.True(report.Conforms, report.Describe());
    }

    [Fact]
    public async Task The_sealed_edc_verifies_with_the_institution_key_and_carries_the_jades_headers()
    {
        var (browser, credential) = await IssuedAsync("DC-2", "Яна", "Ковальчук");
        using var _ = browser;

        using var response = await browser.Client.GetAsync($"/credentials/{credential.Id}/edc.jws");
        var jws = await response.Content.ReadAsStringAsync();
        var check = await VerifySealAsync(jws);
        var header = CompactJws.TryRead(jws)!.Value.Header;

        Assert.Equal("application/jose", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("яна-ковальчук-micro-credential-edc-sealed.jws", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.True(check.IsValid, check.Problem);
        Assert.Equal(credential.IssuingInstitutionId, check.InstitutionId);
        Assert.Contains("Яна Ковальчук", Encoding.UTF8.GetString(check.Payload!), StringComparison.Ordinal);
        Assert.NotNull((string?)header["sigT"]);
        Assert.Equal("sigT", (string?)header["crit"]![0]);
        Assert.NotNull((string?)header["x5t#S256"]);
        Assert.NotNull((string?)header["x5c"]![0]);
    }

    [Fact]
    public async Task The_open_badge_jwt_verifies_and_names_the_issuer_profile_which_is_public()
    {
        var (browser, credential) = await IssuedAsync("DC-3");
        using var _ = browser;

        using var response = await browser.Client.GetAsync($"/credentials/{credential.Id}/open-badge.jwt");
        var jwt = await response.Content.ReadAsStringAsync();
        var check = await VerifySealAsync(jwt);
        var claims = JsonNode.Parse(check.Payload!)!;
        using var anonymous = factory.Browser();
        using var profile = await anonymous.Client.GetAsync(new Uri((string)claims["iss"]!).PathAndQuery);
        var profileJson = JsonNode.Parse(await profile.Content.ReadAsStringAsync())!;

        Assert.Equal("application/jwt", response.Content.Headers.ContentType?.MediaType);
        Assert.True(check.IsValid, check.Problem);
        Assert.Equal("MicroCredential", (string?)claims["vc"]!["credentialSubject"]!["achievement"]!["achievementType"]);
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        Assert.Equal("application/json", profile.Content.Headers.ContentType?.MediaType);
        Assert.Equal((string?)claims["iss"], (string?)profileJson["id"]);
        using var keys = await anonymous.Client.GetAsync(new Uri((string)profileJson["jwks_uri"]!).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, keys.StatusCode);
    }

    [Fact]
    public async Task Verify_says_a_pasted_sealed_edc_is_valid_and_names_what_was_changed_in_a_forged_one()
    {
        var (browser, credential) = await IssuedAsync("DC-4");
        using var _ = browser;
        var jws = await browser.Client.GetStringAsync($"/credentials/{credential.Id}/edc.jws");
        using var visitor = factory.Browser();

        var valid = await visitor.SubmitAsync("/verify", new Dictionary<string, string> { ["Document"] = jws });
        var forged = await visitor.SubmitAsync("/verify", new Dictionary<string, string> { ["Document"] = Tamper(jws, "8 on a scale", "9 on a scale") });

        Assert.Equal(HttpStatusCode.OK, valid.Status);
        Assert.Contains("Valid digital credential", valid.Text, StringComparison.Ordinal);
        Assert.Contains("The seal is valid", valid.Text, StringComparison.Ordinal);
        Assert.Contains("It has not been revoked", valid.Text, StringComparison.Ordinal);
        Assert.Contains("changed or is not genuine", forged.Text, StringComparison.Ordinal);
        Assert.Contains("The seal does not hold", forged.Text, StringComparison.Ordinal);
        var differences = forged.Document.GetElementById("document-differences")!.TextContent;
        Assert.Contains("Grade", differences, StringComparison.Ordinal);
        Assert.Contains("9 on a scale", differences, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_takes_an_uploaded_open_badge_and_says_when_it_was_revoked()
    {
        var (browser, credential) = await IssuedAsync("DC-5");
        using var _ = browser;
        var jwt = await browser.Client.GetStringAsync($"/credentials/{credential.Id}/open-badge.jwt");
        await browser.SubmitAsync($"/credentials/{credential.Id}/revoke", new Dictionary<string, string> { ["Form.Reason"] = "Issued to the wrong learner." });
        using var visitor = factory.Browser();
        var form = await visitor.GetAsync("/verify");
        using var upload = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.ASCII.GetBytes(jwt));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/jwt");
        upload.Add(file, "Upload", "badge.jwt");

        var page = await visitor.PostMultipartAsync("/verify/document", upload, form.AntiforgeryToken()!);

        Assert.Contains("Revoked digital credential", page.Text, StringComparison.Ordinal);
        Assert.Contains("The seal is valid", page.Text, StringComparison.Ordinal);
        Assert.Contains("Issued to the wrong learner.", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_refuses_text_that_is_no_credential_next_to_the_field()
    {
        using var visitor = factory.Browser();

        var page = await visitor.SubmitAsync("/verify", new Dictionary<string, string> { ["Document"] = "hello" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("not a credential this page can read", page.FieldError("Document"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cohort_zip_can_hold_all_three_digital_formats_next_to_each_pdf()
    {
        var (cohortId, ids) = await CohortAsync(factory, "Digital zip", [Passed("DZ-1"), Passed("DZ-2", "Ana", "Silva")]);
        using var browser = factory.Browser();
        await browser.LoginAsync(AdminEmail);
        await IssueAsync(browser, cohortId, ids);

        var bytes = await browser.Client.GetByteArrayAsync($"/cohorts/{cohortId}/certificates.zip?formats=all");
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var plain = await browser.Client.GetByteArrayAsync($"/cohorts/{cohortId}/certificates.zip");
        using var plainZip = new ZipArchive(new MemoryStream(plain));

        Assert.Equal(
            ["certificate-DZ-1-edc-sealed.jws", "certificate-DZ-1-edc.jsonld", "certificate-DZ-1-open-badge.jwt", "certificate-DZ-1.pdf",
             "certificate-DZ-2-edc-sealed.jws", "certificate-DZ-2-edc.jsonld", "certificate-DZ-2-open-badge.jwt", "certificate-DZ-2.pdf"],
            zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(2, plainZip.Entries.Count);
        using var reader = new StreamReader(zip.GetEntry("certificate-DZ-2-edc-sealed.jws")!.Open());
        Assert.True((await VerifySealAsync(await reader.ReadToEndAsync())).IsValid);
    }

    private static string Tamper(string jws, string from, string to)
    {
        var parts = jws.Split('.');
        var payload = Encoding.UTF8.GetString(CompactJws.FromBase64Url(parts[1]));
        Assert.Contains(from, payload, StringComparison.Ordinal);
        return parts[0] + "." + CompactJws.Base64Url(Encoding.UTF8.GetBytes(payload.Replace(from, to, StringComparison.Ordinal))) + "." + parts[2];
    }
}
