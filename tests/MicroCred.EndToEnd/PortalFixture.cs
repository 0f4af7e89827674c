using System.Net;
using MicroCred.Infrastructure.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MicroCred.EndToEnd;

/// <summary>The portal on a real socket (Kestrel, loopback) with its own SQLite database, and Debian's Chromium driven by Playwright.</summary>
public sealed class PortalFixture : IAsyncLifetime
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "microcred-e2e", Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Where the portal writes its e-mails (.eml), for journeys that follow a link a learner received.</summary>
    public string MailFolder => Path.Combine(_dataFolder, "mail-pickup");

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>The app's services, for tests that put data into a state through the domain (as the review tests do).</summary>
    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The portal is not started.");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataFolder);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.UseSetting("DataFolder", _dataFolder);
            b.UseSetting("ConnectionStrings:MicroCred", $"Data Source={Path.Combine(_dataFolder, "microcred.db")}");
            b.UseSetting("Database:SeedDemoData", "true");
            b.UseSetting("Security:RequireHttps", "false");
            b.UseSetting("App:PublicBaseUrl", "http://127.0.0.1");
            b.UseSetting("AllowedHosts", "127.0.0.1;localhost");
            b.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            // Every journey signs in from the same address; the sign-in limit (20 a minute) is tested in the HTTP suite, and the
            // journeys together can now sign in more often than that (a sign-in once timed out waiting to leave the login page).
            b.UseSetting("Security:LoginAttemptsPerMinute", "1000");
        });
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>Runs a query or change straight on the portal's database (for data no page creates yet).</summary>
    public async Task<T> WithDbAsync<T>(Func<MicroCred.Infrastructure.Persistence.MicroCredDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = _factory!.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<MicroCred.Infrastructure.Persistence.MicroCredDbContext>());
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new() { Width = 1280, Height = 900 } });

        // The browser tests run beside the HTTP suite on two cores; a first page that computes the design checks can take
        // longer than Playwright's 30 s default while the other suite is busy. Failures only take longer to report.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    public async Task<IPage> SignedInPageAsync(string email)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.ArriveAtAsync(url => url == BaseUrl.TrimEnd('/') + "/", "the dashboard");
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "portal";
}
