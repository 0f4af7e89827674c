using Npgsql;

namespace MicroCred.Infrastructure.Persistence;

/// <summary>How the portal talks to PostgreSQL.</summary>
public static class PostgreSqlConnections
{
    /// <summary>How many statements each pooled connection keeps prepared on the server unless the connection string says otherwise.</summary>
    public const int AutoPreparedStatements = 100;

    /// <summary>
    /// The connection string with automatic preparation on unless it sets its own: a statement the portal sends again and again
    /// (every page sends the same dozen) is then parsed and planned once per connection instead of on every request, which on a
    /// server sharing its cores with the portal is a large part of each page's time.
    /// </summary>
    public static string WithAutoPrepare(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase)
            && !connectionString.Contains("AutoPrepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = AutoPreparedStatements;
        }

        return builder.ConnectionString;
    }
}
