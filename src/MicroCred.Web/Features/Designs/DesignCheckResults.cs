using System.Security.Cryptography;
using System.Text;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace MicroCred.Web.Features.Designs;

/// <summary>
/// The 116 design checks run once per saved design state, not on every request. Results are kept in memory under a key made of
/// everything the checks read: the design id, every stored step's concurrency token (a new Guid on every save, so any save of any
/// step changes the key), the concurrency token of every institution (the checks read their facts), and the day (some checks
/// compare dates with today). The key is computed from rows read in the same request, so a stale answer is impossible: after a
/// save on this or any other instance the next request reads the new token and misses. Nothing needs invalidating; old entries
/// simply age out. Two instances each keep their own copy, and both are right.
/// </summary>
public sealed class DesignCheckResults : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 4_000 });

    /// <summary>How many times the checks really ran (for tests and the benchmark notes).</summary>
    public int Runs => _runs;

    private int _runs;

    public IReadOnlyList<Finding> FindingsFor(Guid designId, IEnumerable<(WizardStep Step, Guid Version)> steps, string extra, InstitutionFactsSnapshot institutions, DateOnly today, Func<IReadOnlyList<Finding>> run) =>
        Get(Key("findings", designId, steps, extra, institutions, today), () =>
        {
            Interlocked.Increment(ref _runs);
            return run();
        });

    public DesignProgress ProgressFor(Guid designId, IEnumerable<(WizardStep Step, Guid Version)> steps, string extra, InstitutionFactsSnapshot institutions, DateOnly today, Func<DesignProgress> compute) =>
        Get(Key("progress", designId, steps, extra, institutions, today), compute);

    /// <summary>The progress remembered for a design's state as <see cref="ListedState"/> lists it (the dashboard's fast path).</summary>
    public bool TryListedProgress(Guid designId, string listedSteps, string extra, InstitutionFactsSnapshot institutions, DateOnly today, out DesignProgress? progress)
    {
        ArgumentNullException.ThrowIfNull(institutions);
        return _cache.TryGetValue(new ListedKey(designId, listedSteps, extra, today.DayNumber, institutions.Stamp), out progress) && progress is not null;
    }

    /// <summary>Remembers a progress worked out from the stored rows under the listed state those rows were found to match.</summary>
    public void RememberListedProgress(Guid designId, string listedSteps, string extra, InstitutionFactsSnapshot institutions, DateOnly today, DesignProgress progress)
    {
        ArgumentNullException.ThrowIfNull(institutions);
        using var entry = _cache.CreateEntry(new ListedKey(designId, listedSteps, extra, today.DayNumber, institutions.Stamp));
        entry.Size = 1;
        entry.SlidingExpiration = TimeSpan.FromHours(1);
        entry.Value = progress;
    }

    public void Dispose() => _cache.Dispose();

    private T Get<T>(string key, Func<T> compute)
        where T : class =>
        _cache.GetOrCreate(key, entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            return compute();
        })!;

    /// <summary>A key compared field by field: no text is built to look a listed state up.</summary>
    private sealed record ListedKey(Guid DesignId, string Steps, string Extra, int Day, string InstitutionsStamp);

    private static string Key(string kind, Guid designId, IEnumerable<(WizardStep Step, Guid Version)> steps, string extra, InstitutionFactsSnapshot institutions, DateOnly today)
    {
        var text = new StringBuilder(kind).Append('|').Append(designId.ToString("N")).Append('|').Append(extra).Append('|').Append(today.DayNumber).Append('|').Append(institutions.Stamp);
        foreach (var (step, version) in steps.OrderBy(s => s.Step))
        {
            text.Append('|').Append((int)step).Append(':').Append(version.ToString("N"));
        }

        return text.ToString();
    }
}

/// <summary>A design's progress as the dashboard shows it: steps completed and errors.</summary>
public sealed record DesignProgress(int CompletedSteps, int Errors);

/// <summary>
/// What the checks know of every institution (no logo bytes, no addresses), read in one projected query, with a stamp that
/// changes whenever any institution changes (each row's concurrency token is part of it).
/// </summary>
public sealed record InstitutionFactsSnapshot(IReadOnlyDictionary<Guid, InstitutionFacts> Facts, string Stamp)
{
    private IReadOnlyDictionary<Guid, string>? _names;

    public IReadOnlyDictionary<Guid, string> Names => _names ??= Facts.ToDictionary(f => f.Key, f => f.Value.Name);

    public static async Task<InstitutionFactsSnapshot> LoadAsync(MicroCredDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Institutions.AsNoTracking()
            .Select(i => new
            {
                i.Id, i.Name, i.CountryCode, i.IsDegreeAwarding, i.Settings.HoursPerEctsMin, i.Settings.HoursPerEctsMax,
                i.Settings.GradingScale, i.Settings.NationalEctsCap, i.LegalIdentifier, i.Region, i.Version,
            })
            .ToListAsync(ct);
        var facts = rows.ToDictionary(i => i.Id, i => new InstitutionFacts(
            i.Id, i.Name, i.CountryCode, i.IsDegreeAwarding, i.HoursPerEctsMin, i.HoursPerEctsMax, i.GradingScale, i.NationalEctsCap, i.LegalIdentifier, i.Region));
        return new InstitutionFactsSnapshot(facts, StampOf(rows.Select(r => (r.Id, r.Version))));
    }

    /// <summary>The stamp of institutions with these ids and concurrency tokens, in any order.</summary>
    public static string StampOf(IEnumerable<(Guid Id, Guid Version)> institutions)
    {
        var stamp = new StringBuilder();
        foreach (var (id, version) in institutions.OrderBy(r => r.Id))
        {
            stamp.Append(id.ToString("N")).Append(version.ToString("N"));
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(stamp.ToString())));
    }

    /// <summary>The stamp of institutions listed by the database as "id:token" pairs joined by commas; null when the text is not such a list.</summary>
    public static string? StampOfListed(string? listed) => ListedState.IdPairs(listed) is { } pairs ? StampOf(pairs) : null;
}

/// <summary>
/// Institution snapshots kept by stamp, for pages that read the institutions' ids and tokens with their own first query
/// (<see cref="DesignWorkspaces.ReadAsync"/>): while no institution changes, the facts are not read again. The stamp is
/// computed from the rows read in the same request, as for <see cref="DesignCheckResults"/>, so a changed institution is read
/// at once on every instance.
/// </summary>
public sealed class InstitutionFactsSnapshots : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 64 });

    /// <param name="listed">The institutions as "id:token" pairs, as the caller's query listed them.</param>
    public async Task<InstitutionFactsSnapshot> ForAsync(MicroCredDbContext db, string? listed, CancellationToken ct)
    {
        var stamp = InstitutionFactsSnapshot.StampOfListed(listed);
        if (stamp is not null && _cache.TryGetValue(stamp, out InstitutionFactsSnapshot? known) && known is not null)
        {
            return known;
        }

        var snapshot = await InstitutionFactsSnapshot.LoadAsync(db, ct);
        using var entry = _cache.CreateEntry(snapshot.Stamp);
        entry.Size = 1;
        entry.SlidingExpiration = TimeSpan.FromHours(1);
        entry.Value = snapshot;
        return snapshot;
    }

    public void Dispose() => _cache.Dispose();
}
