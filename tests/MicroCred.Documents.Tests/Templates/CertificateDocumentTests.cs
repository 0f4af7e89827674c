using MicroCred.Documents.Templates;
using MicroCred.Documents.Tests.Support;
using MicroCred.Domain.Designs;
using static MicroCred.Documents.Tests.Templates.TemplateSamples;

namespace MicroCred.Documents.Tests.Templates;

public class CertificateDocumentTests
{
    [Fact]
    public void All_eleven_mandatory_elements_print_under_their_labels_in_order()
    {
        var input = Certificate();
        using var pdf = Pdf.Open(Render(CertificateDocument.Build(input), "certificate"));
        var text = Flat(pdf);

        var en = CertificateLabels.For("en");
        string[] values =
        [
            "Αθηνά Παπαδοπούλου (RU-2027-0042)",
            SampleDesigns.CompleteTitle,
            "Netherlands (Zuid-Holland); Spain (Comunitat Valenciana); Portugal (Norte)",
            "Rijnmond University; Universitat de Llevant; Universidade do Atlântico Norte",
            "2027-12-20",
            "1. Explain how sea-level rise and storm surge scenarios translate into flood risk for a specific coastal city.",
            "3 ECTS (about 84 hours of study)",
            "EQF 7 — QF-EHEA second cycle",
            input.AssessmentType,
            input.Participation,
            input.QualityAssurance,
        ];
        var previous = -1;
        for (var i = 0; i < 11; i++)
        {
            var label = $"{i + 1}. {en.Elements[i]}";
            AssertLabelThenValue(text, label, values[i]);
            var at = text.IndexOf(label, StringComparison.Ordinal);
            Assert.True(at > previous, $"Element {i + 1} is out of order.");
            previous = at;
        }

        foreach (var outcome in input.LearningOutcomes)
        {
            Assert.Contains(outcome, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_normal_certificate_fits_on_one_page_and_passes_qpdf()
    {
        using var pdf = Pdf.Open(Render(CertificateDocument.Build(Certificate()), "certificate-one-page"));

        Assert.Equal(1, pdf.NumberOfPages);
    }

    [Fact]
    public void Labels_are_bilingual_with_the_issuers_language_when_the_design_asks_only_for_English()
    {
        var input = Certificate();
        Assert.Equal(["en", "nl"], input.Languages);

        using var pdf = Pdf.Open(Render(CertificateDocument.Build(input), "certificate-nl"));
        var text = Flat(pdf);

        var nl = CertificateLabels.For("nl");
        Assert.Contains(nl.EctsTitle, text, StringComparison.Ordinal);
        foreach (var element in nl.Elements)
        {
            Assert.Contains(element, text, StringComparison.Ordinal);
        }

        Assert.Contains(nl.NotADegree, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("el")]
    [InlineData("es")]
    [InlineData("pt")]
    [InlineData("de")]
    [InlineData("fr")]
    [InlineData("it")]
    public void Every_supported_second_language_prints_its_labels(string language)
    {
        var input = Certificate() with { Languages = [language] };

        using var pdf = Pdf.Open(Render(CertificateDocument.Build(input), "certificate-" + language));
        var text = Flat(pdf);

        var labels = CertificateLabels.For(language);
        Assert.Equal(1, pdf.NumberOfPages);
        Assert.Contains(labels.EctsTitle, text, StringComparison.Ordinal);
        AssertLabelThenValue(text, labels.Elements[5], "1. Explain how sea-level rise");
        Assert.All(labels.Elements, label => Assert.Contains(label, text, StringComparison.Ordinal));
        Assert.Contains(labels.NotADegree, text, StringComparison.Ordinal);
        Assert.Contains(labels.Grade, text, StringComparison.Ordinal);
        Assert.Contains("6. Learning outcomes", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_second_language_falls_back_to_English_only()
    {
        Assert.Equal(["en"], CertificateLabels.Resolve(["en", "fi"], "NL"));
        Assert.Equal(["en", "es"], CertificateLabels.Resolve(["fi", "es"], "NL"));
        Assert.Equal(["en", "pt"], CertificateLabels.Resolve(["en"], "PT"));
        Assert.Equal(["en"], CertificateLabels.Resolve([], "SE"));

        var input = Certificate() with { Languages = ["fi"] };
        using var pdf = Pdf.Open(Render(CertificateDocument.Build(input), "certificate-en-only"));
        var text = Flat(pdf);

        Assert.Contains("1. Learner identification", text, StringComparison.Ordinal);
        Assert.DoesNotContain(CertificateLabels.For("nl").Elements[0], text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Αθηνά", "Παπαδοπούλου")]
    [InlineData("Ёлка", "Кузнецова")]
    [InlineData("Zoë", "Łukasiewicz-Ñúñez")]
    public void Greek_Cyrillic_and_Latin_names_round_trip(string given, string family)
    {
        var input = Certificate(Learner(given, family));

        using var pdf = Pdf.Open(Render(CertificateDocument.Build(input), "certificate-name"));
        var text = Flat(pdf);

        Assert.Contains($"{given} {family}", text, StringComparison.Ordinal);
        AssertLabelThenValue(text, "1. Learner identification", $"{given} {family} (RU-2027-0042)");
    }

    [Fact]
    public void Attendance_only_learner_gets_a_badge_and_no_ECTS_claim()
    {
        var input = Certificate(Learner("Ёлка", "Кузнецова", attendanceOnly: true));
        Assert.Equal(CertificateAward.BadgeOfAttendance, input.Award);

        using var pdf = Pdf.Open(Render(CertificateDocument.Build(input), "certificate-attendance"));
        var text = Flat(pdf);

        Assert.Contains("Badge of Attendance", text, StringComparison.Ordinal);
        Assert.Contains(CertificateLabels.For("en").NoCredits, text, StringComparison.Ordinal);
        Assert.DoesNotContain("ECTS", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Micro-credential Certificate", text, StringComparison.Ordinal);
        AssertLabelThenValue(text, "7. Notional workload", "About 84 hours of study");
        AssertLabelThenValue(text, "9. Type of assessment", "None: the learner took part without assessment");
    }

    [Fact]
    public void An_ECTS_certificate_for_an_attendance_only_learner_is_refused()
    {
        var attendance = Certificate(Learner(attendanceOnly: true));
        var forged = attendance with { Award = CertificateAward.EctsCertificate, EctsCredits = 3m };

        var ex = Assert.Throws<InvalidOperationException>(() => CertificateDocument.Build(forged));
        Assert.Contains("R-CERT-02", ex.Message, StringComparison.Ordinal);
        var asked = CertificateDocument.FromIssue(
            Context(Complete()), Learner(attendanceOnly: true), IssuedOn, Options() with { Award = CertificateAward.EctsCertificate });
        Assert.Equal(CertificateAward.BadgeOfAttendance, asked.Award);
        Assert.Null(asked.EctsCredits);
    }

    [Fact]
    public void A_badge_that_claims_ECTS_is_refused()
    {
        var badge = Certificate(Learner(attendanceOnly: true)) with { Workload = "3 ECTS" };

        Assert.Throws<ArgumentException>(() => CertificateDocument.Build(badge));
    }

    [Fact]
    public void A_design_with_missing_elements_cannot_issue_a_certificate()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Certificate(design: HalfFinished()));

        Assert.Contains("R-CERT-01", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => CertificateDocument.Build(Certificate() with { QualityAssurance = " " }));
    }

    [Fact]
    public void Joint_award_lists_every_awarding_body_and_the_optional_elements()
    {
        var input = Certificate();

        using var pdf = Pdf.Open(Render(CertificateDocument.Build(input), "certificate-optional"));
        var text = Flat(pdf);

        Assert.Equal(3, input.AwardingBodies.Count);
        foreach (var body in input.AwardingBodies)
        {
            Assert.Contains(body, text, StringComparison.Ordinal);
        }

        AssertLabelThenValue(text, "Grade achieved", "8.1 on the scale 1 to 10");
        AssertLabelThenValue(text, "Professional credits", "20 CPD points (endorsed by Dutch Association of Water Professionals)");
        AssertLabelThenValue(text, "Supervision and identity check", "Adaptation pathway capstone");
        AssertLabelThenValue(text, "Integration and stacking", "MSc Coastal and Delta Management");
        AssertLabelThenValue(text, "Further information", "Endorsed by the Dutch Association of Water Professionals");
        Assert.Contains(CertificateLabels.For("en").NotADegree, text, StringComparison.Ordinal);
        AssertLabelThenValue(text, "7. Notional workload", "3 ECTS");
    }

    [Fact]
    public void Verification_data_prints_with_a_QR_code_and_a_matching_content_hash()
    {
        var input = Certificate();

        using var pdf = Pdf.Open(Render(CertificateDocument.Build(input), "certificate-verify"));
        var text = Flat(pdf);
        var page = pdf.GetPage(1);

        Assert.Matches("^[0-9a-f]{64}$", input.ContentHash);
        Assert.Equal(CertificateDocument.ComputeContentHash(input), input.ContentHash);
        Assert.NotEqual(input.ContentHash, CertificateDocument.ComputeContentHash(input with { Grade = "9.0" }));
        Assert.Contains(input.ContentHash, text, StringComparison.Ordinal);
        Assert.Contains(input.CredentialId, text, StringComparison.Ordinal);
        Assert.Contains(input.VerificationUrl, text, StringComparison.Ordinal);
        Assert.Single(page.GetImages());
    }

    [Fact]
    public void Issuer_logo_is_drawn_when_given()
    {
        var input = Certificate() with { IssuerLogoPng = Rendering.QrCodeImage.CreatePng("Rijnmond University") };

        using var pdf = Pdf.Open(Render(CertificateDocument.Build(input), "certificate-logo"));

        Assert.Equal(1, pdf.NumberOfPages);
        Assert.Equal(2, pdf.GetPage(1).GetImages().Count());
    }

    [Fact]
    public void Metadata_names_the_certificate_learner_and_issuer()
    {
        var input = Certificate();

        using var pdf = Pdf.Open(Render(CertificateDocument.Build(input), "certificate-meta"));

        Assert.Contains("Αθηνά Παπαδοπούλου", pdf.Information.Title, StringComparison.Ordinal);
        Assert.Equal("Rijnmond University", pdf.Information.Author);
        Assert.Contains(input.CredentialId, pdf.Information.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void A_certificate_with_unusually_long_content_flows_onto_a_second_page_intact()
    {
        var input = Certificate() with { LearningOutcomes = [.. Enumerable.Range(1, 14).Select(i => $"Outcome number {i} stated at the length a real, carefully written learning outcome statement tends to have.")] };
        input = input with { ContentHash = CertificateDocument.ComputeContentHash(input) };

        using var pdf = Pdf.Open(Render(CertificateDocument.Build(input), "certificate-long"));
        var text = Flat(pdf);

        Assert.Equal(2, pdf.NumberOfPages);
        Assert.Contains("14. Outcome number 14", text, StringComparison.Ordinal);
        Assert.Contains(input.ContentHash, text, StringComparison.Ordinal);
    }
}
