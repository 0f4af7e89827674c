using System.Text.Json;
using System.Text.RegularExpressions;
using MicroCred.Domain;
using MicroCred.Domain.Credentials;

namespace MicroCred.Web.Features.Cohorts;

/// <summary>An uploaded file waiting for the administrator to confirm or cancel it.</summary>
public sealed record PendingImport(
    Guid CohortId, Guid UserId, DateTimeOffset CreatedAt, string FileName, IReadOnlyList<PendingLearner> Good, IReadOnlyList<PendingProblem> Bad);

public sealed record PendingLearner(int Line, LearnerDetails Details);

public sealed record PendingProblem(int Line, string? LearnerIdentifier, string? Name, string Problem);

/// <summary>
/// Keeps previewed imports on the server (one JSON file per import under the data folder, named by a random id) so the
/// confirmation never trusts data sent back by the browser. Imports expire after an hour and are deleted when confirmed
/// or cancelled; they only ever hold what the uploader may see.
/// </summary>
public sealed partial class PendingImports(string folder)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public async Task<string> SaveAsync(PendingImport import, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(import);
        Directory.CreateDirectory(folder);
        Purge(import.CreatedAt);
        var id = SecretToken.New();
        await File.WriteAllTextAsync(PathOf(id), JsonSerializer.Serialize(import, _json), ct);
        return id;
    }

    /// <summary>The import, when it exists, has not expired and belongs to this cohort and user.</summary>
    public async Task<PendingImport?> LoadAsync(string id, Guid cohortId, Guid userId, DateTimeOffset now, CancellationToken ct)
    {
        if (!IsId(id) || !File.Exists(PathOf(id)))
        {
            return null;
        }

        var import = JsonSerializer.Deserialize<PendingImport>(await File.ReadAllTextAsync(PathOf(id), ct), _json);
        if (import is null || import.CreatedAt + Lifetime < now)
        {
            Delete(id);
            return null;
        }

        return import.CohortId == cohortId && import.UserId == userId ? import : null;
    }

    public void Delete(string id)
    {
        if (IsId(id))
        {
            File.Delete(PathOf(id));
        }
    }

    private void Purge(DateTimeOffset now)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*.json"))
        {
            if (File.GetLastWriteTimeUtc(file) + Lifetime < now.UtcDateTime)
            {
                File.Delete(file);
            }
        }
    }

    private string PathOf(string id) => Path.Combine(folder, id + ".json");

    private static bool IsId(string? id) => id is not null && IdPattern().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9_-]{43}$")]
    private static partial Regex IdPattern();
}
