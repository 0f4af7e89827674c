using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using MicroCred.Documents.Layout;
using MicroCred.Documents.Rendering;
using MicroCred.Documents.Sealing;
using MicroCred.Documents.Tests.Support;
using MicroCred.Domain.Institutions;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static MicroCred.Web.Tests.Credentials.CredentialData;

namespace MicroCred.Web.Tests.Credentials;

/// <summary>Downloaded certificates carry the issuing institution's seal, logo and signatory, and /verify checks an uploaded file.</summary>
public sealed class SealedCertificateDownloadTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    private async Task<(Guid CredentialId, string PublicId, Guid CohortId, Guid InstitutionId)> IssueAsync(string id, string given = "Αθηνά", string family = "Παπαδοπούλου")
    {
        var (cohortId, ids) = await CohortAsync(factory, "Sealed " + id, [Passed(id, given, family, 8m)]);
        using var browser = factory.Browser();
        await browser.LoginAsync(AdminEmail);
        await CredentialData.IssueAsync(browser, cohortId, ids);
        var credential = (await CredentialsAsync(factory, cohortId)).Single();
        return (credential.Id, credential.PublicId, cohortId, credential.IssuingInstitutionId);
    }

    private async Task<byte[]> DownloadAsync(Guid credentialId)
    {
        using var browser = factory.Browser();
        await browser.LoginAsync(AdminEmail);
        return await browser.Client.GetByteArrayAsync($"/credentials/{credentialId}/certificate");
    }

    [Fact]
    public async Task The_downloaded_certificate_is_sealed_by_the_institution_and_shows_its_logo_and_signatory()
    {
        var (credentialId, _, _, institutionId) = await IssueAsync("SC-1");
        await factory.WithDbAsync(async db =>
        {
            var institution = await db.Institutions.SingleAsync(i => i.Id == institutionId);
            institution.ChangeCertificateSignatory("Prof. Dr. Marieke van der Berg", "Rector Magnificus", DateTimeOffset.UtcNow);
            institution.ReplaceLogo(new InstitutionLogo(SampleLogo.Png(), "image/png"), DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });

        var pdf = await DownloadAsync(credentialId);
        if (Environment.GetEnvironmentVariable("MICROCRED_PDF_OUT") is { Length: > 0 } dir)
        {
            File.WriteAllBytes(Path.Combine(dir, "web-sealed-certificate.pdf"), pdf);
        }

        Qpdf.AssertPassesCheck(pdf);
        var report = PdfSig.Run(pdf);
        Assert.Contains("Signature is Valid", report, StringComparison.Ordinal);
        var institutionName = await factory.WithDbAsync(db => db.Institutions.Where(i => i.Id == institutionId).Select(i => i.Name).SingleAsync());
        Assert.Contains(institutionName, report, StringComparison.Ordinal);
        var text = Flat(pdf);
        Assert.Contains("Prof. Dr. Marieke van der Berg", text, StringComparison.Ordinal);
        Assert.Contains("Rector Magnificus", text, StringComparison.Ordinal);
        Assert.Contains("Αθηνά Παπαδοπούλου", text, StringComparison.Ordinal);
        using var read = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.Equal(1, read.NumberOfPages);
        Assert.Equal(2, read.GetPage(1).GetImages().Count());
        Assert.True(pdf.Length <= 60 * 1024, $"{pdf.Length / 1024.0:F1} KiB");
    }

    [Fact]
    public async Task The_downloaded_certificate_carries_the_edc_json_ld_as_an_alternative_attachment()
    {
        var (credentialId, publicId, _, _) = await IssueAsync("SC-EDC", "Яна", "Ковальчук");

        var pdf = await DownloadAsync(credentialId);
        var inspection = SealedPdf.Inspect(pdf);

        Assert.Equal(SealState.Valid, inspection.Seal);
        var attachment = Assert.Single(inspection.Attachments);
        Assert.Equal("яна-ковальчук-micro-credential-edc.jsonld", attachment.FileName);
        Assert.Equal("application/ld+json", attachment.MimeType);
        Assert.Equal(EmbeddedFileRelationship.Alternative, attachment.Relationship);
        using var json = System.Text.Json.JsonDocument.Parse(attachment.Content);
        Assert.EndsWith("/verify/" + publicId, json.RootElement.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.True(json.RootElement.TryGetProperty("@context", out _));
        Assert.Contains("Яна Ковальчук", System.Text.Encoding.UTF8.GetString(attachment.Content), StringComparison.Ordinal);
        Qpdf.AssertPassesCheck(pdf);
        Assert.True(pdf.Length <= 60 * 1024, $"{pdf.Length / 1024.0:F1} KiB");
    }

    [Fact]
    public async Task A_repeated_download_answers_304_to_its_etag_and_stays_no_store()
    {
        var (credentialId, _, _, _) = await IssueAsync("SC-2");
        using var browser = factory.Browser();
        await browser.LoginAsync(AdminEmail);

        using var first = await browser.Client.GetAsync($"/credentials/{credentialId}/certificate");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.True(first.Headers.CacheControl?.NoStore);
        var credential = await factory.WithDbAsync(db => db.IssuedCredentials.SingleAsync(c => c.Id == credentialId));
        Assert.StartsWith($"\"{credential.ContentHash}-", etag.Tag, StringComparison.Ordinal);

        using var again = new HttpRequestMessage(HttpMethod.Get, $"/credentials/{credentialId}/certificate");
        again.Headers.IfNoneMatch.Add(etag);
        using var second = await browser.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.True(second.Headers.CacheControl?.NoStore);

        using var third = await browser.Client.GetAsync($"/credentials/{credentialId}/certificate");
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await third.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_download_is_served_again_from_memory_until_the_institution_changes_its_signatory_or_rotates_its_key()
    {
        var (credentialId, _, _, institutionId) = await IssueAsync("SC-KEY");
        var first = await DownloadAsync(credentialId);
        Assert.Equal(first, await DownloadAsync(credentialId));

        // Changed straight in the database, as another portal instance would: the next download must show it.
        await factory.WithDbAsync(async db =>
        {
            var institution = await db.Institutions.SingleAsync(i => i.Id == institutionId);
            institution.ChangeCertificateSignatory("Dr. Ingrid Aaltonen-Østergaard", "Vice-Rector for Education", DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        var signed = await DownloadAsync(credentialId);
        Assert.NotEqual(first, signed);
        Assert.Contains("Dr. Ingrid Aaltonen-Østergaard", Flat(signed), StringComparison.Ordinal);

        var keyBefore = SealedPdf.Inspect(signed).Signer!.Thumbprint;
        await factory.Services.GetRequiredService<MicroCred.Infrastructure.Sealing.InstitutionKeyStore>().RotateAsync(institutionId);
        var rotated = SealedPdf.Inspect(await DownloadAsync(credentialId));
        Assert.Equal(SealState.Valid, rotated.Seal);
        Assert.NotEqual(keyBefore, rotated.Signer!.Thumbprint);
    }

    [Fact]
    public async Task The_cohort_zip_holds_sealed_certificates()
    {
        var (_, _, cohortId, _) = await IssueAsync("SC-3");
        using var browser = factory.Browser();
        await browser.LoginAsync(AdminEmail);

        var bytes = await browser.Client.GetByteArrayAsync($"/cohorts/{cohortId}/certificates.zip");

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        using var entry = zip.Entries.Single().Open();
        using var copy = new MemoryStream();
        await entry.CopyToAsync(copy);
        Assert.Contains("Signature is Valid", PdfSig.Run(copy.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_pdf_in_the_cohort_zip_carries_the_edc_attachment_of_the_single_download()
    {
        var (credentialId, _, cohortId, _) = await IssueAsync("SC-ZIP", "Яна", "Ковальчук");
        using var browser = factory.Browser();
        await browser.LoginAsync(AdminEmail);

        // First while no single download was made (rendered into the ZIP), then after one (the cached single download).
        var rendered = await ZipEntryAsync(await browser.Client.GetByteArrayAsync($"/cohorts/{cohortId}/certificates.zip"));
        var single = await DownloadAsync(credentialId);
        var cached = await ZipEntryAsync(await browser.Client.GetByteArrayAsync($"/cohorts/{cohortId}/certificates.zip?formats=all"));

        var expected = Assert.Single(SealedPdf.Inspect(single).Attachments);
        foreach (var pdf in new[] { rendered, cached })
        {
            var inspection = SealedPdf.Inspect(pdf);
            Assert.Equal(SealState.Valid, inspection.Seal);
            var attachment = Assert.Single(inspection.Attachments);
            Assert.Equal(expected.FileName, attachment.FileName);
            Assert.Equal(expected.MimeType, attachment.MimeType);
            Assert.Equal(expected.Relationship, attachment.Relationship);
            Assert.Equal(expected.Description, attachment.Description);
            Assert.Equal(expected.Content, attachment.Content);
            var listed = Qpdf.Run(pdf, "--list-attachments");
            Assert.Contains("яна-ковальчук-micro-credential-edc.jsonld", listed.Output, StringComparison.Ordinal);
            Assert.Contains("Signature is Valid", PdfSig.Run(pdf), StringComparison.Ordinal);
        }

        Assert.Equal(single, cached);
    }

    private static async Task<byte[]> ZipEntryAsync(byte[] zipBytes)
    {
        using var zip = new ZipArchive(new MemoryStream(zipBytes), ZipArchiveMode.Read);
        await using var entry = zip.Entries.Single(e => e.FullName.EndsWith(".pdf", StringComparison.Ordinal)).Open();
        using var copy = new MemoryStream();
        await entry.CopyToAsync(copy);
        return copy.ToArray();
    }

    private async Task<TestBrowser.Page> UploadAsync(byte[] file, string name = "certificate.pdf", string type = "application/pdf")
    {
        using var anonymous = factory.Browser();
        var form = await anonymous.GetAsync("/verify");
        using var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(type);
        content.Add(part, "file", name);
        return await anonymous.PostMultipartAsync("/verify/pdf", content, form.AnyAntiforgeryToken()!);
    }

    [Fact]
    public async Task An_uploaded_sealed_certificate_verifies_with_institution_issue_date_and_not_revoked()
    {
        var (credentialId, _, _, _) = await IssueAsync("SC-4", "Zoë", "Łukasiewicz");
        var pdf = await DownloadAsync(credentialId);

        var page = await UploadAsync(pdf);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var verdict = page.Document.GetElementById("pdf-verdict")!;
        Assert.Contains("Valid: sealed by the issuing institution and unchanged", verdict.TextContent, StringComparison.Ordinal);
        Assert.Contains("alert-success", verdict.ClassName, StringComparison.Ordinal);
        var facts = page.Document.GetElementById("pdf-facts")!.TextContent;
        Assert.Contains("Zoë Łukasiewicz", facts, StringComparison.Ordinal);
        Assert.Contains("Issued on", facts, StringComparison.Ordinal);
        Assert.Contains("RevokedNo", facts.Replace("\n", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_uploaded_certificate_with_one_changed_byte_is_reported_as_changed_after_sealing()
    {
        var (credentialId, _, _, _) = await IssueAsync("SC-5");
        var pdf = await DownloadAsync(credentialId);
        var at = pdf.AsSpan().IndexOf("/Title"u8) + 8;
        pdf[at] ^= 0x01;

        var page = await UploadAsync(pdf);

        Assert.Contains("the file was changed after it was sealed", page.Document.GetElementById("pdf-verdict")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("✓", page.Document.GetElementById("pdf-verdict")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_credentials_sealed_file_says_revoked()
    {
        var (credentialId, publicId, _, _) = await IssueAsync("SC-6");
        var pdf = await DownloadAsync(credentialId);
        await factory.WithDbAsync(async db =>
        {
            var credential = await db.IssuedCredentials.SingleAsync(c => c.PublicId == publicId);
            credential.Revoke(await AdminAsync(factory), "Issued in error.", DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });

        var page = await UploadAsync(pdf);

        Assert.Contains("the credential was revoked", page.Document.GetElementById("pdf-verdict")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Issued in error.", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_sealed_with_another_key_is_not_the_issuers_seal()
    {
        var (credentialId, _, _, _) = await IssueAsync("SC-7");
        var original = SealedPdf.Inspect(await DownloadAsync(credentialId));
        using var foreign = PdfSig.SealCertificate("Forgery Ltd");
        var model = new DocumentModel(
            new DocumentMetadata("Certificate", DateTimeOffset.UtcNow) { Properties = new Dictionary<string, string>(original.Properties.Where(p => p.Key is "CredentialId" or "ContentHash" or "VerificationUrl")) },
            [new Paragraph("A forged certificate")]);

        var page = await UploadAsync(new PdfRenderer().Render(model, new PdfSeal(foreign)));

        Assert.Contains("not sealed by the issuing institution", page.Document.GetElementById("pdf-verdict")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_non_pdf_an_unsealed_pdf_and_no_file_get_clear_messages()
    {
        var notPdf = await UploadAsync("name,grade\nNoor,8\n"u8.ToArray(), "grades.csv", "text/csv");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notPdf.Status);
        Assert.Contains("This file is not a PDF", notPdf.Text, StringComparison.Ordinal);

        var unsealed = await UploadAsync(new PdfRenderer().Render(new DocumentModel(new DocumentMetadata("Plain", DateTimeOffset.UtcNow), [new Paragraph("Plain")])));
        Assert.Contains("This PDF carries no electronic seal", unsealed.Text, StringComparison.Ordinal);

        using var anonymous = factory.Browser();
        var form = await anonymous.GetAsync("/verify");
        using var empty = new MultipartFormDataContent();
        var none = await anonymous.PostMultipartAsync("/verify/pdf", empty, form.AnyAntiforgeryToken()!);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, none.Status);
        Assert.Equal("Choose the certificate PDF to check.", none.FieldError("file"));
    }

    [Fact]
    public async Task The_upload_form_needs_its_antiforgery_token()
    {
        using var anonymous = factory.Browser();
        using var content = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.7"u8.ToArray()), "file", "c.pdf" } };

        using var response = await anonymous.Client.PostAsync("/verify/pdf", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
