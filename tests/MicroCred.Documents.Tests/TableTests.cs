using System.Text.RegularExpressions;
using MicroCred.Documents.Layout;
using MicroCred.Documents.Tests.Support;

namespace MicroCred.Documents.Tests;

public partial class TableTests
{
    private static readonly TableColumn[] _columns =
    [
        new("Unit code", 1),
        new("Unit title", 4),
        new("Credits", 1, TextAlignment.Right),
    ];

    private static Table Units(int count) => new(_columns,
        Enumerable.Range(1, count)
            .Select(i => (IReadOnlyList<string>)[$"R{i:D3}", $"Learning unit number {i}", $"{i % 6}"])
            .ToArray());

    [GeneratedRegex(@"R\d{3}")]
    private static partial Regex RowCode();

    [Fact]
    public void Two_hundred_row_table_spans_several_pages_with_the_header_on_each_page()
    {
        using var pdf = Pdf.RenderAndOpen(new Heading("Units"), Units(200));

        Assert.True(pdf.NumberOfPages >= 4, $"200 rows should need several pages, got {pdf.NumberOfPages}.");
        foreach (var page in pdf.GetPages())
        {
            var text = page.Text;
            foreach (var header in _columns.Select(c => c.Header))
            {
                Assert.True(text.Split(header).Length - 1 == 1, $"Page {page.Number} should show '{header}' once.");
            }

            // The header sits above the first row of the page.
            var headerY = page.GetWords().First(w => w.Text == "Credits").BoundingBox.Bottom;
            var firstRowY = page.GetWords().Where(w => RowCode().IsMatch(w.Text)).Max(w => w.BoundingBox.Bottom);
            Assert.True(headerY > firstRowY, $"Page {page.Number}: header below the rows.");
        }
    }

    [Fact]
    public void Every_row_appears_exactly_once_and_in_order_across_pages()
    {
        var model = Pdf.Model(Units(200));

        using var pdf = Pdf.RenderAndOpen(model);

        var codes = pdf.GetPages().SelectMany(p => RowCode().Matches(p.Text).Select(m => m.Value)).ToList();
        Assert.Equal(Enumerable.Range(1, 200).Select(i => $"R{i:D3}"), codes);
        foreach (var page in pdf.GetPages())
        {
            Pdf.AssertInsidePrintableArea(page, Pdf.BodyLetters(page, model.Margins), model.Margins);
        }
    }

    [Fact]
    public void Long_table_cells_wrap_within_the_printable_area()
    {
        var longText = string.Join(' ', Enumerable.Repeat("Interoperable metadata for research data", 12));
        var unbroken = new string('W', 200);
        var model = Pdf.Model(new Table(
            [new TableColumn("Narrow", 1), new TableColumn("Broad", 3), new TableColumn("Right", 1, TextAlignment.Right)],
            [[unbroken, longText, unbroken]]));

        using var pdf = Pdf.RenderAndOpen(model);

        var page = pdf.GetPage(1);
        Pdf.AssertInsidePrintableArea(page, Pdf.BodyLetters(page, model.Margins), model.Margins);
        var body = string.Concat(Pdf.BodyLetters(page, model.Margins).Select(l => l.Value));
        Assert.Equal(400, body.Count(c => c == 'W'));
        Assert.Equal(12, Regex.Count(page.Text, "research"));
    }

    [Fact]
    public void Cells_stay_inside_their_own_column()
    {
        var model = Pdf.Model(new Table(
            [new TableColumn("A", 1), new TableColumn("B", 1)],
            [[new string('x', 120), new string('y', 120)]]));

        using var pdf = Pdf.RenderAndOpen(model);

        var page = pdf.GetPage(1);
        var middle = model.Margins.Left + ((page.Width - model.Margins.Left - model.Margins.Right) / 2);
        Assert.All(page.Letters.Where(l => l.Value == "x"), l => Assert.True(l.EndBaseLine.X < middle));
        Assert.All(page.Letters.Where(l => l.Value == "y"), l => Assert.True(l.StartBaseLine.X > middle));
    }

    [Fact]
    public void Row_taller_than_a_page_is_split_across_pages_instead_of_overflowing()
    {
        var lines = Enumerable.Range(1, 150).Select(i => $"line{i:D3}").ToArray();
        var model = Pdf.Model(new Table(
            [new TableColumn("Label", 1), new TableColumn("Very long cell", 3)],
            [["short", string.Join('\n', lines)], ["after", "the next row"]]));

        using var pdf = Pdf.RenderAndOpen(model);

        Assert.True(pdf.NumberOfPages >= 2);
        var found = new List<string>();
        foreach (var page in pdf.GetPages())
        {
            Pdf.AssertInsidePrintableArea(page, Pdf.BodyLetters(page, model.Margins), model.Margins);
            Assert.Contains("Very long cell", page.Text, StringComparison.Ordinal);
            found.AddRange(page.GetWords().Select(w => w.Text).Where(w => w.StartsWith("line", StringComparison.Ordinal)));
        }

        Assert.Equal(lines, found);
        Assert.Contains("the next row", pdf.GetPage(pdf.NumberOfPages).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_value_table_shows_every_label_and_value_with_bold_labels()
    {
        var rows = Enumerable.Range(1, 14).Select(i => new KeyValueRow($"Label{i}", $"Value{i} ёЁ")).ToArray();

        using var pdf = Pdf.RenderAndOpen(new KeyValueTable(rows));

        var page = pdf.GetPage(1);
        var words = page.GetWords().ToList();
        for (var i = 1; i <= 14; i++)
        {
            var label = words.Single(w => w.Text == $"Label{i}");
            var value = words.Single(w => w.Text == $"Value{i}");
            Assert.Equal(label.BoundingBox.Bottom, value.BoundingBox.Bottom, 0.5);
            Assert.True(label.BoundingBox.Right < value.BoundingBox.Left);
            Assert.Contains("Bold", label.Letters[0].FontName, StringComparison.Ordinal);
            Assert.DoesNotContain("Bold", value.Letters[0].FontName, StringComparison.Ordinal);
        }
    }
}
