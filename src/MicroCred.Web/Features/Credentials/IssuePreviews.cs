using System.Globalization;
using Microsoft.Extensions.Caching.Memory;

namespace MicroCred.Web.Features.Credentials;

/// <summary>
/// The issuing page's dry run ("what would be refused if everyone still waiting were issued now") for a finalised cohort,
/// remembered instead of repeated on every visit: for 5,000 learners it builds 5,000 credential documents. The key holds
/// everything the answer depends on: the cohort (whose learners and results cannot change once finalised), the frozen design
/// version, how many credentials it holds already (credentials are only ever added; revoking keeps the row), the institutions'
/// concurrency tokens, the day of issue and the issuing institution. All are read in the same request, so an answer is never
/// stale, and each portal instance keeps its own copy.
/// </summary>
public sealed class IssuePreviews : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 200 });

    public static string Key(Guid cohortId, Guid versionId, int credentials, string institutionsStamp, DateOnly day, Guid issuer) =>
        string.Create(CultureInfo.InvariantCulture, $"{cohortId:N}|{versionId:N}|{credentials}|{institutionsStamp}|{day.DayNumber}|{issuer:N}");

    public IReadOnlyDictionary<Guid, string> ProblemsFor(string key, Func<IReadOnlyDictionary<Guid, string>> dryRun)
    {
        ArgumentNullException.ThrowIfNull(dryRun);
        if (_cache.TryGetValue(key, out IReadOnlyDictionary<Guid, string>? known) && known is not null)
        {
            return known;
        }

        var problems = dryRun();
        _cache.Set(key, problems, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        return problems;
    }

    public void Dispose() => _cache.Dispose();
}
