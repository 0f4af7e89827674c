using MicroCred.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Tests.Hosting;

/// <summary>
/// The SQLite settings are applied once per native connection handle: a pooled connection opened again keeps them without
/// another round of PRAGMAs, and a new handle (after the pool was cleared) gets them on its first open.
/// </summary>
public sealed class SqliteConnectionSettingsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("microcred-sqlite-settings-").FullName;
    private readonly SqliteConnectionSettings _settings = new(4321);

    [Fact]
    public async Task Every_open_of_a_pooled_or_new_handle_has_the_busy_timeout_and_normal_synchronous()
    {
        var connectionString = $"Data Source={Path.Combine(_folder, "settings.db")};Pooling=True";

        object first;
        await using (var db = Context(connectionString))
        {
            await db.Database.OpenConnectionAsync();
            first = Handle(db);
            Assert.Equal((4321L, 1L), await SettingsAsync(db));
            await db.Database.CloseConnectionAsync();

            // The same handle from the pool: still configured, the PRAGMAs are not run again.
            await db.Database.OpenConnectionAsync();
            Assert.Same(first, Handle(db));
            Assert.Equal((4321L, 1L), await SettingsAsync(db));
        }

        SqliteConnection.ClearAllPools();
        await using (var db = Context(connectionString))
        {
            await db.Database.OpenConnectionAsync();
            Assert.NotSame(first, Handle(db));
            Assert.Equal((4321L, 1L), await SettingsAsync(db));
        }

        // Without the interceptor a new handle has SQLite's defaults (so the assertions above can fail).
        SqliteConnection.ClearAllPools();
        await using var plain = new SqliteConnection(connectionString);
        await plain.OpenAsync();
        await using var command = plain.CreateCommand();
        command.CommandText = "PRAGMA synchronous";
        Assert.Equal(2L, (long)(await command.ExecuteScalarAsync())!);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private MicroCredDbContext Context(string connectionString) =>
        new(new DbContextOptionsBuilder<MicroCredDbContext>().UseSqlite(connectionString).AddInterceptors(_settings).Options);

    private static object Handle(MicroCredDbContext db) => ((SqliteConnection)db.Database.GetDbConnection()).Handle!;

    private static async Task<(long BusyTimeout, long Synchronous)> SettingsAsync(MicroCredDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout";
        var busy = (long)(await command.ExecuteScalarAsync())!;
        command.CommandText = "PRAGMA synchronous";
        return (busy, (long)(await command.ExecuteScalarAsync())!);
    }
}
