using MicroCred.Domain;
using MicroCred.Domain.Accounts;
using MicroCred.Infrastructure.Email;
using MicroCred.Infrastructure.Identity;
using MicroCred.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Admin.Users;

/// <summary>People and invitations within the administrator's scope.</summary>
public sealed class UsersHandler(
    MicroCredDbContext db,
    UserManager<AppUser> users,
    IMailSender mail,
    IClock clock,
    ILogger<UsersHandler> logger)
{
    /// <summary>How many of the newest open invitations the list shows (the page says how many more there are).</summary>
    public const int InvitationsShown = 50;

    public async Task<UserListViewModel> ListAsync(AdminScope scope, MicroCred.Web.Features.Shared.PageRequest request, CancellationToken ct)
    {
        var institutions = await db.Institutions.AsNoTracking().Select(i => new { i.Id, i.Name }).ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        var term = request.Term;
        var people = await MicroCred.Web.Features.Shared.Paging.PageAsync(db.Users.AsNoTracking()
            .Where(u => scope.IsPlatformAdministrator || u.InstitutionId == scope.InstitutionId)
            .Where(u => term == null || u.FullName.ToLower().Contains(term) || (u.Email != null && u.Email.ToLower().Contains(term)))
            .OrderBy(u => u.FullName).ThenBy(u => u.Id)
            .Select(u => new
            {
                u.Id,
                u.FullName,
                u.Email,
                u.InstitutionId,
                u.IsActive,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToList(),
            }),
            request,
            ct);

        var now = clock.Now;
        var open = db.Invitations.AsNoTracking()
            .Where(i => scope.IsPlatformAdministrator || i.InstitutionId == scope.InstitutionId)
            .Where(i => i.AcceptedAt == null);
        var invitationCount = await open.CountAsync(ct);
        var invitations = await open.OrderByDescending(i => i.CreatedAt).Take(InvitationsShown).ToListAsync(ct);

        var rows = new MicroCred.Web.Features.Shared.Paged<UserRow>(
            [.. people.Items.Select(p => new UserRow(
                p.Id, p.FullName, p.Email ?? "",
                p.InstitutionId is { } id && institutions.TryGetValue(id, out var name) ? name : "—",
                string.Join(", ", p.Roles.Where(r => r is not null).Select(r => Roles.DisplayName(r!))),
                p.IsActive))], people.Page, people.PageSize, people.Total, people.Search);
        return new UserListViewModel(
            rows,
            [.. invitations.Select(i => new InvitationRow(
                i.Id, i.FullName, i.Email, institutions.GetValueOrDefault(i.InstitutionId, "—"), Roles.DisplayName(i.Role), i.ExpiresAt, i.StateAt(now)))])
        {
            InvitationCount = invitationCount,
        };
    }

    public IReadOnlyList<string> RolesGrantableBy(AdminScope scope) =>
        scope.IsPlatformAdministrator ? Roles.All : [Roles.InstitutionAdmin, Roles.QaOfficer, Roles.CourseDesigner];

    public async Task<IReadOnlyList<(Guid Id, string Name)>> InstitutionsFor(AdminScope scope, CancellationToken ct) =>
        (await db.Institutions.AsNoTracking()
            .Where(i => scope.IsPlatformAdministrator || i.Id == scope.InstitutionId)
            .OrderBy(i => i.Name)
            .Select(i => new { i.Id, i.Name })
            .ToListAsync(ct))
        .Select(i => (i.Id, i.Name)).ToList();

    /// <summary>Stores the invitation and e-mails the link. Returns a field error (key, message) when refused.</summary>
    public async Task<(string Field, string Message)?> InviteAsync(AdminScope scope, Guid invitedBy, InviteForm form, Uri baseUrl, CancellationToken ct)
    {
        var institutionId = form.InstitutionId!.Value;
        if (!scope.Covers(institutionId) || !await db.Institutions.AnyAsync(i => i.Id == institutionId, ct))
        {
            return (nameof(form.InstitutionId), "Choose one of the institutions in the list.");
        }

        if (!RolesGrantableBy(scope).Contains(form.Role!))
        {
            return (nameof(form.Role), "You cannot give this role. Ask a platform administrator.");
        }

        var email = form.Email!.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return (nameof(form.Email), "There is already an account with this e-mail address.");
        }

        var now = clock.Now;
        var normalized = email.ToUpperInvariant();
        var open = await db.Invitations
            .Where(i => i.Email.ToUpper() == normalized && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .AnyAsync(ct);
        if (open)
        {
            return (nameof(form.Email), "An invitation to this address is still open. Withdraw it first if you want to send a new one.");
        }

        var (invitation, token) = Invitation.Create(email, form.FullName!, institutionId, form.Role!, invitedBy, now);
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(ct);

        var institution = await db.Institutions.AsNoTracking().Where(i => i.Id == institutionId).Select(i => i.Name).SingleAsync(ct);
        var link = new Uri(baseUrl, "/account/accept-invitation?token=" + Uri.EscapeDataString(token));
        await mail.SendAsync(InvitationEmail.Compose(invitation, institution, link), ct);
        logger.LogInformation("Invitation {InvitationId} created for institution {InstitutionId} with role {Role}", invitation.Id, institutionId, invitation.Role);
        return null;
    }

    public async Task<bool> RevokeInvitationAsync(AdminScope scope, Guid id, CancellationToken ct)
    {
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (invitation is null || !scope.Covers(invitation.InstitutionId))
        {
            return false;
        }

        invitation.Revoke(clock.Now);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Invitation {InvitationId} withdrawn", id);
        return true;
    }

    /// <summary>Deactivation locks the account and invalidates its cookies within a minute.</summary>
    public async Task<string?> SetActiveAsync(AdminScope scope, Guid actingUser, Guid userId, bool active, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || !(scope.IsPlatformAdministrator || (user.InstitutionId is { } i && scope.Covers(i))))
        {
            return null;
        }

        if (userId == actingUser && !active)
        {
            return "You cannot deactivate your own account.";
        }

        user.IsActive = active;
        await users.SetLockoutEndDateAsync(user, active ? null : DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(user);
        if (!active)
        {
            // Their open sessions end now, not at the next security-stamp check.
            await Hosting.ServerSessions.EndAllAsync(db, user.Id, ct);
        }

        logger.LogInformation("User {UserId} {Change}", userId, active ? "reactivated" : "deactivated");
        return active ? $"{user.FullName} can sign in again." : $"{user.FullName} has been deactivated.";
    }
}

public sealed record UserListViewModel(MicroCred.Web.Features.Shared.Paged<UserRow> Users, IReadOnlyList<InvitationRow> Invitations)
{
    /// <summary>All invitations not yet accepted; the newest <see cref="UsersHandler.InvitationsShown"/> are listed.</summary>
    public int InvitationCount { get; init; }
}

public sealed record UserRow(Guid Id, string FullName, string Email, string Institution, string Roles, bool IsActive);

public sealed record InvitationRow(Guid Id, string FullName, string Email, string Institution, string Role, DateTimeOffset ExpiresAt, InvitationState State);
