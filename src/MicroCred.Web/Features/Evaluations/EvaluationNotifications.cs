using System.Net;
using MicroCred.Domain;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Evaluations;
using MicroCred.Domain.Notifications;
using MicroCred.Infrastructure.Email;
using MicroCred.Infrastructure.Identity;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Evaluations;

/// <summary>
/// Tells people about evaluations, like ReviewNotifications does for reviews: the in-app notifications are added to the
/// same DbContext (stored with the action or not at all), the e-mails wait in an outbox until <see cref="SendEmailsAsync"/>
/// after the save. Logs carry ids and counts, never names or addresses.
/// </summary>
public sealed class EvaluationNotifications(
    MicroCredDbContext db, DesignAudience audience, IMailSender mail, AppLinks links, IClock clock, ILogger<EvaluationNotifications> logger)
{
    private readonly List<OutgoingEmail> _outbox = [];

    public static string Link(Guid evaluationId) => $"/evaluations/{evaluationId}";

    /// <summary>The team wrote: the QA officers of the lead institution hear of it. A QA officer wrote: the team hears of it.</summary>
    public async Task CommentedAsync(CourseDesign design, AnnualEvaluation evaluation, EvaluationComment comment, CancellationToken ct)
    {
        IReadOnlyList<AppUser> recipients = design.IsMember(comment.AuthorId)
            ? [.. (await audience.CoveringQaOfficersAsync(design, ct)).Where(u => u.InstitutionId == design.LeadInstitutionId)]
            : await UsersAsync([.. design.Members.Select(m => m.UserId)], ct);
        Notify(recipients.Where(u => u.Id != comment.AuthorId).ToList(), design.Id, NotificationKind.EvaluationCommented,
            $"{comment.AuthorName} commented on the annual evaluation {evaluation.Year} of “{design.Title}”.", Link(evaluation.Id),
            $"Comment on the evaluation: {design.Title}");
    }

    public async Task SignedOffAsync(CourseDesign design, AnnualEvaluation evaluation, CancellationToken ct)
    {
        var recipients = await UsersAsync([.. design.Members.Select(m => m.UserId)], ct);
        Notify(recipients, design.Id, NotificationKind.EvaluationSignedOff,
            $"The annual evaluation {evaluation.Year} of “{design.Title}” was signed off by {evaluation.SignedOffByName}.", Link(evaluation.Id),
            $"Evaluation signed off: {design.Title}");
    }

    public async Task EvaluationDueAsync(Guid designId, string title, IReadOnlyCollection<Guid> team, EvaluationDue due, CancellationToken ct)
    {
        var recipients = await UsersAsync(team, ct);
        var overdue = due.State == EvaluationDueState.Overdue;
        Notify(recipients, designId, overdue ? NotificationKind.EvaluationOverdue : NotificationKind.EvaluationDue,
            overdue
                ? $"The annual evaluation {due.Year} of “{title}” is overdue: it was due by {Shared.Display.Date(due.MonthEnds!.Value)}."
                : $"The annual evaluation {due.Year} of “{title}” is due this month, by {Shared.Display.Date(due.MonthEnds!.Value)}.",
            $"/designs/{designId}/evaluations", overdue ? $"Evaluation overdue: {title}" : $"Evaluation due: {title}");
    }

    public async Task ActionDeadlineAsync(Guid designId, string title, Guid evaluationId, ImprovementAction action, DateOnly today, CancellationToken ct)
    {
        var recipients = await UsersAsync([action.OwnerId], ct);
        var when = action.Deadline < today ? $"was due on {Shared.Display.Date(action.Deadline)}" : $"is due on {Shared.Display.Date(action.Deadline)}";
        Notify(recipients, designId, NotificationKind.ActionDeadline,
            $"Your improvement action “{action.Title}” for “{title}” {when}.", Link(evaluationId), $"Action deadline: {title}");
    }

    /// <summary>Forgets what was queued, when the save it belonged to failed.</summary>
    public void Discard() => _outbox.Clear();

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
                logger.LogError(e, "An evaluation e-mail could not be sent ({Subject})", email.Subject);
            }
        }

        if (_outbox.Count > 0)
        {
            logger.LogInformation("{Sent} of {Queued} evaluation e-mails sent", sent, _outbox.Count);
        }

        _outbox.Clear();
    }

    private void Notify(IReadOnlyList<AppUser> recipients, Guid designId, NotificationKind kind, string text, string link, string subject)
    {
        var now = clock.Now;
        foreach (var user in recipients)
        {
            db.Notifications.Add(Notification.Create(user.Id, designId, kind, text, link, now));
            if (!string.IsNullOrWhiteSpace(user.Email))
            {
                var url = links.Absolute(link);
                _outbox.Add(new OutgoingEmail(user.Email, user.FullName, subject,
                    $"Dear {user.FullName},\n\n{text}\n\nOpen it in MicroCred:\n{url}\n\nYou receive this message because you work on or oversee this course.\n",
                    $"<p>Dear {WebUtility.HtmlEncode(user.FullName)},</p><p>{WebUtility.HtmlEncode(text)}</p><p><a href=\"{WebUtility.HtmlEncode(url.ToString())}\">Open it in MicroCred</a></p>" +
                    "<p>You receive this message because you work on or oversee this course.</p>"));
            }
        }

        logger.LogInformation("Notification {Kind} for design {DesignId} to {Recipients} people", kind, designId, recipients.Count);
    }

    private async Task<IReadOnlyList<AppUser>> UsersAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        ids.Count == 0 ? [] : await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.IsActive).OrderBy(u => u.FullName).ToListAsync(ct);
}
