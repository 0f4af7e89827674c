using MicroCred.Documents.Tests.Support;
using System.IO.Compression;
using System.Net;
using MicroCred.Documents.Templates;
using MicroCred.Domain.Designs;
using MicroCred.Web.Tests.Support;
using UglyToad.PdfPig;
using static MicroCred.Web.Tests.Credentials.CredentialData;

namespace MicroCred.Web.Tests.Credentials;

/// <summary>Certificates printed from the stored credential, one at a time or the whole cohort as a streamed ZIP.</summary>
public sealed class CertificateDownloadTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    [Fact]
    public async Task A_certificate_prints_the_eleven_elements_the_credential_id_its_link_and_hash_and_passes_qpdf()
    {
        var (cohortId, ids) = await CohortAsync(factory, "Certificate", [Passed("CE-1", "Αθηνά", "Παπαδοπούλου", 8m)]);
        using var browser = factory.Browser();
        await browser.LoginAsync(AdminEmail);
        await IssueAsync(browser, cohortId, ids);
        var credential = (await CredentialsAsync(factory, cohortId)).Single();
        var content = credential.ReadContent();

        using var response = await browser.Client.GetAsync($"/credentials/{credential.Id}/certificate");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("certificate-CE-1.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Qpdf.AssertPassesCheck(bytes);
        var text = Flat(bytes);

        var labels = CertificateLabels.For(CertificateLabels.English).Elements;
        Assert.Equal(11, labels.Count);
        Assert.All(labels, label => Assert.Contains(label, text, StringComparison.Ordinal));
        string[] values =
        [
            "Αθηνά Παπαδοπούλου", SampleDesigns.PublishedTitle, content.IssuerCountries, content.AwardingBodies[0], content.Level,
            content.Participation, content.QualityAssurance, content.LearningOutcomes[0], content.Workload,
        ];
        Assert.All(values, value => Assert.Contains(value, text, StringComparison.Ordinal));
        Assert.Contains("8 on a scale up to 10", text, StringComparison.Ordinal);
        var compact = text.Replace(" ", "", StringComparison.Ordinal);
        Assert.Contains(credential.PublicId, compact, StringComparison.Ordinal);
        Assert.Contains($"/verify/{credential.PublicId}", compact, StringComparison.Ordinal);
        Assert.Contains(credential.ContentHash, compact, StringComparison.Ordinal);

        using var pdf = PdfDocument.Open(bytes);
        Assert.Contains(SampleDesigns.PublishedTitle, pdf.Information.Title ?? "", StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(pdf.Information.Author));
        Assert.False(string.IsNullOrWhiteSpace(pdf.Information.Subject));
        Assert.NotNull(pdf.Information.CreationDate);
    }

    [Fact]
    public async Task The_cohort_zip_holds_one_valid_pdf_per_unrevoked_credential_named_by_learner_identifier()
    {
        var (cohortId, ids) = await CohortAsync(factory, "Zipped", [Passed("ZP-1"), Passed("ZP-2", "Ana", "Silva"), AttendanceOnly("ZP-3")], code: "ZIP 2027");
        using var browser = factory.Browser();
        await browser.LoginAsync(AdminEmail);
        await IssueAsync(browser, cohortId, ids);
        var revoked = (await CredentialsAsync(factory, cohortId)).Single(c => c.LearnerId == ids[1]);
        await browser.SubmitAsync($"/credentials/{revoked.Id}/revoke", new Dictionary<string, string> { ["Form.Reason"] = "Issued in error." });

        var page = await browser.GetAsync($"/cohorts/{cohortId}/credentials");
        Assert.Contains("2 certificates", page.Text, StringComparison.Ordinal);

        using var response = await browser.Client.GetAsync($"/cohorts/{cohortId}/certificates.zip");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("certificates-zip-2027.zip", response.Content.Headers.ContentDisposition?.FileNameStar);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        Assert.Equal(["certificate-ZP-1.pdf", "certificate-ZP-3.pdf"], zip.Entries.Select(e => e.FullName).Order());
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            var bytes = copy.ToArray();
            Qpdf.AssertPassesCheck(bytes);
            Assert.Contains(entry.FullName.Contains("ZP-3", StringComparison.Ordinal) ? "Badge of attendance" : "ECTS", Flat(bytes), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_large_cohort_zip_is_streamed_without_a_length_known_in_advance()
    {
        var learners = Enumerable.Range(1, 40).Select(i => Passed($"LG-{i:D3}")).ToList();
        var (cohortId, ids) = await CohortAsync(factory, "Large", learners);
        using var browser = factory.Browser();
        await browser.LoginAsync(AdminEmail);
        await IssueAsync(browser, cohortId, ids);

        using var response = await browser.Client.GetAsync($"/cohorts/{cohortId}/certificates.zip", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Content.Headers.ContentLength);
        await using var body = await response.Content.ReadAsStreamAsync();
        var head = new byte[2];
        await body.ReadExactlyAsync(head);
        Assert.Equal("PK"u8.ToArray(), head);
        using var rest = new MemoryStream();
        await rest.WriteAsync(head);
        await body.CopyToAsync(rest);
        rest.Position = 0;
        using var zip = new ZipArchive(rest, ZipArchiveMode.Read);
        Assert.Equal(40, zip.Entries.Count);
    }

    [Fact]
    public async Task A_cohort_without_credentials_has_no_zip_but_says_what_to_do()
    {
        var (cohortId, _) = await CohortAsync(factory, "Empty zip", [Passed("EZ-1")]);
        using var browser = factory.Browser();
        await browser.LoginAsync(AdminEmail);
        var page = await browser.GetAsync($"/cohorts/{cohortId}/credentials");
        Assert.Contains("No certificates yet", page.Text, StringComparison.Ordinal);
        var zip = await browser.GetAsync($"/cohorts/{cohortId}/certificates.zip");
        Assert.Equal(HttpStatusCode.Redirect, zip.Status);
    }
}
