namespace MicroCred.Documents.Layout;

/// <summary>Margins of an A4 page in points (1 pt = 1/72 inch).</summary>
public sealed record PageMargins
{
    public PageMargins(double top, double right, double bottom, double left)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 30);
        ArgumentOutOfRangeException.ThrowIfLessThan(right, 0);
        ArgumentOutOfRangeException.ThrowIfLessThan(bottom, 30);
        ArgumentOutOfRangeException.ThrowIfLessThan(left, 0);
        if (left + right > PageSizes.A4Width - 144 || top + bottom > PageSizes.A4Height - 144)
        {
            throw new ArgumentException("Margins leave less than 2 inches of printable area.");
        }

        Top = top;
        Right = right;
        Bottom = bottom;
        Left = left;
    }

    /// <summary>2 cm left and right, 2.5 cm top and bottom (room for the running header and footer).</summary>
    public static PageMargins Default { get; } = new(70.87, 56.69, 70.87, 56.69);

    public double Top { get; }

    public double Right { get; }

    public double Bottom { get; }

    public double Left { get; }
}
