namespace MicroCred.Documents.Layout;

/// <summary>
/// How an embedded file relates to the PDF (ISO 32000-2 /AFRelationship). A machine-readable twin of the printed
/// document, such as a credential's JSON-LD, is <see cref="Alternative"/>; data the document was made from is <see cref="Data"/>.
/// </summary>
public enum EmbeddedFileRelationship
{
    Source,
    Data,
    Alternative,
    Supplement,
    Unspecified,
}

/// <summary>
/// A file carried inside the PDF as an attachment (EmbeddedFiles name tree and the catalog's /AF array), as the
/// Europass PDFs carry their credential JSON-LD. Readers list it under "Attachments".
/// </summary>
public sealed record EmbeddedFile
{
    public const int MaxBytes = 4 * 1024 * 1024;

    public EmbeddedFile(string fileName, string mimeType, byte[] content, EmbeddedFileRelationship relationship = EmbeddedFileRelationship.Alternative)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(mimeType);
        ArgumentNullException.ThrowIfNull(content);
        if (fileName.IndexOfAny(['/', '\\']) >= 0 || fileName.Any(char.IsControl))
        {
            throw new ArgumentException("The file name must be a plain name without folders or control characters.", nameof(fileName));
        }

        if (!System.Text.RegularExpressions.Regex.IsMatch(mimeType, "^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$"))
        {
            throw new ArgumentException("The MIME type must look like type/subtype in lower case (for example application/ld+json).", nameof(mimeType));
        }

        if (content.Length > MaxBytes)
        {
            throw new ArgumentException($"An embedded file may have at most {MaxBytes} bytes.", nameof(content));
        }

        FileName = fileName;
        MimeType = mimeType;
        Content = content;
        Relationship = relationship;
    }

    public string FileName { get; }

    public string MimeType { get; }

    public byte[] Content { get; }

    public EmbeddedFileRelationship Relationship { get; }

    /// <summary>Shown by viewers next to the file name; none when null.</summary>
    public string? Description { get; init; }
}
