using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Web.Features.Wizard.Engine;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Review;

/// <summary>
/// One step of a frozen version as every reader sees it (reviewers, the team, guest reviewers): the step's sections read
/// with the wizard's own labels, the threads on it, and whether this reader gets "Comment" links beside fields and rows.
/// </summary>
/// <param name="UrlBase">The page that shows a step, without query: <c>/reviews/{id}</c> or <c>/guest/{token}</c>.</param>
public sealed record FrozenStepModel(
    StepInfo Step, IReadOnlyList<SectionView> Sections, IReadOnlyList<ThreadView> Threads, IReadOnlyDictionary<WizardStep, int> OpenCounts,
    bool CanComment, string UrlBase)
{
    /// <summary>Steps that differ from the previous submitted version (marked in the step list); empty when not compared.</summary>
    public IReadOnlySet<WizardStep> ChangedSteps { get; init; } = new HashSet<WizardStep>();

    public string StepUrl(WizardStep step) => $"{UrlBase}?step={(int)step}";

    /// <summary>True when <see cref="Sections"/> is a step view kept between requests (FrozenStepViews): its fields' text is then kept too.</summary>
    public bool SectionsKept { get; init; }

    /// <summary>How many of the threads are on a field or row (counted once per page, not once per field).</summary>
    public int CountOn(string path)
    {
        _counts ??= Threads.Where(t => t.Comment.FieldPath is not null).GroupBy(t => t.Comment.FieldPath!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return _counts.GetValueOrDefault(path);
    }

    private Dictionary<string, int>? _counts;
}

/// <summary>Reads a step of a frozen version with the wizard's step definitions, shown read-only.</summary>
public static class FrozenStepReader
{
    public static async Task<StepFormView> ReadAsync(
        MicroCredDbContext db, StepDefinitions definitions, DependencyFinder dependencies, DesignContent content, WizardStep step, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(content);
        return new StepFormView(definitions.Get(step), content.Get(step), null, new Dictionary<string, string>(),
            await OptionsAsync(db, content, ct), new HashSet<string>(), dependencies);
    }

    /// <summary>A field path (and row) posted with a comment must exist in that step of the frozen version.</summary>
    public static async Task<bool> IsFieldOfStepAsync(
        MicroCredDbContext db, StepDefinitions definitions, DependencyFinder dependencies, DesignVersion version, WizardStep step, string fieldPath, Guid? rowId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(fieldPath);
        if (!definitions.Has(step) || (rowId is { } row && !fieldPath.Contains(row.ToString(), StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var view = await ReadAsync(db, definitions, dependencies, version.ReadContent(), step, ct);
        return FrozenValues.Labels(view.Sections).ContainsKey(fieldPath.Trim());
    }

    private static readonly MicroCred.Web.Hosting.PerModel<Func<MicroCredDbContext, List<Guid>, IAsyncEnumerable<NameRow>>> ReferenceNames = new(() => EF.CompileAsyncQuery(
        (MicroCredDbContext db, List<Guid> userIds) =>
            db.Institutions.AsNoTracking().Select(i => new { IsUser = false, i.Id, i.Name })
                .Concat(db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(u => new { IsUser = true, u.Id, Name = u.FullName }))
                .Select(r => new NameRow(r.IsUser, r.Id, r.Name))));

    private sealed record NameRow(bool IsUser, Guid Id, string Name);

    /// <summary>The names behind the institution and person references of the version.</summary>
    public static async Task<ReferenceOptions> OptionsAsync(MicroCredDbContext db, DesignContent content, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(content);
        var userIds = content.CourseTeam.Members.Select(m => Guid.TryParse(m.UserId, out var id) ? id : Guid.Empty)
            .Concat(content.Partnership.Partners.Select(p => Guid.TryParse(p.ContactUserId, out var id) ? id : Guid.Empty))
            .Where(id => id != Guid.Empty).Distinct().ToList();

        // All institutions and the people the version refers to in one command.
        var rows = await ReferenceNames.For(db)(db, userIds).ToListAsync(ct);
        var institutions = new Dictionary<Guid, string>();
        var users = new List<OptionView>();
        foreach (var row in rows)
        {
            if (row.IsUser)
            {
                users.Add(new OptionView(row.Id.ToString(), row.Name));
            }
            else
            {
                institutions.Add(row.Id, row.Name);
            }
        }

        return new ReferenceOptions(content, institutions, users);
    }
}

/// <summary>The "comment on this step / field" form under a frozen step.</summary>
/// <param name="Action">Where the form posts.</param>
/// <param name="FieldLabel">The field or row the comment is about, or null for the whole step.</param>
public sealed record CommentFormModel(string Action, FrozenStepModel Frozen, NewCommentForm Form, string? FieldLabel);
