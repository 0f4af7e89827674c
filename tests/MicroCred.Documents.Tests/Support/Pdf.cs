using MicroCred.Documents.Layout;
using MicroCred.Documents.Rendering;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace MicroCred.Documents.Tests.Support;

/// <summary>Renders models for tests; every PDF a test makes is also checked with qpdf.</summary>
public static class Pdf
{
    private static readonly PdfRenderer _renderer = new();

    public static readonly DateTimeOffset Created = new(2026, 3, 14, 8, 30, 15, TimeSpan.Zero);

    public static DocumentModel Model(params Block[] blocks) =>
        new(new DocumentMetadata("Test document", Created), blocks);

    public static byte[] Render(DocumentModel model)
    {
        var bytes = _renderer.Render(model);
        Qpdf.AssertPassesCheck(bytes);
        return bytes;
    }

    public static PigDocument Open(byte[] bytes) => PigDocument.Open(bytes);

    public static PigDocument RenderAndOpen(DocumentModel model) => Open(Render(model));

    public static PigDocument RenderAndOpen(params Block[] blocks) => Open(Render(Model(blocks)));

    /// <summary>Page text in drawing order (letters as drawn, spaces included).</summary>
    public static string Text(Page page) => page.Text;

    public static string OrderedText(Page page) => ContentOrderTextExtractor.GetText(page);

    public static string AllText(PigDocument document) => string.Concat(document.GetPages().Select(p => p.Text + "\n"));

    /// <summary>Letters of the body, leaving out the footer line (drawn at a fixed baseline in the bottom margin).</summary>
    public static IEnumerable<Letter> BodyLetters(Page page, PageMargins margins) =>
        page.Letters.Where(l => Math.Abs(l.StartBaseLine.Y - FooterBaseline(margins)) > 0.5);

    public static double FooterBaseline(PageMargins margins) => margins.Bottom - 24;

    /// <summary>Fails with the offending letters when any drawn glyph leaves the printable area.</summary>
    public static void AssertInsidePrintableArea(Page page, IEnumerable<Letter> letters, PageMargins margins)
    {
        const double tolerance = 0.5;
        var left = margins.Left - tolerance;
        var right = page.Width - margins.Right + tolerance;
        var bottom = margins.Bottom - tolerance;
        var top = page.Height - margins.Top + tolerance;
        var outside = letters
            .Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .Where(l => l.StartBaseLine.X < left || l.EndBaseLine.X > right
                || l.BoundingBox.Left < left - 1 || l.BoundingBox.Right > right + 1
                || l.StartBaseLine.Y < bottom || l.BoundingBox.Top > top)
            .Take(5)
            .Select(l => $"'{l.Value}' x {l.StartBaseLine.X:F1}..{l.EndBaseLine.X:F1} y {l.StartBaseLine.Y:F1}")
            .ToList();
        Assert.True(outside.Count == 0,
            $"Page {page.Number}: letters outside x {left:F1}..{right:F1}, y {bottom:F1}..{top:F1}: {string.Join(", ", outside)}");
    }
}
