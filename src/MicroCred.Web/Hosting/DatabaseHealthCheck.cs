using MicroCred.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MicroCred.Web.Hosting;

/// <summary>
/// Healthy only when the database answers within a few seconds: unreachable, and (for SQLite) locked by another
/// process, both report Unhealthy. A plain "can connect" says yes to a SQLite file that nobody can write.
/// </summary>
public sealed class DatabaseHealthCheck(MicroCredDbContext db) : IHealthCheck
{
    private const int TimeoutSeconds = 3;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(TimeoutSeconds + 1));
        try
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(timeout.Token);
            try
            {
                await using var command = connection.CreateCommand();
                // SQLite: taking the write lock for a moment is the only way to see another process holding it (readers still pass in WAL mode).
                command.CommandText = db.Database.IsSqlite() ? "BEGIN IMMEDIATE; ROLLBACK;" : "SELECT 1";
                command.CommandTimeout = TimeoutSeconds;
                await command.ExecuteScalarAsync(timeout.Token);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }

            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (DatabaseFailures.IsUnavailable(e) || e is OperationCanceledException || e is System.Data.Common.DbException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.");
        }
    }
}
