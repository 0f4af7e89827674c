namespace MicroCred.Documents.Layout;

/// <summary>A unit of content laid out top to bottom by the renderer.</summary>
public abstract record Block;
