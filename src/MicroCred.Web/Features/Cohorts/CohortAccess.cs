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

    /// <summary>Published designs whose issuing institution is the user's, for the dashboard.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Title, int Cohorts)>> IssuedDesignsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.InstitutionAdmin) || user.InstitutionId() is not { } institution)
        {
            return [];
        }

        var published = await db.CourseDesigns.AsNoTracking().Where(d => d.Status == DesignStatus.Published || (d.RevisionOf != null && d.Status != DesignStatus.Retired))
            .OrderBy(d => d.Title).Select(d => new { d.Id, d.Title }).ToListAsync(ct);
        var result = new List<(Guid, string, int)>();
        foreach (var d in published)
        {
            var version = await PublicationVersionAsync(d.Id, ct);
            if (version is not null && Cohort.IssuingInstitutionOf(version.ReadContent()) == institution)
            {
                result.Add((d.Id, d.Title, await db.Cohorts.CountAsync(c => c.DesignId == d.Id, ct)));
            }
        }

        return result;
    }

    private Task<DesignVersion?> PublicationVersionAsync(Guid designId, CancellationToken ct) =>
        db.DesignVersions.AsNoTracking()
            .Where(v => v.DesignId == designId && v.Gate == Gate.G3 && v.Outcome == DecisionOutcome.Approved)
            .OrderByDescending(v => v.Number)
            .FirstOrDefaultAsync(ct);
}
