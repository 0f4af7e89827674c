using MicroCred.Documents.Layout;
using MicroCred.Documents.Tests.Support;

namespace MicroCred.Documents.Tests;

public class UnicodeTextTests
{
    public static TheoryData<string> Samples => new()
    {
        "Łódź Ærø Ñandú Čeština",
        "Ελληνικά μαθήματα",
        "Кириллица ёЁ",
        "Größe façade naïve Ångström Øresund Şişli Œuvre ŽŠĆĐ",
        "ΆΈΉΊΌΎΏ ΐΰ ϊϋ Пётр Йошкар-Ола Їжак Ґанок",
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Text_round_trips_exactly_in_paragraphs(string text)
    {
        using var pdf = Pdf.RenderAndOpen(new Paragraph(text));

        var page = pdf.GetPage(1);
        Assert.Contains(text, page.Text, StringComparison.Ordinal);
        Assert.Contains(text, Pdf.OrderedText(page), StringComparison.Ordinal);
    }

    public static TheoryData<string> ShortSamples => new() { "Łódź Ærø Ñandú Čeština", "Ελληνικά μαθήματα", "Кириллица ёЁ" };

    [Theory]
    [MemberData(nameof(ShortSamples))]
    public void Text_round_trips_in_every_face_and_block(string text)
    {
        using var pdf = Pdf.RenderAndOpen(
            new Heading(text, 1),
            new Heading(text, 2) { Typeface = Typeface.Serif },
            new Paragraph(text) { Bold = true },
            new Paragraph(text) { Italic = true },
            new Paragraph(text) { Bold = true, Italic = true },
            new Paragraph(text) { Typeface = Typeface.Serif },
            new KeyValueTable([new KeyValueRow(text, text)]),
            new Table([new TableColumn(text)], [[text]]),
            new BulletList([text]));

        var pageText = pdf.GetPage(1).Text;
        var occurrences = pageText.Split(text).Length - 1;
        Assert.Equal(11, occurrences);
    }

    [Fact]
    public void Greek_and_Cyrillic_text_round_trips()
    {
        const string greek = "Ελληνικά μαθήματα";
        const string cyrillic = "Кириллица ёЁ";

        using var pdf = Pdf.RenderAndOpen(new Paragraph($"{greek} / {cyrillic}"));

        var words = pdf.GetPage(1).GetWords().Select(w => w.Text).ToList();
        Assert.Equal(["Ελληνικά", "μαθήματα", "/", "Кириллица", "ёЁ"], words.Take(5));
    }
}
