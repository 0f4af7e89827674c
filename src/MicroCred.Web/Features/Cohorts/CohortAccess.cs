using System.Security.Claims;
using MicroCred.Domain.Accounts;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Credentials;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Cohorts;

/// <summary>A published design as its issuing institution's administrators see it: the approved version cohorts run on.</summary>
public sealed record PublishedDesign(CourseDesign Design, DesignVersion Version, Guid IssuingInstitutionId);

/// <summary>
/// Who may manage cohorts: institution administrators of the issuing institution (W14) of a published design. They are
/// usually not on the design team, so this replaces the team check of <c>DesignWorkspaces</c>. Everyone else gets nothing
/// (and the controllers answer 404).
/// </summary>
public sealed class CohortAccess(MicroCredDbContext db)
{
    public static Actor ActorOf(ClaimsPrincipal user) => new(
        user.UserId(), user.DisplayName(), user.InstitutionId() ?? Guid.Empty, [.. Roles.All.Where(user.IsInRole)]);

    /// <summary>The published design and its latest approved publication version, when the user administers its issuing institution.</summary>
    public async Task<PublishedDesign?> DesignAsync(Guid designId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.InstitutionAdmin) || user.InstitutionId() is not { } institution)
        {
            return null;
        }

        var design = await db.CourseDesigns.AsNoTracking().SingleOrDefaultAsync(d => d.Id == designId && (d.Status == DesignStatus.Published || (d.RevisionOf != null && d.Status != DesignStatus.Retired)), ct);
        if (design is null)
        {
            return null;
        }

        var version = await PublicationVersionAsync(designId, ct);
        if (version is null || Cohort.IssuingInstitutionOf(version.ReadContent()) is not { } issuer || issuer != institution)
        {
            return null;
        }

        return new PublishedDesign(design, version, issuer);
    }

    /// <summary>A cohort with its learners, when the user administers its issuing institution.</summary>
    public async Task<Cohort?> CohortAsync(Guid cohortId, ClaimsPrincipal user, CancellationToken ct, bool tracking = false)
    {
        if (!user.IsInRole(Roles.InstitutionAdmin) || user.InstitutionId() is not { } institution)
        {
            return null;
        }

        var query = db.Cohorts.Include(c => c.Learners).Where(c => c.Id == cohortId && c.IssuingInstitutionId == institution);
        return await (tracking ? query : query.AsNoTracking()).SingleOrDefaultAsync(ct);
    }

    /// <summary>A cohort without its learners (they are paged by the caller), when the user administers its issuing institution.</summary>
    public async Task<Cohort?> CohortWithoutLearnersAsync(Guid cohortId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.InstitutionAdmin) || user.InstitutionId() is not { } institution)
        {
            return null;
        }

        return await db.Cohorts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cohortId && c.IssuingInstitutionId == institution, ct);
    }

    /// <summary>Published designs whose issuing institution is the user's, for the dashboard.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Title, int Cohorts)>> IssuedDesignsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.InstitutionAdmin) || user.InstitutionId() is not { } institution)
        {
            return [];
        }

        // The latest approved publication version of every published design, in one query; which institution issues it is read
        // from that frozen version once and remembered (a version never changes), so the content is not loaded on every visit.
        var published = await (
                from d in db.CourseDesigns.AsNoTracking()
                where d.Status == DesignStatus.Published || (d.RevisionOf != null && d.Status != DesignStatus.Retired)
                let latest = db.DesignVersions
                    .Where(v => v.DesignId == d.Id && v.Gate == Gate.G3 && v.Outcome == DecisionOutcome.Approved)
                    .OrderByDescending(v => v.Number).Select(v => (Guid?)v.Id).FirstOrDefault()
                where latest != null
                orderby d.Title
                select new { d.Id, d.Title, VersionId = latest!.Value })
            .ToListAsync(ct);
        var unknown = published.Select(p => p.VersionId).Where(id => !Issuers.ContainsKey(id)).ToList();
        if (unknown.Count > 0)
        {
            foreach (var version in await db.DesignVersions.AsNoTracking().Where(v => unknown.Contains(v.Id)).ToListAsync(ct))
            {
                Issuers[version.Id] = Cohort.IssuingInstitutionOf(version.ReadContent());
            }
        }

        var ours = published.Where(p => Issuers.GetValueOrDefault(p.VersionId) == institution).ToList();
        var ids = ours.Select(p => p.Id).ToList();
        var counts = ids.Count == 0
            ? []
            : await db.Cohorts.AsNoTracking().Where(c => ids.Contains(c.DesignId)).GroupBy(c => c.DesignId)
                .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return [.. ours.Select(p => (p.Id, p.Title, counts.GetValueOrDefault(p.Id)))];
    }

    /// <summary>The issuing institution of each frozen publication version seen so far (immutable, so safe to keep on every instance).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, Guid?> Issuers = new();

    private Task<DesignVersion?> PublicationVersionAsync(Guid designId, CancellationToken ct) =>
        db.DesignVersions.AsNoTracking()
            .Where(v => v.DesignId == designId && v.Gate == Gate.G3 && v.Outcome == DecisionOutcome.Approved)
            .OrderByDescending(v => v.Number)
            .FirstOrDefaultAsync(ct);
}
