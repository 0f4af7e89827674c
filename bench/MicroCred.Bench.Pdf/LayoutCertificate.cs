using MicroCred.Documents.Layout;
using MicroCred.Documents.Rendering;

namespace MicroCred.Bench.Pdf;

/// <summary>The certificate as a template would write it: blocks only, no PDFsharp.</summary>
internal static class LayoutCertificate
{
    public static DocumentModel Model(CertificateData data) => new(
        new DocumentMetadata(data.Title, new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero)) { Author = "MicroCred" },
        [
            new Heading(data.Title) { Typeface = Typeface.Serif },
            new Paragraph(data.Learner) { Size = TextSize.Large, Bold = true },
            new KeyValueTable(data.Rows.Select(r => new KeyValueRow(r.Label, r.Value)).ToArray()),
            new QrCode(data.VerifyUrl, 90) { Caption = data.VerifyUrl },
        ]);

    public static byte[] Render(PdfRenderer renderer, CertificateData data) => renderer.Render(Model(data));
}
