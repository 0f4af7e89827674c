using MicroCred.Documents.Layout;
using MicroCred.Documents.Tests.Support;

namespace MicroCred.Documents.Tests;

/// <summary>Text in any script the portal accepts comes back from the PDF as typed (PdfPig, content order).</summary>
public class ScriptTextTests
{
    public static TheoryData<string, string> Scripts => new()
    {
        { "Latin with diacritics", "Łódź Ærø Ñandú Čeština Şişli" },
        { "Greek", "Ελληνικά μαθήματα Άρτεμις" },
        { "Cyrillic", "Кириллица Пётр Їжак" },
        { "Arabic", "فاطمة الزهراء بنت محمد" },
        { "Hebrew", "שרה בת אברהם לוי" },
        { "Chinese", "王小明 学习成果" },
        { "Japanese", "山田 はなこ カタカナ" },
        { "Korean", "김민준 한국어 과정" },
        { "Latin and Arabic", "Course مقدمة في البيانات 2027 intro" },
    };

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Paragraph_text_reads_back_as_typed(string script, string text)
    {
        using var pdf = Pdf.RenderAndOpen(new Paragraph(text), new Heading(text, 1), new Paragraph(text) { Bold = true });

        var ordered = Pdf.OrderedText(pdf.GetPage(1));
        var occurrences = ordered.Split(text).Length - 1;
        Assert.True(occurrences == 3, $"{script}: expected the text three times in:\n{ordered}");
    }

    [Theory]
    [InlineData("שרה לוי")]
    [InlineData("فاطمة الزهراء")]
    public void Right_to_left_text_is_laid_out_from_right_to_left(string text)
    {
        using var pdf = Pdf.RenderAndOpen(new Paragraph("Name: " + text + " and more"));

        // Letters come in typed order; each right-to-left letter must sit left of the one typed before it.
        var letters = pdf.GetPage(1).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var rtl = letters.Where(l => l.Value.Any(c => c is >= '\u0590' and <= '\u06FF')).ToList();
        Assert.True(rtl.Count >= 5, "expected the right-to-left letters in the PDF");
        for (var i = 1; i < rtl.Count; i++)
        {
            if (rtl[i].StartBaseLine.Y.Equals(rtl[i - 1].StartBaseLine.Y))
            {
                Assert.True(rtl[i].StartBaseLine.X < rtl[i - 1].StartBaseLine.X,
                    $"'{rtl[i].Value}' is drawn right of '{rtl[i - 1].Value}', which was typed before it");
            }
        }

        // The Latin around it stays left to right: "Name:" left of the right-to-left run, "and more" right of it.
        var name = letters.First(l => l.Value == "N");
        var and = letters.First(l => l.Value == "a" && l.StartBaseLine.X > name.StartBaseLine.X + 20);
        Assert.True(name.StartBaseLine.X < rtl.Min(l => l.StartBaseLine.X));
        Assert.True(and.StartBaseLine.X > rtl.Max(l => l.StartBaseLine.X));
    }

    [Fact]
    public void Brackets_after_right_to_left_text_stay_around_their_number()
    {
        using var pdf = Pdf.RenderAndOpen(new Paragraph("Name: שרה לוי (2027)"));

        // Visually "Name: (2027) לוי שרה": the pair sits around the number, left of the Hebrew; the typed ")"
        // is the leftmost glyph, drawn mirrored as "(" (and read back as the glyph it shows).
        var letters = pdf.GetPage(1).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).OrderBy(l => l.StartBaseLine.X).ToList();
        var visual = string.Concat(letters.Select(l => l.Value));
        Assert.StartsWith("Name:(2027)", visual, StringComparison.Ordinal);
    }
}
