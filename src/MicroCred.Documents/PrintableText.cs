using System.Globalization;
using System.Text;
using MicroCred.Documents.Fonts;
using MicroCred.Documents.Rendering;

namespace MicroCred.Documents;

/// <summary>
/// Whether text can be printed on certificates and course descriptions: every visible character
/// must be in one of the embedded fonts (Liberation for Latin, Greek and Cyrillic; Noto Sans Hebrew
/// and Arabic; Droid Sans Fallback for Chinese and Japanese; NanumSquare for Korean). Line breaks,
/// tabs and invisible formatting characters (joiners, direction marks, variation selectors) are
/// accepted; they shape the text or are left out, and never print as a box. Everything else (colour
/// emoji, scripts no embedded font has, control characters) is refused with a message naming the
/// character, so nothing is silently dropped from a PDF. Thread-safe.
/// </summary>
public static class PrintableText
{
    /// <summary>The first character that cannot be printed, or null when all of it can.</summary>
    public static Rune? FirstUnprintable(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        // Most text is plain ASCII: judged from a table worked out once from the fonts (ASCII needs no composing).
        var ascii = AsciiTable.Value;
        var i = 0;
        for (; i < text.Length && text[i] < 128; i++)
        {
            if (!ascii[text[i]])
            {
                return new Rune(text[i]);
            }
        }

        if (i == text.Length)
        {
            return null;
        }

        // The renderer composes "e" + U+0301 into "é"; judge what it will actually draw.
        var composed = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var faces = FontFaces.CoverageChain;
        foreach (var rune in composed.EnumerateRunes())
        {
            if (!IsPrintable(rune, faces))
            {
                return rune;
            }
        }

        return null;
    }

    /// <summary>True when every character of the text can be printed.</summary>
    public static bool IsPrintable(string? text) => FirstUnprintable(text) is null;

    /// <summary>The message for the first character that cannot be printed, or null when all can.</summary>
    public static string? Problem(string? text) => FirstUnprintable(text) is { } rune ? Message(rune) : null;

    /// <summary>"The character 😀 (U+1F600) cannot be printed …": names visible characters, and the code point always.</summary>
    public static string Message(Rune rune)
    {
        var code = string.Create(CultureInfo.InvariantCulture, $"U+{rune.Value:X4}");
        var category = Rune.GetUnicodeCategory(rune);
        var shown = category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator
            ? $"The invisible character {code}"
            : $"The character {rune} ({code})";
        return $"{shown} cannot be printed on certificates and course descriptions; please remove it.";
    }

    /// <summary>Whether each ASCII character can be printed.</summary>
    private static readonly Lazy<bool[]> AsciiTable = new(() =>
    {
        var faces = FontFaces.CoverageChain;
        return [.. Enumerable.Range(0, 128).Select(c => IsPrintable(new Rune(c), faces))];
    });

    private static bool IsPrintable(Rune rune, IReadOnlyList<FontFace> faces)
    {
        var c = rune.Value;
        if (c is '\n' or '\r' or '\t')
        {
            return true;
        }

        if (Bidi.IsDirectionControl(c) || IsInvisibleFormatting(c))
        {
            return true;
        }

        // Some fonts map control characters to empty glyphs; they are never text to print.
        if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
        {
            return false;
        }

        foreach (var face in faces)
        {
            if (face.Covers(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Zero-width space, joiners, word joiner, byte-order mark and variation selectors: HarfBuzz uses or hides them.</summary>
    private static bool IsInvisibleFormatting(int c) =>
        c is 0x200B or 0x200C or 0x200D or 0x2060 or 0xFEFF or 0x00AD or (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF);
}
