using PdfSharp.Fonts;

namespace MicroCred.Documents.Fonts;

/// <summary>
/// Installs the embedded Liberation fonts as PDFsharp's font resolver, once per process.
/// PDFsharp allows the resolver to be set only once and before the first XFont is created.
/// </summary>
public static class DocumentFonts
{
    /// <summary>Family name of the sans-serif face used for body text.</summary>
    public const string Sans = "Liberation Sans";

    /// <summary>Family name of the serif face (regular and bold) used for display text.</summary>
    public const string Serif = "Liberation Serif";

    private static readonly Lock _gate = new();
    private static volatile bool _installed;

    /// <summary>
    /// Makes sure PDFsharp resolves fonts from this assembly. Safe to call from many threads;
    /// throws if another resolver was installed first, because PDFs would then depend on it.
    /// </summary>
    public static void EnsureInstalled()
    {
        if (_installed)
        {
            return;
        }

        lock (_gate)
        {
            if (_installed)
            {
                return;
            }

            switch (GlobalFontSettings.FontResolver)
            {
                case null:
                    GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
                    break;
                case EmbeddedFontResolver:
                    break;
                case var other:
                    throw new InvalidOperationException(
                        $"PDFsharp already uses the font resolver {other.GetType().FullName}; " +
                        "MicroCred.Documents needs its own embedded-font resolver to be the only one.");
            }

            _installed = true;
        }
    }
}
