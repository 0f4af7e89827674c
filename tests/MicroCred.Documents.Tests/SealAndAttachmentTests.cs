using System.Text;
using MicroCred.Documents.Layout;
using MicroCred.Documents.Rendering;
using MicroCred.Documents.Sealing;
using MicroCred.Documents.Tests.Support;

namespace MicroCred.Documents.Tests;

public class SealAndAttachmentTests
{
    private static readonly PdfRenderer Renderer = new();

    private static DocumentModel Model(params EmbeddedFile[] files) =>
        Pdf.Model(new Heading("Sealed"), new Paragraph("Ζωή Παπαδοπούλου · Зоя Петрова")) with { EmbeddedFiles = files };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Pdfsig_reports_the_seal_valid_for_ECDSA_and_RSA_seals(bool rsa)
    {
        using var certificate = PdfSig.SealCertificate(rsa: rsa);

        var pdf = Renderer.Render(Model(), new PdfSeal(certificate) { Reason = "Issued micro-credential", Location = "Rotterdam" });

        Qpdf.AssertPassesCheck(pdf);
        var report = PdfSig.Run(pdf);
        Assert.Contains("Signature is Valid", report, StringComparison.Ordinal);
        Assert.Contains("Rijnmond University seal", report, StringComparison.Ordinal);
        Assert.Contains("Total document signed", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_one_signed_byte_makes_pdfsig_report_the_seal_invalid()
    {
        using var certificate = PdfSig.SealCertificate();
        var pdf = Renderer.Render(Model(), new PdfSeal(certificate));
        var tampered = (byte[])pdf.Clone();
        var at = IndexOf(tampered, "/Title"u8) + 8;
        tampered[at] ^= 0x01;

        var report = PdfSig.Run(tampered);

        Assert.DoesNotContain("Signature is Valid", report, StringComparison.Ordinal);
        Assert.True(report.Contains("Signature is Invalid", StringComparison.Ordinal) || report.Contains("Digest Mismatch", StringComparison.Ordinal), report);
    }

    [Fact]
    public void An_unsealed_pdf_has_no_signature()
    {
        var report = PdfSig.Run(Renderer.Render(Model()));

        Assert.Contains("does not contain any signatures", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Embedded_files_are_listed_by_qpdf_and_read_back_byte_for_byte()
    {
        var json = Encoding.UTF8.GetBytes("""{"@context":"https://www.w3.org/ns/credentials/v2","name":"Ζωή Παπαδοπούλου"}""");
        var file = new EmbeddedFile("credential.jsonld", "application/ld+json", json, EmbeddedFileRelationship.Alternative) { Description = "European Digital Credential" };
        using var certificate = PdfSig.SealCertificate();

        var pdf = Renderer.Render(Model(file, new EmbeddedFile("data.csv", "text/csv", "a,b\n1,2\n"u8.ToArray(), EmbeddedFileRelationship.Data)), new PdfSeal(certificate));

        Qpdf.AssertPassesCheck(pdf);
        var (_, list) = Qpdf.Run(pdf, "--list-attachments", "--verbose");
        Assert.Contains("credential.jsonld", list, StringComparison.Ordinal);
        Assert.Contains("data.csv", list, StringComparison.Ordinal);
        Assert.True(list.Contains("application/ld+json", StringComparison.Ordinal), list);
        var (code, shown) = Qpdf.Run(pdf, "--show-attachment=credential.jsonld");
        Assert.Equal(0, code);
        Assert.Equal(Encoding.UTF8.GetString(json), shown);
        var read = SealedPdf.Inspect(pdf);
        Assert.Equal(["credential.jsonld", "data.csv"], read.Attachments.Select(a => a.FileName));
        Assert.Equal(json, read.Attachments[0].Content);
        Assert.Equal(EmbeddedFileRelationship.Alternative, read.Attachments[0].Relationship);
        Assert.Equal("application/ld+json", read.Attachments[0].MimeType);
        Assert.Contains("Signature is Valid", PdfSig.Run(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalog_lists_the_attachments_as_associated_files()
    {
        var pdf = Renderer.Render(Model(new EmbeddedFile("c.json", "application/json", "{}"u8.ToArray())));

        var (_, json) = Qpdf.Run(pdf, "--json", "--json-key=qpdf");
        Assert.True(json.Contains("\"/AF\"", StringComparison.Ordinal), json[..Math.Min(3000, json.Length)]);
        Assert.Contains("\"/AFRelationship\": \"/Alternative\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_reads_the_seal_the_signer_and_the_properties()
    {
        using var certificate = PdfSig.SealCertificate();
        var model = new DocumentModel(
            new DocumentMetadata("Sealed", Pdf.Created) { Properties = new Dictionary<string, string> { ["CredentialId"] = "abc" } },
            [new Paragraph("Body")]);
        var pdf = Renderer.Render(model, new PdfSeal(certificate));

        var read = SealedPdf.Inspect(pdf);

        Assert.True(read.IsPdf);
        Assert.Equal(SealState.Valid, read.Seal);
        Assert.Equal(certificate.Thumbprint, read.Signer!.Thumbprint);
        Assert.Equal("abc", read.Properties["CredentialId"]);
    }

    [Fact]
    public void Inspect_finds_a_changed_byte_an_appended_revision_and_a_missing_seal()
    {
        using var certificate = PdfSig.SealCertificate();
        var pdf = Renderer.Render(Model(), new PdfSeal(certificate));
        var tampered = (byte[])pdf.Clone();
        tampered[IndexOf(tampered, "/Title"u8) + 8] ^= 0x01;
        byte[] appended = [.. pdf, .. "\n1 0 obj\n<<>>\nendobj\n"u8.ToArray()];

        Assert.Equal(SealState.Broken, SealedPdf.Inspect(tampered).Seal);
        Assert.Equal(SealState.ChangedAfterSealing, SealedPdf.Inspect(appended).Seal);
        Assert.Equal(SealState.None, SealedPdf.Inspect(Renderer.Render(Model())).Seal);
        Assert.False(SealedPdf.Inspect("not a pdf"u8.ToArray()).IsPdf);
    }

    [Fact]
    public void Embedded_file_names_and_types_are_checked()
    {
        Assert.Throws<ArgumentException>(() => new EmbeddedFile("../x.json", "application/json", []));
        Assert.Throws<ArgumentException>(() => new EmbeddedFile("x.json", "json", []));
        Assert.Throws<ArgumentException>(() => Model(new EmbeddedFile("x.json", "application/json", []), new EmbeddedFile("X.json", "application/json", [])));
    }

    private static int IndexOf(byte[] data, ReadOnlySpan<byte> needle)
    {
        var at = data.AsSpan().IndexOf(needle);
        Assert.True(at >= 0);
        return at;
    }
}
