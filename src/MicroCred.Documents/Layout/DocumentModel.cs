namespace MicroCred.Documents.Layout;

/// <summary>
/// Everything a PDF needs: metadata, page setup, running header/footer and the blocks in reading order.
/// Templates build one of these; only <c>PdfRenderer</c> turns it into PDF.
/// </summary>
public sealed record DocumentModel
{
    public DocumentModel(DocumentMetadata metadata, IReadOnlyList<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(blocks);
        if (blocks.Any(b => b is null))
        {
            throw new ArgumentException("Blocks must not contain null.", nameof(blocks));
        }

        Metadata = metadata;
        Blocks = blocks;
    }

    public DocumentMetadata Metadata { get; }

    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>Page margins in points; the header and footer are drawn inside the top and bottom margins.</summary>
    public PageMargins Margins { get; init; } = PageMargins.Default;

    /// <summary>Text drawn at the top of every page (for example the course or document title); none when null.</summary>
    public string? HeaderText { get; init; }

    /// <summary>Text drawn at the bottom left of every page; the bottom right always shows "Page X of Y".</summary>
    public string? FooterText { get; init; }

    /// <summary>Large diagonal text drawn under the content of every page (for example "DRAFT"); none when null.</summary>
    public string? Watermark { get; init; }

    /// <summary>Draws a double frame inside the page edge on every page (for certificates).</summary>
    public bool PageFrame { get; init; }

    /// <summary>Files carried inside the PDF as attachments (for example the credential's JSON-LD); names must be distinct.</summary>
    public IReadOnlyList<EmbeddedFile> EmbeddedFiles
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Any(f => f is null) || value.Select(f => f.FileName).Distinct(StringComparer.OrdinalIgnoreCase).Count() != value.Count)
            {
                throw new ArgumentException("Embedded files must not be null and their names must be distinct.", nameof(value));
            }

            field = value;
        }
    } = [];
}
