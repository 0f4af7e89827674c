using System.Data.Common;
using Npgsql;

namespace MicroCred.Infrastructure.Persistence;

/// <summary>How the portal talks to PostgreSQL.</summary>
public static class PostgreSqlConnections
{
    /// <summary>How many statements each pooled connection keeps prepared on the server unless the connection string says otherwise.</summary>
    public const int AutoPreparedStatements = 100;

    /// <summary>
    /// How many connections one portal instance opens at most unless the connection string says otherwise (Npgsql's own default
    /// is 100). Each connection is a server process; past a few per core the server spends its time switching between them, and
    /// the load benchmark served fewer requests at 64 users than at 16 (step 13 with 100 comments: 740 against 823 requests a
    /// second with 20). Requests beyond the limit wait for a free connection, which a page holds for a few milliseconds.
    /// </summary>
    public const int MaximumPoolSize = 20;

    /// <summary>
    /// The connection string with the portal's defaults wherever it sets nothing of its own:
    /// <list type="bullet">
    /// <item>automatic preparation: a statement the portal sends again and again (every page sends the same dozen) is then parsed
    /// and planned once per connection instead of on every request, which on a server sharing its cores with the portal is a
    /// large part of each page's time;</item>
    /// <item>at most <see cref="MaximumPoolSize"/> connections per instance.</item>
    /// </list>
    /// </summary>
    public static string WithDefaults(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var given = GivenKeys(connectionString);
        if (!given.Any(k => k.Contains("autoprepare", StringComparison.OrdinalIgnoreCase)))
        {
            builder.MaxAutoPrepare = AutoPreparedStatements;
        }

        if (!given.Any(k => k.Equals("maxpoolsize", StringComparison.OrdinalIgnoreCase) || k.Equals("maximumpoolsize", StringComparison.OrdinalIgnoreCase)))
        {
            builder.MaxPoolSize = MaximumPoolSize;
        }

        return builder.ConnectionString;
    }

    /// <summary>The keys the connection string itself sets, without spaces ("Maximum Pool Size" is "MaximumPoolSize").</summary>
    private static List<string> GivenKeys(string connectionString) =>
        [.. new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>().Select(k => k.Replace(" ", "", StringComparison.Ordinal))];
}
