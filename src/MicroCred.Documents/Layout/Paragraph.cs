namespace MicroCred.Documents.Layout;

/// <summary>Plain text wrapped at spaces; "\n" starts a new line. May break across pages.</summary>
public sealed record Paragraph : Block
{
    public Paragraph(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    public string Text { get; }

    public bool Bold { get; init; }

    public bool Italic { get; init; }

    public TextSize Size { get; init; } = TextSize.Normal;

    public TextAlignment Alignment { get; init; } = TextAlignment.Left;

    public Typeface Typeface { get; init; } = Typeface.Sans;

    /// <summary>Grey instead of black, for notes and fine print.</summary>
    public bool Muted { get; init; }
}
