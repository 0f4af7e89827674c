namespace MicroCred.Documents.Layout;

/// <summary>Body text sizes: Small 8.5 pt, Normal 10 pt, Large 14 pt, Display 20 pt (a name on a certificate).</summary>
public enum TextSize
{
    Normal,
    Small,
    Large,
    Display,
}
