namespace MicroCred.Documents.Layout;

/// <summary>
/// A grid with a header row. Rows break across pages and the header is repeated on each page;
/// cells wrap, and a row taller than a page is split between pages.
/// </summary>
public sealed record Table : Block
{
    public Table(IReadOnlyList<TableColumn> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (columns.Count == 0 || columns.Any(c => c is null))
        {
            throw new ArgumentException("A table needs at least one column and no null columns.", nameof(columns));
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is null || rows[i].Count != columns.Count || rows[i].Any(cell => cell is null))
            {
                throw new ArgumentException(
                    $"Row {i} must have exactly {columns.Count} non-null cells.", nameof(rows));
            }
        }

        Columns = columns;
        Rows = rows;
    }

    public IReadOnlyList<TableColumn> Columns { get; }

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }
}

/// <summary>A table column: header text, width relative to the other columns, cell alignment.</summary>
public sealed record TableColumn
{
    public TableColumn(string header, double relativeWidth = 1, TextAlignment alignment = TextAlignment.Left)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(relativeWidth);
        Header = header;
        RelativeWidth = relativeWidth;
        Alignment = alignment;
    }

    public string Header { get; }

    public double RelativeWidth { get; }

    public TextAlignment Alignment { get; }
}
