using MicroCred.Documents.Templates;
using MicroCred.Documents.Tests.Support;
using static MicroCred.Documents.Tests.Templates.TemplateSamples;

namespace MicroCred.Documents.Tests.Templates;

/// <summary>
/// A learner's name and a course's texts in any accepted script print as typed: read back with
/// PdfPig in content order, right-to-left text comes back in logical (typed) order.
/// </summary>
public class ScriptTemplateTests
{
    public static TheoryData<string, string, string> Names => new()
    {
        { "Latin with diacritics", "Zoë Łucja", "Ñúñez-Øvergård" },
        { "Greek", "Αθηνά", "Παπαδοπούλου" },
        { "Cyrillic", "Пётр", "Кузнецов" },
        { "Arabic", "فاطمة الزهراء", "العلي" },
        { "Hebrew", "שרה", "לוי" },
        { "Chinese", "小明", "王" },
        { "Japanese", "はなこ", "山田" },
        { "Korean", "민준", "김" },
        { "Latin and Arabic", "Omar عمر", "Haddad حداد" },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void A_certificate_prints_the_learners_name_as_typed(string script, string given, string family)
    {
        var input = Certificate(Learner(given, family));

        using var pdf = Pdf.Open(Render(CertificateDocument.Build(input), "certificate-script-" + script.Replace(' ', '-')));

        Assert.Equal(1, pdf.NumberOfPages);
        Assert.Contains(Fold($"{given} {family}"), Flat(pdf), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Texts => new()
    {
        { "Latin with diacritics", "Planificación urbana: Łódź, Ærøskøbing and Şişli" },
        { "Greek", "Σχεδιασμός παράκτιων πόλεων" },
        { "Cyrillic", "Планирование прибрежных городов" },
        { "Arabic", "التخطيط الحضري للمدن الساحلية" },
        { "Hebrew", "תכנון ערים חופיות" },
        { "Chinese", "沿海城市气候适应规划" },
        { "Japanese", "沿岸都市の気候適応計画" },
        { "Korean", "해안 도시 기후 적응 계획" },
        { "Latin and Arabic", "Coastal planning التخطيط الساحلي in 12 weeks" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_course_description_prints_titles_objectives_and_outcomes_as_typed(string script, string text)
    {
        var design = Complete();
        design.Content.CoursePlan.Title = text;
        design.Content.LearningOutcomes.CourseObjective = text + " — " + text;
        design.Content.LearningOutcomes.Outcomes[0].Statement = text;
        var input = new CourseDescriptionInput(design.Content, design.Institutions, 4, true, new DateOnly(2027, 4, 30), Generated);

        using var pdf = Pdf.Open(Render(CourseDescriptionDocument.Build(input), "course-description-script-" + script.Replace(' ', '-')));

        var flat = Flat(pdf);
        Assert.Contains(Fold(text), flat, StringComparison.Ordinal);
        Assert.Contains(Fold(text + " — " + text), flat, StringComparison.Ordinal);
        Assert.True(flat.Split(Fold(text)).Length - 1 >= 4, $"{script}: title, objective and outcome expected in:\n{flat}");
    }
}
