using MicroCred.Documents.Templates;
using MicroCred.Documents.Tests.Support;
using static MicroCred.Documents.Tests.Templates.TemplateSamples;

namespace MicroCred.Documents.Tests.Templates;

/// <summary>
/// A learner who took part without assessment gets a badge that says so plainly in every printed language: the outcomes
/// were not assessed and no level is certified (elements 6 and 8), instead of printing them as if achieved.
/// </summary>
public class AttendanceOnlyWordingTests
{
    public static TheoryData<string> SecondLanguages() => [.. CertificateLabels.Supported.Where(l => l != CertificateLabels.English)];

    [Theory]
    [MemberData(nameof(SecondLanguages))]
    public void An_attendance_only_badge_says_the_outcomes_were_not_assessed_and_no_level_is_certified(string language)
    {
        var input = Certificate(Learner(attendanceOnly: true)) with { Languages = [CertificateLabels.English, language] };
        using var pdf = Pdf.Open(Render(CertificateDocument.Build(input), $"certificate-attendance-{language}"));
        var text = Flat(pdf);

        var en = CertificateLabels.For(CertificateLabels.English);
        var other = CertificateLabels.For(language);
        AssertLabelThenValue(text, $"6. {en.Elements[5]}", en.OutcomesNotAssessed);
        Assert.Contains(Fold(other.OutcomesNotAssessed), text, StringComparison.Ordinal);
        AssertLabelThenValue(text, $"8. {en.Elements[7]}", en.NoLevelCertified);
        Assert.Contains(Fold(other.NoLevelCertified), text, StringComparison.Ordinal);
        AssertLabelThenValue(text, $"9. {en.Elements[8]}", en.NoAssessment);
        Assert.Contains(Fold(other.NoAssessment), text, StringComparison.Ordinal);
        Assert.DoesNotContain("EQF", text, StringComparison.Ordinal);
        Assert.DoesNotContain("second cycle", text, StringComparison.Ordinal);
        Assert.Contains(input.LearningOutcomes[0], text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assessed_certificate_prints_the_level_and_no_not_assessed_statement()
    {
        using var pdf = Pdf.Open(Render(CertificateDocument.Build(Certificate()), "certificate-assessed"));
        var text = Flat(pdf);

        var en = CertificateLabels.For(CertificateLabels.English);
        Assert.Contains("EQF 7", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Fold(en.OutcomesNotAssessed), text, StringComparison.Ordinal);
        Assert.DoesNotContain(Fold(en.NoLevelCertified), text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_badge_issued_before_the_wording_existed_prints_it_too()
    {
        // Issued credentials keep their stored values; an old attendance-only one still holds the course's level.
        var old = Certificate(Learner(attendanceOnly: true)) with { Level = "EQF 7 — QF-EHEA second cycle" };
        using var pdf = Pdf.Open(Render(CertificateDocument.Build(old), "certificate-attendance-old"));
        var text = Flat(pdf);

        Assert.DoesNotContain("EQF", text, StringComparison.Ordinal);
        Assert.Contains(Fold(CertificateLabels.For(CertificateLabels.English).NoLevelCertified), text, StringComparison.Ordinal);
    }
}
