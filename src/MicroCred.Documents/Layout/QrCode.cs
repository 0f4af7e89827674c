namespace MicroCred.Documents.Layout;

/// <summary>A QR code for the given text (typically a verification URL), drawn as a square of Size points.</summary>
public sealed record QrCode : Block
{
    public QrCode(string content, double size = 96)
    {
        ArgumentException.ThrowIfNullOrEmpty(content);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 36);
        Content = content;
        Size = size;
    }

    public string Content { get; }

    public double Size { get; }

    public TextAlignment Alignment { get; init; } = TextAlignment.Left;

    /// <summary>Small text under the code (for example the URL in readable form); none when null.</summary>
    public string? Caption { get; init; }

    /// <summary>Draws the caption to the right of the code, vertically centred, instead of under it (saves height).</summary>
    public bool CaptionBeside { get; init; }

    /// <summary>
    /// With <see cref="CaptionBeside"/>: a signatory printed at the right end of the same row, over a short rule (name, role,
    /// place and date), as a sealed certificate names the person who signs for the institution. None when null.
    /// </summary>
    public Signatory? Signatory { get; init; }
}
