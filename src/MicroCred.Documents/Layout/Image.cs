namespace MicroCred.Documents.Layout;

/// <summary>A PNG or JPEG drawn at the given width in points; height follows the aspect ratio.</summary>
public sealed record Image : Block
{
    public Image(byte[] data, double width)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Length == 0)
        {
            throw new ArgumentException("Image data is empty.", nameof(data));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        Data = data;
        Width = width;
    }

    public byte[] Data { get; }

    public double Width { get; }

    public TextAlignment Alignment { get; init; } = TextAlignment.Left;

    /// <summary>Small text under the image; none when null.</summary>
    public string? Caption { get; init; }
}
