using System.Text.Json;
using System.Text.RegularExpressions;
using MicroCred.Domain;
using MicroCred.Domain.Credentials;
using MicroCred.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Cohorts;

/// <summary>An uploaded file waiting for the administrator to confirm or cancel it.</summary>
public sealed record PendingImport(
    Guid CohortId, Guid UserId, DateTimeOffset CreatedAt, string FileName, IReadOnlyList<PendingLearner> Good, IReadOnlyList<PendingProblem> Bad);

public sealed record PendingLearner(int Line, LearnerDetails Details);

/// <param name="Duplicate">The learner is already in the cohort or appears earlier in the same file.</param>
public sealed record PendingProblem(int Line, string? LearnerIdentifier, string? Name, string Problem, bool Duplicate = false);

/// <summary>
/// Keeps previewed imports in the database (table PendingImports, keyed by the hash of a random id) so the confirmation
/// never trusts data sent back by the browser and may reach another portal instance than the preview. Imports expire
/// after an hour (expired ones are purged whenever a new one is saved) and are deleted when confirmed or cancelled; they
/// only ever hold what the uploader may see.
/// </summary>
public sealed partial class PendingImports(MicroCredDbContext db)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public async Task<string> SaveAsync(PendingImport import, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(import);
        var now = import.CreatedAt;
        await db.PendingImports.Where(i => i.ExpiresAt < now).ExecuteDeleteAsync(ct);
        var id = SecretToken.New();
        db.PendingImports.Add(new PendingImportRecord
        {
            IdHash = SecretToken.Hash(id),
            CohortId = import.CohortId,
            UserId = import.UserId,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
            FileName = Truncate(import.FileName, PendingImportRecord.FileNameMaxLength),
            PreviewJson = JsonSerializer.Serialize(import, _json),
        });
        await db.SaveChangesAsync(ct);
        return id;
    }

    /// <summary>The import, when it exists, has not expired and belongs to this cohort and user.</summary>
    public async Task<PendingImport?> LoadAsync(string id, Guid cohortId, Guid userId, DateTimeOffset now, CancellationToken ct)
    {
        if (!IsId(id))
        {
            return null;
        }

        var hash = SecretToken.Hash(id);
        var stored = await db.PendingImports.AsNoTracking().SingleOrDefaultAsync(i => i.IdHash == hash, ct);
        if (stored is null)
        {
            return null;
        }

        if (stored.ExpiresAt < now)
        {
            await DeleteAsync(id, ct);
            return null;
        }

        return stored.CohortId == cohortId && stored.UserId == userId
            ? JsonSerializer.Deserialize<PendingImport>(stored.PreviewJson, _json)
            : null;
    }

    /// <summary>
    /// Marks the import as used in the caller's unit of work: it disappears in the same transaction that stores its
    /// learners, and when someone else (another tab or another instance) used it first, that save fails as a whole.
    /// </summary>
    public void RemoveWithNextSave(string id)
    {
        if (IsId(id))
        {
            db.PendingImports.Remove(new PendingImportRecord { IdHash = SecretToken.Hash(id), FileName = "", PreviewJson = "" });
        }
    }

    public async Task DeleteAsync(string id, CancellationToken ct)
    {
        if (IsId(id))
        {
            var hash = SecretToken.Hash(id);
            await db.PendingImports.Where(i => i.IdHash == hash).ExecuteDeleteAsync(ct);
        }
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];

    private static bool IsId(string? id) => id is not null && IdPattern().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9_-]{43}$")]
    private static partial Regex IdPattern();
}
