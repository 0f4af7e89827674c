using System.Net;
using MicroCred.Domain.Designs;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace MicroCred.Web.Tests.Wizard;

public sealed class CourseDescriptionTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    [Fact]
    public async Task The_team_downloads_the_draft_course_description_of_a_complete_design()
    {
        using var browser = factory.Browser();
        await browser.LoginAsync("partner.es@microcred.demo");
        var id = await DesignIdAsync(SampleDesigns.CompleteTitle);

        var home = await browser.GetAsync($"/designs/{id}");
        Assert.NotNull(home.Document.QuerySelector($"a[href='/designs/{id}/course-description']"));

        using var response = await browser.Client.GetAsync($"/designs/{id}/course-description");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal($"Course description: {SampleDesigns.CompleteTitle}", pdf.Information.Title);
        Assert.All(pdf.GetPages(), page => Assert.Contains("DRAFT", ContentOrderTextExtractor.GetText(page), StringComparison.Ordinal));
        Assert.Contains("Learning outcomes", string.Join("\n", pdf.GetPages().Select(p => ContentOrderTextExtractor.GetText(p))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unfinished_design_gets_the_list_of_what_is_missing_instead_of_a_pdf()
    {
        using var browser = factory.Browser();
        await browser.LoginAsync("leader@microcred.demo");
        var id = await DesignIdAsync(SampleDesigns.HalfFinishedTitle);
        var page = await browser.GetAsync($"/designs/{id}/course-description");
        Assert.Equal(HttpStatusCode.Conflict, page.Status);
        Assert.Contains("The course description cannot be made yet", page.Text, StringComparison.Ordinal);
        Assert.NotEmpty(page.Document.QuerySelectorAll(".finding"));
        Assert.DoesNotContain("R-DOC-01", page.Text, StringComparison.Ordinal);
        Assert.Contains(page.Document.QuerySelectorAll(".finding"), f => f.GetAttribute("title") == "Rule R-DOC-01");
    }

    [Fact]
    public async Task Nobody_outside_the_team_gets_the_course_description()
    {
        using var browser = factory.Browser();
        await browser.LoginAsync("outsider@microcred.demo");
        var id = await DesignIdAsync(SampleDesigns.CompleteTitle);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/designs/{id}/course-description")).Status);
    }

    [Fact]
    public async Task The_task_list_says_which_conditions_for_design_review_are_not_met()
    {
        using var browser = factory.Browser();
        await browser.LoginAsync("leader@microcred.demo");
        var complete = await browser.GetAsync($"/designs/{await DesignIdAsync(SampleDesigns.CompleteTitle)}");
        Assert.Contains("Every condition for design review is met.", complete.Text, StringComparison.Ordinal);

        var unfinished = await browser.GetAsync($"/designs/{await DesignIdAsync(SampleDesigns.HalfFinishedTitle)}");
        Assert.Contains("Next: design review", unfinished.Text, StringComparison.Ordinal);
        Assert.Contains("not met yet", unfinished.Text, StringComparison.Ordinal);
    }

    private Task<Guid> DesignIdAsync(string title) =>
        factory.WithDbAsync(db => db.CourseDesigns.Where(d => d.Title == title).Select(d => d.Id).SingleAsync());
}
