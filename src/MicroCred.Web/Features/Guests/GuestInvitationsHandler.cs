using MicroCred.Domain;
using MicroCred.Domain.Accounts;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Web.Features.Designs;
using MicroCred.Web.Features.Notifications;
using MicroCred.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Guests;

/// <summary>
/// Time-boxed guest reviewers: invited and withdrawn by the QA officers who cover the design (QA officers of its partner
/// institutions who are not on its team); the guest's own link is checked here too.
/// </summary>
public sealed class GuestInvitationsHandler(
    MicroCredDbContext db, DesignWorkspaces workspaces, DesignAudience audience, ReviewNotifications notifications, IClock clock, ILogger<GuestInvitationsHandler> logger)
{
    public async Task<GuestsViewModel?> PageAsync(Guid designId, Actor actor, GuestInvitationForm? form, CancellationToken ct)
    {
        var workspace = await LoadAsync(designId, actor, ct);
        if (workspace is null)
        {
            return null;
        }

        var now = clock.Now;
        var guests = await db.GuestReviewers.AsNoTracking().Where(g => g.DesignId == designId).OrderByDescending(g => g.CreatedAt).ToListAsync(ct);
        return new GuestsViewModel(
            designId, workspace.Design.Title, workspace.Design.VersionUnderReview,
            [.. guests.Select(g => new GuestRow(g.Id, g.FullName, g.Email, g.Kind, g.Organisation, g.CreatedAt, g.ExpiresAt, g.StateAt(now)))],
            form ?? new GuestInvitationForm { EndsOn = DateOnly.FromDateTime((now + GuestReviewer.DefaultLifetime).UtcDateTime) });
    }

    public async Task<GuestOutcome> InviteAsync(Guid designId, Actor actor, GuestInvitationForm form, CancellationToken ct)
    {
        var workspace = await LoadAsync(designId, actor, ct);
        if (workspace is null)
        {
            return GuestOutcome.NotFound;
        }

        var design = workspace.Design;
        if (!design.IsUnderReview)
        {
            return GuestOutcome.Refused("No version of this design is under review now. Guests can be invited while a submitted version waits for its decision.");
        }

        var email = form.Email!.Trim();
        var normalized = email.ToUpperInvariant();
        var now = clock.Now;
        if (await db.GuestReviewers.AnyAsync(g => g.DesignId == designId && g.Email.ToUpper() == normalized && g.RevokedAt == null && g.ExpiresAt > now, ct))
        {
            return GuestOutcome.Refused("This person already has guest access to the design. Withdraw it first if you want to send a new link.", nameof(form.Email));
        }

        GuestReviewer guest;
        string token;
        TimelineEntry entry;
        try
        {
            (guest, token, entry) = GuestReviewer.Invite(design, email, form.FullName!, form.Kind!.Value, form.Organisation, actor, now,
                GuestInvitationForm.EndOf(form.EndsOn!.Value) - now);
        }
        catch (DomainException e)
        {
            return GuestOutcome.Refused(e.Message);
        }

        db.GuestReviewers.Add(guest);
        db.TimelineEntries.Add(entry);
        notifications.GuestInvited(design, guest, token, actor.Name);
        await db.SaveChangesAsync(ct);
        await notifications.SendEmailsAsync(ct);
        logger.LogInformation("Guest reviewer {GuestId} invited to design {DesignId}", guest.Id, designId);
        return GuestOutcome.Done($"{guest.FullName} is invited as guest reviewer until {Display.Date(guest.ExpiresAt)}; the link is on its way by e-mail.");
    }

    public async Task<GuestOutcome> WithdrawAsync(Guid designId, Actor actor, Guid guestId, CancellationToken ct)
    {
        var workspace = await LoadAsync(designId, actor, ct);
        if (workspace is null)
        {
            return GuestOutcome.NotFound;
        }

        var guest = await db.GuestReviewers.SingleOrDefaultAsync(g => g.Id == guestId && g.DesignId == designId, ct);
        if (guest is null)
        {
            return GuestOutcome.NotFound;
        }

        try
        {
            db.TimelineEntries.Add(guest.Revoke(actor, workspace.Design, clock.Now));
        }
        catch (DomainException e)
        {
            return GuestOutcome.Refused(e.Message);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return GuestOutcome.Refused("The guest opened or lost their access at the same moment. Nothing was changed; check the list and try again.");
        }

        logger.LogInformation("Guest reviewer {GuestId} withdrawn from design {DesignId}", guest.Id, designId);
        return GuestOutcome.Done($"The guest access of {guest.FullName} is withdrawn; their link no longer works.");
    }

    /// <summary>The design for a QA officer who covers it; the team (QA officers on it included) and everyone else get nothing.</summary>
    private async Task<DesignWorkspace?> LoadAsync(Guid designId, Actor actor, CancellationToken ct)
    {
        var workspace = await workspaces.LoadAsync(designId, actor.UserId, async (design, token) =>
            actor.IsQaOfficer && await audience.IsCoveringQaOfficerAsync(design, actor.UserId, token), ct, track: true);
        return workspace is null || workspace.Design.IsMember(actor.UserId) ? null : workspace;
    }
}

public sealed record GuestsViewModel(Guid DesignId, string Title, int? VersionUnderReview, IReadOnlyList<GuestRow> Guests, GuestInvitationForm Form);

public sealed record GuestRow(Guid Id, string FullName, string Email, GuestKind Kind, string? Organisation, DateTimeOffset InvitedAt, DateTimeOffset ExpiresAt, InvitationState State)
{
    public bool CanWithdraw => State is InvitationState.Open or InvitationState.Accepted;

    public string StateWords => State switch
    {
        InvitationState.Open => "Not opened yet",
        InvitationState.Accepted => "Opened",
        InvitationState.Expired => "Expired",
        _ => "Withdrawn",
    };

    public string StateCss => State switch
    {
        InvitationState.Open => "tag-blue",
        InvitationState.Accepted => "tag-green",
        InvitationState.Expired => "tag-grey",
        _ => "tag-red",
    };
}

public sealed record GuestOutcome(GuestOutcomeKind Kind, string? Message = null, string? Field = null)
{
    public static GuestOutcome NotFound { get; } = new(GuestOutcomeKind.NotFound);

    public static GuestOutcome Refused(string message, string? field = null) => new(GuestOutcomeKind.Refused, message, field);

    public static GuestOutcome Done(string message) => new(GuestOutcomeKind.Done, message);
}

public enum GuestOutcomeKind
{
    Done,
    Refused,
    NotFound,
}

public enum GuestLinkProblem
{
    Unknown,
    Expired,
    Withdrawn,
}
