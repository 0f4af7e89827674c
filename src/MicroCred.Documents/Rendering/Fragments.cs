using MicroCred.Documents.Layout;
using PdfSharp.Drawing;

namespace MicroCred.Documents.Rendering;

/// <summary>
/// The smallest piece the paginator places: it has a fixed height and never breaks.
/// Blocks become fragments (a paragraph one per line, a table one per row).
/// </summary>
internal abstract class Fragment
{
    public double Height { get; init; }

    /// <summary>Gap above this fragment; dropped when the fragment opens a page.</summary>
    public double SpaceBefore { get; set; }

    /// <summary>Move to the next page together with the fragment that follows (headings, table headers).</summary>
    public bool KeepWithNext { get; set; }

    /// <summary>Height of the keep-together group this fragment opens, if any.</summary>
    public double? GroupHeight { get; set; }

    /// <summary>The table header to draw first when this row opens a page.</summary>
    public Fragment? RepeatedHeader { get; init; }

    public abstract void Draw(XGraphics gfx, FontSet fonts, double x, double y, double width);

    protected static double AlignedX(double x, double width, double contentWidth, TextAlignment alignment) =>
        alignment switch
        {
            TextAlignment.Center => x + ((width - contentWidth) / 2),
            TextAlignment.Right => x + width - contentWidth,
            _ => x,
        };
}

/// <summary>Vertical white space; skipped at the top of a page.</summary>
internal sealed class SpaceFragment : Fragment
{
    public override void Draw(XGraphics gfx, FontSet fonts, double x, double y, double width)
    {
    }
}

internal sealed class PageBreakFragment : Fragment
{
    public override void Draw(XGraphics gfx, FontSet fonts, double x, double y, double width)
    {
    }
}

/// <summary>One or more wrapped lines in a single font, with an optional rule under them (level-1 headings).</summary>
internal sealed class TextFragment : Fragment
{
    public required IReadOnlyList<TextLine> Lines { get; init; }

    public required XFont Font { get; init; }

    public required XBrush Brush { get; init; }

    public TextAlignment Alignment { get; init; }

    public double Indent { get; init; }

    /// <summary>Bullet or number drawn in the indent gutter on the first line.</summary>
    public string? Marker { get; init; }

    public XPen? RuleBelow { get; init; }

    public override void Draw(XGraphics gfx, FontSet fonts, double x, double y, double width)
    {
        var lineHeight = FontSet.LineHeight(Font);
        var baseline = y + FontSet.BaselineOffset(Font);
        var textX = x + Indent;
        var textWidth = width - Indent;
        if (Marker is not null)
        {
            fonts.Draw(gfx, Marker, Font, Brush, x + 2, baseline);
        }

        foreach (var line in Lines)
        {
            if (line.Text.Length > 0)
            {
                fonts.Draw(gfx, line.Text, Font, Brush, AlignedX(textX, textWidth, line.Width, Alignment), baseline);
            }

            baseline += lineHeight;
        }

        if (RuleBelow is not null)
        {
            var ruleY = y + Height - 1;
            gfx.DrawLine(RuleBelow, x, ruleY, x + width, ruleY);
        }
    }
}

/// <summary>A cell's share of one row fragment: the lines it shows and how they are styled.</summary>
internal sealed record CellSlice(IReadOnlyList<TextLine> Lines, XFont Font, XBrush Brush, TextAlignment Alignment, XBrush? Fill);

/// <summary>One table row (or a slice of a row too tall for a page) with its cell borders.</summary>
internal sealed class TableRowFragment : Fragment
{
    public required IReadOnlyList<double> ColumnWidths { get; init; }

    public required IReadOnlyList<CellSlice> Cells { get; init; }

    public XBrush? RowFill { get; init; }

    public override void Draw(XGraphics gfx, FontSet fonts, double x, double y, double width)
    {
        var cellX = x;
        for (var c = 0; c < Cells.Count; c++)
        {
            var cell = Cells[c];
            var cellWidth = ColumnWidths[c];
            var fill = cell.Fill ?? RowFill;
            if (fill is not null)
            {
                gfx.DrawRectangle(fill, cellX, y, cellWidth, Height);
            }

            gfx.DrawRectangle(Theme.BorderPen, cellX, y, cellWidth, Height);
            var lineHeight = FontSet.LineHeight(cell.Font);
            var baseline = y + Theme.CellPaddingY + FontSet.BaselineOffset(cell.Font);
            var innerX = cellX + Theme.CellPaddingX;
            var innerWidth = cellWidth - (2 * Theme.CellPaddingX);
            foreach (var line in cell.Lines)
            {
                if (line.Text.Length > 0)
                {
                    fonts.Draw(gfx, line.Text, cell.Font, cell.Brush, AlignedX(innerX, innerWidth, line.Width, cell.Alignment),
                        baseline);
                }

                baseline += lineHeight;
            }

            cellX += cellWidth;
        }
    }
}

/// <summary>An image scaled to a fixed box.</summary>
internal sealed class ImageFragment : Fragment
{
    public required PlacedImage Image { get; init; }

    public required double ImageWidth { get; init; }

    public TextAlignment Alignment { get; init; }

    /// <summary>Caption lines drawn to the right of the image; the image and lines are aligned as one group.</summary>
    public IReadOnlyList<TextLine> BesideLines { get; init; } = [];

    public XFont? BesideFont { get; init; }

    public const double BesideGap = 12;

    public const double SignatoryRuleGap = 14;

    /// <summary>Lines of the signatory column at the right end of the row, under a short rule; empty for none.</summary>
    public IReadOnlyList<(TextLine Line, XFont Font, XBrush Brush)> Signatory { get; init; } = [];

    public double SignatoryWidth { get; init; }

    public override void Draw(XGraphics gfx, FontSet fonts, double x, double y, double width)
    {
        if (BesideLines.Count == 0 || BesideFont is null)
        {
            gfx.DrawImage(Image.Image, AlignedX(x, width, ImageWidth, Alignment), y, ImageWidth, Height);
            return;
        }

        var alignment = Alignment;
        if (Signatory.Count > 0)
        {
            var columnLeft = x + width - SignatoryWidth;
            var top = y + ((Height - SignatoryRuleGap - Signatory.Sum(s => FontSet.LineHeight(s.Font))) / 2) + SignatoryRuleGap;
            gfx.DrawLine(Theme.SignaturePen, columnLeft, top - 3, x + width, top - 3);
            foreach (var (line, font, brush) in Signatory)
            {
                fonts.Draw(gfx, line.Text, font, brush, columnLeft, top + FontSet.BaselineOffset(font));
                top += FontSet.LineHeight(font);
            }

            width -= SignatoryWidth + BesideGap;
            alignment = TextAlignment.Left;
        }

        var groupWidth = ImageWidth + BesideGap + BesideLines.Max(l => l.Width);
        var left = AlignedX(x, width, groupWidth, alignment);
        var imageHeight = ImageWidth * Image.PixelHeight / Image.PixelWidth;
        gfx.DrawImage(Image.Image, left, y + ((Height - imageHeight) / 2), ImageWidth, imageHeight);
        var lineHeight = FontSet.LineHeight(BesideFont);
        var baseline = y + ((Height - (BesideLines.Count * lineHeight)) / 2) + FontSet.BaselineOffset(BesideFont);
        foreach (var line in BesideLines)
        {
            fonts.Draw(gfx, line.Text, BesideFont, Theme.MutedBrush, left + ImageWidth + BesideGap, baseline);
            baseline += lineHeight;
        }
    }
}

/// <summary>Signature lines side by side, each column a blank for the signature over name, role and place/date.</summary>
internal sealed class SignatureFragment : Fragment
{
    public const double SignatureSpace = 34;
    public const double ColumnGap = 24;

    public required IReadOnlyList<IReadOnlyList<(IReadOnlyList<TextLine> Lines, XFont Font, XBrush Brush)>> Columns { get; init; }

    public required int ColumnsPerRow { get; init; }

    public required IReadOnlyList<double> RowHeights { get; init; }

    public override void Draw(XGraphics gfx, FontSet fonts, double x, double y, double width)
    {
        var columnWidth = (width - (ColumnGap * (ColumnsPerRow - 1))) / ColumnsPerRow;
        var rowTop = y;
        for (var i = 0; i < Columns.Count; i++)
        {
            var row = i / ColumnsPerRow;
            if (i > 0 && i % ColumnsPerRow == 0)
            {
                rowTop += RowHeights[row - 1];
            }

            var columnX = x + ((i % ColumnsPerRow) * (columnWidth + ColumnGap));
            var lineY = rowTop + SignatureSpace;
            gfx.DrawLine(Theme.SignaturePen, columnX, lineY, columnX + columnWidth, lineY);
            var top = lineY + 3;
            foreach (var (lines, font, brush) in Columns[i])
            {
                var baseline = top + FontSet.BaselineOffset(font);
                foreach (var line in lines)
                {
                    fonts.Draw(gfx, line.Text, font, brush, columnX, baseline);
                    baseline += FontSet.LineHeight(font);
                }

                top += lines.Count * FontSet.LineHeight(font);
            }
        }
    }
}
