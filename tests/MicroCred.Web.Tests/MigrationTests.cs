using MicroCred.Infrastructure;
using MicroCred.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using MicroCred.Web.Tests.Support;

namespace MicroCred.Web.Tests;

/// <summary>Each provider has its own migration set; all three must match the model at all times.</summary>
public sealed class MigrationTests
{
    [Fact]
    public void Sqlite_migrations_are_in_sync_with_the_model()
    {
        using var db = SqliteContext(new SqliteConnection("Data Source=:memory:"));
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes without a SQLite migration: run dotnet ef migrations add for MicroCred.Migrations.Sqlite.");
    }

    [Fact]
    public void SqlServer_migrations_are_in_sync_with_the_model()
    {
        using var db = SqlServerContext();
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes without a SQL Server migration: run dotnet ef migrations add for MicroCred.Migrations.SqlServer.");
    }

    [Fact]
    public void PostgreSql_migrations_are_in_sync_with_the_model()
    {
        using var db = PostgreSqlContext("Host=not-used;Database=microcred");
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes without a PostgreSQL migration: run dotnet ef migrations add for MicroCred.Migrations.PostgreSQL.");
    }

    [Fact]
    public void Every_provider_has_the_same_migrations()
    {
        using var sqlite = SqliteContext(new SqliteConnection("Data Source=:memory:"));
        using var sqlServer = SqlServerContext();
        using var postgreSql = PostgreSqlContext("Host=not-used;Database=microcred");
        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]);
        Assert.Equal(Names(sqlite), Names(sqlServer));
        Assert.Equal(Names(sqlite), Names(postgreSql));
    }

    [Fact]
    public async Task Sqlite_migrations_create_a_working_database_from_nothing()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = SqliteContext(connection);
        await db.Database.MigrateAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Institutions.CountAsync());
        Assert.Equal(0, await db.CourseDesigns.CountAsync());
        Assert.Equal(0, await db.DataProtectionKeys.CountAsync());
    }

    [Fact]
    public async Task PostgreSql_migrations_create_a_working_database_from_nothing_on_a_real_server()
    {
        var name = PostgresCluster.NewDatabaseName();
        try
        {
            await using (var db = PostgreSqlContext(PostgresCluster.ConnectionString(name)))
            {
                await db.Database.MigrateAsync();
                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
                Assert.Equal(0, await db.Institutions.CountAsync());
                Assert.Equal(0, await db.CourseDesigns.CountAsync());
                Assert.Equal(0, await db.DataProtectionKeys.CountAsync());
                Assert.Equal(0, await db.PendingImports.CountAsync());
            }

            // Applying them again (a second instance starting) changes nothing.
            await using (var again = PostgreSqlContext(PostgresCluster.ConnectionString(name)))
            {
                await again.Database.MigrateAsync();
                Assert.Equal(again.Database.GetMigrations(), await again.Database.GetAppliedMigrationsAsync());
            }
        }
        finally
        {
            PostgresCluster.Drop(name);
        }
    }

    [Fact]
    public void SqlServer_idempotent_script_creates_every_table()
    {
        using var db = SqlServerContext();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct())
        {
            Assert.Contains($"CREATE TABLE [{table}]", script, StringComparison.Ordinal);
        }
    }

    private static MicroCredDbContext SqliteContext(SqliteConnection connection) =>
        new(new DbContextOptionsBuilder<MicroCredDbContext>()
            .UseSqlite(connection, o => o.MigrationsAssembly(DependencyInjection.SqliteMigrationsAssembly))
            .Options);

    private static MicroCredDbContext PostgreSqlContext(string connectionString) =>
        new(new DbContextOptionsBuilder<MicroCredDbContext>()
            .UseNpgsql(connectionString, o => o.MigrationsAssembly(DependencyInjection.PostgreSqlMigrationsAssembly))
            .Options);

    private static MicroCredDbContext SqlServerContext() =>
        new(new DbContextOptionsBuilder<MicroCredDbContext>()
            .UseSqlServer("Server=not-used;Database=MicroCred;TrustServerCertificate=True", o => o.MigrationsAssembly(DependencyInjection.SqlServerMigrationsAssembly))
            .Options);
}
