using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace MicroCred.Web.Tests.Hardening;

/// <summary>A browser that closes the connection mid-download is logged as a client abort at Information, not as a 500 with a stack trace.</summary>
public sealed class ClientAbortTests : IDisposable
{
    private readonly KestrelPortal _portal = new(f =>
    {
        f.Settings["Serilog:MinimumLevel:Default"] = "Information";
        f.TestServices = s => s.AddControllersWithViews().AddApplicationPart(typeof(SlowDownloadController).Assembly);
    });

    [Fact]
    public async Task Closing_the_connection_mid_response_is_logged_as_a_client_abort_without_an_error()
    {
        using (var client = _portal.Client())
        {
            using var response = await client.GetAsync(SlowDownloadController.Path, HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await using var body = await response.Content.ReadAsStreamAsync();
            await body.ReadExactlyAsync(new byte[1024]);
        }

        var events = await RequestEventsAsync();
        var finished = Assert.Single(events, e => e.TryGetProperty("RequestPath", out var p) && p.GetString() == SlowDownloadController.Path && e.TryGetProperty("StatusCode", out _));
        Assert.False(finished.TryGetProperty("@l", out var level) && level.GetString() is "Error" or "Fatal", "The abort was logged as an error.");
        Assert.NotEqual(500, finished.GetProperty("StatusCode").GetInt32());
        Assert.True(finished.GetProperty("ClientAborted").GetBoolean());
        Assert.DoesNotContain(events, e => e.TryGetProperty("@l", out var l) && l.GetString() is "Error" or "Fatal");
    }

    public void Dispose() => _portal.Dispose();

    private async Task<List<JsonElement>> RequestEventsAsync()
    {
        var folder = Path.Combine(_portal.Factory.DataFolder, "logs");
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var lines = Directory.Exists(folder) ? Directory.GetFiles(folder).SelectMany(ReadShared).ToList() : [];
            var events = lines.Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
            if (events.Any(e => e.TryGetProperty("RequestPath", out var p) && p.GetString() == SlowDownloadController.Path && e.TryGetProperty("StatusCode", out _)))
            {
                return events;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The request was never logged.");
    }

    private static IEnumerable<string> ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n');
    }
}

/// <summary>A long download, written in pieces, like a cohort ZIP.</summary>
[AllowAnonymous, Route(Path)]
public sealed class SlowDownloadController : Controller
{
    public const string Path = "/test/slow-download";

    [HttpGet("")]
    public async Task Get()
    {
        var ct = HttpContext.RequestAborted;
        Response.ContentType = "application/octet-stream";
        var chunk = new byte[64 * 1024];
        for (var i = 0; i < 400; i++)
        {
            await Response.Body.WriteAsync(chunk, ct);
            await Response.Body.FlushAsync(ct);
            await Task.Delay(10, ct);
        }
    }
}
