using System.Net;
using MicroCred.Domain.Accounts;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Notifications;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Identity;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Infrastructure.Seeding;
using MicroCred.Web.Features.Notifications;
using MicroCred.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace MicroCred.Web.Tests.Review;

/// <summary>Who ReviewNotifications tells about each review event, in the app and by e-mail, and what the user sees of it.</summary>
public sealed class NotificationTests : IClassFixture<NotificationTests.Factory>
{
    private const string QaOnTeam = "qa.on.team@microcred.demo";
    private const string QaElsewhere = "qa.elsewhere@microcred.demo";
    private readonly MicroCredFactory _factory;

    public NotificationTests(Factory fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        _factory = fixture.App;
    }

    [Fact]
    public async Task A_submitted_version_goes_to_the_QA_officers_of_the_partner_institutions_who_are_not_on_the_team()
    {
        var designId = await _factory.CopyOfCompleteDesignAsync("Submitted notice");
        await AddToTeamAsync(designId, QaOnTeam, DemoAccounts.UniversityEs);
        var submission = await _factory.SubmitAsync(designId);

        await NotifyAsync(designId, (n, design, _) => n.VersionSubmittedAsync(design, submission.Version, submission.Review, CancellationToken.None));

        Assert.Equal([ReviewSetup.Qa], await RecipientsAsync(designId, NotificationKind.VersionSubmitted));
        var mail = MailTo(ReviewSetup.Qa, "New version to review: Submitted notice");
        Assert.Contains("Version 1 of “Submitted notice” was submitted for design review", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/reviews/{submission.Review.Id}", mail.TextBody, StringComparison.Ordinal);
        Assert.Empty(MailsTo(QaOnTeam));
        Assert.Empty(MailsTo(QaElsewhere));
    }

    [Fact]
    public async Task A_claimed_review_is_told_to_the_team_leader_only()
    {
        var designId = await _factory.CopyOfCompleteDesignAsync("Claimed notice");
        var submission = await _factory.SubmitAsync(designId);
        var qa = await _factory.WithDbAsync(db => db.ActorAsync(ReviewSetup.Qa));

        await NotifyAsync(designId, (n, design, _) =>
        {
            submission.Review.Claim(qa, design, _factory.Clock.Now);
            return n.ReviewClaimedAsync(design, submission.Review, CancellationToken.None);
        });

        Assert.Equal([ReviewSetup.Leader], await RecipientsAsync(designId, NotificationKind.ReviewClaimed));
        Assert.Single(MailsWithSubject("Review started: Claimed notice"));
    }

    [Fact]
    public async Task A_reviewers_comment_goes_to_the_whole_team_and_the_answer_to_the_reviewer()
    {
        var designId = await _factory.CopyOfCompleteDesignAsync("Comment notice");
        var submission = await _factory.SubmitAsync(designId);
        var qa = await _factory.WithDbAsync(db => db.ActorAsync(ReviewSetup.Qa));
        var es = await _factory.WithDbAsync(db => db.ActorAsync(ReviewSetup.PartnerEs));
        submission.Review.Claim(qa, await DesignAsync(designId), _factory.Clock.Now);

        ReviewComment? comment = null;
        await NotifyAsync(designId, (n, design, _) =>
        {
            comment = ReviewComment.Open(submission.Review, CommentAuthor.Reviewer(qa, design), WizardStep.CoursePlan, null, null, "Is 3 ECTS right for this load?", _factory.Clock.Now).Comment;
            return n.CommentAddedAsync(design, comment, CancellationToken.None);
        });
        Assert.Equal([ReviewSetup.Leader, ReviewSetup.PartnerEs, ReviewSetup.PartnerPt], await RecipientsAsync(designId, NotificationKind.CommentAdded));

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            // The review with its reviewer must be stored for the answer to find the reviewer.
            var db = scope.ServiceProvider.GetRequiredService<MicroCredDbContext>();
            var stored = await db.Reviews.SingleAsync(r => r.Id == submission.Review.Id);
            stored.Claim(qa, await db.CourseDesigns.Include(d => d.Members).SingleAsync(d => d.Id == designId), _factory.Clock.Now);
            await db.SaveChangesAsync();
        }

        await NotifyAsync(designId, (n, design, _) =>
        {
            var reply = comment!.Reply(CommentAuthor.Team(es, design), "We spread it over 14 weeks now.", _factory.Clock.Now);
            return n.CommentAnsweredAsync(design, comment, reply, CancellationToken.None);
        });
        Assert.Equal([ReviewSetup.Qa], await RecipientsAsync(designId, NotificationKind.CommentAnswered));
    }

    [Fact]
    public async Task A_decision_is_told_to_the_whole_team()
    {
        var designId = await _factory.CopyOfCompleteDesignAsync("Decision notice");
        await _factory.SubmitAsync(designId);
        var decision = await _factory.DecideAsync(designId, DecisionOutcome.Approved, "Well aligned; go ahead with development.");

        await NotifyAsync(designId, (n, design, _) => n.DecisionMadeAsync(design, decision, CancellationToken.None));

        Assert.Equal([ReviewSetup.Leader, ReviewSetup.PartnerEs, ReviewSetup.PartnerPt], await RecipientsAsync(designId, NotificationKind.DecisionMade));
        Assert.Contains("was approved at the design review by Quentin Janssen", MailTo(ReviewSetup.PartnerPt, "Review decision: Decision notice").TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_guest_invitation_is_e_mailed_with_the_personal_link_and_nothing_is_sent_before_saving()
    {
        var designId = await _factory.CopyOfCompleteDesignAsync("Guest notice");
        await _factory.SubmitAsync(designId);
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MicroCredDbContext>();
        var notifications = scope.ServiceProvider.GetRequiredService<ReviewNotifications>();
        var design = await db.CourseDesigns.Include(d => d.Members).SingleAsync(d => d.Id == designId);
        var qa = await db.ActorAsync(ReviewSetup.Qa);
        var (guest, token, _) = GuestReviewer.Invite(design, "guest.notice@employer.example", "Gert Gast", GuestKind.Employer, null, qa, _factory.Clock.Now);

        notifications.GuestInvited(design, guest, token, qa.Name);
        Assert.Equal(1, notifications.PendingEmails);
        Assert.Empty(MailsTo("guest.notice@employer.example"));
        await notifications.SendEmailsAsync(CancellationToken.None);

        var mail = MailTo("guest.notice@employer.example", "Invitation to review “Guest notice”");
        Assert.Contains("/guest/" + token, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("as an employer reviewer", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_navigation_counts_unread_notifications_until_they_are_opened_or_marked_read()
    {
        var designId = await _factory.CopyOfCompleteDesignAsync("Unread count");
        await _factory.SubmitAsync(designId);
        var decision = await _factory.DecideAsync(designId, DecisionOutcome.ChangesRequested, "Please rework.");
        await NotifyAsync(designId, (n, design, _) => n.DecisionMadeAsync(design, decision, CancellationToken.None));
        await _factory.SubmitAsync(designId);
        var second = await _factory.DecideAsync(designId, DecisionOutcome.Approved, "Fine now.");
        await NotifyAsync(designId, (n, design, _) => n.DecisionMadeAsync(design, second, CancellationToken.None));

        using var member = _factory.Browser();
        await member.LoginAsync(ReviewSetup.PartnerPt);
        var before = await UnreadAsync(member);

        var list = await member.GetAsync("/notifications");
        var items = list.Document.QuerySelectorAll("ol li").Where(li => li.TextContent.Contains("“Unread count”", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, items.Count);
        Assert.Contains("was approved", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Unread", items[0].QuerySelector(".tag")!.TextContent, StringComparison.Ordinal);

        var open = await member.GetAsync(items[0].QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.Redirect, open.Status);
        Assert.Equal($"/designs/{designId}/decisions", open.Location!.OriginalString);
        Assert.Equal(before - 1, await UnreadAsync(member));

        var marked = await member.SubmitAsync("/notifications", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, marked.Status);
        var after = await member.GetAsync("/notifications");
        Assert.Contains("marked as read", after.Text, StringComparison.Ordinal);
        Assert.Null(after.Document.QuerySelector("[data-unread-count]"));
        Assert.Contains("No unread notifications.", after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_opens_another_persons_notification()
    {
        var designId = await _factory.CopyOfCompleteDesignAsync("Private notice");
        await _factory.SubmitAsync(designId);
        var decision = await _factory.DecideAsync(designId, DecisionOutcome.Approved, "Approved.");
        await NotifyAsync(designId, (n, design, _) => n.DecisionMadeAsync(design, decision, CancellationToken.None));
        var leaderId = await _factory.UserIdAsync(ReviewSetup.Leader);
        var id = await _factory.WithDbAsync(db => db.Notifications.Where(n => n.DesignId == designId && n.UserId == leaderId).Select(n => n.Id).SingleAsync());

        using var outsider = _factory.Browser();
        await outsider.LoginAsync(ReviewSetup.Outsider);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/notifications/{id}")).Status);
        Assert.DoesNotContain("Private notice", (await outsider.GetAsync("/notifications")).Text, StringComparison.Ordinal);
        Assert.Null(await _factory.WithDbAsync(db => db.Notifications.Where(n => n.Id == id).Select(n => n.ReadAt).SingleAsync()));
    }

    [Fact]
    public async Task An_empty_list_says_what_will_appear_there()
    {
        using var browser = _factory.Browser();
        await browser.LoginAsync(ReviewSetup.PlatformAdmin);
        var page = await browser.GetAsync("/notifications");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Nothing here yet", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logs_name_no_e_mail_addresses_of_recipients()
    {
        var designId = await _factory.CopyOfCompleteDesignAsync("Logged notice");
        await _factory.SubmitAsync(designId);
        var decision = await _factory.DecideAsync(designId, DecisionOutcome.Approved, "Approved.");
        await NotifyAsync(designId, (n, design, _) => n.DecisionMadeAsync(design, decision, CancellationToken.None));

        var logs = await LogsAsync(designId.ToString());
        Assert.Contains("DecisionMade", logs, StringComparison.Ordinal);
        Assert.Contains(designId.ToString(), logs, StringComparison.Ordinal);
        foreach (var email in new[] { ReviewSetup.Leader, ReviewSetup.PartnerEs, ReviewSetup.PartnerPt })
        {
            Assert.DoesNotContain(email, logs, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("Lotte de Vries", logs, StringComparison.Ordinal);
    }

    private async Task NotifyAsync(Guid designId, Func<ReviewNotifications, CourseDesign, MicroCredDbContext, Task> raise)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MicroCredDbContext>();
        var notifications = scope.ServiceProvider.GetRequiredService<ReviewNotifications>();
        var design = await db.CourseDesigns.Include(d => d.Members).AsNoTracking().SingleAsync(d => d.Id == designId);
        await raise(notifications, design, db);
        await db.SaveChangesAsync();
        await notifications.SendEmailsAsync(CancellationToken.None);
    }

    private Task<CourseDesign> DesignAsync(Guid designId) =>
        _factory.WithDbAsync(db => db.CourseDesigns.Include(d => d.Members).AsNoTracking().SingleAsync(d => d.Id == designId));

    private Task<List<string>> RecipientsAsync(Guid designId, NotificationKind kind) =>
        _factory.WithDbAsync(db => (
                from n in db.Notifications
                join u in db.Users on n.UserId equals u.Id
                where n.DesignId == designId && n.Kind == kind
                orderby u.Email
                select u.Email!)
            .ToListAsync());

    private async Task AddToTeamAsync(Guid designId, string email, Guid institution)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MicroCredDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var design = await db.CourseDesigns.Include(d => d.Members).SingleAsync(d => d.Id == designId);
        design.AddMember(user.Id, institution, _factory.Clock.Now);
        await db.SaveChangesAsync();
    }

    private List<MimeMessage> Mails() => Directory.Exists(_factory.MailFolder)
        ? [.. Directory.GetFiles(_factory.MailFolder, "*.eml").Select(f => MimeMessage.Load(f))]
        : [];

    private List<MimeMessage> MailsTo(string email) => [.. Mails().Where(m => m.To.Mailboxes.Any(b => b.Address == email))];

    private List<MimeMessage> MailsWithSubject(string subject) => [.. Mails().Where(m => m.Subject == subject)];

    private MimeMessage MailTo(string email, string subject) => Assert.Single(MailsTo(email), m => m.Subject == subject);

    private static async Task<int> UnreadAsync(TestBrowser browser)
    {
        var page = await browser.GetAsync("/");
        var badge = page.Document.QuerySelector("[data-unread-count]");
        return badge is null ? 0 : int.Parse(badge.TextContent.Replace("unread", "", StringComparison.Ordinal).Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<string> LogsAsync(string waitFor)
    {
        var folder = Path.Combine(_factory.DataFolder, "logs");
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var text = Directory.Exists(folder) ? string.Join("\n", Directory.GetFiles(folder).Select(ReadShared)) : "";
            if (text.Contains(waitFor, StringComparison.Ordinal))
            {
                return text;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"The log never mentioned '{waitFor}'.");
        return "";
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The app with information-level logs and two extra QA officers: one on a design's team, one of a non-partner college.</summary>
    public sealed class Factory : IAsyncLifetime, IDisposable
    {
        public MicroCredFactory App { get; } = new();

        public async Task InitializeAsync()
        {
            App.Settings["Serilog:MinimumLevel:Default"] = "Information";
            await using var scope = App.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            foreach (var (email, name, institution) in new[] { (QaOnTeam, "Teresa Equipo", DemoAccounts.UniversityEs), (QaElsewhere, "Elsa Anderswo", DemoAccounts.UniversityOther) })
            {
                var user = new AppUser { UserName = email, Email = email, FullName = name, InstitutionId = institution, EmailConfirmed = true, CreatedAt = App.Clock.Now };
                var created = await users.CreateAsync(user, DemoAccounts.Password);
                Assert.True(created.Succeeded);
                await users.AddToRoleAsync(user, Roles.QaOfficer);
            }
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => App.Dispose();
    }
}
