using MicroCred.Documents.Tests.Support;
using System.Net;
using MicroCred.Domain.Accounts;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using static MicroCred.Web.Tests.Credentials.CredentialData;

namespace MicroCred.Web.Tests.Documents;

/// <summary>Course descriptions of frozen versions (DRAFT unless approved) and the consortium agreement.</summary>
public sealed class DocumentDownloadTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    [Theory]
    [InlineData("leader@microcred.demo")]
    [InlineData(AdminEmail)]
    public async Task The_team_and_the_issuing_institutions_administrators_get_the_approved_version_without_a_draft_mark(string email)
    {
        var designId = await DesignIdAsync(SampleDesigns.PublishedTitle);
        using var browser = factory.Browser();
        await browser.LoginAsync(email);

        var page = await browser.GetAsync($"/designs/{designId}/documents");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(3, page.Document.QuerySelectorAll("a[href$='/course-description']").Length);

        using var response = await browser.Client.GetAsync($"/designs/{designId}/versions/3/course-description");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Qpdf.AssertPassesCheck(bytes);
        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal($"Course description: {SampleDesigns.PublishedTitle}", pdf.Information.Title);
        Assert.False(string.IsNullOrWhiteSpace(pdf.Information.Author));
        Assert.False(string.IsNullOrWhiteSpace(pdf.Information.Subject));
        Assert.All(pdf.GetPages(), p => Assert.DoesNotContain("DRAFT", ContentOrderTextExtractor.GetText(p), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_version_still_under_review_prints_draft_on_every_page()
    {
        var designId = await DesignIdAsync(SampleDesigns.CompleteTitle);
        await SubmitForDesignReviewAsync(designId);
        using var browser = factory.Browser();
        await browser.LoginAsync("partner.pt@microcred.demo");

        var page = await browser.GetAsync($"/designs/{designId}/documents");
        Assert.Contains("Under review", page.Text, StringComparison.Ordinal);
        using var response = await browser.Client.GetAsync($"/designs/{designId}/versions/1/course-description");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.True(pdf.NumberOfPages > 1);
        Assert.All(pdf.GetPages(), p => Assert.Contains("DRAFT", ContentOrderTextExtractor.GetText(p), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_team_downloads_the_consortium_agreement_with_the_recorded_signatures()
    {
        var designId = await DesignIdAsync(SampleDesigns.PublishedTitle);
        var signers = await factory.WithDbAsync(db => db.AgreementSignatures.Where(s => s.DesignId == designId).Select(s => s.SignerName).ToListAsync());
        Assert.NotEmpty(signers);
        using var browser = factory.Browser();
        await browser.LoginAsync("leader@microcred.demo");

        using var response = await browser.Client.GetAsync($"/designs/{designId}/consortium-agreement");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Qpdf.AssertPassesCheck(bytes);
        var text = Flat(bytes);
        Assert.All(signers, name => Assert.Contains(name, text, StringComparison.Ordinal));
        Assert.Contains("Rector, for", text, StringComparison.Ordinal);
        Assert.Contains("Signed on", text, StringComparison.Ordinal);
        using var pdf = PdfDocument.Open(bytes);
        Assert.StartsWith("Consortium agreement", pdf.Information.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("outsider@microcred.demo")]
    [InlineData(OtherAdminEmail)]
    public async Task Outsiders_and_administrators_of_other_institutions_get_not_found(string email)
    {
        await EnsureOtherAdminAsync(factory);
        var designId = await DesignIdAsync(SampleDesigns.PublishedTitle);
        using var browser = factory.Browser();
        await browser.LoginAsync(email);
        foreach (var url in new[] { "documents", "versions/3/course-description", "versions/1/course-description", "consortium-agreement" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/designs/{designId}/{url}")).Status);
        }
    }

    [Fact]
    public async Task The_issuing_institutions_administrator_off_the_team_gets_no_agreement_and_nothing_of_unpublished_designs()
    {
        using var browser = factory.Browser();
        await browser.LoginAsync(AdminEmail);
        var published = await DesignIdAsync(SampleDesigns.PublishedTitle);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/designs/{published}/consortium-agreement")).Status);
        var draft = await DesignIdAsync(SampleDesigns.HalfFinishedTitle);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/designs/{draft}/documents")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/designs/{published}/versions/9/course-description")).Status);
    }

    [Fact]
    public async Task The_design_home_links_to_its_documents()
    {
        var designId = await DesignIdAsync(SampleDesigns.PublishedTitle);
        using var browser = factory.Browser();
        await browser.LoginAsync("leader@microcred.demo");
        var home = await browser.GetAsync($"/designs/{designId}");
        Assert.NotNull(home.Document.QuerySelector($"a[href='/designs/{designId}/documents']"));
    }

    private async Task SubmitForDesignReviewAsync(Guid designId)
    {
        _ = factory.Server;
        await factory.WithDbAsync(async db =>
        {
            if (await db.DesignVersions.AnyAsync(v => v.DesignId == designId))
            {
                return 0;
            }

            var design = await db.CourseDesigns.Include(d => d.Members).SingleAsync(d => d.Id == designId);
            var leaderUser = await db.Users.SingleAsync(u => u.Email == "leader@microcred.demo");
            var leader = Actor.Of(leaderUser.Id, leaderUser.FullName, leaderUser.InstitutionId!.Value, Roles.CourseDesigner);
            var content = DesignContentJson.Assemble(await db.DesignSteps.Where(s => s.DesignId == designId).ToListAsync());
            var facts = MicroCred.Web.Features.Designs.DesignWorkspaces.FactsOf(await db.Institutions.ToListAsync());
            var findings = DesignChecks.Run(new DesignCheckContext(content, facts, DateOnly.FromDateTime(factory.Clock.Now.UtcDateTime)));
            var submission = design.Submit(leader, content, findings, new GateFacts([], [], []), factory.Clock.Now);
            db.DesignVersions.Add(submission.Version);
            db.Reviews.Add(submission.Review);
            db.TimelineEntries.Add(submission.Entry);
            return await db.SaveChangesAsync();
        });
    }

    private Task<Guid> DesignIdAsync(string title)
    {
        _ = factory.Server;
        return factory.WithDbAsync(db => db.CourseDesigns.Where(d => d.Title == title).Select(d => d.Id).SingleAsync());
    }
}
