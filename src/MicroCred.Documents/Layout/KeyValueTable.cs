namespace MicroCred.Documents.Layout;

/// <summary>Two columns: bold labels on the left, wrapping values on the right.</summary>
public sealed record KeyValueTable : Block
{
    public KeyValueTable(IReadOnlyList<KeyValueRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Any(r => r is null))
        {
            throw new ArgumentException("Rows must not contain null.", nameof(rows));
        }

        Rows = rows;
    }

    public IReadOnlyList<KeyValueRow> Rows { get; }

    /// <summary>Share of the width given to the label column, between 0.1 and 0.9.</summary>
    public double LabelWidthFraction
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 0.1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 0.9);
            field = value;
        }
    } = 0.34;

    /// <summary>Smaller type (8 pt instead of 9 pt) for dense one-page documents such as certificates.</summary>
    public bool Compact { get; init; }
}

public sealed record KeyValueRow
{
    public KeyValueRow(string label, string value)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(value);
        Label = label;
        Value = value;
    }

    public string Label { get; }

    public string Value { get; }
}
