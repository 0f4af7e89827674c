using MicroCred.Documents.Layout;
using MicroCred.Documents.Tests.Support;

namespace MicroCred.Documents.Tests;

public class MetadataTests
{
    [Fact]
    public void Title_author_subject_keywords_and_creation_date_are_written_to_the_document_information()
    {
        var created = new DateTimeOffset(2025, 9, 30, 17, 45, 5, TimeSpan.Zero);
        var model = new DocumentModel(
            new DocumentMetadata("Kurs: Datenqualität — Ελληνικά", created)
            {
                Author = "Universidad de Granada",
                Subject = "Course description",
                Keywords = "micro-credential, ECTS",
            },
            [new Paragraph("Body")]);

        using var pdf = Pdf.RenderAndOpen(model);

        Assert.Equal("Kurs: Datenqualität — Ελληνικά", pdf.Information.Title);
        Assert.Equal("Universidad de Granada", pdf.Information.Author);
        Assert.Equal("Course description", pdf.Information.Subject);
        Assert.Equal("micro-credential, ECTS", pdf.Information.Keywords);
        Assert.Equal(created, pdf.Information.GetCreatedDateTimeOffset());
    }

    [Fact]
    public void Creation_date_with_an_offset_is_stored_as_the_same_instant()
    {
        var created = new DateTimeOffset(2026, 1, 2, 9, 0, 0, TimeSpan.FromHours(2));
        var model = new DocumentModel(new DocumentMetadata("Offsets", created), [new Paragraph("Body")]);

        using var pdf = Pdf.RenderAndOpen(model);

        Assert.Equal(created.UtcDateTime, pdf.Information.GetCreatedDateTimeOffset()?.UtcDateTime);
    }

    [Fact]
    public void Pages_are_A4_portrait()
    {
        using var pdf = Pdf.RenderAndOpen(new Paragraph("A4"));

        var page = pdf.GetPage(1);
        Assert.Equal(PageSizes.A4Width, page.Width, 0.5);
        Assert.Equal(PageSizes.A4Height, page.Height, 0.5);
    }
}
