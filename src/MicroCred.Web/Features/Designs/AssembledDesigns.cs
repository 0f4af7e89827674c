using System.Text;
using MicroCred.Domain.Designs;
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

    private AssembledDesign(DesignContent content, IReadOnlyList<MissingField>[] missing)
    {
        Content = content;
        _missing = missing;
    }

    /// <summary>The assembled content (with the working title as the course title while step 7 is not saved). Read only.</summary>
    public DesignContent Content { get; }

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

        return new AssembledDesign(content, missing);
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
        return _cache.GetOrCreate(Key(designId, steps, title), entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromMinutes(30);
            Interlocked.Increment(ref _builds);
            return AssembledDesign.Build(steps, title);
        })!;
    }

    public void Dispose() => _cache.Dispose();

    private static string Key(Guid designId, IReadOnlyCollection<DesignStep> steps, string title)
    {
        var text = new StringBuilder(designId.ToString("N"), 40 + (steps.Count * 36) + title.Length);
        foreach (var step in steps.OrderBy(s => s.Step))
        {
            text.Append('|').Append((int)step.Step).Append(':').Append(step.Version.ToString("N"));
        }

        if (!steps.Any(s => s.Step == WizardStep.CoursePlan))
        {
            text.Append("|title:").Append(title);
        }

        return text.ToString();
    }
}
