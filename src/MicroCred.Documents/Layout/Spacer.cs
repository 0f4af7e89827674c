namespace MicroCred.Documents.Layout;

/// <summary>Vertical white space in points; dropped at the top of a page.</summary>
public sealed record Spacer : Block
{
    public Spacer(double height)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(height);
        Height = height;
    }

    public double Height { get; }
}
