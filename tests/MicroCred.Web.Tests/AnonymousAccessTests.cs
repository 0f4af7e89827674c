using System.Net;
using MicroCred.Web.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MicroCred.Web.Tests;

/// <summary>Every page needs a signed-in user except the few that are public on purpose.</summary>
public sealed class AnonymousAccessTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    private static readonly string[] PublicGetRoutes =
    [
        "account/login",
        "account/accept-invitation",
        "account/access-denied",
        "catalogue",
        "error",
        "error/{code:int}",
        "/health",
        "guest/{token}",
        "institutions/{institutionId:guid}/jwks.json",
        "institutions/{institutionId:guid}/profile",
        "institutions/{institutionId:guid}/seal.cer",
        "institutions/{institutionId:guid}/status/revocation",
        "survey/{token}",
        "survey/thanks",
        "verify",
        "verify/{publicId}",
    ];

    [Fact]
    public async Task Every_non_public_page_redirects_an_anonymous_visitor_to_sign_in()
    {
        using var browser = factory.Browser();
        var endpoints = GetEndpoints();
        Assert.NotEmpty(endpoints);

        var checkedPages = 0;
        foreach (var (pattern, allowsAnonymous) in endpoints)
        {
            if (allowsAnonymous)
            {
                continue;
            }

            var url = "/" + FillRouteValues(pattern).TrimStart('/');
            var page = await browser.GetAsync(url);
            Assert.True(page.Status == HttpStatusCode.Redirect, $"{url} answered {(int)page.Status} to an anonymous visitor.");
            Assert.StartsWith("/account/login", page.Location!.PathAndQuery, StringComparison.Ordinal);
            checkedPages++;
        }

        Assert.True(checkedPages >= 8, $"Only {checkedPages} pages were checked.");
    }

    [Fact]
    public void Only_the_intended_pages_are_public()
    {
        var anonymous = GetEndpoints().Where(e => e.AllowsAnonymous).Select(e => e.Pattern).Distinct().Order().ToList();
        Assert.Equal(PublicGetRoutes.Order(), anonymous);
    }

    [Fact]
    public async Task Public_pages_answer_without_signing_in()
    {
        using var browser = factory.Browser();
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/login")).Status);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/health")).Status);
        Assert.Equal(HttpStatusCode.Gone, (await browser.GetAsync("/account/accept-invitation?token=nonsense")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/guest/nonsense")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/survey/nonsense")).Status);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/survey/thanks")).Status);
    }

    private List<(string Pattern, bool AllowsAnonymous)> GetEndpoints()
    {
        var sources = factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        return [.. sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>() is null
                        || e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Contains("GET"))
            .Select(e => (e.RoutePattern.RawText ?? "", e.Metadata.GetMetadata<IAllowAnonymous>() is not null))];
    }

    private static string FillRouteValues(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, "{([^}:]+)(:[^}]+)?}", m =>
            m.Groups[2].Value.Contains("int", StringComparison.Ordinal) ? "1" : Guid.NewGuid().ToString());
}
