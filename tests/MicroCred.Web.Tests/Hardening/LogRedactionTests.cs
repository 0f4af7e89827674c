using System.Net;
using MicroCred.Domain;
using MicroCred.Web.Hosting;
using MicroCred.Web.Tests.Support;

namespace MicroCred.Web.Tests.Hardening;

/// <summary>
/// Guest links never reach the logs: survey, guest and verification links in paths, and every query-string value
/// (invitation tokens, /verify?id=), are replaced in the request log, the framework's own request events and the scope
/// properties of every event. The test host's events are read back from its structured log file, one JSON event a line.
/// </summary>
public sealed class LogRedactionTests : IDisposable
{
    private readonly MicroCredFactory _app = new();

    public LogRedactionTests()
    {
        _app.Settings["Serilog:MinimumLevel:Default"] = "Information";
        _app.Settings["Serilog:MinimumLevel:Override:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information";
    }

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Tokens_in_guest_links_and_query_strings_never_reach_a_log_event()
    {
        var survey = SecretToken.New();
        var guest = SecretToken.New();
        var verifyPath = SecretToken.New();
        var verifyQuery = SecretToken.New();
        var invitation = SecretToken.New();
        string[] secrets = [survey, guest, verifyPath, verifyQuery, invitation];

        using var anonymous = _app.Browser();
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync($"/survey/{survey}")).Status);
        await anonymous.GetAsync($"/guest/{guest}?step=3&field=Title");
        await anonymous.GetAsync($"/verify/{verifyPath}");
        await anonymous.GetAsync($"/verify?id={verifyQuery}");
        await anonymous.GetAsync($"/account/accept-invitation?token={invitation}");
        await anonymous.GetAsync("/survey/thanks");

        var events = await EventsAsync();
        var text = string.Join("\n", events.Select(e => string.Join(" ", e.Values)));
        Assert.All(secrets, s => Assert.DoesNotContain(s, text, StringComparison.Ordinal));

        // What was requested stays readable: the kind of link, the rest of the path, the query's names.
        var requestLog = events.Where(e => e.GetValueOrDefault("@mt", "").StartsWith("HTTP", StringComparison.Ordinal))
            .Select(e => e.GetValueOrDefault("RequestPath", "")).ToList();
        Assert.Contains("/survey/{id}", requestLog);
        Assert.Contains("/guest/{id}", requestLog);
        Assert.Contains("/verify/{id}", requestLog);
        Assert.Contains("/verify", requestLog);
        Assert.Contains("/survey/thanks", requestLog);
        Assert.Contains("?token={redacted}", text, StringComparison.Ordinal);
        Assert.Contains("?step={redacted}&field={redacted}", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/survey/abc123", "/survey/{id}")]
    [InlineData("/guest/abc123/comments/9f1c/reply", "/guest/{id}/comments/9f1c/reply")]
    [InlineData("/verify/pdf", "/verify/pdf")]
    [InlineData("/survey/thanks", "/survey/thanks")]
    [InlineData("/designs/3b1e/evaluations", "/designs/3b1e/evaluations")]
    [InlineData("?id=abc123&x", "?id={redacted}&{redacted}")]
    [InlineData("https://portal.example/verify/abc123?lang=en", "https://portal.example/verify/{id}?lang={redacted}")]
    [InlineData("https://portal.example", "https://portal.example")]
    [InlineData("A sentence with /survey/ in it", "A sentence with /survey/ in it")]
    public void Redact_replaces_link_secrets_and_keeps_the_rest(string text, string expected) =>
        Assert.Equal(expected, VerificationPathRedaction.Redact(text));

    /// <summary>Every event of the host's log, once the last request's log line is written.</summary>
    private Task<List<Dictionary<string, string>>> EventsAsync() => LogEvents.ReadAsync(
        _app.DataFolder,
        e => e.GetValueOrDefault("RequestPath") == "/survey/thanks" && e.GetValueOrDefault("@mt", "").StartsWith("HTTP", StringComparison.Ordinal),
        "The request log of the last request");
}
