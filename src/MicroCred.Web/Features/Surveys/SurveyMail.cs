using System.Globalization;
using System.Net;
using MicroCred.Domain;
using MicroCred.Domain.Credentials;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Notifications;
using MicroCred.Domain.Surveys;
using MicroCred.Infrastructure.Email;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Surveys;

/// <summary>
/// The survey's messages: the personal links to learners, and "the survey closed" to the team (in-app and e-mail, as
/// <see cref="ReviewNotifications"/> does). Queue while handling, save, then <see cref="SendEmailsAsync"/>: nothing is
/// e-mailed for an action that was not saved. Logs carry survey and design ids and counts, never names, addresses or links.
/// </summary>
public sealed class SurveyMail(MicroCredDbContext db, IMailSender mail, AppLinks links, IClock clock, ILogger<SurveyMail> logger)
{
    private readonly List<OutgoingEmail> _outbox = [];

    public static string AnswerPath(string token) => "/survey/" + Uri.EscapeDataString(token);

    public static string ReportPath(Guid cohortId) => $"/cohorts/{cohortId}/report";

    /// <summary>The e-mail with a learner's personal link (the plain token, never stored).</summary>
    public void LearnerInvited(CourseDesign design, Cohort cohort, Survey survey, Learner learner, string token)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(learner);
        var link = links.Absolute(AnswerPath(token)).ToString();
        var until = survey.ClosesOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var text =
            $"Dear {learner.FullName},\n\n" +
            $"You took part in “{design.Title}” ({cohort.Name}). The course team would like to know how it went for you: " +
            "how relevant it was, how much time each part took, and what could be better. It takes about five minutes.\n\n" +
            $"Your personal link (it works once, until {until}):\n{link}\n\n" +
            "Your answers are anonymous: the portal keeps no record of who gave which answers, and the team sees results only when at least five learners answered.\n";
        var html =
            $"<p>Dear {WebUtility.HtmlEncode(learner.FullName)},</p>" +
            $"<p>You took part in <strong>{WebUtility.HtmlEncode(design.Title)}</strong> ({WebUtility.HtmlEncode(cohort.Name)}). " +
            "The course team would like to know how it went for you: how relevant it was, how much time each part took, and what could be better. It takes about five minutes.</p>" +
            $"<p><a href=\"{WebUtility.HtmlEncode(link)}\">Answer the survey</a> (the link works once, until {until}).</p>" +
            "<p>Your answers are anonymous: the portal keeps no record of who gave which answers, and the team sees results only when at least five learners answered.</p>";
        _outbox.Add(new OutgoingEmail(learner.Email!, learner.FullName, $"How was “{design.Title}”? A short survey", text, html));
    }

    /// <summary>The survey closed: every active member of the design's team, in-app and by e-mail, with a link to the run report.</summary>
    public async Task SurveyClosedAsync(CourseDesign design, Cohort cohort, Survey survey, int answers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(survey);
        var team = design.Members.Select(m => m.UserId).ToList();
        var recipients = await db.Users.AsNoTracking().Where(u => team.Contains(u.Id) && u.IsActive).OrderBy(u => u.FullName).ToListAsync(ct);
        var text = $"The learner survey of “{cohort.Name}” ({design.Title}) closed with {answers} answer{(answers == 1 ? "" : "s")}. The run report shows the results.";
        var path = ReportPath(cohort.Id);
        var now = clock.Now;
        foreach (var user in recipients)
        {
            db.Notifications.Add(Notification.Create(user.Id, design.Id, NotificationKind.SurveyClosed, text, path, now));
            if (!string.IsNullOrWhiteSpace(user.Email))
            {
                var url = links.Absolute(path).ToString();
                _outbox.Add(new OutgoingEmail(user.Email, user.FullName, $"Learner survey closed: {design.Title}",
                    $"Dear {user.FullName},\n\n{text}\n\nOpen the run report in MicroCred:\n{url}\n\nYou receive this message because you are on the team of this course design.\n",
                    $"<p>Dear {WebUtility.HtmlEncode(user.FullName)},</p><p>{WebUtility.HtmlEncode(text)}</p><p><a href=\"{WebUtility.HtmlEncode(url)}\">Open the run report</a></p>" +
                    "<p>You receive this message because you are on the team of this course design.</p>"));
            }
        }

        logger.LogInformation("Notification {Kind} for design {DesignId} survey {SurveyId} to {Recipients} people", NotificationKind.SurveyClosed, design.Id, survey.Id, recipients.Count);
    }

    /// <summary>Sends the queued e-mails; call after SaveChangesAsync succeeded. A failing e-mail is logged (without address) and does not undo the action.</summary>
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
                logger.LogError(e, "A survey e-mail could not be sent");
            }
        }

        if (_outbox.Count > 0)
        {
            logger.LogInformation("{Sent} of {Queued} survey e-mails sent", sent, _outbox.Count);
        }

        _outbox.Clear();
    }

    /// <summary>Forgets queued e-mails (the action they belonged to was not saved).</summary>
    public void Discard() => _outbox.Clear();
}
