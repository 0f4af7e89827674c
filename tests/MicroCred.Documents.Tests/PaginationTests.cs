using MicroCred.Documents.Layout;
using MicroCred.Documents.Rendering;
using MicroCred.Documents.Tests.Support;

namespace MicroCred.Documents.Tests;

public class PaginationTests
{
    private static Paragraph Filler(int i) => new($"Filler paragraph {i} with enough words to take a line of its own.");

    private static int PageOf(UglyToad.PdfPig.PdfDocument pdf, string text) =>
        pdf.GetPages().First(p => p.Text.Contains(text, StringComparison.Ordinal)).Number;

    [Fact]
    public void Page_break_starts_a_new_page_but_not_an_empty_one()
    {
        using var pdf = Pdf.RenderAndOpen(new PageBreak(), new Paragraph("First"), new PageBreak(), new PageBreak(), new Paragraph("Second"));

        Assert.Equal(2, pdf.NumberOfPages);
        Assert.Equal(1, PageOf(pdf, "First"));
        Assert.Equal(2, PageOf(pdf, "Second"));
    }

    [Fact]
    public void Content_flows_onto_new_pages_within_the_printable_area()
    {
        var model = Pdf.Model(Enumerable.Range(1, 120).Select(i => (Block)Filler(i)).ToArray());

        using var pdf = Pdf.RenderAndOpen(model);

        Assert.True(pdf.NumberOfPages >= 3);
        foreach (var page in pdf.GetPages())
        {
            Pdf.AssertInsidePrintableArea(page, Pdf.BodyLetters(page, model.Margins), model.Margins);
        }

        Assert.Equal(120, pdf.GetPages().Sum(p => p.GetWords().Count(w => w.Text == "Filler")));
    }

    [Fact]
    public void Heading_is_never_left_alone_at_the_bottom_of_a_page()
    {
        // Every filler count from "fits easily" to "spills over" puts the heading somewhere near the
        // page end, including the spot where the heading fits but the paragraph after it does not.
        for (var fillers = 25; fillers <= 45; fillers++)
        {
            var blocks = Enumerable.Range(1, fillers).Select(i => (Block)Filler(i)).ToList();
            blocks.Add(new Heading("Assessment", 2));
            blocks.Add(new Paragraph("Text under the heading"));

            using var pdf = Pdf.RenderAndOpen(blocks.ToArray());

            Assert.True(PageOf(pdf, "Text under the heading") == PageOf(pdf, "Assessment"),
                $"With {fillers} fillers the heading was separated from its paragraph.");
        }
    }

    [Fact]
    public void Keep_together_group_moves_to_the_next_page_as_a_whole()
    {
        var blocks = Enumerable.Range(1, 30).Select(i => (Block)Filler(i)).ToList();
        blocks.Add(new KeepTogether(
        [
            new Paragraph("Group start"),
            new KeyValueTable(Enumerable.Range(1, 6).Select(i => new KeyValueRow($"K{i}", "value")).ToArray()),
            new SignatureBlock([new Signatory("Ana Núñez", "Rector"), new Signatory("Jan Kowalski", "Dean")]),
        ]));

        using var pdf = Pdf.RenderAndOpen(blocks.ToArray());

        Assert.Equal(2, pdf.NumberOfPages);
        Assert.Equal(2, PageOf(pdf, "Group start"));
        Assert.Equal(2, PageOf(pdf, "Jan Kowalski"));
        Assert.Equal(1, PageOf(pdf, "Filler paragraph 30 "));
        var secondPage = pdf.GetPage(2).GetWords().ToList();
        Assert.Equal("Group", secondPage.OrderByDescending(w => w.BoundingBox.Top).First().Text);
    }

    [Fact]
    public void Spacer_adds_vertical_space()
    {
        using var pdf = Pdf.RenderAndOpen(new Paragraph("Above"), new Spacer(100), new Paragraph("Below"));

        var words = pdf.GetPage(1).GetWords().ToList();
        var gap = words.Single(w => w.Text == "Above").BoundingBox.Bottom - words.Single(w => w.Text == "Below").BoundingBox.Bottom;
        Assert.InRange(gap, 100, 125);
    }

    [Fact]
    public void Signature_block_puts_signatories_side_by_side()
    {
        using var pdf = Pdf.RenderAndOpen(new SignatureBlock(
        [
            new Signatory("Ana", "Vice-Rector") { PlaceAndDate = "Granada, 25.11.2026" },
            new Signatory("Wojciech", "Dean"),
            new Signatory("Иван", "Ректор"),
        ]));

        var words = pdf.GetPage(1).GetWords().ToList();
        var names = new[] { "Ana", "Wojciech", "Иван" }.Select(n => words.Single(w => w.Text == n).BoundingBox).ToList();
        Assert.All(names, b => Assert.Equal(names[0].Bottom, b.Bottom, 0.5));
        Assert.True(names[0].Left < names[1].Left && names[1].Left < names[2].Left);
        Assert.Contains("Granada, 25.11.2026", pdf.GetPage(1).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_to_a_non_seekable_stream_writes_a_complete_pdf()
    {
        var model = Pdf.Model(new Heading("Streamed"), new Paragraph("Кириллица"));
        using var target = new MemoryStream();
        using var forwardOnly = new ForwardOnlyStream(target);

        new PdfRenderer().Render(model, forwardOnly);

        var bytes = target.ToArray();
        Qpdf.AssertPassesCheck(bytes);
        using var pdf = Pdf.Open(bytes);
        Assert.Contains("Кириллица", pdf.GetPage(1).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_to_a_stream_leaves_it_open_after_the_pdf()
    {
        using var target = new MemoryStream();
        target.Write([1, 2, 3]);

        new PdfRenderer().Render(Pdf.Model(new Paragraph("x")), target);

        Assert.True(target.CanWrite);
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(target.ToArray(), 3, 5));
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
