using System.Net;
using MicroCred.Domain.Designs;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Tests.Hardening;

/// <summary>No personal data in browser or proxy caches.</summary>
public sealed class TransportTests(TransportTests.Fixture fixture) : IClassFixture<TransportTests.Fixture>
{
    private readonly MicroCredFactory _factory = fixture.Factory;

    [Fact]
    public async Task A_course_description_pdf_is_sent_with_no_store()
    {
        var designId = await _factory.WithDbAsync(db => db.CourseDesigns.Where(d => d.Title == SampleDesigns.PublishedTitle).Select(d => d.Id).SingleAsync());
        using var browser = _factory.Browser();
        await browser.LoginAsync("leader@microcred.demo");

        using var response = await browser.Client.GetAsync($"/designs/{designId}/versions/3/course-description");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore, "The PDF may be kept by a browser or proxy cache.");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/notifications")]
    [InlineData("/account/change-password")]
    public async Task Signed_in_pages_are_sent_with_no_store(string url)
    {
        using var browser = _factory.Browser();
        await browser.LoginAsync("institution.admin@microcred.demo");
        using var response = await browser.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{url} may be cached.");
    }

    [Fact]
    public async Task Static_files_stay_cacheable()
    {
        using var browser = _factory.Browser();
        using var response = await browser.Client.GetAsync("/css/site.css");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(true, response.Headers.CacheControl?.NoStore);
    }

    public sealed class Fixture : IDisposable
    {
        public MicroCredFactory Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }
}
