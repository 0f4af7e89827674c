using System.Security.Claims;
using MicroCred.Domain.Credentials;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Web.Features.Review;
using MicroCred.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.RunReports;

/// <summary>A cohort as its design's team or a covering QA officer sees it: the design, the cohort and who is looking.</summary>
public sealed record RunGrant(CourseDesign Design, Cohort Cohort, Actor Actor, bool IsTeam);

/// <summary>
/// Who may see a run's survey and report: the design's team and the QA officers of its partner institutions (through
/// <see cref="ReviewAccess"/>). Only the team may open or close a survey. Everyone else gets nothing, and the controllers
/// answer 404.
/// </summary>
public sealed class RunAccess(MicroCredDbContext db, ReviewAccess access)
{
    public async Task<(CourseDesign Design, Actor Actor, bool IsTeam)?> DesignAsync(Guid designId, ClaimsPrincipal user, CancellationToken ct)
    {
        var grant = await access.LoadAsync(designId, user.UserId(), ct);
        return grant is null ? null : (grant.Design, grant.Actor, grant.IsTeam);
    }

    public async Task<RunGrant?> CohortAsync(Guid cohortId, ClaimsPrincipal user, CancellationToken ct)
    {
        var cohort = await db.Cohorts.AsNoTracking().Include(c => c.Learners).SingleOrDefaultAsync(c => c.Id == cohortId, ct);
        if (cohort is null || await DesignAsync(cohort.DesignId, user, ct) is not { } grant)
        {
            return null;
        }

        return new RunGrant(grant.Design, cohort, grant.Actor, grant.IsTeam);
    }
}
