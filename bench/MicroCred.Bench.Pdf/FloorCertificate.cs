using MicroCred.Documents.Fonts;
using MicroCred.Documents.Rendering;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace MicroCred.Bench.Pdf;

/// <summary>The floor: bare PDFsharp, same fonts, strings and QR image at fixed positions, no layout.</summary>
internal static class FloorCertificate
{
    public static byte[] Render(CertificateData data)
    {
        using var document = new PdfDocument();
        document.Info.Title = data.Title;
        document.Info.Author = "MicroCred";
        // Same save options as PdfRenderer, so the comparison measures layout work only.
        document.Options.CompressContentStreams = false;
        var page = document.AddPage();
        page.Size = PageSize.A4;
        var heading = new XFont(DocumentFonts.Serif, 18, XFontStyleEx.Bold, XPdfFontOptions.UnicodeDefault);
        var large = new XFont(DocumentFonts.Sans, 14, XFontStyleEx.Bold, XPdfFontOptions.UnicodeDefault);
        var label = new XFont(DocumentFonts.Sans, 9, XFontStyleEx.Bold, XPdfFontOptions.UnicodeDefault);
        var value = new XFont(DocumentFonts.Sans, 9, XFontStyleEx.Regular, XPdfFontOptions.UnicodeDefault);
        var small = new XFont(DocumentFonts.Sans, 8.5, XFontStyleEx.Regular, XPdfFontOptions.UnicodeDefault);
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            gfx.DrawString(data.Title, heading, XBrushes.Black, 57, 90);
            gfx.DrawString(data.Learner, large, XBrushes.Black, 57, 120);
            var y = 150.0;
            foreach (var (rowLabel, rowValue) in data.Rows)
            {
                gfx.DrawString(rowLabel, label, XBrushes.Black, 62, y);
                gfx.DrawString(rowValue, value, XBrushes.Black, 222, y);
                y += 19;
            }

            using var stream = new MemoryStream(QrCodeImage.CreatePng(data.VerifyUrl));
            using var qr = XImage.FromStream(stream);
            gfx.DrawImage(qr, 57, y + 10, 90, 90);
            gfx.DrawString(data.VerifyUrl, small, XBrushes.Black, 57, y + 112);
            gfx.DrawString("Page 1 of 1", small, XBrushes.Black, 490, 800);
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
