using MicroCred.Documents.Layout;
using MicroCred.Documents.Tests.Support;

namespace MicroCred.Documents.Tests;

public class LineBreakingTests
{
    [Fact]
    public void Unbroken_300_character_word_stays_within_the_printable_area()
    {
        var word = string.Concat(Enumerable.Range(0, 300).Select(i => (char)('a' + (i % 26))));
        var model = Pdf.Model(new Paragraph(word), new Paragraph(word) { Bold = true, Size = TextSize.Large });

        using var pdf = Pdf.RenderAndOpen(model);

        var page = pdf.GetPage(1);
        Pdf.AssertInsidePrintableArea(page, Pdf.BodyLetters(page, model.Margins), model.Margins);
        var body = string.Concat(Pdf.BodyLetters(page, model.Margins).Select(l => l.Value));
        Assert.Equal(word + word, body);
        var lines = Pdf.BodyLetters(page, model.Margins).Select(l => Math.Round(l.StartBaseLine.Y)).Distinct().Count();
        Assert.True(lines >= 6, $"Expected the two words to be split over several lines, found {lines}.");
    }

    [Fact]
    public void Decomposed_accents_are_composed_so_long_words_still_fit_the_line()
    {
        // "e" + combining acute (U+0301): the fonts have "é" but no combining mark glyph.
        var word = string.Concat(Enumerable.Repeat("e\u0301ά", 150));
        var model = Pdf.Model(new Paragraph(word));

        using var pdf = Pdf.RenderAndOpen(model);

        var page = pdf.GetPage(1);
        Pdf.AssertInsidePrintableArea(page, Pdf.BodyLetters(page, model.Margins), model.Margins);
        var body = string.Concat(Pdf.BodyLetters(page, model.Margins).Select(l => l.Value));
        Assert.Equal(string.Concat(Enumerable.Repeat("éά", 150)), body);
    }

    [Fact]
    public void Paragraph_wraps_at_spaces_within_the_margins_and_keeps_every_word_in_order()
    {
        var words = Enumerable.Range(1, 400).Select(i => $"word{i}").ToArray();
        var model = Pdf.Model(new Paragraph(string.Join(' ', words)));

        using var pdf = Pdf.RenderAndOpen(model);

        var extracted = new List<string>();
        foreach (var page in pdf.GetPages())
        {
            Pdf.AssertInsidePrintableArea(page, Pdf.BodyLetters(page, model.Margins), model.Margins);
            extracted.AddRange(page.GetWords().Select(w => w.Text).Where(w => w.StartsWith("word", StringComparison.Ordinal)));
        }

        Assert.Equal(words, extracted);
    }

    [Fact]
    public void Lines_fill_the_width_before_breaking()
    {
        var model = Pdf.Model(new Paragraph(string.Join(' ', Enumerable.Repeat("fill", 300))));

        using var pdf = Pdf.RenderAndOpen(model);

        var page = pdf.GetPage(1);
        var printableRight = page.Width - model.Margins.Right;
        var firstLine = Pdf.BodyLetters(page, model.Margins).GroupBy(l => Math.Round(l.StartBaseLine.Y)).First();
        var lineEnd = firstLine.Max(l => l.EndBaseLine.X);
        // A greedy breaker leaves less than one word plus a space unused.
        Assert.InRange(lineEnd, printableRight - 25, printableRight + 0.5);
    }

    [Fact]
    public void Newlines_start_new_lines()
    {
        var model = Pdf.Model(new Paragraph("first line\nsecond line\r\nthird line"));

        using var pdf = Pdf.RenderAndOpen(model);

        var lines = Pdf.BodyLetters(pdf.GetPage(1), model.Margins)
            .GroupBy(l => Math.Round(l.StartBaseLine.Y))
            .Select(g => string.Concat(g.Select(l => l.Value)))
            .ToList();
        Assert.Equal(["first line", "second line", "third line"], lines);
    }

    [Theory]
    [InlineData(TextAlignment.Right)]
    [InlineData(TextAlignment.Center)]
    public void Aligned_paragraphs_are_placed_against_the_right_margin_or_centred(TextAlignment alignment)
    {
        var model = Pdf.Model(new Paragraph("Aligned") { Alignment = alignment });

        using var pdf = Pdf.RenderAndOpen(model);

        var page = pdf.GetPage(1);
        var letters = Pdf.BodyLetters(page, model.Margins).ToList();
        var left = letters.Min(l => l.StartBaseLine.X);
        var right = letters.Max(l => l.EndBaseLine.X);
        var printableLeft = model.Margins.Left;
        var printableRight = page.Width - model.Margins.Right;
        if (alignment == TextAlignment.Right)
        {
            Assert.Equal(printableRight, right, 0.5);
        }
        else
        {
            Assert.Equal((printableLeft + printableRight) / 2, (left + right) / 2, 0.5);
        }
    }
}
