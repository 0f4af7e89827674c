using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace MicroCred.Documents.Fonts;

/// <summary>
/// Serves the Liberation TTFs embedded in this assembly. Unknown families fall back to
/// Liberation Sans, so a typo never silently pulls a font from the machine.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    private const string ResourcePrefix = "MicroCred.Documents.Fonts.";

    private static readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (string.Equals(familyName, DocumentFonts.Serif, StringComparison.OrdinalIgnoreCase))
        {
            // Only Regular and Bold serif faces ship; italic is simulated (slanted) by PDFsharp.
            return new FontResolverInfo(
                bold ? "LiberationSerif-Bold" : "LiberationSerif-Regular",
                mustSimulateBold: false,
                mustSimulateItalic: italic);
        }

        var face = (bold, italic) switch
        {
            (true, true) => "LiberationSans-BoldItalic",
            (true, false) => "LiberationSans-Bold",
            (false, true) => "LiberationSans-Italic",
            _ => "LiberationSans-Regular",
        };
        return new FontResolverInfo(face);
    }

    public byte[]? GetFont(string faceName) => _faces.GetOrAdd(faceName, LoadFace);

    internal static byte[] LoadFace(string faceName)
    {
        var resourceName = ResourcePrefix + faceName + ".ttf";
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded font resource '{resourceName}' is missing.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
