namespace MicroCred.Documents.Layout;

/// <summary>A section heading, level 1 (largest) to 3. Kept on the same page as the block after it.</summary>
public sealed record Heading : Block
{
    public Heading(string text, int level = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 3);
        Text = text;
        Level = level;
    }

    public string Text { get; }

    public int Level { get; }

    public TextAlignment Alignment { get; init; } = TextAlignment.Left;

    public Typeface Typeface { get; init; } = Typeface.Sans;
}
