namespace MicroCred.Documents.Fonts;

/// <summary>
/// The embedded faces and the order in which they are tried for a character: the document's
/// own Liberation face first, then Noto Sans Hebrew, Noto Sans Arabic and Droid Sans Fallback
/// (Chinese, Japanese) and NanumSquare (Korean Hangul).
/// </summary>
internal static class FontFaces
{
    public const string HebrewFamily = "Noto Sans Hebrew";
    public const string ArabicFamily = "Noto Sans Arabic";
    public const string CjkFamily = "Droid Sans Fallback";
    public const string KoreanFamily = "NanumSquare";

    private static readonly Lazy<IReadOnlyDictionary<string, FontFace>> _faces = new(LoadAll);

    public static IReadOnlyDictionary<string, FontFace> All => _faces.Value;

    public static FontFace Get(string faceName) => All[faceName];

    /// <summary>The faces tried, in order, for text set in the given primary face.</summary>
    public static IReadOnlyList<FontFace> Chain(string primaryFaceName, bool bold)
    {
        var suffix = bold ? "Bold" : "Regular";
        return
        [
            Get(primaryFaceName),
            Get("NotoSansHebrew-" + suffix),
            Get("NotoSansArabic-" + suffix),
            Get("DroidSansFallbackFull"),
            Get(bold ? "NanumSquareB" : "NanumSquareR"),
        ];
    }

    /// <summary>Every face used for body text, regular weight: what "printable" is measured against.</summary>
    public static IReadOnlyList<FontFace> CoverageChain => Chain("LiberationSans-Regular", bold: false);

    private static IReadOnlyDictionary<string, FontFace> LoadAll()
    {
        var faces = new[]
        {
            FontFace.Load("LiberationSans-Regular", DocumentFonts.Sans, false),
            FontFace.Load("LiberationSans-Bold", DocumentFonts.Sans, true),
            FontFace.Load("LiberationSans-Italic", DocumentFonts.Sans, false),
            FontFace.Load("LiberationSans-BoldItalic", DocumentFonts.Sans, true),
            FontFace.Load("LiberationSerif-Regular", DocumentFonts.Serif, false),
            FontFace.Load("LiberationSerif-Bold", DocumentFonts.Serif, true),
            FontFace.Load("NotoSansHebrew-Regular", HebrewFamily, false),
            FontFace.Load("NotoSansHebrew-Bold", HebrewFamily, true),
            FontFace.Load("NotoSansArabic-Regular", ArabicFamily, false),
            FontFace.Load("NotoSansArabic-Bold", ArabicFamily, true),
            FontFace.Load("DroidSansFallbackFull", CjkFamily, false),
            FontFace.Load("NanumSquareR", KoreanFamily, false),
            FontFace.Load("NanumSquareB", KoreanFamily, true),
        };
        return faces.ToDictionary(f => f.FaceName, StringComparer.Ordinal);
    }
}
