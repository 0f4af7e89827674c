using System.Globalization;
using MicroCred.Domain.Credentials;
using MicroCred.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace MicroCred.Web.Features.Cohorts;

/// <summary>How many learners a cohort has, per result (null: no result yet).</summary>
public sealed class LearnerTally
{
    public static LearnerTally Empty { get; } = new([]);

    public LearnerTally(IEnumerable<(LearnerResult? Result, int Count)> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ByResult = [.. counts.Where(c => c.Count > 0).GroupBy(c => c.Result).Select(g => (g.Key, g.Sum(c => c.Count)))
            .OrderBy(c => c.Key is { } r ? r.ToString() : "", StringComparer.Ordinal)];
    }

    /// <summary>One entry per result that at least one learner has: no result first, then by the result's stored name.</summary>
    public IReadOnlyList<(LearnerResult? Result, int Count)> ByResult { get; }

    public int Total => ByResult.Sum(c => c.Count);

    public int WithoutResult => ByResult.Where(c => c.Result is null).Sum(c => c.Count);

    /// <summary>These learners less the ones in <paramref name="other"/>, result by result (never below zero).</summary>
    public LearnerTally Without(LearnerTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new LearnerTally(ByResult.Select(c => (c.Result, Math.Max(0, c.Count - other.ByResult.Where(o => o.Result == c.Result).Sum(o => o.Count)))));
    }
}

/// <summary>
/// Learners per result of a cohort, counted in SQL. Once a cohort's results are finalised its learners can no longer change
/// (<see cref="Cohort"/> refuses every edit, and learners change only through it), so for a finalised cohort the count is kept in
/// memory under a key read from the cohort's row in the same request: its id, its concurrency token (a new one at finalisation
/// and on every change before) and the moment of finalisation. Another instance keeps its own copy, equally right; an open
/// cohort is counted on every request, since editing a learner's result does not change the cohort's row.
/// </summary>
public sealed class CohortLearnerCounts : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 2_000 });

    /// <summary>How many times the learners were really counted in SQL (for tests).</summary>
    public int Counted => _counted;

    private int _counted;

    public static string? Key(Cohort cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        return cohort.ResultsFinalisedAt is { } finalised
            ? string.Create(CultureInfo.InvariantCulture, $"{cohort.Id:N}|{cohort.Version:N}|{finalised.UtcTicks}")
            : null;
    }

    public async Task<LearnerTally> ForAsync(MicroCredDbContext db, Cohort cohort, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var key = Key(cohort);
        if (key is not null && _cache.TryGetValue(key, out LearnerTally? known) && known is not null)
        {
            return known;
        }

        var cohortId = cohort.Id;
        var rows = await db.Learners.AsNoTracking().Where(l => l.CohortId == cohortId)
            .GroupBy(l => l.Result).Select(g => new { Result = g.Key, Count = g.Count() }).ToListAsync(ct);
        Interlocked.Increment(ref _counted);
        var tally = new LearnerTally(rows.Select(r => (r.Result, r.Count)));
        if (key is not null)
        {
            _cache.Set(key, tally, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        }

        return tally;
    }

    public void Dispose() => _cache.Dispose();
}
