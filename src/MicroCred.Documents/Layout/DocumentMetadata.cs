namespace MicroCred.Documents.Layout;

/// <summary>The PDF's document information (what viewers show under "Properties").</summary>
public sealed record DocumentMetadata
{
    public DocumentMetadata(string title, DateTimeOffset creationDate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Title = title;
        CreationDate = creationDate;
    }

    public string Title { get; }

    public DateTimeOffset CreationDate { get; }

    public string? Author { get; init; }

    public string? Subject { get; init; }

    public string? Keywords { get; init; }

    /// <summary>
    /// Extra entries of the document information dictionary (for example the credential id), so software can find them
    /// without reading the page text. Names are letters and digits only.
    /// </summary>
    public IReadOnlyDictionary<string, string> Properties
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Keys.Any(k => k.Length == 0 || !k.All(char.IsAsciiLetterOrDigit) || Reserved.Contains(k)))
            {
                throw new ArgumentException("Property names are ASCII letters and digits and not one of the standard entries.", nameof(value));
            }

            field = value;
        }
    } = new Dictionary<string, string>();

    private static readonly HashSet<string> Reserved = ["Title", "Author", "Subject", "Keywords", "Creator", "Producer", "CreationDate", "ModDate", "Trapped"];
}
