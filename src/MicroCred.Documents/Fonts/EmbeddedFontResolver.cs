using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace MicroCred.Documents.Fonts;

/// <summary>
/// Serves the TTFs embedded in this assembly: Liberation for Latin, Greek and Cyrillic, and the
/// Noto Hebrew, Noto Arabic, Droid Sans Fallback and NanumSquare faces for other scripts. Unknown families fall
/// back to Liberation Sans, so a typo never silently pulls a font from the machine.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    private const string ResourcePrefix = "MicroCred.Documents.Fonts.";

    private static readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var (face, simulateBold, simulateItalic) = Resolve(familyName, bold, italic);
        return new FontResolverInfo(face, simulateBold, simulateItalic);
    }

    /// <summary>The embedded face for a family and style, and which styles PDFsharp must simulate.</summary>
    internal static (string Face, bool SimulateBold, bool SimulateItalic) Resolve(string familyName, bool bold, bool italic)
    {
        if (Is(familyName, DocumentFonts.Serif))
        {
            // Only Regular and Bold serif faces ship; italic is simulated (slanted) by PDFsharp.
            return (bold ? "LiberationSerif-Bold" : "LiberationSerif-Regular", false, italic);
        }

        if (Is(familyName, FontFaces.HebrewFamily))
        {
            return (bold ? "NotoSansHebrew-Bold" : "NotoSansHebrew-Regular", false, italic);
        }

        if (Is(familyName, FontFaces.ArabicFamily))
        {
            return (bold ? "NotoSansArabic-Bold" : "NotoSansArabic-Regular", false, italic);
        }

        if (Is(familyName, FontFaces.CjkFamily))
        {
            // One weight only: bold and italic are simulated.
            return ("DroidSansFallbackFull", bold, italic);
        }

        if (Is(familyName, FontFaces.KoreanFamily))
        {
            return (bold ? "NanumSquareB" : "NanumSquareR", false, italic);
        }

        var face = (bold, italic) switch
        {
            (true, true) => "LiberationSans-BoldItalic",
            (true, false) => "LiberationSans-Bold",
            (false, true) => "LiberationSans-Italic",
            _ => "LiberationSans-Regular",
        };
        return (face, false, false);
    }

    public byte[]? GetFont(string faceName) => _faces.GetOrAdd(faceName, LoadFace);

    internal static byte[] LoadFace(string faceName)
    {
        if (_faces.TryGetValue(faceName, out var cached))
        {
            return cached;
        }

        var resourceName = ResourcePrefix + faceName + ".ttf";
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded font resource '{resourceName}' is missing.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static bool Is(string familyName, string family) =>
        string.Equals(familyName, family, StringComparison.OrdinalIgnoreCase);
}
