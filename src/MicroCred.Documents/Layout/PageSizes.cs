namespace MicroCred.Documents.Layout;

/// <summary>Paper sizes in points. Every MicroCred document is A4 portrait.</summary>
public static class PageSizes
{
    public const double A4Width = 595.276;

    public const double A4Height = 841.89;
}
