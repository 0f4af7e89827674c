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
}
