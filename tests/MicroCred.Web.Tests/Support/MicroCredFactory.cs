using MicroCred.Domain;
using MicroCred.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MicroCred.Web.Tests.Support;

/// <summary>
/// The real app over HTTP with its own SQLite database file and data folder (mail pickup, logs),
/// migrated and seeded with the demo data exactly as on a first start. <see cref="PostgreSqlFactory"/> is the same app on
/// a fresh PostgreSQL database.
/// </summary>
public class MicroCredFactory : WebApplicationFactory<Program>
{
    public MicroCredFactory()
    {
        DataFolder = Path.Combine(Path.GetTempPath(), "microcred-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataFolder);
    }

    public string DataFolder { get; }

    public string MailFolder => Path.Combine(DataFolder, "mail-pickup");

    public TestClock Clock { get; } = new();

    /// <summary>Sqlite or PostgreSQL, as in Database:Provider.</summary>
    public virtual string Provider => "Sqlite";

    /// <summary>Extra settings a test class needs (e.g. a lower rate limit).</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Extra service changes a test class needs (e.g. a counting password hasher, a save interceptor).</summary>
    public Action<IServiceCollection>? TestServices { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("DataFolder", DataFolder);
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:MicroCred", ConnectionString());
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Security:RequireHttps", "false");
        builder.UseSetting("App:PublicBaseUrl", "http://localhost");

        // A test class signs in once per test, and all of them come from one address: the sign-in limit is tested by
        // the classes that set it low (ForwardedHeaderTests), not tripped by accident when a class grows past 20 tests.
        builder.UseSetting("Security:LoginAttemptsPerMinute", "1000");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<IClock>();
            services.AddSingleton<IClock>(Clock);
            TestServices?.Invoke(services);
        });
    }

    protected virtual string ConnectionString() => $"Data Source={Path.Combine(DataFolder, "microcred.db")}";

    public TestBrowser Browser() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<T> WithDbAsync<T>(Func<MicroCredDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<MicroCredDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by the OS; the temp folder is cleaned by the machine.
            }
        }
    }
}

/// <summary>The app on its own PostgreSQL database (migrated and seeded on start, dropped at the end) on the shared test cluster.</summary>
public class PostgreSqlFactory : MicroCredFactory
{
    private readonly bool _ownsDatabase;

    public PostgreSqlFactory()
        : this(PostgresCluster.NewDatabaseName(), ownsDatabase: true)
    {
    }

    private PostgreSqlFactory(string databaseName, bool ownsDatabase)
    {
        DatabaseName = databaseName;
        _ownsDatabase = ownsDatabase;
        if (ownsDatabase)
        {
            PostgresCluster.CreateEmptyDatabase(databaseName);
        }
    }

    public string DatabaseName { get; }

    public override string Provider => "PostgreSQL";

    /// <summary>A second portal instance (its own host, services and data folder) on the database of <paramref name="first"/>, which drops it.</summary>
    public static PostgreSqlFactory AnotherInstanceOf(PostgreSqlFactory first) => new(first.DatabaseName, ownsDatabase: false);

    protected override string ConnectionString() => PostgresCluster.ConnectionString(DatabaseName);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase)
        {
            PostgresCluster.Drop(DatabaseName);
        }
    }
}

public sealed class TestClock : IClock
{
    private DateTimeOffset? _fixed;

    public DateTimeOffset Now => _fixed ?? DateTimeOffset.UtcNow;

    public void Set(DateTimeOffset now) => _fixed = now;

    public void Advance(TimeSpan by) => _fixed = Now + by;

    /// <summary>Back to the real time.</summary>
    public void Reset() => _fixed = null;
}
