using System.Net;
using System.Text.Json;
using MicroCred.Infrastructure.Seeding;
using MicroCred.Web.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace MicroCred.Web.Tests;

public sealed class SecurityTests(SecurityTests.Factory factory) : IClassFixture<SecurityTests.Factory>
{
    private static readonly string[] AdminPages =
    [
        "/",
        "/admin/institutions",
        "/admin/institutions/new",
        $"/admin/institutions/{DemoAccounts.UniversityNl}",
        "/admin/users",
        "/admin/users/invite",
        "/account/change-password",
    ];

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/css/site.css")]
    [InlineData("/health")]
    [InlineData("/account/accept-invitation?token=unknown")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        using var browser = factory.Browser();
        var page = await browser.GetAsync(url);
        var csp = page.Headers["Content-Security-Policy"];
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", page.Headers["X-Content-Type-Options"]);
        Assert.Equal("strict-origin-when-cross-origin", page.Headers["Referrer-Policy"]);
    }

    [Fact]
    public async Task Pages_contain_no_inline_script()
    {
        using var browser = factory.Browser();
        await browser.LoginAsync("admin@microcred.demo");
        foreach (var url in AdminPages.Append("/account/login"))
        {
            var page = await browser.GetAsync(url);
            Assert.All(page.Document.Scripts, s => Assert.False(string.IsNullOrEmpty(s.Source), $"{url} has an inline script."));
            Assert.DoesNotContain(" onclick=", page.Html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Every_form_on_every_page_carries_an_antiforgery_token()
    {
        using var browser = factory.Browser();
        await browser.LoginAsync("admin@microcred.demo");
        var forms = 0;
        foreach (var url in AdminPages)
        {
            var page = await browser.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            foreach (var form in page.Document.Forms.Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)))
            {
                Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
                forms++;
            }
        }

        Assert.True(forms >= 10, $"Only {forms} forms were found.");
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_refused_with_a_friendly_page_and_changes_nothing()
    {
        using var browser = factory.Browser();
        await browser.LoginAsync("admin@microcred.demo");
        var page = await browser.PostAsync("/admin/users/invite", new Dictionary<string, string>
        {
            ["FullName"] = "Forged",
            ["Email"] = "forged@evil.example",
            ["InstitutionId"] = DemoAccounts.UniversityNl.ToString(),
            ["Role"] = "CourseDesigner",
        }, antiforgeryToken: null);
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("The request could not be accepted", page.Text, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => Task.FromResult(db.Invitations.Any(i => i.Email == "forged@evil.example"))));
    }

    [Fact]
    public async Task Cookies_are_http_only_and_same_site()
    {
        using var browser = factory.Browser();
        var loginPage = await browser.Client.GetAsync("/account/login");
        var antiforgery = loginPage.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("MicroCred.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("httponly", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", antiforgery, StringComparison.OrdinalIgnoreCase);

        var html = await loginPage.Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "leader@microcred.demo",
            ["Password"] = DemoAccounts.Password,
            ["__RequestVerificationToken"] = token,
        });
        var signedIn = await browser.Client.PostAsync("/account/login", content);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var auth = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("MicroCred.Auth", StringComparison.Ordinal));
        Assert.Contains("httponly", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", auth, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unknown_page_shows_the_not_found_page()
    {
        using var browser = factory.Browser();
        await browser.LoginAsync("leader@microcred.demo");
        var page = await browser.GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("Page not found", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unexpected_error_shows_a_friendly_page_with_a_reference_and_no_stack_trace()
    {
        using var browser = factory.Browser();
        var page = await browser.GetAsync("/test/throw");
        Assert.Equal(HttpStatusCode.InternalServerError, page.Status);
        Assert.Contains("Sorry, something went wrong", page.Text, StringComparison.Ordinal);
        var reference = page.Document.QuerySelector("[data-error-reference]")?.TextContent;
        Assert.False(string.IsNullOrWhiteSpace(reference));
        Assert.DoesNotContain("InvalidOperationException", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at MicroCred", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_reports_the_database_as_healthy()
    {
        using var browser = factory.Browser();
        var page = await browser.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        using var json = JsonDocument.Parse(page.Html);
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("database", json.RootElement.GetProperty("checks")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Logs_hold_no_passwords_or_invitation_tokens()
    {
        using var admin = factory.Browser();
        using (var failing = factory.Browser())
        {
            await failing.LoginAsync("admin@microcred.demo", "a-wrong-password-99");
        }

        await admin.LoginAsync("admin@microcred.demo");
        var invited = await admin.SubmitAsync("/admin/users/invite", new Dictionary<string, string>
        {
            ["FullName"] = "Log Check",
            ["Email"] = "log.check@uni.example",
            ["InstitutionId"] = DemoAccounts.UniversityNl.ToString(),
            ["Role"] = "CourseDesigner",
        });
        Assert.Equal(HttpStatusCode.Redirect, invited.Status);
        var mail = await File.ReadAllTextAsync(Directory.GetFiles(Path.Combine(factory.DataFolder, "mail-pickup")).Single());
        var token = System.Text.RegularExpressions.Regex.Match(mail, @"token=([A-Za-z0-9_\-]+)").Groups[1].Value;
        Assert.NotEmpty(token);

        var logs = string.Join("\n", Directory.GetFiles(Path.Combine(factory.DataFolder, "logs")).Select(ReadShared));
        Assert.Contains("signed in", logs, StringComparison.Ordinal);
        Assert.Contains("/account/login", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoAccounts.Password, logs, StringComparison.Ordinal);
        Assert.DoesNotContain("a-wrong-password-99", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(token, logs, StringComparison.Ordinal);
        Assert.DoesNotContain("log.check@uni.example", logs, StringComparison.Ordinal);
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The app plus one test-only endpoint that fails, to see the error page as a user would.</summary>
    public sealed class Factory : IDisposable
    {
        private readonly MicroCredFactory _inner = new();

        public Factory()
        {
            _inner.Settings["Serilog:MinimumLevel:Default"] = "Information";
            Configured = _inner.WithWebHostBuilder(b => b.ConfigureServices(s =>
                s.AddControllersWithViews().AddApplicationPart(typeof(ThrowingController).Assembly)));
        }

        public string DataFolder => _inner.DataFolder;

        private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Configured { get; }

        public TestBrowser Browser() => new(Configured.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));

        public async Task<T> WithDbAsync<T>(Func<MicroCred.Infrastructure.Persistence.MicroCredDbContext, Task<T>> query)
        {
            await using var scope = Configured.Services.CreateAsyncScope();
            return await query(scope.ServiceProvider.GetRequiredService<MicroCred.Infrastructure.Persistence.MicroCredDbContext>());
        }

        public void Dispose()
        {
            Configured.Dispose();
            _inner.Dispose();
        }
    }
}

[AllowAnonymous, Route("test/throw")]
public sealed class ThrowingController : Controller
{
    [HttpGet("")]
    public IActionResult Get() => throw new InvalidOperationException("Deliberate failure for the error-page test.");
}
