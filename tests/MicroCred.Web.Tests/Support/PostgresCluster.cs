using System.Diagnostics;
using Npgsql;

namespace MicroCred.Web.Tests.Support;

/// <summary>
/// The PostgreSQL server the tests share. test.sh starts a throwaway cluster (tests/pg-cluster.sh) and passes its
/// connection string in MICROCRED_TEST_POSTGRES; when that is unset (plain <c>dotnet test</c>) the first test that needs
/// PostgreSQL starts its own cluster with the same script and stops it when the test process ends. Without Debian's
/// postgresql package and without the variable, those tests fail with a message that says so; they are never skipped
/// silently. Each test class gets its own database on the shared cluster.
/// </summary>
public static class PostgresCluster
{
    public const string Variable = "MICROCRED_TEST_POSTGRES";

    private static readonly Lazy<string> Server = new(StartOrFind, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A connection string to a database of this name (created by the app's migrations on start).</summary>
    public static string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(Server.Value) { Database = database, MaxPoolSize = 30 }.ConnectionString;

    public static string NewDatabaseName() => "microcred_" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>Creates the empty database the app then migrates (so that EF Core does not log a failed first connection).</summary>
    public static void CreateEmptyDatabase(string database)
    {
        using var connection = new NpgsqlConnection(Server.Value);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
        command.ExecuteNonQuery();
    }

    public static void Drop(string database)
    {
        if (!Server.IsValueCreated)
        {
            return;
        }

        using (var pooled = new NpgsqlConnection(ConnectionString(database)))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        using var connection = new NpgsqlConnection(Server.Value);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }

    private static string StartOrFind()
    {
        var given = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            return given;
        }

        var script = FindScript()
            ?? throw new InvalidOperationException($"The PostgreSQL tests need a server: set {Variable} to a connection string, or run them from the repository so that tests/pg-cluster.sh can start one.");
        if (!Directory.Exists("/usr/lib/postgresql") && Environment.GetEnvironmentVariable("PG_BIN") is null)
        {
            throw new InvalidOperationException($"The PostgreSQL tests need a server: install Debian's postgresql package (apt-get install postgresql), or set {Variable} to a connection string. ./test.sh does both.");
        }

        var folder = Run(script, "start").Trim();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Run(script, "stop", folder);
        return File.ReadAllText(Path.Combine(folder, "connection-string")).Trim();
    }

    private static string Run(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return process.ExitCode == 0
            ? output.Result
            : throw new InvalidOperationException($"tests/pg-cluster.sh {string.Join(' ', arguments)} failed: {error.Result}");
    }

    private static string? FindScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "pg-cluster.sh");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
