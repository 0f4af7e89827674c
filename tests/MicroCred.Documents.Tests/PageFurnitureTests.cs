using System.Text.RegularExpressions;
using MicroCred.Documents.Layout;
using MicroCred.Documents.Tests.Support;

namespace MicroCred.Documents.Tests;

public class PageFurnitureTests
{
    private static DocumentModel ThreePages(string? watermark = null)
    {
        var model = Pdf.Model(new Paragraph("One"), new PageBreak(), new Paragraph("Two"), new PageBreak(), new Paragraph("Three"));
        return model with { HeaderText = "Course description · Ελληνικά", FooterText = "MicroCred footer", Watermark = watermark };
    }

    [Fact]
    public void Every_page_has_a_page_X_of_Y_footer()
    {
        using var pdf = Pdf.RenderAndOpen(ThreePages());

        Assert.Equal(3, pdf.NumberOfPages);
        foreach (var page in pdf.GetPages())
        {
            var footers = Regex.Matches(page.Text, @"Page \d+ of \d+").Select(m => m.Value).ToList();
            Assert.Equal([$"Page {page.Number} of 3"], footers);
        }
    }

    [Fact]
    public void Footer_is_drawn_in_the_bottom_margin_at_the_right()
    {
        var model = ThreePages();

        using var pdf = Pdf.RenderAndOpen(model);

        var page = pdf.GetPage(2);
        var words = page.GetWords().ToList();
        var of = words.Single(w => w.Text == "of");
        Assert.True(of.BoundingBox.Top < model.Margins.Bottom, "Footer must sit below the body.");
        Assert.Equal(page.Width - model.Margins.Right, words.Last(w => w.Text == "3").BoundingBox.Right, 1.0);
    }

    [Fact]
    public void Header_and_footer_texts_are_on_every_page_outside_the_body()
    {
        var model = ThreePages();

        using var pdf = Pdf.RenderAndOpen(model);

        foreach (var page in pdf.GetPages())
        {
            Assert.Contains("Course description · Ελληνικά", page.Text, StringComparison.Ordinal);
            Assert.Contains("MicroCred footer", page.Text, StringComparison.Ordinal);
            var header = page.GetWords().Single(w => w.Text == "Course");
            Assert.True(header.BoundingBox.Bottom > page.Height - model.Margins.Top, "Header must sit above the body.");
        }
    }

    [Fact]
    public void Draft_watermark_is_on_every_page_when_set()
    {
        using var pdf = Pdf.RenderAndOpen(ThreePages(watermark: "DRAFT"));

        foreach (var page in pdf.GetPages())
        {
            Assert.Single(Regex.Matches(page.Text, "DRAFT"));
            var letters = page.Letters.Where(l => "DRAFT".Contains(l.Value, StringComparison.Ordinal) && l.PointSize > 40).ToList();
            Assert.Equal(5, letters.Count);
            // Diagonal: the letters climb from bottom left to top right.
            Assert.True(letters[^1].StartBaseLine.Y - letters[0].StartBaseLine.Y > 100);
            Assert.True(letters[^1].StartBaseLine.X > letters[0].StartBaseLine.X);
        }
    }

    [Fact]
    public void No_watermark_when_not_set()
    {
        using var pdf = Pdf.RenderAndOpen(ThreePages(watermark: null));

        Assert.All(pdf.GetPages(), page =>
        {
            Assert.DoesNotContain("DRAFT", page.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(page.Letters, l => l.PointSize > 40);
        });
    }
}
