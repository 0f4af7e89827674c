using System.Security.Claims;
using MicroCred.Domain.Accounts;
using MicroCred.Domain.Designs;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Home;

/// <summary>The signed-in user's starting point: their course designs and, for administrators, what needs attention.</summary>
public sealed class DashboardHandler(MicroCredDbContext db, MicroCred.Web.Features.Designs.DesignSummaries summaries, MicroCred.Web.Features.Cohorts.CohortAccess cohorts,
    MicroCred.Web.Features.Review.ReviewHandler reviews, MicroCred.Web.Features.Evaluations.EvaluationDashboard afterDelivery)
{
    /// <summary>The designs the user is a member of, searched by title (for a page past the end; the compiled query below says
    /// the same).</summary>
    private static IQueryable<DashboardQueries.ListedDesign> Mine(MicroCredDbContext db, Guid userId, string? term) =>
        from m in db.DesignMembers.AsNoTracking()
        join d in db.CourseDesigns.AsNoTracking() on m.DesignId equals d.Id
        where m.UserId == userId && (term == null || d.Title.ToLower().Contains(term))
        orderby d.UpdatedAt descending, d.Id
        select new DashboardQueries.ListedDesign(d.Id, d.Title, d.LeadInstitutionId, d.Status, m.Role, d.UpdatedAt);

    public async Task<DashboardViewModel> BuildAsync(Guid userId, ClaimsPrincipal principal, PageRequest request, CancellationToken ct)
    {
        var user = await DashboardQueries.User.For(db)(db, userId).SingleAsync(ct);
        var institution = user.InstitutionId is null ? null : user.Institution;

        // One page of the user's designs, searched and paged in SQL, and how many there are in all, in one command; progress and
        // errors from the stored check results. A page past the end (a stale link) is clamped as usual.
        var term = request.Term;
        var skip = (int)Math.Min((long)(request.Page - 1) * Paging.PageSize, int.MaxValue);
        var rows = await DashboardQueries.OnePage.For(db)(db, userId, term, skip).ToListAsync(ct);
        var page = rows.Count == 0 && request.Page > 1
            ? await Paging.PageAsync(Mine(db, userId, term), request, ct)
            : new Paged<DashboardQueries.ListedDesign>([.. rows.Select(r => r.Design)], request.Page, Paging.PageSize, rows.Count == 0 ? 0 : rows[0].Total, request.Search);

        // The lead institutions' names come with the designs' state (the institutions are listed there by their tokens).
        var (progress, institutionNames) = await summaries.ProgressAsync(page.Items.ToDictionary(d => d.Id, d => d.Title), ct);
        var designs = new Paged<DesignSummary>([.. page.Items.Select(Summary)], page.Page, page.PageSize, page.Total, page.Search);
        DesignSummary Summary(DashboardQueries.ListedDesign d)
        {
            var p = progress.GetValueOrDefault(d.Id);
            return new(d.Id, d.Title, institutionNames.GetValueOrDefault(d.LeadInstitutionId, ""), d.Status, d.Role, d.UpdatedAt, p?.CompletedSteps ?? 0, p?.Errors ?? 0);
        }

        AdminSummary? admin = null;
        if (principal.IsInRole(Roles.Administrator) || principal.IsInRole(Roles.InstitutionAdmin))
        {
            var scope = principal.IsInRole(Roles.Administrator) ? null : user.InstitutionId;
            var now = DateTimeOffset.UtcNow;
            admin = new AdminSummary(
                await db.Institutions.CountAsync(i => scope == null || i.Id == scope, ct),
                await db.Users.CountAsync(u => scope == null || u.InstitutionId == scope, ct),
                await db.Invitations.CountAsync(i => (scope == null || i.InstitutionId == scope) && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now, ct));
        }

        ReviewSummary? review = null;
        if (principal.IsInRole(Roles.QaOfficer) && await reviews.QueueAsync(userId, ct) is { } queue)
        {
            review = new ReviewSummary(queue.Mine.Count, queue.Others.Count(r => r.CanClaim));
        }

        var issued = await cohorts.IssuedDesignsAsync(principal, ct);
        return new DashboardViewModel(user.FullName, institution, designs, admin, user.InstitutionId is not null && (principal.IsInRole(Roles.CourseDesigner) || principal.IsInRole(Roles.InstitutionAdmin)))
        {
            IssuedDesigns = [.. issued.Select(d => new IssuedDesign(d.Id, d.Title, d.Cohorts))],
            ManagesCohorts = principal.IsInRole(Roles.InstitutionAdmin) && user.InstitutionId is not null,
            Reviews = review,
            AfterDelivery = await afterDelivery.ForAsync(userId, ct),
        };
    }
}

public sealed record DashboardViewModel(string FullName, string? InstitutionName, Paged<DesignSummary> Designs, AdminSummary? Admin, bool CanStartDesign)
{
    /// <summary>Published courses this institution issues, whose cohorts its administrators run.</summary>
    public IReadOnlyList<IssuedDesign> IssuedDesigns { get; init; } = [];

    public bool ManagesCohorts { get; init; }

    /// <summary>For QA officers: the reviews they hold and those waiting for someone to claim them.</summary>
    public ReviewSummary? Reviews { get; init; }

    /// <summary>For course teams: evaluations due or overdue and improvement actions past their deadline.</summary>
    public IReadOnlyList<MicroCred.Web.Features.Evaluations.AfterDeliveryItem> AfterDelivery { get; init; } = [];
}

public sealed record ReviewSummary(int InProgress, int Waiting);

public sealed record IssuedDesign(Guid Id, string Title, int Cohorts);

public sealed record DesignSummary(Guid Id, string Title, string LeadInstitution, DesignStatus Status, DesignRole Role, DateTimeOffset UpdatedAt, int CompletedSteps, int Errors);

public sealed record AdminSummary(int Institutions, int Users, int OpenInvitations);

/// <summary>
/// The dashboard's own queries, compiled once per model (<see cref="MicroCred.Web.Hosting.PerModel{TQuery}"/>): EF Core then skips
/// turning the LINQ expression into parameters and looking its SQL up on every request.
/// </summary>
public static class DashboardQueries
{
    public static readonly MicroCred.Web.Hosting.PerModel<Func<MicroCredDbContext, Guid, IAsyncEnumerable<UserRow>>> User = new(() => EF.CompileAsyncQuery(
        (MicroCredDbContext db, Guid userId) =>
            from u in db.Users.AsNoTracking()
            where u.Id == userId
            select new UserRow(u.FullName, u.InstitutionId, db.Institutions.Where(i => i.Id == u.InstitutionId).Select(i => i.Name).FirstOrDefault())));

    public static readonly MicroCred.Web.Hosting.PerModel<Func<MicroCredDbContext, Guid, string?, int, IAsyncEnumerable<PageRow>>> OnePage = new(() => EF.CompileAsyncQuery(
        (MicroCredDbContext db, Guid userId, string? term, int skip) =>
            (from m in db.DesignMembers.AsNoTracking()
             join d in db.CourseDesigns.AsNoTracking() on m.DesignId equals d.Id
             where m.UserId == userId && (term == null || d.Title.ToLower().Contains(term))
             orderby d.UpdatedAt descending, d.Id
             select new PageRow(
                 new ListedDesign(d.Id, d.Title, d.LeadInstitutionId, d.Status, m.Role, d.UpdatedAt),
                 // Counted from the memberships alone (every membership has its design), so without a search the count reads
                 // one index instead of joining every design.
                 db.DesignMembers.Count(m2 => m2.UserId == userId
                     && (term == null || db.CourseDesigns.Any(d2 => d2.Id == m2.DesignId && d2.Title.ToLower().Contains(term))))))
            .Skip(skip).Take(Paging.PageSize)));

    public sealed record UserRow(string FullName, Guid? InstitutionId, string? Institution);

    /// <summary>A design on the page as the query reads it. The lead institution's name is not joined: on PostgreSQL, which plans
    /// this query anew for each user, the join made planning and running it half as long again; the names come with the designs'
    /// state.</summary>
    public sealed record ListedDesign(Guid Id, string Title, Guid LeadInstitutionId, DesignStatus Status, DesignRole Role, DateTimeOffset UpdatedAt);

    /// <summary>A design on the page and how many designs there are in all.</summary>
    public sealed record PageRow(ListedDesign Design, int Total);
}
