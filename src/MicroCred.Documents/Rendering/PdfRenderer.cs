using MicroCred.Documents.Fonts;
using MicroCred.Documents.Layout;
using MicroCred.Documents.Sealing;
using PdfSharp.Pdf;

namespace MicroCred.Documents.Rendering;

/// <summary>
/// Renders a <see cref="DocumentModel"/> to PDF with PDFsharp. Stateless and thread-safe:
/// register it as a singleton.
/// </summary>
public sealed class PdfRenderer
{
    public PdfRenderer() => DocumentFonts.EnsureInstalled();

    public byte[] Render(DocumentModel model, PdfSeal? seal = null)
    {
        using var buffer = new MemoryStream();
        Render(model, buffer, seal);
        return buffer.ToArray();
    }

    /// <summary>
    /// Writes the PDF to the stream and leaves the stream open. With a <paramref name="seal"/> the PDF is signed with it
    /// (an invisible document signature); the model's <see cref="DocumentModel.EmbeddedFiles"/> become attachments.
    /// </summary>
    public void Render(DocumentModel model, Stream output, PdfSeal? seal = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanSeek)
        {
            // PDFsharp records byte offsets while writing (the cross-reference table).
            using var buffer = new MemoryStream();
            Render(model, buffer, seal);
            buffer.Position = 0;
            buffer.CopyTo(output);
            return;
        }

        using var document = new PdfDocument();
        var metadata = model.Metadata;
        document.Info.Title = metadata.Title;
        document.Info.Author = metadata.Author ?? string.Empty;
        document.Info.Subject = metadata.Subject ?? string.Empty;
        document.Info.Keywords = metadata.Keywords ?? string.Empty;
        document.Info.Creator = "MicroCred";
        document.Info.CreationDate = metadata.CreationDate.UtcDateTime;
        document.Info.ModificationDate = metadata.CreationDate.UtcDateTime;
        foreach (var (name, value) in metadata.Properties)
        {
            document.Info.Elements.SetString("/" + name, value);
        }

        // PDFsharp 6.2.4 writes Flate streams without the zlib Adler-32 trailer; qpdf --check and strict readers flag such
        // page content. PDFsharp stores page content and font programs plain; PdfFinisher compresses them properly.
        document.Options.CompressContentStreams = false;
        document.Options.NoCompression = true;

        using var composer = new PageComposer(document, model);
        composer.Compose();
        PdfFinisher.Finish(document, output, model.EmbeddedFiles, seal, metadata.CreationDate);
    }
}
