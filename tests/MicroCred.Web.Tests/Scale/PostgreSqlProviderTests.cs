using MicroCred.Infrastructure;
using MicroCred.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MicroCred.Web.Tests.Scale;

/// <summary>How the portal wires PostgreSQL (Database:Provider=PostgreSQL), without a server.</summary>
public sealed class PostgreSqlProviderTests
{
    [Fact]
    public void PostgreSql_is_chosen_by_configuration_and_retries_transient_failures_such_as_deadlocks()
    {
        using var services = Services(new() { ["Database:Provider"] = "PostgreSQL", ["ConnectionStrings:MicroCred"] = "Host=not-used;Database=microcred" });
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MicroCredDbContext>();

        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", db.Database.ProviderName);

        // Two issues of overlapping learners can deadlock inside the unique (cohort, learner) index on PostgreSQL; without
        // retries the victim's request ended on the error page instead of the "issued at the same moment" message.
        Assert.True(db.Database.CreateExecutionStrategy().RetriesOnFailure);
    }

    [Fact]
    public void Statements_are_prepared_automatically_and_the_pool_is_bounded_unless_the_connection_string_says_otherwise()
    {
        using var services = Services(new() { ["Database:Provider"] = "PostgreSQL", ["ConnectionStrings:MicroCred"] = "Host=not-used;Database=microcred" });
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MicroCredDbContext>();
        var used = new Npgsql.NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        Assert.Equal(PostgreSqlConnections.AutoPreparedStatements, used.MaxAutoPrepare);
        Assert.Equal(PostgreSqlConnections.MaximumPoolSize, used.MaxPoolSize);
        Assert.Equal("microcred", used.Database);

        Assert.Equal(0, new Npgsql.NpgsqlConnectionStringBuilder(PostgreSqlConnections.WithDefaults("Host=h;Max Auto Prepare=0")).MaxAutoPrepare);
        Assert.Equal(7, new Npgsql.NpgsqlConnectionStringBuilder(PostgreSqlConnections.WithDefaults("Host=h;MaxAutoPrepare=7")).MaxAutoPrepare);

        // An operator's own limit stands, whichever of Npgsql's spellings it uses, and so does the default of 100 when asked for.
        Assert.Equal(100, new Npgsql.NpgsqlConnectionStringBuilder(PostgreSqlConnections.WithDefaults("Host=h;Maximum Pool Size=100")).MaxPoolSize);
        Assert.Equal(50, new Npgsql.NpgsqlConnectionStringBuilder(PostgreSqlConnections.WithDefaults("Host=h;maximum pool size = 50")).MaxPoolSize);
        Assert.Equal(8, new Npgsql.NpgsqlConnectionStringBuilder(PostgreSqlConnections.WithDefaults("Host=h;MaxPoolSize=8")).MaxPoolSize);
        Assert.Equal(PostgreSqlConnections.MaximumPoolSize, new Npgsql.NpgsqlConnectionStringBuilder(PostgreSqlConnections.WithDefaults("Host=h;Minimum Pool Size=2")).MaxPoolSize);
    }

    [Fact]
    public void PostgreSql_without_a_connection_string_is_refused_with_a_clear_message()
    {
        using var services = Services(new() { ["Database:Provider"] = "PostgreSQL" });
        using var scope = services.CreateScope();
        var error = Assert.Throws<InvalidOperationException>(() => scope.ServiceProvider.GetRequiredService<MicroCredDbContext>());
        Assert.Contains("ConnectionStrings:MicroCred is empty", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddMicroCredInfrastructure(configuration, Path.Combine(Path.GetTempPath(), "microcred-tests", "provider"));
        return services.BuildServiceProvider();
    }
}
