using System.Text;
using MicroCred.Documents.Layout;
using MicroCred.Documents.Rendering;
using MicroCred.Documents.Sealing;
using MicroCred.Documents.Templates;
using MicroCred.Documents.Tests.Support;

namespace MicroCred.Documents.Tests.Templates;

/// <summary>The certificate as learners download it: sealed, with the institution's logo, the signatory and the JSON-LD attached.</summary>
public class SealedCertificateTests
{
    private const int SizeLimit = 60 * 1024;
    private static readonly PdfRenderer Renderer = new();

    public static TheoryData<string, string, string> Names => new()
    {
        { "latin", "Zoë", "Łukasiewicz-Núñez" },
        { "greek-cyrillic", "Αθηνά", "Παπαδοπούλου-Иванова" },
        { "cjk", "美咲", "山田" },
    };

    /// <summary>The portal's ids: 43 characters of base64url, in the printed id and in the link.</summary>
    private const string PortalId = "UwhOvFidY8ZnEw8ZFA4XOfS9oowWlwyGixLe3ysC9g4";

    private static CertificateInput Sealed(string given, string family)
    {
        var input = CertificateDocument.FromIssue(
            TemplateSamples.Context(TemplateSamples.Complete()), TemplateSamples.Learner(given, family), TemplateSamples.IssuedOn,
            TemplateSamples.Options(PortalId) with { VerificationUrl = $"https://microcred.example.eu/verify/{PortalId}" });
        return input with
        {
            IssuerLogoPng = SampleLogo.Png(),
            SignedBy = new Signatory("Prof. Dr. Marieke van der Berg", "Rector Magnificus"),
            Attachments = [new EmbeddedFile("credential.jsonld", "application/ld+json", Encoding.UTF8.GetBytes($$"""{"name":"{{given}} {{family}}","padding":"{{new string('x', 6000)}}"}"""))],
        };
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void A_sealed_certificate_with_logo_signatory_and_attachment_stays_on_one_page_under_60_KiB(string script, string given, string family)
    {
        using var seal = PdfSig.SealCertificate();

        var pdf = Renderer.Render(CertificateDocument.Build(Sealed(given, family)), new PdfSeal(seal));
        if (Environment.GetEnvironmentVariable("MICROCRED_PDF_OUT") is { Length: > 0 } dir)
        {
            File.WriteAllBytes(Path.Combine(dir, $"sealed-certificate-{script}.pdf"), pdf);
        }

        Qpdf.AssertPassesCheck(pdf);
        Assert.True(pdf.Length <= SizeLimit, $"{script}: {pdf.Length / 1024.0:F1} KiB");
        Assert.Contains("Signature is Valid", PdfSig.Run(pdf), StringComparison.Ordinal);
        using var read = Pdf.Open(pdf);
        Assert.Equal(1, read.NumberOfPages);
        var flat = TemplateSamples.Flat(read);
        Assert.Contains($"{given} {family}", flat, StringComparison.Ordinal);
        Assert.Contains("Prof. Dr. Marieke van der Berg", flat, StringComparison.Ordinal);
        Assert.Contains("Rector Magnificus", flat, StringComparison.Ordinal);
        Assert.Equal(2, read.GetPage(1).GetImages().Count());
    }

    [Fact]
    public void The_certificate_carries_its_id_hash_and_attachment_for_a_verifier()
    {
        using var seal = PdfSig.SealCertificate();
        var input = Sealed("Zoë", "Łukasiewicz");

        var inspection = SealedPdf.Inspect(Renderer.Render(CertificateDocument.Build(input), new PdfSeal(seal)));

        Assert.Equal(SealState.Valid, inspection.Seal);
        Assert.Equal(input.CredentialId, inspection.Properties[CertificateDocument.CredentialIdProperty]);
        Assert.Equal(input.ContentHash, inspection.Properties[CertificateDocument.ContentHashProperty]);
        Assert.Equal(input.Attachments[0].Content, Assert.Single(inspection.Attachments).Content);
    }

    [Fact]
    public void Signatory_and_logo_do_not_change_the_content_hash()
    {
        var dressed = Sealed("Αθηνά", "Παπαδοπούλου");
        var plain = dressed with { IssuerLogoPng = null, SignedBy = null, Attachments = [] };

        Assert.Equal(CertificateDocument.ComputeContentHash(plain), CertificateDocument.ComputeContentHash(dressed));
        Assert.Equal(plain.ContentHash, CertificateDocument.ComputeContentHash(dressed));
    }
}
