namespace MicroCred.Documents.Layout;

/// <summary>
/// Blocks that start on a new page when they do not fit on the rest of the current one
/// (for example a heading with its table). A group taller than a page flows normally.
/// </summary>
public sealed record KeepTogether : Block
{
    public KeepTogether(IReadOnlyList<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        if (blocks.Any(b => b is null or PageBreak))
        {
            throw new ArgumentException("Blocks must not contain null or a page break.", nameof(blocks));
        }

        Blocks = blocks;
    }

    public IReadOnlyList<Block> Blocks { get; }
}
