using System.Net;
using MicroCred.Domain;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Notifications;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Email;
using MicroCred.Infrastructure.Identity;
using MicroCred.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Notifications;

/// <summary>
/// Tells people about review events: an in-app notification per recipient and an e-mail through <see cref="IMailSender"/>.
/// <para>
/// Use: after the domain call, call the method of the event (it adds the notifications to the same
/// <see cref="MicroCredDbContext"/>, so they are stored with the action, or not at all); then <c>SaveChangesAsync</c>;
/// then <see cref="SendEmailsAsync"/>, which sends the e-mails queued by this request. Nothing is e-mailed for an action
/// that was not saved.
/// </para>
/// Registered scoped (one outbox per request). Logs carry design ids and counts, never names or e-mail addresses.
/// </summary>
public sealed class ReviewNotifications(
    MicroCredDbContext db, DesignAudience audience, IMailSender mail, AppLinks links, IClock clock, ILogger<ReviewNotifications> logger)
{
    private readonly List<OutgoingEmail> _outbox = [];

    /// <summary>E-mails queued and not yet sent.</summary>
    public int PendingEmails => _outbox.Count;

    /// <summary>A version went to a gate: the QA officers of the partner institutions who are not on the team, with a link to its review.</summary>
    public async Task VersionSubmittedAsync(CourseDesign design, DesignVersion version, MicroCred.Domain.Reviews.Review review, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(review);
        var recipients = await audience.CoveringQaOfficersAsync(design, ct);
        Notify(recipients, design, NotificationKind.VersionSubmitted,
            $"Version {version.Number} of “{design.Title}” was submitted for {GateWords(version.Gate)} by {version.SubmittedByName} and waits for a reviewer.",
            NotificationLinks.Review(review.Id));
        Log(NotificationKind.VersionSubmitted, design.Id, recipients.Count);
    }

    /// <summary>A QA officer claimed the review: the team leader.</summary>
    public async Task ReviewClaimedAsync(CourseDesign design, MicroCred.Domain.Reviews.Review review, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(review);
        var leaders = design.Members.Where(m => m.Role == DesignRole.TeamLeader).Select(m => m.UserId).ToList();
        var recipients = await UsersAsync(leaders, ct);
        Notify(recipients, design, NotificationKind.ReviewClaimed,
            $"{review.ReviewerName ?? "A reviewer"} started the {GateWords(review.Gate)} of version {review.VersionNumber} of “{design.Title}”.",
            NotificationLinks.TaskList(design.Id));
        Log(NotificationKind.ReviewClaimed, design.Id, recipients.Count);
    }

    /// <summary>A reviewer (or guest) commented on a step: the whole team, except an author who is on it.</summary>
    public async Task CommentAddedAsync(CourseDesign design, ReviewComment comment, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(comment);
        var team = design.Members.Select(m => m.UserId).Where(id => id != comment.AuthorId).ToList();
        var recipients = await UsersAsync(team, ct);
        Notify(recipients, design, NotificationKind.CommentAdded,
            $"{comment.AuthorName} commented on {StepCatalog.Get(comment.Step).Title} in version {comment.VersionNumber} of “{design.Title}”.",
            NotificationLinks.Comments(design.Id));
        Log(NotificationKind.CommentAdded, design.Id, recipients.Count);
    }

    /// <summary>The team answered a comment: the reviewer of the version (and the comment's author when that is another user).</summary>
    public async Task CommentAnsweredAsync(CourseDesign design, ReviewComment comment, CommentReply reply, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(comment);
        ArgumentNullException.ThrowIfNull(reply);
        var reviewerId = await db.Reviews.AsNoTracking().Where(r => r.Id == comment.ReviewId).Select(r => r.ReviewerId).SingleOrDefaultAsync(ct);
        var ids = new List<Guid>();
        if (reviewerId is { } reviewer)
        {
            ids.Add(reviewer);
        }

        // A guest has no account: guest comments reach them when they open their link again.
        if (comment.AuthorRole == CommentRole.Reviewer)
        {
            ids.Add(comment.AuthorId);
        }

        var recipients = await UsersAsync([.. ids.Distinct().Where(id => id != reply.AuthorId)], ct);
        Notify(recipients, design, NotificationKind.CommentAnswered,
            $"{reply.AuthorName} answered a comment on {StepCatalog.Get(comment.Step).Title} of “{design.Title}”.",
            NotificationLinks.Thread(comment.Id));
        Log(NotificationKind.CommentAnswered, design.Id, recipients.Count);
    }

    /// <summary>The gate decision: the whole team.</summary>
    public async Task DecisionMadeAsync(CourseDesign design, QualityGateDecision decision, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(decision);
        var recipients = await UsersAsync([.. design.Members.Select(m => m.UserId)], ct);
        var outcome = decision.Outcome switch
        {
            DecisionOutcome.Approved => "approved",
            DecisionOutcome.ChangesRequested => "returned with requested changes",
            _ => "rejected",
        };
        Notify(recipients, design, NotificationKind.DecisionMade,
            $"Version {decision.VersionNumber} of “{design.Title}” was {outcome} at the {GateWords(decision.Gate)} by {decision.DecidedByName}.",
            NotificationLinks.Decisions(design.Id));
        Log(NotificationKind.DecisionMade, design.Id, recipients.Count);
    }

    /// <summary>Queues the invitation e-mail with the guest's personal link (the plain token from GuestReviewer.Invite).</summary>
    public void GuestInvited(CourseDesign design, GuestReviewer guest, string token, string invitedByName)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(guest);
        ArgumentException.ThrowIfNullOrEmpty(token);
        var link = links.Absolute(NotificationLinks.Guest(token));
        var until = MicroCred.Domain.Dates.Long(guest.ExpiresAt);
        var role = guest.Kind == GuestKind.Employer ? "an employer" : "an academic";
        var text =
            $"Dear {guest.FullName},\n\n" +
            $"{invitedByName} asks you to review the course design “{design.Title}” as {role} reviewer in MicroCred.\n" +
            $"You can read the version under review and leave comments until {until}; no account is needed.\n\n" +
            $"Your personal link:\n{link}\n\n" +
            "Please do not pass the link on: anyone holding it can read the design. If you did not expect this message, you can ignore it.\n";
        var html =
            $"<p>Dear {WebUtility.HtmlEncode(guest.FullName)},</p>" +
            $"<p>{WebUtility.HtmlEncode(invitedByName)} asks you to review the course design <strong>{WebUtility.HtmlEncode(design.Title)}</strong> as {role} reviewer in MicroCred. " +
            $"You can read the version under review and leave comments until {until}; no account is needed.</p>" +
            $"<p><a href=\"{WebUtility.HtmlEncode(link.ToString())}\">Open the course design</a></p>" +
            "<p>Please do not pass the link on: anyone holding it can read the design. If you did not expect this message, you can ignore it.</p>";
        _outbox.Add(new OutgoingEmail(guest.Email, guest.FullName, $"Invitation to review “{design.Title}”", text, html));
        logger.LogInformation("Guest invitation e-mail queued for design {DesignId}", design.Id);
    }

    /// <summary>Sends the queued e-mails; call after SaveChangesAsync succeeded. A failing e-mail is logged and does not undo the action.</summary>
    public async Task SendEmailsAsync(CancellationToken ct)
    {
        var sent = 0;
        foreach (var email in _outbox)
        {
            try
            {
                await mail.SendAsync(email, ct);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "A notification e-mail could not be sent ({Subject})", email.Subject);
            }
        }

        logger.LogInformation("{Sent} of {Queued} notification e-mails sent", sent, _outbox.Count);
        _outbox.Clear();
    }

    private void Notify(IReadOnlyList<AppUser> recipients, CourseDesign design, NotificationKind kind, string text, string link)
    {
        var now = clock.Now;
        foreach (var user in recipients)
        {
            db.Notifications.Add(Notification.Create(user.Id, design.Id, kind, text, link, now));
            if (!string.IsNullOrWhiteSpace(user.Email))
            {
                var url = links.Absolute(link);
                _outbox.Add(new OutgoingEmail(user.Email, user.FullName, Subject(kind, design),
                    $"Dear {user.FullName},\n\n{text}\n\nOpen it in MicroCred:\n{url}\n\nYou receive this message because you work on or review this course design.\n",
                    $"<p>Dear {WebUtility.HtmlEncode(user.FullName)},</p><p>{WebUtility.HtmlEncode(text)}</p><p><a href=\"{WebUtility.HtmlEncode(url.ToString())}\">Open it in MicroCred</a></p>" +
                    "<p>You receive this message because you work on or review this course design.</p>"));
            }
        }
    }

    private static string Subject(NotificationKind kind, CourseDesign design) => kind switch
    {
        NotificationKind.VersionSubmitted => $"New version to review: {design.Title}",
        NotificationKind.ReviewClaimed => $"Review started: {design.Title}",
        NotificationKind.CommentAdded => $"New review comment: {design.Title}",
        NotificationKind.CommentAnswered => $"Comment answered: {design.Title}",
        _ => $"Review decision: {design.Title}",
    };

    private async Task<IReadOnlyList<AppUser>> UsersAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        ids.Count == 0 ? [] : await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.IsActive).OrderBy(u => u.FullName).ToListAsync(ct);

    private void Log(NotificationKind kind, Guid designId, int recipients) =>
        logger.LogInformation("Notification {Kind} for design {DesignId} to {Recipients} people", kind, designId, recipients);

    private static string GateWords(Gate gate) => gate switch
    {
        Gate.G1 => "design review",
        Gate.G2 => "development review",
        _ => "approval for publication",
    };
}

/// <summary>
/// Where notifications point: always a page the recipient may open. QA officers land on the review workspace or a thread
/// (both open to covering officers through ReviewAccess); the team lands on its task list, comments or decisions.
/// </summary>
public static class NotificationLinks
{
    public static string Review(Guid reviewId) => $"/reviews/{reviewId}";

    public static string Thread(Guid commentId) => $"/comments/{commentId}";

    public static string TaskList(Guid designId) => $"/designs/{designId}";

    public static string Comments(Guid designId) => $"/designs/{designId}/comments";

    public static string Decisions(Guid designId) => $"/designs/{designId}/decisions";

    public static string Guest(string token) => "/guest/" + Uri.EscapeDataString(token);
}
