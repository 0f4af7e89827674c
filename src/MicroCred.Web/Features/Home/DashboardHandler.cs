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
    public async Task<DashboardViewModel> BuildAsync(Guid userId, ClaimsPrincipal principal, PageRequest request, CancellationToken ct)
    {
        var user = await (from u in db.Users.AsNoTracking()
                          where u.Id == userId
                          select new { u.FullName, u.InstitutionId, Institution = db.Institutions.Where(i => i.Id == u.InstitutionId).Select(i => i.Name).FirstOrDefault() })
            .SingleAsync(ct);
        var institution = user.InstitutionId is null ? null : user.Institution;

        // One page of the user's designs, searched and paged in SQL; progress and errors from the stored check results.
        var term = request.Term;
        var mine = from m in db.DesignMembers.AsNoTracking()
                   join d in db.CourseDesigns.AsNoTracking() on m.DesignId equals d.Id
                   join i in db.Institutions.AsNoTracking() on d.LeadInstitutionId equals i.Id
                   where m.UserId == userId && (term == null || d.Title.ToLower().Contains(term))
                   select new { m, d, i };
        var ordered = from x in mine
                      orderby x.d.UpdatedAt descending, x.d.Id
                      select new DesignSummary(x.d.Id, x.d.Title, x.i.Name, x.d.Status, x.m.Role, x.d.UpdatedAt, 0, 0);

        // The page and how many there are in all in one command; a page past the end (a stale link) is clamped as usual.
        // The offset is worked out here: an expression inside the query would be compiled by EF Core on every call.
        var skip = (int)Math.Min((long)(request.Page - 1) * Paging.PageSize, int.MaxValue);
        var rows = await mine.OrderByDescending(x => x.d.UpdatedAt).ThenBy(x => x.d.Id)
            .Skip(skip).Take(Paging.PageSize)
            .Select(x => new { Design = new DesignSummary(x.d.Id, x.d.Title, x.i.Name, x.d.Status, x.m.Role, x.d.UpdatedAt, 0, 0), Total = mine.Count() })
            .ToListAsync(ct);
        var page = rows.Count == 0 && request.Page > 1
            ? await Paging.PageAsync(ordered, request, ct)
            : new Paged<DesignSummary>([.. rows.Select(r => r.Design)], request.Page, Paging.PageSize, rows.Count == 0 ? 0 : rows[0].Total, request.Search);
        var progress = await summaries.ProgressAsync(page.Items.ToDictionary(d => d.Id, d => d.Title), ct);
        var designs = page with
        {
            Items = [.. page.Items.Select(d => progress.TryGetValue(d.Id, out var p) ? d with { CompletedSteps = p.CompletedSteps, Errors = p.Errors } : d)],
        };

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
