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
}
