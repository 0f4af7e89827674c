using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace MicroCred.Infrastructure.Persistence;

/// <summary>Tells apart the database failures the portal answers in words: unreachable or locked, and a unique index refusing a duplicate.</summary>
public static class DatabaseFailures
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteConstraint = 19;

    /// <summary>Seconds a command waits for a locked SQLite database before it gives up (SQLite's own default is 30).</summary>
    public const int SqliteBusyTimeoutSeconds = 5;

    /// <summary>The database is locked, busy, timed out or cannot be reached: nothing was stored, and trying again later can work.</summary>
    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite when sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked:
                case TimeoutException:
                case RetryLimitExceededException:
                    return true;
                case DbUpdateConcurrencyException:
                    return false;
            }

            // Server providers, named by type so this assembly needs no reference to each client library.
            var name = e.GetType().FullName;
            if (name is "Microsoft.Data.SqlClient.SqlException" && (IsSqlServerUnavailable(e)))
            {
                return true;
            }

            if (name is "Npgsql.NpgsqlException" || (name is "Npgsql.PostgresException" && e.Message.Contains("canceling statement due to lock timeout", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A unique index refused the row: someone stored the same thing a moment earlier.</summary>
    public static bool IsUniqueViolation(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException sqlite && sqlite.SqliteErrorCode == SqliteConstraint
                && sqlite.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            var name = e.GetType().FullName;
            if (name is "Microsoft.Data.SqlClient.SqlException"
                && (e.Message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("unique index", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            if (name is "Npgsql.PostgresException" && e.GetType().GetProperty("SqlState")?.GetValue(e) is "23505")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>SQLite connection string with a short busy timeout unless one is set, so a locked database fails in seconds.</summary>
    public static string WithSqliteBusyTimeout(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.DefaultTimeout = SqliteBusyTimeoutSeconds;
        }

        return builder.ToString();
    }

    private static bool IsSqlServerUnavailable(Exception e) =>
        e.GetType().GetProperty("Number")?.GetValue(e) is int number
        && number is -2 or 2 or 53 or 1205 or 1222 or 4060 or 40613 or 10053 or 10054 or 10060 or 233;
}
