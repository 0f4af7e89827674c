using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Institutions;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Designs;

/// <summary>A design as one member of its team sees it: the aggregate, its stored steps, the assembled content and the check results.</summary>
public sealed class DesignWorkspace
{
    public required CourseDesign Design { get; init; }

    public required IReadOnlyDictionary<WizardStep, DesignStep> Steps { get; init; }

    public required DesignContent Content { get; init; }

    public required DesignCheckContext CheckContext { get; init; }

    public required IReadOnlyList<Finding> Findings { get; init; }

    public required IReadOnlyDictionary<Guid, string> InstitutionNames { get; init; }

    public required Guid UserId { get; init; }

    /// <summary>Set when <see cref="Content"/> is a shared read-only assembled design (<see cref="DesignWorkspaces.ReadAsync"/>):
    /// what each step misses is known already, and nothing may change the content.</summary>
    public AssembledDesign? Assembled { get; init; }

    private (StepStatus Status, string? Reason)?[]? _statuses;

    public bool IsLeader => Design.IsLeader(UserId);

    public DesignStep? Stored(WizardStep step) => Steps.GetValueOrDefault(step);

    /// <summary>The needed fields of the step that are still empty.</summary>
    public IReadOnlyList<MissingField> MissingOf(WizardStep step) => Assembled?.MissingOf(step) ?? StepCompleteness.Missing(step, Content);

    public (StepStatus Status, string? Reason) StatusOf(WizardStep step)
    {
        if (Assembled is null)
        {
            return StepStatuses.Of(step, Stored(step), Content, Findings);
        }

        // Read-only content: each status is worked out once per request.
        _statuses ??= new (StepStatus, string?)?[Enum.GetValues<WizardStep>().Length + 1];
        return _statuses[(int)step] ??= StepStatuses.Of(step, Stored(step), Content, Findings, () => Assembled.MissingOf(step).Count == 0);
    }

    public int CompletedSteps => Enum.GetValues<WizardStep>().Count(s => StatusOf(s).Status == StepStatus.Completed);

    /// <summary>
    /// This workspace with a content of its own in which <paramref name="step"/> is a fresh copy (the other steps stay shared and
    /// read-only), for a page that works on that step's object, such as the step form (it tries answers on it).
    /// </summary>
    /// <param name="keepAssembled">False when the page changes the copy for good (what each step misses is then worked out again).</param>
    public DesignWorkspace WithOwnCopyOf(WizardStep step, bool keepAssembled)
    {
        var content = new DesignContent();
        foreach (var other in Enum.GetValues<WizardStep>())
        {
            content.Set(other, other == step
                ? DesignContentJson.Deserialize(step, Stored(step)?.ContentJson ?? DesignContentJson.Serialize(Content.Get(step)))
                : Content.Get(other));
        }

        return new DesignWorkspace
        {
            Design = Design,
            Steps = Steps,
            Content = content,
            CheckContext = CheckContext,
            Findings = Findings,
            InstitutionNames = InstitutionNames,
            UserId = UserId,
            Assembled = keepAssembled ? Assembled : null,
        };
    }
}

/// <summary>
/// Loads a design for a user, checking on every request that the user is on the design's team.
/// Anyone else gets nothing (the controllers answer 404, so a design's existence is not revealed).
/// </summary>
public sealed class DesignWorkspaces(
    MicroCredDbContext db, MicroCred.Domain.IClock clock, DesignCheckResults checks, AssembledDesigns assembled, InstitutionFactsSnapshots institutionSnapshots)
{
    /// <summary>
    /// A design with its team and, joined by the database, the tokens of its saved state: its steps as "step:token" pairs, the
    /// partners who signed, the boards that approved, and every institution as "id:token" (the checks read their facts).
    /// </summary>
    private sealed record DesignHead(CourseDesign Design, string? Steps, string? Signed, string? Approved, string? Institutions);

    /// <summary>The head of a design in one command, compiled once per model.</summary>
    private static readonly PerModel<Func<MicroCredDbContext, Guid, CancellationToken, Task<DesignHead?>>> Heads = new(() => EF.CompileAsyncQuery(
        (MicroCredDbContext db, Guid designId, CancellationToken ct) => db.CourseDesigns.AsNoTracking().Include(d => d.Members)
            .Where(d => d.Id == designId)
            .Select(d => new DesignHead(
                d,
                db.DesignSteps.Where(s => s.DesignId == designId).GroupBy(s => s.DesignId)
                    .Select(g => string.Join(",", g.Select(s => ((int)s.Step).ToString() + ":" + s.Version.ToString()))).FirstOrDefault(),
                db.AgreementSignatures.Where(a => a.DesignId == designId).GroupBy(a => a.DesignId)
                    .Select(g => string.Join(",", g.Select(a => a.PartnerId.ToString()))).FirstOrDefault(),
                db.ProgrammeBoardApprovals.Where(a => a.DesignId == designId).GroupBy(a => a.DesignId)
                    .Select(g => string.Join(",", g.Select(a => a.BoardId.ToString()))).FirstOrDefault(),
                db.Institutions.GroupBy(i => 1).Select(g => string.Join(",", g.Select(i => i.Id.ToString() + ":" + i.Version.ToString()))).FirstOrDefault()))
            .SingleOrDefault()));

    /// <summary>
    /// A design with its team (not tracked) and its steps' tokens, in the one command of <see cref="ReadAsync"/>, for a page
    /// that reads the content itself (the step save); null when there is no such design.
    /// </summary>
    public async Task<(CourseDesign Design, IReadOnlyList<(WizardStep Step, Guid Version)>? Steps)?> HeadAsync(Guid designId, CancellationToken ct) =>
        await Heads.For(db)(db, designId, ct) is { } head ? (head.Design, ListedState.Pairs(head.Steps)) : null;

    public Task<DesignWorkspace?> LoadAsync(Guid designId, Guid userId, CancellationToken ct, bool track = false) =>
        LoadCoreAsync(designId, userId, static (_, _) => Task.FromResult(false), ct, track);

    /// <summary>
    /// For pages that only read the design: the content is the shared assembled design of its saved state (built once per state,
    /// see <see cref="AssembledDesigns"/>) and must not be changed. Pages that change content use <see cref="LoadAsync(Guid, Guid, CancellationToken, bool)"/>.
    /// </summary>
    /// <remarks>
    /// One command reads the design, its team and the tokens of its saved state; a state seen before needs nothing more (its
    /// content, check results and the institutions' facts are kept by those tokens). A state not seen before reads its steps.
    /// </remarks>
    public async Task<DesignWorkspace?> ReadAsync(Guid designId, Guid userId, CancellationToken ct)
    {
        var head = await Heads.For(db)(db, designId, ct);
        if (head is null || !head.Design.IsMember(userId))
        {
            return null;
        }

        var design = head.Design;
        var shared = ListedState.Pairs(head.Steps) is { } state ? assembled.Find(designId, state, design.Title) : null;
        if (shared is null)
        {
            var rows = await db.DesignSteps.AsNoTracking().Where(s => s.DesignId == designId).ToListAsync(ct);
            shared = assembled.For(designId, rows, design.Title);
        }

        var institutions = await institutionSnapshots.ForAsync(db, head.Institutions, ct);
        return Workspace(design, userId, shared.Rows.Values, shared.Content, shared, institutions, ListedState.Ids(head.Signed), ListedState.Ids(head.Approved));
    }

    /// <summary>
    /// As above, but also admits people outside the team whom <paramref name="admitOutsider"/> accepts (the QA officers or
    /// institution administrators of the partner institutions, for the pages that are theirs too).
    /// </summary>
    public Task<DesignWorkspace?> LoadAsync(
        Guid designId, Guid userId, Func<CourseDesign, CancellationToken, Task<bool>> admitOutsider, CancellationToken ct, bool track = false) =>
        LoadCoreAsync(designId, userId, admitOutsider, ct, track);

    private async Task<DesignWorkspace?> LoadCoreAsync(
        Guid designId, Guid userId, Func<CourseDesign, CancellationToken, Task<bool>> admitOutsider, CancellationToken ct, bool track)
    {
        ArgumentNullException.ThrowIfNull(admitOutsider);
        var query = db.CourseDesigns.Include(d => d.Members).Where(d => d.Id == designId);
        var design = await (track ? query : query.AsNoTracking()).SingleOrDefaultAsync(ct);
        if (design is null || (!design.IsMember(userId) && !await admitOutsider(design, ct)))
        {
            return null;
        }

        var stepQuery = db.DesignSteps.Where(s => s.DesignId == designId);
        var steps = await (track ? stepQuery : stepQuery.AsNoTracking()).ToListAsync(ct);
        var content = DesignContentJson.Assemble(steps);
        DesignState.ApplyWorkingTitle(content, steps, design.Title);

        // Institutions as the checks see them (a projection: no logo bytes), and the checks run once per saved state.
        var institutions = await InstitutionFactsSnapshot.LoadAsync(db, ct);
        var (signed, approved) = await DesignState.RecordsAsync(db, designId, ct);
        return Workspace(design, userId, steps, content, shared: null, institutions, signed, approved);
    }

    private DesignWorkspace Workspace(CourseDesign design, Guid userId, IEnumerable<DesignStep> steps, DesignContent content, AssembledDesign? shared,
        InstitutionFactsSnapshot institutions, IReadOnlyList<Guid> signed, IReadOnlyList<Guid> approved)
    {
        var today = DateOnly.FromDateTime(clock.Now.UtcDateTime);
        var context = new DesignCheckContext(content, institutions.Facts, today)
        {
            SignedPartnerIds = signed.ToHashSet(),
            ApprovedBoardIds = approved.ToHashSet(),
        };
        var extra = DesignState.Extra(steps, design.Title, signed, approved);
        return new DesignWorkspace
        {
            Design = design,
            Steps = shared?.Rows ?? steps.ToDictionary(s => s.Step),
            Content = content,
            CheckContext = context,
            Findings = checks.FindingsFor(design.Id, steps.Select(s => (s.Step, s.Version)), extra, institutions, today, () => DesignChecks.Run(context)),
            InstitutionNames = institutions.Names,
            UserId = userId,
            Assembled = shared,
        };
    }

    public static IReadOnlyDictionary<Guid, InstitutionFacts> FactsOf(IEnumerable<Institution> institutions) =>
        institutions.ToDictionary(i => i.Id, i => new InstitutionFacts(
            i.Id, i.Name, i.CountryCode, i.IsDegreeAwarding, i.Settings.HoursPerEctsMin, i.Settings.HoursPerEctsMax,
            i.Settings.GradingScale, i.Settings.NationalEctsCap, i.LegalIdentifier, i.Region));
}

/// <summary>What the checks read besides the steps and institutions: the working title (the course title until step 7 is saved),
/// the partners whose signatures are on record and the programme boards whose approvals are on record. All go into the
/// check-results key.</summary>
public static class DesignState
{
    public static void ApplyWorkingTitle(DesignContent content, IEnumerable<DesignStep> steps, string title)
    {
        if (!steps.Any(s => s.Step == WizardStep.CoursePlan))
        {
            // One title: the working title typed when the design was started is the course title until step 7 is saved
            // (saving step 7 renames the design).
            content.CoursePlan.Title = title;
        }
    }

    public static string Extra(IEnumerable<DesignStep> steps, string title, IEnumerable<Guid> signedPartnerIds, IEnumerable<Guid> approvedBoardIds) =>
        Extra(steps.Any(s => s.Step == WizardStep.CoursePlan), title, signedPartnerIds, approvedBoardIds);

    public static string Extra(bool hasCoursePlan, string title, IEnumerable<Guid> signedPartnerIds, IEnumerable<Guid> approvedBoardIds) =>
        (hasCoursePlan ? "" : title) + "|" + string.Join(",", signedPartnerIds.Order().Select(g => g.ToString("N")))
        + "|" + string.Join(",", approvedBoardIds.Order().Select(g => g.ToString("N")));

    /// <summary>The partners whose signatures and the programme boards whose approvals are on record for one design, in one query
    /// (without a list of ids, so EF keeps its SQL ready).</summary>
    public static async Task<(IReadOnlyList<Guid> Signed, IReadOnlyList<Guid> Approved)> RecordsAsync(MicroCredDbContext db, Guid designId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.AgreementSignatures.AsNoTracking().Where(s => s.DesignId == designId).Select(s => new { Id = s.PartnerId, Board = false })
            .Concat(db.ProgrammeBoardApprovals.AsNoTracking().Where(a => a.DesignId == designId).Select(a => new { Id = a.BoardId, Board = true }))
            .ToListAsync(ct);
        return ([.. rows.Where(r => !r.Board).Select(r => r.Id)], [.. rows.Where(r => r.Board).Select(r => r.Id)]);
    }
}
