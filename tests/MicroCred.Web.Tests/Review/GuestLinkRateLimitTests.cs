using System.Net;
using MicroCred.Web.Tests.Support;

namespace MicroCred.Web.Tests.Review;

/// <summary>Guessing guest links is slowed down like guessing invitation links.</summary>
public sealed class GuestLinkRateLimitTests : IClassFixture<GuestLinkRateLimitTests.Factory>, IDisposable
{
    private readonly TestBrowser _browser;

    public GuestLinkRateLimitTests(Factory fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        _browser = fixture.App.Browser();
    }

    [Fact]
    public async Task Too_many_guest_link_attempts_in_a_minute_are_refused_with_a_clear_page()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await _browser.GetAsync($"/guest/guess-{i}")).Status);
        }

        var refused = await _browser.GetAsync("/guest/guess-4");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.DoesNotContain("Exception", refused.Html, StringComparison.Ordinal);
    }

    public void Dispose() => _browser.Dispose();

    public sealed class Factory : IDisposable
    {
        public Factory()
        {
            App.Settings["Security:InvitationAttemptsPerMinute"] = "3";
        }

        public MicroCredFactory App { get; } = new();

        public void Dispose() => App.Dispose();
    }
}
