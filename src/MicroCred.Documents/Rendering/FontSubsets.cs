using System.Reflection;
using PdfSharp.Pdf;

namespace MicroCred.Documents.Rendering;

/// <summary>
/// Makes PDFsharp build its font subsets (FontFile2 streams, /W arrays, ToUnicode maps) before the document is saved, so
/// they can be slimmed and compressed in the same pass. PDFsharp 6.2.4 builds them inside <c>PdfDocument.Save</c>
/// (<c>PdfFontTable.PrepareForSave</c>); a font program is built once (PdfFontDescriptor remembers it), the widths and
/// ToUnicode maps are rebuilt identically when Save calls it again. Because Save rewrites PDFsharp's own ToUnicode streams
/// uncompressed, each font gets a copy of its map in a plain stream PDFsharp does not touch again.
/// </summary>
internal static class FontSubsets
{
    private static readonly PropertyInfo FontTableProperty =
        typeof(PdfDocument).GetProperty("FontTable", BindingFlags.Instance | BindingFlags.NonPublic)
        ?? throw new InvalidOperationException("This PDFsharp version has no PdfDocument.FontTable; see PdfFinisher.");

    private static readonly MethodInfo PrepareForSave =
        FontTableProperty.PropertyType.GetMethod("PrepareForSave", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes)
        ?? throw new InvalidOperationException("This PDFsharp version has no PdfFontTable.PrepareForSave; see PdfFinisher.");

    public static void Build(PdfDocument document)
    {
        PrepareForSave.Invoke(FontTableProperty.GetValue(document), null);
        foreach (var obj in document.Internals.GetAllObjects())
        {
            if (obj is not PdfDictionary font || font.Elements.GetName("/Subtype") != "/Type0"
                || font.Elements.GetReference("/ToUnicode")?.Value is not PdfDictionary { Stream: not null } map
                || map.GetType() == typeof(PdfDictionary))
            {
                continue;
            }

            // PDFsharp's own map type; GlyphWriter's replacements are plain dictionaries already.
            var copy = new PdfDictionary(document);
            copy.CreateStream(map.Stream.Value);
            document.Internals.AddObject(copy);
            font.Elements.SetReference("/ToUnicode", copy);
        }
    }
}
