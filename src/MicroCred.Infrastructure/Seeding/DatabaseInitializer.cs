using MicroCred.Domain.Accounts;
using MicroCred.Infrastructure.Identity;
using MicroCred.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MicroCred.Infrastructure.Seeding;

/// <summary>Applies migrations on start, creates the roles, and seeds demo data outside Production when asked to.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<MicroCredDbContext>();
        var configuration = sp.GetRequiredService<IConfiguration>();
        var environment = sp.GetRequiredService<IHostEnvironment>();
        var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        logger.LogInformation("Database ready ({Provider}); {Count} migration(s) applied", db.Database.ProviderName, pending.Count);

        var roles = sp.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }

        await BootstrapAdministratorAsync(sp, configuration, logger);

        var seedDemo = configuration.GetValue("Database:SeedDemoData", false);
        if (seedDemo && !environment.IsProduction())
        {
            await sp.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken);
        }

        await SignatureCarryOver.RunAsync(db, DateTimeOffset.UtcNow, logger, cancellationToken);
        await BoardApprovalCarryOver.RunAsync(db, DateTimeOffset.UtcNow, logger, cancellationToken);

        // Credentials issued before seals existed are sealed once here, if their content still matches their hash.
        await sp.GetRequiredService<Sealing.CredentialSealing>().SealUnsealedAsync(cancellationToken);
    }

    /// <summary>In production the first administrator comes from configuration (Bootstrap:AdministratorEmail / Password).</summary>
    private static async Task BootstrapAdministratorAsync(IServiceProvider sp, IConfiguration configuration, ILogger logger)
    {
        var email = configuration["Bootstrap:AdministratorEmail"];
        var password = configuration["Bootstrap:AdministratorPassword"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            return;
        }

        var users = sp.GetRequiredService<UserManager<AppUser>>();
        if ((await users.GetUsersInRoleAsync(Roles.Administrator)).Count > 0)
        {
            return;
        }

        var admin = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = "Platform administrator", CreatedAt = DateTimeOffset.UtcNow };
        var result = await users.CreateAsync(admin, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The bootstrap administrator could not be created: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(admin, Roles.Administrator);
        logger.LogInformation("Bootstrap administrator account created");
    }
}
