using MicroCred.Documents.Layout;
using PdfSharp.Drawing;

namespace MicroCred.Documents.Rendering;

/// <summary>
/// Measures blocks and cuts them into fragments the paginator can place: lines, table rows
/// (split further when a row is taller than a page), images and signature groups.
/// </summary>
internal sealed class FragmentBuilder
{
    private const double BlockGap = 6;
    private const double TableGap = 8;

    private readonly FontSet _fonts;
    private readonly TextWrapper _wrapper;
    private readonly ImageCache _images;
    private readonly double _width;
    private readonly double _bodyHeight;

    public FragmentBuilder(FontSet fonts, ImageCache images, double width, double bodyHeight)
    {
        _fonts = fonts;
        _wrapper = new TextWrapper(fonts);
        _images = images;
        _width = width;
        _bodyHeight = bodyHeight;
    }

    public void Build(IReadOnlyList<Block> blocks, List<Fragment> output)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading heading:
                    AddHeading(heading, output);
                    break;
                case Paragraph paragraph:
                    AddParagraph(paragraph, output);
                    break;
                case KeyValueTable table:
                    AddKeyValueTable(table, output);
                    break;
                case Table table:
                    AddTable(table, output);
                    break;
                case BulletList list:
                    AddList(list, output);
                    break;
                case Layout.Image image:
                    AddImage(_images.Get(image.Data, interpolate: true, shared: true), image.Width, image.Alignment, image.Caption, output);
                    break;
                case QrCode qr:
                    if (qr.CaptionBeside && qr.Caption is not null)
                    {
                        AddImageWithCaptionBeside(_images.Get(QrCodeImage.CreatePng(qr.Content), interpolate: false), qr.Size, qr.Alignment,
                            qr.Caption, qr.Signatory, output);
                    }
                    else
                    {
                        AddImage(_images.Get(QrCodeImage.CreatePng(qr.Content), interpolate: false), qr.Size, qr.Alignment,
                            qr.Caption, output);
                    }

                    break;
                case Spacer spacer:
                    output.Add(new SpaceFragment { Height = spacer.Height });
                    break;
                case PageBreak:
                    output.Add(new PageBreakFragment());
                    break;
                case KeepTogether group:
                    AddGroup(group, output);
                    break;
                case SignatureBlock signatures:
                    AddSignatures(signatures, output);
                    break;
                default:
                    throw new NotSupportedException($"No layout for block type {block.GetType().Name}.");
            }
        }
    }

    private void AddHeading(Heading heading, List<Fragment> output)
    {
        var font = _fonts.Get(Theme.HeadingSize(heading.Level), bold: true, typeface: heading.Typeface);
        var lines = _wrapper.Wrap(heading.Text, font, _width);
        var paddingBelow = heading.Level == 1 ? 7 : 2;
        output.Add(new TextFragment
        {
            Lines = lines,
            Font = font,
            Brush = Theme.AccentBrush,
            Alignment = heading.Alignment,
            Height = (lines.Count * FontSet.LineHeight(font)) + paddingBelow,
            SpaceBefore = Theme.HeadingSpaceBefore(heading.Level),
            KeepWithNext = true,
            RuleBelow = heading.Level == 1 ? Theme.AccentPen : null,
        });
    }

    private void AddParagraph(Paragraph paragraph, List<Fragment> output)
    {
        var font = _fonts.Get(Theme.SizeOf(paragraph.Size), paragraph.Bold, paragraph.Italic, paragraph.Typeface);
        var brush = paragraph.Muted ? Theme.MutedBrush : Theme.InkBrush;
        AddLines(_wrapper.Wrap(paragraph.Text, font, _width), font, brush, paragraph.Alignment, BlockGap, output);
    }

    private static void AddLines(List<TextLine> lines, XFont font, XBrush brush, TextAlignment alignment, double spaceBefore,
        List<Fragment> output)
    {
        var lineHeight = FontSet.LineHeight(font);
        for (var i = 0; i < lines.Count; i++)
        {
            output.Add(new TextFragment
            {
                Lines = [lines[i]],
                Font = font,
                Brush = brush,
                Alignment = alignment,
                Height = lineHeight,
                SpaceBefore = i == 0 ? spaceBefore : 0,
                // No single first line stranded at the bottom of a page.
                KeepWithNext = i == 0 && lines.Count > 1,
            });
        }
    }

    private void AddKeyValueTable(KeyValueTable table, List<Fragment> output)
    {
        var labelWidth = Math.Round(_width * table.LabelWidthFraction, 2);
        double[] widths = [labelWidth, _width - labelWidth];
        var size = table.Compact ? Theme.CompactTableSize : Theme.TableSize;
        var labelFont = _fonts.Get(size, bold: true);
        var valueFont = _fonts.Get(size);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var cells = new[]
            {
                Cell(row.Label, labelFont, Theme.AccentBrush, TextAlignment.Left, Theme.LabelFillBrush, widths[0]),
                Cell(row.Value, valueFont, Theme.InkBrush, TextAlignment.Left, null, widths[1]),
            };
            AddRow(cells, widths, header: null, rowFill: null, i == 0 ? TableGap : 0, output);
        }
    }

    private void AddTable(Table table, List<Fragment> output)
    {
        var totalWeight = table.Columns.Sum(c => c.RelativeWidth);
        var widths = table.Columns.Select(c => _width * c.RelativeWidth / totalWeight).ToArray();
        var headerFont = _fonts.Get(Theme.TableSize, bold: true);
        var cellFont = _fonts.Get(Theme.TableSize);

        var headerCells = table.Columns
            .Select((c, i) => Cell(c.Header, headerFont, Theme.AccentBrush, c.Alignment, Theme.HeaderFillBrush, widths[i]))
            .ToArray();
        var header = Row(headerCells, widths, rowFill: null, out var headerHeight);
        header.SpaceBefore = TableGap;
        header.KeepWithNext = table.Rows.Count > 0;
        if (headerHeight > _bodyHeight / 3)
        {
            throw new InvalidOperationException("The table header is taller than a third of the page; shorten the column titles.");
        }

        output.Add(header);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var cells = new CellSlice[widths.Length];
            for (var c = 0; c < widths.Length; c++)
            {
                cells[c] = Cell(row[c], cellFont, Theme.InkBrush, table.Columns[c].Alignment, null, widths[c]);
            }

            AddRow(cells, widths, header, r % 2 == 1 ? Theme.StripeFillBrush : null, 0, output);
        }
    }

    private CellSlice Cell(string text, XFont font, XBrush brush, TextAlignment alignment, XBrush? fill, double columnWidth) =>
        new(_wrapper.Wrap(text, font, Math.Max(1, columnWidth - (2 * Theme.CellPaddingX))), font, brush, alignment, fill);

    private static TableRowFragment Row(CellSlice[] cells, double[] widths, XBrush? rowFill, out double height)
    {
        height = (2 * Theme.CellPaddingY) + cells.Max(c => c.Lines.Count * FontSet.LineHeight(c.Font));
        return new TableRowFragment { Cells = cells, ColumnWidths = widths, RowFill = rowFill, Height = height };
    }

    /// <summary>Adds a row, cut into page-sized slices when it is taller than a page (minus the repeated header).</summary>
    private void AddRow(CellSlice[] cells, double[] widths, TableRowFragment? header, XBrush? rowFill, double spaceBefore,
        List<Fragment> output)
    {
        var maxHeight = _bodyHeight - (header?.Height ?? 0);
        var contentHeight = cells.Max(c => c.Lines.Count * FontSet.LineHeight(c.Font));
        if (contentHeight + (2 * Theme.CellPaddingY) <= maxHeight)
        {
            output.Add(new TableRowFragment
            {
                Cells = cells,
                ColumnWidths = widths,
                RowFill = rowFill,
                Height = contentHeight + (2 * Theme.CellPaddingY),
                SpaceBefore = spaceBefore,
                RepeatedHeader = header,
            });
            return;
        }

        var budget = maxHeight - (2 * Theme.CellPaddingY);
        var taken = new int[cells.Length];
        var first = true;
        while (cells.Select((c, i) => c.Lines.Count - taken[i]).Any(remaining => remaining > 0))
        {
            var slices = new CellSlice[cells.Length];
            var sliceContent = 0.0;
            for (var c = 0; c < cells.Length; c++)
            {
                var lineHeight = FontSet.LineHeight(cells[c].Font);
                var count = Math.Min(cells[c].Lines.Count - taken[c], Math.Max(1, (int)(budget / lineHeight)));
                slices[c] = cells[c] with { Lines = cells[c].Lines.Skip(taken[c]).Take(count).ToArray() };
                taken[c] += count;
                sliceContent = Math.Max(sliceContent, count * lineHeight);
            }

            output.Add(new TableRowFragment
            {
                Cells = slices,
                ColumnWidths = widths,
                RowFill = rowFill,
                Height = sliceContent + (2 * Theme.CellPaddingY),
                SpaceBefore = first ? spaceBefore : 0,
                RepeatedHeader = header,
            });
            first = false;
        }
    }

    private void AddList(BulletList list, List<Fragment> output)
    {
        var font = _fonts.Get(Theme.BodySize);
        var lineHeight = FontSet.LineHeight(font);
        var indent = list.Numbered ? Theme.ListIndent + 4 : Theme.ListIndent;
        for (var i = 0; i < list.Items.Count; i++)
        {
            var lines = _wrapper.Wrap(list.Items[i], font, _width - indent);
            for (var l = 0; l < lines.Count; l++)
            {
                output.Add(new TextFragment
                {
                    Lines = [lines[l]],
                    Font = font,
                    Brush = Theme.InkBrush,
                    Indent = indent,
                    Marker = l > 0 ? null : list.Numbered ? $"{i + 1}." : "\u2022",
                    Height = lineHeight,
                    SpaceBefore = l > 0 ? 0 : i == 0 ? BlockGap : 2,
                    KeepWithNext = l == 0 && lines.Count > 1,
                });
            }
        }
    }

    private void AddImage(PlacedImage image, double width, TextAlignment alignment, string? caption, List<Fragment> output)
    {
        var captionFont = _fonts.Get(Theme.SmallSize);
        var captionLines = caption is null ? [] : _wrapper.Wrap(caption, captionFont, _width);
        var captionHeight = captionLines.Count * FontSet.LineHeight(captionFont);

        // Never wider than the column nor taller than a page: scale down, keeping the aspect ratio.
        var aspect = (double)image.PixelHeight / image.PixelWidth;
        width = Math.Min(width, _width);
        var height = width * aspect;
        var maxHeight = _bodyHeight - captionHeight - 4;
        if (height > maxHeight)
        {
            height = maxHeight;
            width = height / aspect;
        }

        output.Add(new ImageFragment
        {
            Image = image,
            ImageWidth = width,
            Alignment = alignment,
            Height = height,
            SpaceBefore = TableGap,
            KeepWithNext = captionLines.Count > 0,
        });
        if (captionLines.Count > 0)
        {
            for (var i = 0; i < captionLines.Count; i++)
            {
                output.Add(new TextFragment
                {
                    Lines = [captionLines[i]],
                    Font = captionFont,
                    Brush = Theme.MutedBrush,
                    Alignment = alignment,
                    Height = FontSet.LineHeight(captionFont),
                    SpaceBefore = i == 0 ? 3 : 0,
                });
            }
        }
    }

    private void AddImageWithCaptionBeside(PlacedImage image, double width, TextAlignment alignment, string caption, Signatory? signatory, List<Fragment> output)
    {
        var font = _fonts.Get(Theme.SmallSize);
        width = Math.Min(width, _width / 3);
        var signer = new List<(TextLine Line, XFont Font, XBrush Brush)>();
        var signerWidth = 0.0;
        if (signatory is not null)
        {
            signerWidth = Math.Round(_width * 0.2);
            var nameFont = _fonts.Get(Theme.BodySize, bold: true);
            signer.AddRange(_wrapper.Wrap(signatory.Name, nameFont, signerWidth).Select(l => (l, nameFont, (XBrush)Theme.InkBrush)));
            foreach (var text in new[] { signatory.Role, signatory.PlaceAndDate })
            {
                if (!string.IsNullOrWhiteSpace(text))
                {
                    signer.AddRange(_wrapper.Wrap(text, font, signerWidth).Select(l => (l, font, (XBrush)Theme.MutedBrush)));
                }
            }
        }

        var captionWidth = _width - width - ImageFragment.BesideGap - (signerWidth > 0 ? signerWidth + ImageFragment.BesideGap : 0);
        var lines = _wrapper.Wrap(caption, font, captionWidth);
        var signerHeight = signer.Count == 0 ? 0 : ImageFragment.SignatoryRuleGap + signer.Sum(s => FontSet.LineHeight(s.Font));
        var height = Math.Max(Math.Max(width * image.PixelHeight / image.PixelWidth, lines.Count * FontSet.LineHeight(font)), signerHeight);
        output.Add(new ImageFragment
        {
            Image = image,
            ImageWidth = width,
            Alignment = alignment,
            Height = height,
            SpaceBefore = TableGap,
            BesideLines = lines,
            BesideFont = font,
            Signatory = signer,
            SignatoryWidth = signerWidth,
        });
    }

    private void AddGroup(KeepTogether group, List<Fragment> output)
    {
        var start = output.Count;
        Build(group.Blocks, output);
        if (output.Count == start)
        {
            return;
        }

        var height = output[start].Height;
        for (var i = start + 1; i < output.Count; i++)
        {
            height += output[i].SpaceBefore + output[i].Height;
        }

        output[start].GroupHeight = height;
    }

    private void AddSignatures(SignatureBlock block, List<Fragment> output)
    {
        var perRow = Math.Min(block.Signatories.Count, 3);
        var columnWidth = (_width - (SignatureFragment.ColumnGap * (perRow - 1))) / perRow;
        var nameFont = _fonts.Get(Theme.BodySize, bold: true);
        var smallFont = _fonts.Get(Theme.SmallSize);
        var columns = new List<IReadOnlyList<(IReadOnlyList<TextLine>, XFont, XBrush)>>();
        var rowHeights = new List<double>();
        var rowContent = 0.0;
        for (var i = 0; i < block.Signatories.Count; i++)
        {
            var signatory = block.Signatories[i];
            var parts = new List<(IReadOnlyList<TextLine>, XFont, XBrush)>
            {
                (_wrapper.Wrap(signatory.Name, nameFont, columnWidth), nameFont, Theme.InkBrush),
            };
            if (signatory.Role.Length > 0)
            {
                parts.Add((_wrapper.Wrap(signatory.Role, smallFont, columnWidth), smallFont, Theme.MutedBrush));
            }

            if (!string.IsNullOrEmpty(signatory.PlaceAndDate))
            {
                parts.Add((_wrapper.Wrap(signatory.PlaceAndDate, smallFont, columnWidth), smallFont, Theme.MutedBrush));
            }

            columns.Add(parts);
            rowContent = Math.Max(rowContent, parts.Sum(p => p.Item1.Count * FontSet.LineHeight(p.Item2)));
            if (i % perRow == perRow - 1 || i == block.Signatories.Count - 1)
            {
                rowHeights.Add(SignatureFragment.SignatureSpace + 3 + rowContent + 10);
                rowContent = 0;
            }
        }

        output.Add(new SignatureFragment
        {
            Columns = columns,
            ColumnsPerRow = perRow,
            RowHeights = rowHeights,
            Height = rowHeights.Sum(),
            SpaceBefore = 18,
        });
    }
}
