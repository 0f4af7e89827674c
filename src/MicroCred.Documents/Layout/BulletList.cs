namespace MicroCred.Documents.Layout;

/// <summary>A list of wrapped items with a bullet (or "1.", "2." when numbered) hanging in the left gutter.</summary>
public sealed record BulletList : Block
{
    public BulletList(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Any(i => i is null))
        {
            throw new ArgumentException("Items must not contain null.", nameof(items));
        }

        Items = items;
    }

    public IReadOnlyList<string> Items { get; }

    public bool Numbered { get; init; }
}
