using MicroCred.Documents.Templates;
using MicroCred.Documents.Tests.Support;
using MicroCred.Domain.Designs;
using static MicroCred.Documents.Tests.Templates.TemplateSamples;

namespace MicroCred.Documents.Tests.Templates;

public class CourseDescriptionDocumentTests
{
    private static CourseDescriptionInput Input(bool approved, SampleDesign? design = null)
    {
        var d = design ?? Complete();
        return new CourseDescriptionInput(d.Content, d.Institutions, 4, approved, approved ? new DateOnly(2027, 4, 30) : null, Generated);
    }

    [Fact]
    public void All_fifteen_sections_print_in_order()
    {
        using var pdf = Pdf.Open(Render(CourseDescriptionDocument.Build(Input(approved: true)), "course-description"));
        var text = Flat(pdf);

        Assert.Equal(15, CourseDescriptionDocument.SectionTitles.Count);
        var previous = -1;
        foreach (var title in CourseDescriptionDocument.SectionTitles)
        {
            var at = text.IndexOf(title, StringComparison.Ordinal);
            Assert.True(at > previous, $"Section '{title}' is missing or out of order.");
            previous = at;
        }
    }

    [Fact]
    public void Key_values_print_under_their_labels()
    {
        using var pdf = Pdf.Open(Render(CourseDescriptionDocument.Build(Input(approved: true)), "course-description-values"));
        var text = Flat(pdf);

        AssertLabelThenValue(text, "Title", SampleDesigns.CompleteTitle);
        AssertLabelThenValue(text, "Consortium", "Three Coasts Adaptation Academy");
        AssertLabelThenValue(text, "Awarding bodies", "Rijnmond University; Universitat de Llevant; Universidade do Atlântico Norte");
        AssertLabelThenValue(text, "Issuing institution", "Rijnmond University");
        Assert.Contains("Rijnmond University (lead)", text, StringComparison.Ordinal);
        AssertLabelThenValue(text, "Version", "Version 4, approved on 30 April 2027");
        AssertLabelThenValue(text, "ECTS credits", "3");
        AssertLabelThenValue(text, "Notional study hours", "84 hours");
        AssertLabelThenValue(text, "EQF level", "EQF level 7");
        AssertLabelThenValue(text, "Cycle", "QF-EHEA second cycle");
        AssertLabelThenValue(text, "Duration", "12 weeks");
        AssertLabelThenValue(text, "Dates", "Fixed dates: 20 September 2027 to 12 December 2027");
        AssertLabelThenValue(text, "Target groups", "Working professionals, enrolled degree students");
        AssertLabelThenValue(text, "Prerequisites", "A related bachelor's degree or five years of relevant work experience");
        AssertLabelThenValue(text, "Application deadline", "30 August 2027");
        AssertLabelThenValue(text, "Maximum participants", "40");
        AssertLabelThenValue(text, "Language of instruction", "English");
        AssertLabelThenValue(text, "Learning agreement", "Each learner signs a learning agreement");
        AssertLabelThenValue(text, "Grading scale and pass mark", "1 to 10; pass mark 5.5");
        AssertLabelThenValue(text, "Award", "Micro-credential with ECTS credits");
        AssertLabelThenValue(text, "Professional recognition", "20 CPD points");
        AssertLabelThenValue(text, "Terms and conditions", "Full refund until two weeks before the start");
        AssertLabelThenValue(text, "Hours on site", "8 hours");
        AssertLabelThenValue(text, "Contact", "a.visser@rijnmond.example.nl");
        Assert.Contains("Co-creation lab week in Valencia", text, StringComparison.Ordinal);
        Assert.Contains("Adaptation pathway capstone", text, StringComparison.Ordinal);
        Assert.Contains("1,450 EUR", text, StringComparison.Ordinal);
        Assert.Contains("Anouk Visser", text, StringComparison.Ordinal);
        Assert.Contains("not an academic degree", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Outcomes_are_grouped_by_dimension()
    {
        var design = Complete();
        using var pdf = Pdf.Open(Render(CourseDescriptionDocument.Build(Input(approved: true, design)), "course-description-outcomes"));
        var text = Flat(pdf);

        var knowledge = text.IndexOf("Knowledge", text.IndexOf("4. Learning outcomes", StringComparison.Ordinal), StringComparison.Ordinal);
        var skills = text.IndexOf("Skills", knowledge, StringComparison.Ordinal);
        var autonomy = text.IndexOf("Responsibility and autonomy", skills, StringComparison.Ordinal);
        Assert.True(knowledge > 0 && skills > knowledge && autonomy > skills, "Outcome groups are missing or out of order.");
        foreach (var outcome in design.Content.LearningOutcomes.Outcomes)
        {
            Assert.Contains(outcome.Statement, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_version_that_is_not_approved_carries_DRAFT_on_every_page()
    {
        var model = CourseDescriptionDocument.Build(Input(approved: false));

        using var pdf = Pdf.Open(Render(model, "course-description-draft"));

        Assert.Equal("DRAFT", model.Watermark);
        Assert.True(pdf.NumberOfPages > 1);
        foreach (var page in pdf.GetPages())
        {
            Assert.Contains("DRAFT", page.Text, StringComparison.Ordinal);
        }

        Assert.Contains("Version 4, not approved (draft)", Flat(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void An_approved_version_has_no_DRAFT_mark()
    {
        var model = CourseDescriptionDocument.Build(Input(approved: true));

        using var pdf = Pdf.Open(Render(model, "course-description-approved"));

        Assert.Null(model.Watermark);
        Assert.All(pdf.GetPages(), page => Assert.DoesNotContain("DRAFT", page.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Metadata_names_title_lead_institution_subject_keywords_and_date()
    {
        using var pdf = Pdf.Open(Render(CourseDescriptionDocument.Build(Input(approved: true)), "course-description-meta"));
        var info = pdf.Information;

        Assert.Equal($"Course description: {SampleDesigns.CompleteTitle}", info.Title);
        Assert.Equal("Rijnmond University", info.Author);
        Assert.Contains("version 4", info.Subject, StringComparison.Ordinal);
        Assert.Contains("3 ECTS", info.Keywords, StringComparison.Ordinal);
        Assert.Contains("EQF 7", info.Keywords, StringComparison.Ordinal);
        Assert.Equal(Generated, info.GetCreatedDateTimeOffset());
    }

    [Fact]
    public void Missing_items_reuse_the_R_DOC_01_findings()
    {
        var complete = CourseDescriptionDocument.MissingItems(Context(Complete()));
        var half = CourseDescriptionDocument.MissingItems(Context(HalfFinished()));

        Assert.Empty(complete);
        Assert.NotEmpty(half);
        Assert.All(half, f => Assert.Equal("R-DOC-01", f.RuleId));
        Assert.All(half, f => Assert.Equal(MicroCred.Domain.Checks.Severity.Error, f.Severity));
    }

    [Fact]
    public void A_half_finished_draft_still_renders_as_a_preview_with_its_gaps_marked()
    {
        using var pdf = Pdf.Open(Render(CourseDescriptionDocument.Build(Input(approved: false, HalfFinished())), "course-description-half"));
        var text = Flat(pdf);

        Assert.Contains("Not specified yet", text, StringComparison.Ordinal);
        Assert.Contains(SampleDesigns.HalfFinishedTitle, text, StringComparison.Ordinal);
    }
}
