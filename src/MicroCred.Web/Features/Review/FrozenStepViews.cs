using System.Text;
using MicroCred.Domain.Designs;
using MicroCred.Web.Features.Versions;
using MicroCred.Web.Features.Wizard.Engine;
using Microsoft.Extensions.Caching.Memory;

namespace MicroCred.Web.Features.Review;

/// <summary>A step of a frozen version as the review workspace shows it: its sections and the label of every field path.</summary>
public sealed record FrozenStepView(IReadOnlyList<SectionView> Sections, IReadOnlyDictionary<string, string> Labels);

/// <summary>
/// What the review workspace derives from frozen versions, kept in memory (bounded) so that it is not rebuilt on every request.
/// A submitted version's content never changes, so the content read from it is kept by the version's id alone. What also
/// shows names read from the database (institutions and people a step refers to) is kept under a key that contains those names
/// as just read: a renamed institution or person makes a new key, so nothing shown is ever stale, on any instance.
/// Nothing is invalidated; old entries age out. The kept objects are shared between requests and only ever read.
/// </summary>
public sealed class FrozenStepViews : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 1_000 });

    /// <summary>How many step views were really built (for tests).</summary>
    public int Builds => _builds;

    private int _builds;

    /// <summary>The content of a frozen version; <paramref name="readJson"/> reads its stored JSON when it is not kept yet.</summary>
    public async Task<DesignContent> ContentAsync(Guid versionId, Func<Task<string>> readJson)
    {
        ArgumentNullException.ThrowIfNull(readJson);
        var key = "content|" + versionId.ToString("N");
        if (_cache.TryGetValue(key, out DesignContent? content) && content is not null)
        {
            return content;
        }

        content = Domain.Reviews.DesignSnapshot.Deserialize(await readJson());
        _cache.Set(key, content, new MemoryCacheEntryOptions { Size = 10, SlidingExpiration = TimeSpan.FromHours(1) });
        return content;
    }

    /// <summary>One step of a frozen version read with these names; <paramref name="build"/> makes it when it is not kept yet.</summary>
    public FrozenStepView Step(Guid versionId, WizardStep step, ReferenceOptions options, Func<FrozenStepView> build)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(build);
        return Get($"step|{versionId:N}|{(int)step}|{NamesKey(options)}", 2, build);
    }

    /// <summary>The changes of a version against the one before it, as read with these institution names.</summary>
    public async Task<VersionChanges> ChangesAsync(Guid previousId, Guid versionId, IReadOnlyDictionary<Guid, string> institutionNames, Func<Task<VersionChanges>> compute)
    {
        ArgumentNullException.ThrowIfNull(institutionNames);
        ArgumentNullException.ThrowIfNull(compute);
        var key = $"changes|{previousId:N}|{versionId:N}|{InstitutionsKey(institutionNames)}";
        if (_cache.TryGetValue(key, out VersionChanges? changes) && changes is not null)
        {
            return changes;
        }

        changes = await compute();
        _cache.Set(key, changes, new MemoryCacheEntryOptions { Size = 2, SlidingExpiration = TimeSpan.FromHours(1) });
        return changes;
    }

    public void Dispose() => _cache.Dispose();

    /// <summary>Every name the options hold that comes from the database: all institutions, and the people the version refers to.</summary>
    public static string NamesKey(ReferenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var key = new StringBuilder(InstitutionsKey(options.InstitutionNames));
        foreach (var user in options.For(Domain.Designs.Schema.ReferenceSource.Users))
        {
            key.Append("|u").Append(user.Value).Append('=').Append(user.Text.Replace("|", "||", StringComparison.Ordinal));
        }

        return key.ToString();
    }

    private static string InstitutionsKey(IReadOnlyDictionary<Guid, string> names)
    {
        var key = new StringBuilder();
        foreach (var (id, name) in names.OrderBy(n => n.Key))
        {
            key.Append("|i").Append(id.ToString("N")).Append('=').Append(name.Replace("|", "||", StringComparison.Ordinal));
        }

        return key.ToString();
    }

    private T Get<T>(string key, int size, Func<T> compute)
        where T : class =>
        _cache.GetOrCreate(key, entry =>
        {
            entry.Size = size;
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            Interlocked.Increment(ref _builds);
            return compute();
        })!;
}
