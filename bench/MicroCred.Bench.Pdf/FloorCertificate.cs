using MicroCred.Documents.Fonts;
using MicroCred.Documents.Rendering;
using MicroCred.Documents.Templates;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace MicroCred.Bench.Pdf;

/// <summary>
/// The floor: bare PDFsharp drawing the same strings as the real certificate (both languages' labels and all
/// values, one line each, no measuring or wrapping), with the same fonts and the QR image, on one A4 page.
/// </summary>
internal static class FloorCertificate
{
    public static byte[] Render(CertificateInput input)
    {
        var en = CertificateLabels.For("en");
        var other = input.Languages.Count > 1 ? CertificateLabels.For(input.Languages[1]) : en;
        using var document = new PdfDocument();
        document.Info.Title = input.Title;
        document.Info.Author = input.IssuingInstitution;
        // Same save options as PdfRenderer, so the comparison measures layout work only.
        document.Options.CompressContentStreams = false;
        var page = document.AddPage();
        page.Size = PageSize.A4;
        var heading = new XFont(DocumentFonts.Serif, 18, XFontStyleEx.Bold, XPdfFontOptions.UnicodeDefault);
        var name = new XFont(DocumentFonts.Serif, 20, XFontStyleEx.Bold, XPdfFontOptions.UnicodeDefault);
        var course = new XFont(DocumentFonts.Serif, 14, XFontStyleEx.Regular, XPdfFontOptions.UnicodeDefault);
        var label = new XFont(DocumentFonts.Sans, 8, XFontStyleEx.Bold, XPdfFontOptions.UnicodeDefault);
        var value = new XFont(DocumentFonts.Sans, 8, XFontStyleEx.Regular, XPdfFontOptions.UnicodeDefault);
        var small = new XFont(DocumentFonts.Sans, 8.5, XFontStyleEx.Regular, XPdfFontOptions.UnicodeDefault);
        var note = new XFont(DocumentFonts.Sans, 8.5, XFontStyleEx.Italic, XPdfFontOptions.UnicodeDefault);
        string[] values =
        [
            input.LearnerFullName, input.Title, input.IssuerCountries, string.Join("; ", input.AwardingBodies),
            input.IssuedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), string.Join(" ", input.LearningOutcomes),
            input.Workload, input.Level, input.AssessmentType, input.Participation, input.QualityAssurance,
        ];
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            gfx.DrawString(string.Join(" · ", input.AwardingBodies), label, XBrushes.Gray, 40, 50);
            gfx.DrawString(en.EctsTitle, heading, XBrushes.Black, 40, 80);
            gfx.DrawString(other.EctsTitle, note, XBrushes.Gray, 40, 98);
            gfx.DrawString(input.LearnerFullName, name, XBrushes.Black, 40, 130);
            gfx.DrawString(input.Title, course, XBrushes.Black, 40, 155);
            var y = 180.0;
            for (var i = 0; i < values.Length; i++)
            {
                gfx.DrawString(en.Elements[i], label, XBrushes.Black, 40, y);
                gfx.DrawString(other.Elements[i], label, XBrushes.Black, 40, y + 10);
                gfx.DrawString(values[i], value, XBrushes.Black, 190, y);
                y += 30;
            }

            foreach (var (l, v) in new[] { (en.Grade, input.Grade ?? ""), (en.Supervision, input.Supervision ?? ""), (en.FurtherInformation, input.FurtherInformation ?? "") })
            {
                gfx.DrawString(l, label, XBrushes.Black, 40, y);
                gfx.DrawString(v, value, XBrushes.Black, 190, y);
                y += 20;
            }

            gfx.DrawString(en.NotADegree, note, XBrushes.Gray, 40, y);
            gfx.DrawString(other.NotADegree, note, XBrushes.Gray, 40, y + 12);
            using var stream = new MemoryStream(QrCodeImage.CreatePng(input.VerificationUrl));
            using var qr = XImage.FromStream(stream);
            gfx.DrawImage(qr, 40, y + 25, 48, 48);
            gfx.DrawString(input.VerificationUrl, small, XBrushes.Black, 100, y + 40);
            gfx.DrawString(input.ContentHash, small, XBrushes.Black, 100, y + 52);
            gfx.DrawString("Page 1 of 1", small, XBrushes.Black, 500, 810);
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
