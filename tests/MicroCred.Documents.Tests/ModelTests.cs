using MicroCred.Documents.Layout;

namespace MicroCred.Documents.Tests;

public class ModelTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Heading_level_outside_one_to_three_is_refused(int level) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Heading("Title", level));

    [Fact]
    public void Table_row_with_the_wrong_number_of_cells_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new Table([new TableColumn("A"), new TableColumn("B")], [["1", "2"], ["only one"]]));

        Assert.Contains("Row 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Column_width_must_be_positive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TableColumn("A", 0));

    [Fact]
    public void Margins_that_leave_no_room_are_refused() =>
        Assert.Throws<ArgumentException>(() => new PageMargins(400, 20, 400, 20));

    [Fact]
    public void Models_with_equal_content_are_equal_records()
    {
        var metadata = new DocumentMetadata("T", DateTimeOffset.UnixEpoch);
        var blocks = new Block[] { new Paragraph("x") { Bold = true } };

        Assert.Equal(new DocumentModel(metadata, blocks), new DocumentModel(metadata, blocks) with { });
        Assert.Equal(new Paragraph("x") { Bold = true }, blocks[0]);
        Assert.NotEqual(new Paragraph("x"), blocks[0]);
    }
}
