using MicroCred.Documents.Fonts;
using MicroCred.Documents.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace MicroCred.Documents.Rendering;

/// <summary>
/// The XFonts of one render, created on first use and reused for every line, plus the width of
/// a space per font (measured once; word widths are summed, PDFsharp does not kern).
/// Text the document's Liberation face fully covers, left to right, is measured and drawn by
/// PDFsharp directly; anything else (other scripts, right-to-left text) goes through
/// <see cref="TextShaper"/> and <see cref="GlyphWriter"/> with the fallback faces.
/// </summary>
internal sealed class FontSet
{
    private readonly Dictionary<(Typeface, bool, bool, double), XFont> _fonts = [];
    private readonly Dictionary<XFont, double> _spaceWidths = [];
    private readonly Dictionary<XFont, (IReadOnlyList<FontFace> Chain, bool Bold, bool Italic)> _chains = [];
    private readonly Dictionary<(string Family, bool Bold, bool Italic, double Size), XFont> _fallbackFonts = [];
    private readonly Dictionary<(string, XFont), ShapedLine> _shaped = [];
    private readonly GlyphWriter _writer;

    public FontSet(XGraphics measure, PdfDocument document)
    {
        Measure = measure;
        _writer = new GlyphWriter(document);
    }

    /// <summary>Any live XGraphics of the document; widths do not depend on the page.</summary>
    public XGraphics Measure { get; set; }

    public XFont Get(double size, bool bold = false, bool italic = false, Typeface typeface = Typeface.Sans)
    {
        var key = (typeface, bold, italic, size);
        if (!_fonts.TryGetValue(key, out var font))
        {
            var family = typeface == Typeface.Serif ? DocumentFonts.Serif : DocumentFonts.Sans;
            font = Create(family, size, bold, italic);
            _fonts.Add(key, font);
            var primary = EmbeddedFontResolver.Resolve(family, bold, italic).Face;
            _chains.Add(font, (FontFaces.Chain(primary, bold), bold, italic));
        }

        return font;
    }

    public double Width(string text, XFont font)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        return IsPlain(text, font) ? Measure.MeasureString(text, font).Width : Shape(text, font).Width;
    }

    public double SpaceWidth(XFont font)
    {
        if (!_spaceWidths.TryGetValue(font, out var width))
        {
            width = Measure.MeasureString(" ", font).Width;
            _spaceWidths.Add(font, width);
        }

        return width;
    }

    /// <summary>Draws one line of logical text with its left end at x on the baseline.</summary>
    public void Draw(XGraphics gfx, string text, XFont font, XBrush brush, double x, double baseline)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (IsPlain(text, font))
        {
            _writer.RecordPlain(font, text);
            gfx.DrawString(text, font, brush, x, baseline, XStringFormats.BaseLineLeft);
            return;
        }

        var (_, bold, italic) = _chains[font];
        // Runs are drawn in the order they were typed (each at its visual place), so that text
        // extraction in content order gives the logical text even where directions mix.
        foreach (var run in Shape(text, font).Runs.OrderBy(r => r.LogicalStart))
        {
            var runFont = run.Face == _chains[font].Chain[0] ? font : Fallback(run.Face, font.Size, bold, italic);
            var left = x + run.X;
            var glyphs = run.Glyphs;
            if (run.RightToLeft)
            {
                // One draw per glyph in logical order: text extraction then reads right-to-left text as typed.
                foreach (var glyph in glyphs.OrderBy(g => g.LogicalKey))
                {
                    _writer.Draw(gfx, runFont, run.Face, brush, [glyph], left + glyph.X, baseline - glyph.Y);
                }

                continue;
            }

            // Left to right: consecutive glyphs that advance by their own width share one draw.
            for (var i = 0; i < glyphs.Length;)
            {
                var end = i + 1;
                if (glyphs[i].Natural)
                {
                    while (end < glyphs.Length && glyphs[end].Natural)
                    {
                        end++;
                    }
                }

                _writer.Draw(gfx, runFont, run.Face, brush, glyphs.AsSpan(i, end - i), left + glyphs[i].X, baseline - glyphs[i].Y);
                i = end;
            }
        }
    }

    /// <summary>Completes the document's text (ToUnicode maps of shaped fonts); call once before saving.</summary>
    public void Finish(PdfDocument document) => _writer.Finish(document);

    public static double LineHeight(XFont font) => font.Size * Theme.LineHeightFactor;

    /// <summary>Distance from the top of a line box to the baseline, centring the glyph cell in the box.</summary>
    public static double BaselineOffset(XFont font)
    {
        var family = font.FontFamily;
        var em = family.GetEmHeight(font.Style);
        var ascent = family.GetCellAscent(font.Style) * font.Size / em;
        var descent = family.GetCellDescent(font.Style) * font.Size / em;
        return ((LineHeight(font) - (ascent + descent)) / 2) + ascent;
    }

    /// <summary>Left-to-right text whose every character the primary face has: PDFsharp handles it alone.</summary>
    private bool IsPlain(string text, XFont font)
    {
        var primary = _chains[font].Chain[0];
        foreach (var c in text)
        {
            if (char.IsSurrogate(c) || Bidi.IsRightToLeft(c) || Bidi.IsDirectionControl(c) || c is >= '\u0300' and < '\u0370'
                || primary.NominalGlyph(c) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private ShapedLine Shape(string text, XFont font)
    {
        if (!_shaped.TryGetValue((text, font), out var line))
        {
            line = TextShaper.Shape(text, _chains[font].Chain, font.Size);
            _shaped.Add((text, font), line);
        }

        return line;
    }

    private XFont Fallback(FontFace face, double size, bool bold, bool italic)
    {
        var key = (face.Family, bold, italic, size);
        if (!_fallbackFonts.TryGetValue(key, out var font))
        {
            font = Create(face.Family, size, bold, italic);
            _fallbackFonts.Add(key, font);
        }

        return font;
    }

    private static XFont Create(string family, double size, bool bold, bool italic)
    {
        var style = (bold, italic) switch
        {
            (true, true) => XFontStyleEx.BoldItalic,
            (true, false) => XFontStyleEx.Bold,
            (false, true) => XFontStyleEx.Italic,
            _ => XFontStyleEx.Regular,
        };
        return new XFont(family, size, style, XPdfFontOptions.UnicodeDefault);
    }
}
