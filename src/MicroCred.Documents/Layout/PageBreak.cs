namespace MicroCred.Documents.Layout;

/// <summary>Starts a new page (ignored when the current page is still empty).</summary>
public sealed record PageBreak : Block;
