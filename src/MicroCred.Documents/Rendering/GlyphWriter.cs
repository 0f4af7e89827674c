using System.Globalization;
using System.Reflection;
using System.Text;
using MicroCred.Documents.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Events;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace MicroCred.Documents.Rendering;

/// <summary>
/// Puts shaped glyphs into a PDFsharp document and keeps the text extractable.
/// <para>
/// PDFsharp 6.2.4 draws strings by looking each character up in the font's character map, which
/// cannot give Arabic joining forms or ligatures. Its public <c>RenderTextEvent</c> lets the
/// glyph ids of a draw be replaced: the writer draws a placeholder string with one character per
/// glyph and swaps in the shaped ids, each paired with a private code point above U+10FFFF so that
/// PDFsharp keeps every glyph in the font subset and the widths array. Because PDFsharp's own
/// ToUnicode map would then name those private code points, the writer replaces the ToUnicode map
/// of every font it drew glyphs with by one built from what each glyph stands for.
/// </para>
/// </summary>
internal sealed class GlyphWriter
{
    private const int PrivateBase = 0x110000;

    private readonly Dictionary<string, Dictionary<ushort, string>> _shaped = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FontFace> _faces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _plain = new(StringComparer.Ordinal);
    private static readonly PropertyInfo GlyphTypefaceProperty =
        typeof(XFont).GetProperty("GlyphTypeface", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
        ?? throw new InvalidOperationException("This PDFsharp version has no XFont.GlyphTypeface; see docs/adr/0008-text-in-any-script.md.");

    private readonly Dictionary<XFont, string> _baseNames = [];
    private CodePointGlyphIndexPair[]? _pending;

    public GlyphWriter(PdfDocument document) => document.RenderEvents.RenderTextEvent += OnRenderText;

    /// <summary>Notes text drawn the ordinary way, so a replaced ToUnicode map still covers it.</summary>
    public void RecordPlain(XFont font, string text)
    {
        var key = BaseName(font);
        if (!_plain.TryGetValue(key, out var list))
        {
            list = [];
            _plain.Add(key, list);
        }

        list.Add(text);
    }

    /// <summary>Draws the glyphs left to right from (x, baseline), advancing by the font's own widths.</summary>
    public void Draw(XGraphics gfx, XFont font, FontFace face, XBrush brush, ReadOnlySpan<ShapedGlyph> glyphs, double x, double baseline)
    {
        var key = BaseName(font);
        if (!_shaped.TryGetValue(key, out var map))
        {
            map = [];
            _shaped.Add(key, map);
            _faces.Add(key, face);
        }

        var pairs = new CodePointGlyphIndexPair[glyphs.Length];
        for (var i = 0; i < glyphs.Length; i++)
        {
            var glyph = glyphs[i];
            pairs[i] = new CodePointGlyphIndexPair(PrivateBase + glyph.Id, glyph.Id);
            if (glyph.Text.Length > 0)
            {
                // A glyph has one meaning in a ToUnicode map: the character it is the font's own glyph for
                // wins over a contextual use (a bracket mirrored in right-to-left text).
                if (IsNominal(face, glyph))
                {
                    map[glyph.Id] = glyph.Text;
                }
                else if (Mirrored(glyph.Text) is { } mirrored && face.NominalGlyph(mirrored) == glyph.Id)
                {
                    map[glyph.Id] = ((char)mirrored).ToString();
                }
                else
                {
                    map.TryAdd(glyph.Id, glyph.Text);
                }
            }
        }

        _pending = pairs;
        try
        {
            gfx.DrawString(new string('\uE000', pairs.Length), font, brush, x, baseline, XStringFormats.BaseLineLeft);
        }
        finally
        {
            _pending = null;
        }
    }

    private static bool IsNominal(FontFace face, ShapedGlyph glyph) =>
        Rune.TryGetRuneAt(glyph.Text, 0, out var rune) && rune.Utf16SequenceLength == glyph.Text.Length && face.NominalGlyph(rune.Value) == glyph.Id;

    /// <summary>The bracket HarfBuzz draws for this one in right-to-left text (Unicode Bidi_Mirroring_Glyph, common pairs).</summary>
    private static int? Mirrored(string text) => text switch
    {
        "(" => ')', ")" => '(', "[" => ']', "]" => '[', "{" => '}', "}" => '{', "<" => '>', ">" => '<',
        "«" => '»', "»" => '«', "‹" => '›', "›" => '‹',
        _ => null,
    };

    private void OnRenderText(object sender, RenderTextEventArgs e)
    {
        if (_pending is { } pending)
        {
            e.CodePointGlyphIndexPairs = pending;
        }
    }

    /// <summary>Replaces the ToUnicode map of every font that received shaped glyphs. Call once, before saving.</summary>
    public void Finish(PdfDocument document)
    {
        if (_shaped.Count == 0)
        {
            return;
        }

        var fonts = new List<(PdfDictionary Font, string Key)>();
        foreach (var item in document.Internals.GetAllObjects())
        {
            if (item is PdfDictionary dictionary && dictionary.Elements.GetName("/Subtype") == "/Type0")
            {
                var name = dictionary.Elements.GetName("/BaseFont").TrimStart('/');
                var plus = name.IndexOf('+', StringComparison.Ordinal);
                var key = Normalize(plus == 6 ? name[7..] : name);
                if (_shaped.ContainsKey(key))
                {
                    fonts.Add((dictionary, key));
                }
            }
        }

        foreach (var (font, key) in fonts)
        {
            var map = new Dictionary<ushort, string>(_shaped[key]);
            if (_plain.TryGetValue(key, out var texts))
            {
                var face = _faces[key];
                foreach (var text in texts)
                {
                    foreach (var rune in text.EnumerateRunes())
                    {
                        var glyph = face.NominalGlyph(rune.Value);
                        if (glyph != 0)
                        {
                            map[glyph] = rune.ToString();
                        }
                    }
                }
            }

            var stream = new PdfDictionary(document);
            stream.CreateStream(ToUnicodeCMap(map));
            document.Internals.AddObject(stream);
            font.Elements.SetReference("/ToUnicode", stream);
        }
    }

    private static byte[] ToUnicodeCMap(Dictionary<ushort, string> map)
    {
        var cmap = new StringBuilder();
        cmap.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
            .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = map.OrderBy(e => e.Key).ToList();
        for (var start = 0; start < entries.Count; start += 100)
        {
            var block = entries.Skip(start).Take(100).ToList();
            cmap.Append(CultureInfo.InvariantCulture, $"{block.Count} beginbfchar\n");
            foreach (var (glyph, text) in block)
            {
                cmap.Append(CultureInfo.InvariantCulture, $"<{glyph:X4}> <");
                foreach (var unit in text)
                {
                    cmap.Append(CultureInfo.InvariantCulture, $"{(int)unit:X4}");
                }

                cmap.Append(">\n");
            }

            cmap.Append("endbfchar\n");
        }

        cmap.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return Encoding.ASCII.GetBytes(cmap.ToString());
    }

    /// <summary>The name PDFsharp gives the font in /BaseFont (XGlyphTypeface.GetBaseName, which is internal).</summary>
    private string BaseName(XFont font)
    {
        if (_baseNames.TryGetValue(font, out var cached))
        {
            return cached;
        }

        // XFont.GlyphTypeface is internal in PDFsharp 6.2.4; XGlyphTypeface and its members are public.
        var typeface = (XGlyphTypeface)(GlyphTypefaceProperty.GetValue(font)
            ?? throw new InvalidOperationException("PDFsharp gave no glyph typeface for a font."));
        var name = typeface.DisplayName;
        var bold = name.IndexOf("bold", StringComparison.OrdinalIgnoreCase);
        if (bold > 0)
        {
            name = name[..bold] + name[(bold + 4)..];
        }

        var italic = name.IndexOf("italic", StringComparison.OrdinalIgnoreCase);
        if (italic > 0)
        {
            name = name[..italic] + name[(italic + 6)..];
        }

        name = name.Trim();
        if (typeface.IsBold)
        {
            name += typeface.IsItalic ? ",BoldItalic" : ",Bold";
        }
        else if (typeface.IsItalic)
        {
            name += ",Italic";
        }

        name = Normalize(name);
        _baseNames.Add(font, name);
        return name;
    }

    private static string Normalize(string name) => name.Replace("#20", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
}
