using System.Text;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Schema;
using Microsoft.Extensions.Caching.Memory;

namespace MicroCred.Web.Features.Designs;

/// <summary>
/// A design's content assembled from its stored steps, with what each step still misses, for pages that only read it.
/// Shared by every request that reads the same saved state, so nothing may change it: pages that change content load their own
/// (<see cref="DesignWorkspaces.LoadAsync(Guid, Guid, CancellationToken, bool)"/>).
/// </summary>
public sealed class AssembledDesign
{
    private readonly IReadOnlyList<MissingField>[] _missing;

    private IReadOnlyDictionary<(ReferenceSource Source, Guid Id), List<string>>? _referenceUses;

    private AssembledDesign(DesignContent content, IReadOnlyList<MissingField>[] missing, IReadOnlyDictionary<WizardStep, DesignStep> rows)
    {
        Content = content;
        _missing = missing;
        Rows = rows;
    }

    /// <summary>The assembled content (with the working title as the course title while step 7 is not saved). Read only.</summary>
    public DesignContent Content { get; }

    /// <summary>
    /// The stored steps it was built from. A step row changes only with its concurrency token (part of the key), so these are the
    /// rows of every request that finds this design under the same key. Read only.
    /// </summary>
    public IReadOnlyDictionary<WizardStep, DesignStep> Rows { get; }

    /// <summary>
    /// Where each row of the design is referred to (the walk of every step that a step page's "Remove" questions need), worked out
    /// once per assembled design by <paramref name="walk"/>: two requests walking at the same time get the same answer. Shared: read only.
    /// </summary>
    public IReadOnlyDictionary<(ReferenceSource Source, Guid Id), List<string>> ReferenceUses(
        Func<DesignContent, IReadOnlyDictionary<(ReferenceSource Source, Guid Id), List<string>>> walk)
    {
        ArgumentNullException.ThrowIfNull(walk);
        return Volatile.Read(ref _referenceUses) ?? (_referenceUses = walk(Content));
    }

    /// <summary>The needed fields of a step that are still empty (<see cref="StepCompleteness.Missing"/> of <see cref="Content"/>).</summary>
    public IReadOnlyList<MissingField> MissingOf(WizardStep step) => _missing[Index(step)];

    public static AssembledDesign Build(IReadOnlyCollection<DesignStep> steps, string title)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var content = DesignContentJson.Assemble(steps);
        DesignState.ApplyWorkingTitle(content, steps, title);
        var all = Enum.GetValues<WizardStep>();
        var missing = new IReadOnlyList<MissingField>[all.Length];
        foreach (var step in all)
        {
            missing[Index(step)] = StepCompleteness.Missing(step, content);
        }

        return new AssembledDesign(content, missing, steps.ToDictionary(s => s.Step));
    }

    private static int Index(WizardStep step) => (int)step - 1;
}

/// <summary>
/// Assembled designs, one per saved state. The key is made of everything an assembled design is built from, read from the
/// database in the same request: the design id, every stored step's concurrency token (a new Guid on every save, the only way
/// a step's content changes) and the working title when step 7 is not saved. A save on any instance changes the key, so a stale
/// content is never served; old entries age out. Two instances each keep their own copy, and both are right.
/// </summary>
public sealed class AssembledDesigns : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 1_000 });

    private int _builds;

    /// <summary>How many assembled designs were built (for tests).</summary>
    public int Builds => _builds;

    public AssembledDesign For(Guid designId, IReadOnlyCollection<DesignStep> steps, string title)
    {
        ArgumentNullException.ThrowIfNull(steps);
        return _cache.GetOrCreate(Key(designId, steps.Select(s => (s.Step, s.Version)), title), entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromMinutes(30);
            Interlocked.Increment(ref _builds);
            return AssembledDesign.Build(steps, title);
        })!;
    }

    /// <summary>The assembled design of a saved state known only by its steps' tokens (no content read), if it was built before.</summary>
    public AssembledDesign? Find(Guid designId, IEnumerable<(WizardStep Step, Guid Version)> state, string title) =>
        _cache.TryGetValue(Key(designId, state, title), out AssembledDesign? found) ? found : null;

    public void Dispose() => _cache.Dispose();

    private static string Key(Guid designId, IEnumerable<(WizardStep Step, Guid Version)> state, string title)
    {
        var text = new StringBuilder(designId.ToString("N"), 40 + (21 * 36) + title.Length);
        var hasCoursePlan = false;
        foreach (var (step, version) in state.OrderBy(s => s.Step))
        {
            text.Append('|').Append((int)step).Append(':').Append(version.ToString("N"));
            hasCoursePlan |= step == WizardStep.CoursePlan;
        }

        if (!hasCoursePlan)
        {
            text.Append("|title:").Append(title);
        }

        return text.ToString();
    }
}
