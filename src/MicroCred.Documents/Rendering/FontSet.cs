using MicroCred.Documents.Fonts;
using MicroCred.Documents.Layout;
using PdfSharp.Drawing;

namespace MicroCred.Documents.Rendering;

/// <summary>
/// The XFonts of one render, created on first use and reused for every line, plus the width of
/// a space per font (measured once; word widths are summed, PDFsharp does not kern).
/// </summary>
internal sealed class FontSet
{
    private readonly Dictionary<(Typeface, bool, bool, double), XFont> _fonts = [];
    private readonly Dictionary<XFont, double> _spaceWidths = [];

    public FontSet(XGraphics measure) => Measure = measure;

    /// <summary>Any live XGraphics of the document; widths do not depend on the page.</summary>
    public XGraphics Measure { get; set; }

    public XFont Get(double size, bool bold = false, bool italic = false, Typeface typeface = Typeface.Sans)
    {
        var key = (typeface, bold, italic, size);
        if (!_fonts.TryGetValue(key, out var font))
        {
            var style = (bold, italic) switch
            {
                (true, true) => XFontStyleEx.BoldItalic,
                (true, false) => XFontStyleEx.Bold,
                (false, true) => XFontStyleEx.Italic,
                _ => XFontStyleEx.Regular,
            };
            var family = typeface == Typeface.Serif ? DocumentFonts.Serif : DocumentFonts.Sans;
            font = new XFont(family, size, style, XPdfFontOptions.UnicodeDefault);
            _fonts.Add(key, font);
        }

        return font;
    }

    public double Width(string text, XFont font) =>
        text.Length == 0 ? 0 : Measure.MeasureString(text, font).Width;

    public double SpaceWidth(XFont font)
    {
        if (!_spaceWidths.TryGetValue(font, out var width))
        {
            width = Measure.MeasureString(" ", font).Width;
            _spaceWidths.Add(font, width);
        }

        return width;
    }

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
}
