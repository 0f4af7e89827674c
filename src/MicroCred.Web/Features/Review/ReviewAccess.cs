using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace MicroCred.Web.Features.Review;

/// <summary>In which capacity someone looks at a design's review: as a member of its team, or as a QA officer covering it.</summary>
public enum ReviewRole
{
    Team,
    Reviewer,
}

/// <summary>A design loaded for its review screens, with who is looking and in which role.</summary>
public sealed record ReviewAccessGrant(CourseDesign Design, Actor Actor, ReviewRole Role, IReadOnlyCollection<Guid> PartnerInstitutions)
{
    public bool IsTeam => Role == ReviewRole.Team;

    public bool IsReviewer => Role == ReviewRole.Reviewer;
}

/// <summary>
/// Decides who may see a design's versions, reviews and comments: its team, and QA officers of an institution that is a
/// partner of the design (the lead institution included) who are not on its team. Everyone else gets nothing, and the
/// controllers answer 404. DesignWorkspaces stays team-only; this is the one place that opens a design to reviewers.
/// </summary>
public sealed class ReviewAccess(MicroCredDbContext db)
{
    /// <summary>The user as the domain sees them, with their platform roles read from the database (not the cookie).</summary>
    public async Task<Actor?> ActorAsync(Guid userId, CancellationToken ct) =>
        ActorOf(await ReviewAccessQueries.Actor.For(db)(db, userId, Guid.Empty).ToListAsync(ct));

    private static Actor? ActorOf(IReadOnlyList<ReviewAccessQueries.RoleRow> rows) =>
        rows.Count == 0 ? null : new Actor(rows[0].Id, rows[0].FullName, rows[0].InstitutionId ?? Guid.Empty, [.. rows.Select(r => r.Role).OfType<string>()]);

    public async Task<ReviewAccessGrant?> LoadAsync(Guid designId, Guid userId, CancellationToken ct, bool track = false)
    {
        var design = await (track ? ReviewAccessQueries.TrackedDesign : ReviewAccessQueries.Design).For(db)(db, designId);
        if (design is null)
        {
            return null;
        }

        // The user with their roles and the saved state of the design's step 3 in one command: the partners read from that
        // step are kept per saved state, so its JSON is only read when that state is not kept yet.
        var rows = await ReviewAccessQueries.Actor.For(db)(db, userId, designId).ToListAsync(ct);
        if (ActorOf(rows) is not { } actor)
        {
            return null;
        }

        var partners = rows[0].Partnership is not { } partnershipVersion
            ? PartnerInstitutions(design.LeadInstitutionId, null)
            : Partners.TryGetValue((design.LeadInstitutionId, partnershipVersion), out IReadOnlyCollection<Guid>? kept) && kept is not null
                ? kept
                : await PartnerInstitutionsAsync(design, ct);
        if (design.IsMember(userId))
        {
            return new ReviewAccessGrant(design, actor, ReviewRole.Team, partners);
        }

        return Covers(actor, partners) ? new ReviewAccessGrant(design, actor, ReviewRole.Reviewer, partners) : null;
    }

    /// <summary>Whether the user is a QA officer covering the design (off its team or not); for pages that admit reviewers read-only.</summary>
    public async Task<bool> IsCoveringReviewerAsync(CourseDesign design, Guid userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(design);
        var actor = await ActorAsync(userId, ct);
        return actor is not null && Covers(actor, await PartnerInstitutionsAsync(design, ct));
    }

    /// <summary>A QA officer covers a design when their institution is one of its partners.</summary>
    public static bool Covers(Actor actor, IReadOnlyCollection<Guid> partnerInstitutions) =>
        actor.IsQaOfficer && actor.InstitutionId != Guid.Empty && partnerInstitutions.Contains(actor.InstitutionId);

    /// <summary>The lead institution and every partner institution named in step 3.</summary>
    public async Task<IReadOnlyCollection<Guid>> PartnerInstitutionsAsync(CourseDesign design, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(design);
        var step = await db.DesignSteps.AsNoTracking()
            .Where(s => s.DesignId == design.Id && s.Step == WizardStep.Partnership)
            .Select(s => new { s.Version, s.ContentJson }).SingleOrDefaultAsync(ct);
        if (step is null)
        {
            return PartnerInstitutions(design.LeadInstitutionId, null);
        }

        // The step's JSON is read once per saved state of the step (its concurrency token is new on every save).
        var key = (design.LeadInstitutionId, step.Version);
        if (!Partners.TryGetValue(key, out IReadOnlyCollection<Guid>? partners) || partners is null)
        {
            partners = PartnerInstitutions(design.LeadInstitutionId, step.ContentJson);
            Partners.Set(key, partners, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        }

        return partners;
    }

    /// <summary>Partner institutions by lead institution and saved state of step 3, shared by every request (bounded).</summary>
    private static readonly MemoryCache Partners = new(new MemoryCacheOptions { SizeLimit = 2_000 });

    public static IReadOnlyCollection<Guid> PartnerInstitutions(Guid leadInstitutionId, string? partnershipJson)
    {
        var set = new HashSet<Guid> { leadInstitutionId };
        if (!string.IsNullOrWhiteSpace(partnershipJson))
        {
            var step = (PartnershipStep)DesignContentJson.Deserialize(WizardStep.Partnership, partnershipJson);
            set.UnionWith(step.Partners.Select(p => p.InstitutionId).OfType<Guid>());
        }

        return set;
    }

    /// <summary>The facts recorded outside the design content that the gate conditions read.</summary>
    public async Task<GateFacts> GateFactsAsync(Guid designId, CancellationToken ct) => new(
        await db.ProgrammeBoardApprovals.AsNoTracking().Where(a => a.DesignId == designId).ToListAsync(ct),
        await db.AgreementSignatures.AsNoTracking().Where(s => s.DesignId == designId).ToListAsync(ct),
        await db.ExternalPeerReviewRecords.AsNoTracking().Where(r => r.DesignId == designId).ToListAsync(ct));
}

/// <summary>
/// The queries every review page sends to decide access, compiled once per model (<see cref="MicroCred.Web.Hosting.PerModel{TQuery}"/>):
/// EF Core then skips turning their LINQ expressions into parameters and looking their SQL up on every request.
/// </summary>
internal static class ReviewAccessQueries
{
    public static readonly MicroCred.Web.Hosting.PerModel<Func<MicroCredDbContext, Guid, Task<CourseDesign?>>> Design = new(() => EF.CompileAsyncQuery(
        (MicroCredDbContext db, Guid designId) => db.CourseDesigns.AsNoTracking().Include(d => d.Members).SingleOrDefault(d => d.Id == designId)));

    /// <summary>The design tracked, for handlers that change it.</summary>
    public static readonly MicroCred.Web.Hosting.PerModel<Func<MicroCredDbContext, Guid, Task<CourseDesign?>>> TrackedDesign = new(() => EF.CompileAsyncQuery(
        (MicroCredDbContext db, Guid designId) => db.CourseDesigns.Include(d => d.Members).SingleOrDefault(d => d.Id == designId)));

    /// <summary>
    /// The active user, one row per role (a flat join reads cheaper than a nested list of roles), each with the concurrency token
    /// of the design's step 3 (none for <see cref="Guid.Empty"/>). No rows: no such active user.
    /// </summary>
    public static readonly MicroCred.Web.Hosting.PerModel<Func<MicroCredDbContext, Guid, Guid, IAsyncEnumerable<RoleRow>>> Actor = new(() => EF.CompileAsyncQuery(
        (MicroCredDbContext db, Guid userId, Guid designId) =>
            from u in db.Users.AsNoTracking()
            where u.Id == userId && u.IsActive
            from ur in db.UserRoles.Where(ur => ur.UserId == u.Id).DefaultIfEmpty()
            from r in db.Roles.Where(r => r.Id == ur!.RoleId).DefaultIfEmpty()
            select new RoleRow
            {
                Id = u.Id,
                FullName = u.FullName,
                InstitutionId = u.InstitutionId,
                Role = r == null ? null : r.Name,
                Partnership = db.DesignSteps.Where(s => s.DesignId == designId && s.Step == WizardStep.Partnership).Select(s => (Guid?)s.Version).FirstOrDefault(),
            }));

    public sealed class RoleRow
    {
        public Guid Id { get; init; }

        public string FullName { get; init; } = "";

        public Guid? InstitutionId { get; init; }

        public string? Role { get; init; }

        public Guid? Partnership { get; init; }
    }
}
