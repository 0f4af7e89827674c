using MicroCred.Domain;
using MicroCred.Infrastructure.Email;
using MicroCred.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MicroCred.Infrastructure;

public static class DependencyInjection
{
    public const string SqliteMigrationsAssembly = "MicroCred.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "MicroCred.Migrations.SqlServer";
    public const string PostgreSqlMigrationsAssembly = "MicroCred.Migrations.PostgreSQL";

    /// <summary>Registers the database (provider chosen by <c>Database:Provider</c>), e-mail and the clock.</summary>
    public static IServiceCollection AddMicroCredInfrastructure(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        var provider = configuration["Database:Provider"] ?? DatabaseProvider.Sqlite;
        var connectionString = configuration.GetConnectionString("MicroCred");

        // A list of ids in a query (ids.Contains(x.Id)) goes to the database as one parameter (json_each on SQLite, an array on
        // PostgreSQL, OPENJSON on SQL Server), so its SQL is the same whatever the list's length and EF Core keeps it ready;
        // with one parameter per id EF Core generated the SQL anew, under a lock, on every execution.
        services.AddDbContext<MicroCredDbContext>(options => _ = provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(
                Persistence.DatabaseFailures.WithSqliteBusyTimeout(string.IsNullOrWhiteSpace(connectionString) ? DefaultSqliteConnectionString(dataFolder) : connectionString),
                o => o.MigrationsAssembly(SqliteMigrationsAssembly).UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
                .AddInterceptors(SqliteSettings),
            DatabaseProvider.SqlServer => options.UseSqlServer(
                string.IsNullOrWhiteSpace(connectionString)
                    ? throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:MicroCred is empty.")
                    : connectionString,
                o => o.MigrationsAssembly(SqlServerMigrationsAssembly).UseParameterizedCollectionMode(ParameterTranslationMode.Parameter).EnableRetryOnFailure()),
            DatabaseProvider.PostgreSql => options.UseNpgsql(
                string.IsNullOrWhiteSpace(connectionString)
                    ? throw new InvalidOperationException("Database:Provider is PostgreSQL but ConnectionStrings:MicroCred is empty.")
                    : Persistence.PostgreSqlConnections.WithDefaults(connectionString),
                // Retries, as on SQL Server: a deadlock between two simultaneous writers (two issues of overlapping learners)
                // is retried once the other has committed, and then meets the unique index like any other collision.
                o => o.MigrationsAssembly(PostgreSqlMigrationsAssembly).UseParameterizedCollectionMode(ParameterTranslationMode.Parameter).EnableRetryOnFailure()),
            _ => throw new InvalidOperationException($"Unknown Database:Provider '{provider}'. Use Sqlite, SqlServer or PostgreSQL."),
        });

        var emailOptions = configuration.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions();
        services.AddSingleton(emailOptions);
        if (!string.IsNullOrWhiteSpace(emailOptions.Smtp.Host))
        {
            services.AddSingleton<IMailSender, SmtpMailSender>();
        }
        else
        {
            var pickup = Path.IsPathRooted(emailOptions.PickupFolder)
                ? emailOptions.PickupFolder
                : Path.Combine(dataFolder, emailOptions.PickupFolder);
            services.AddSingleton<IMailSender>(sp => new PickupFolderMailSender(
                emailOptions, pickup, sp.GetRequiredService<ILogger<PickupFolderMailSender>>()));
        }

        services.AddSingleton<IClock, SystemClock>();
        services.AddScoped<Seeding.DemoDataSeeder>();

        // Seals: one key store and sealer for the whole app (they open their own DbContext per call).
        services.AddSingleton(configuration.GetSection(Sealing.SealingOptions.Section).Get<Sealing.SealingOptions>() ?? new Sealing.SealingOptions());
        services.AddSingleton<Sealing.InstitutionKeyStore>();
        services.AddSingleton<Domain.Credentials.Sealing.IInstitutionSealer, Sealing.InstitutionSealer>();
        services.AddSingleton<Sealing.CredentialSealing>();
        services.AddSingleton<Sealing.RevocationStatusLists>();
        return services;
    }

    private static readonly Persistence.SqliteConnectionSettings SqliteSettings = new(Persistence.DatabaseFailures.SqliteBusyTimeoutSeconds * 1000);

    public static string DefaultSqliteConnectionString(string dataFolder)
    {
        Directory.CreateDirectory(dataFolder);
        return $"Data Source={Path.Combine(dataFolder, "microcred.db")}";
    }
}

public static class DatabaseProvider
{
    public const string Sqlite = nameof(Sqlite);
    public const string SqlServer = nameof(SqlServer);
    public const string PostgreSql = "PostgreSQL";
}
