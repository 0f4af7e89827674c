using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;
using MicroCred.Domain.Tests.Credentials.Formats;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static MicroCred.Web.Tests.Credentials.CredentialData;

namespace MicroCred.Web.Tests.Credentials;

/// <summary>The public catalogue of published courses and the learning-opportunity export of an approved version.</summary>
public sealed class CatalogueTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    [Fact]
    public async Task The_catalogue_lists_published_courses_without_sign_in_and_answers_304_when_unchanged()
    {
        using var visitor = factory.Browser();

        using var first = await visitor.Client.GetAsync("/catalogue");
        var body = JsonNode.Parse(await first.Content.ReadAsStringAsync())!;
        var etag = first.Headers.ETag!;
        var modified = first.Content.Headers.LastModified!.Value;

        using var byTag = new HttpRequestMessage(HttpMethod.Get, "/catalogue");
        byTag.Headers.IfNoneMatch.Add(etag);
        using var sameTag = await visitor.Client.SendAsync(byTag);
        using var byDate = new HttpRequestMessage(HttpMethod.Get, "/catalogue");
        byDate.Headers.IfModifiedSince = modified;
        using var sameDate = await visitor.Client.SendAsync(byDate);
        using var byOldTag = new HttpRequestMessage(HttpMethod.Get, "/catalogue");
        byOldTag.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"old\""));
        using var changed = await visitor.Client.SendAsync(byOldTag);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/json", first.Content.Headers.ContentType?.MediaType);
        Assert.Contains(body["courses"]!.AsArray(), c => (string?)c!["title"] == SampleDesigns.PublishedTitle);
        Assert.Equal(HttpStatusCode.NotModified, sameTag.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, sameDate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
    }

    [Fact]
    public async Task The_approved_version_downloads_as_a_shacl_valid_learning_opportunity()
    {
        var (designId, number) = await factory.WithDbAsync(async db =>
        {
            var version = await db.DesignVersions.AsNoTracking()
                .Where(v => v.Gate == Gate.G3 && v.Outcome == DecisionOutcome.Approved)
                .OrderByDescending(v => v.Number).FirstAsync();
            return (version.DesignId, version.Number);
        });
        using var browser = factory.Browser();
        await browser.LoginAsync(AdminEmail);

        var documents = await browser.GetAsync($"/designs/{designId}/documents");
        using var response = await browser.Client.GetAsync($"/designs/{designId}/versions/{number}/learning-opportunity.jsonld");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Contains($"/designs/{designId}/versions/{number}/learning-opportunity.jsonld", documents.Document.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        var report = await ShaclValidator.ValidateAsync(body);
        Assert.True(report.Conforms, report.Describe());
        Assert.Contains("LearningOpportunity", body, StringComparison.Ordinal);
    }
}
