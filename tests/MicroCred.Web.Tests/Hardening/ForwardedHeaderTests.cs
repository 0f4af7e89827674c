using System.Net;

namespace MicroCred.Web.Tests.Hardening;

/// <summary>
/// Behind a proxy only the configured proxies' X-Forwarded-For is believed: a client that sends the header itself
/// stays in its own rate-limit partition (real socket, so the client address is 127.0.0.1).
/// </summary>
public sealed class ForwardedHeaderTests
{
    [Fact]
    public async Task A_forged_forwarded_for_from_an_unknown_address_does_not_escape_the_rate_limit_and_429_says_when_to_retry()
    {
        using var portal = new KestrelPortal(f =>
        {
            f.Settings["Security:BehindProxy"] = "true";
            f.Settings["Security:KnownProxies:0"] = "10.20.30.40";
            f.Settings["Security:LoginAttemptsPerMinute"] = "2";
        });

        var answers = await ThreeSignInsWithForgedAddressesAsync(portal);

        Assert.Equal(HttpStatusCode.TooManyRequests, answers[2].StatusCode);
        Assert.NotNull(answers[2].Headers.RetryAfter);
        Assert.InRange(answers[2].Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        Assert.Contains("Too many attempts", await answers[2].Content.ReadAsStringAsync(), StringComparison.Ordinal);
        answers.ForEach(a => a.Dispose());
    }

    [Fact]
    public async Task The_forwarded_for_of_a_configured_proxy_is_believed()
    {
        using var portal = new KestrelPortal(f =>
        {
            f.Settings["Security:BehindProxy"] = "true";
            f.Settings["Security:KnownProxies:0"] = "127.0.0.1";
            f.Settings["Security:LoginAttemptsPerMinute"] = "2";
        });

        var answers = await ThreeSignInsWithForgedAddressesAsync(portal);

        Assert.All(answers, a => Assert.NotEqual(HttpStatusCode.TooManyRequests, a.StatusCode));
        answers.ForEach(a => a.Dispose());
    }

    private static async Task<List<HttpResponseMessage>> ThreeSignInsWithForgedAddressesAsync(KestrelPortal portal)
    {
        using var client = portal.Client();
        var answers = new List<HttpResponseMessage>();
        for (var i = 1; i <= 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/account/login")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "x@example.org", ["Password"] = "y" }),
            };
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i}");
            answers.Add(await client.SendAsync(request));
        }

        return answers;
    }
}
