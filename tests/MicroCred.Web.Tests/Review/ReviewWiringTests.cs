using System.Net;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Notifications;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Seeding;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace MicroCred.Web.Tests.Review;

/// <summary>The review screens joined with notifications, the versions pages, guests and records, driven over HTTP.</summary>
public sealed class ReviewWiringTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    private readonly ReviewDriver _driver = new(factory);

    [Fact]
    public async Task Each_review_action_leaves_its_recipient_an_unread_notification_that_opens_a_page_they_may_see()
    {
        var designId = await _driver.DesignIdAsync(SampleDesigns.CompleteTitle);
        using var leader = await _driver.SignInAsync(ReviewDriver.Leader);
        using var member = await _driver.SignInAsync(ReviewDriver.Member);
        using var officer = await _driver.SignInAsync(ReviewDriver.Officer);

        Assert.Equal(HttpStatusCode.Redirect, (await ReviewDriver.SubmitAsync(leader, designId)).Status);
        var reviewId = await _driver.OpenReviewIdAsync(designId);
        var submitted = await OpenNotificationAsync(officer, ReviewDriver.Officer, designId, NotificationKind.VersionSubmitted);
        Assert.Equal($"/reviews/{reviewId}", submitted.Path);
        Assert.Contains("Claim this review", submitted.Page.Text, StringComparison.Ordinal);
        var mail = Assert.Single(MailsTo(ReviewDriver.Officer), m => m.Subject == $"New version to review: {SampleDesigns.CompleteTitle}");
        Assert.Contains($"/reviews/{reviewId}", mail.TextBody, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await ReviewDriver.ClaimAsync(officer, reviewId)).Status);
        var claimed = await OpenNotificationAsync(leader, ReviewDriver.Leader, designId, NotificationKind.ReviewClaimed);
        Assert.Equal($"/designs/{designId}", claimed.Path);

        Assert.Equal(HttpStatusCode.Redirect, (await ReviewDriver.CommentAsync(officer, reviewId, 2, "Name the faculty that owns the course.")).Status);
        var commented = await OpenNotificationAsync(member, ReviewDriver.Member, designId, NotificationKind.CommentAdded);
        Assert.Equal($"/designs/{designId}/comments", commented.Path);
        Assert.Contains("Name the faculty that owns the course.", commented.Page.Text, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(ReviewDriver.Officer, designId, NotificationKind.CommentAdded));

        var commentId = await factory.WithDbAsync(db => db.ReviewComments.Where(c => c.DesignId == designId).Select(c => c.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await _driver.ThreadActionAsync(member, commentId, "reply", "The Faculty of Science owns it.")).Status);
        var answered = await OpenNotificationAsync(officer, ReviewDriver.Officer, designId, NotificationKind.CommentAnswered);
        Assert.Equal($"/comments/{commentId}", answered.Path);
        Assert.Contains("The Faculty of Science owns it.", answered.Page.Text, StringComparison.Ordinal);

        var decided = await ReviewDriver.DecideAsync(officer, reviewId, Gate.G1, DecisionOutcome.ChangesRequested, "Say who owns the course.",
            verdict: Verdict.PartlyMet, remark: "See the comment on step 2.");
        Assert.Equal(HttpStatusCode.Redirect, decided.Status);
        var decision = await OpenNotificationAsync(leader, ReviewDriver.Leader, designId, NotificationKind.DecisionMade);
        Assert.Equal($"/designs/{designId}/decisions", decision.Path);
        Assert.Contains("Say who owns the course.", decision.Page.Text, StringComparison.Ordinal);
        Assert.Single(MailsTo(ReviewDriver.Member), m => m.Subject == $"Review decision: {SampleDesigns.CompleteTitle}");
    }

    [Fact]
    public async Task Covering_officers_read_the_timeline_versions_and_changes_and_other_people_get_404()
    {
        var designId = await factory.CopyOfCompleteDesignAsync("Read by reviewers");
        await factory.SubmitAsync(designId);
        using var officer = await _driver.SignInAsync(ReviewDriver.Officer);
        using var outsider = await _driver.SignInAsync(ReviewDriver.Outsider);
        using var admin = await _driver.SignInAsync(ReviewDriver.InstitutionAdmin);
        const string stranger = "qa.stranger@microcred.demo";
        await _driver.AddQaOfficerAsync(stranger, "Stina Fremd", DemoAccounts.UniversityOther);
        using var otherOfficer = await _driver.SignInAsync(stranger);

        string[] urls = [$"/designs/{designId}/timeline", $"/designs/{designId}/versions", $"/designs/{designId}/versions/1/changes"];
        foreach (var url in urls)
        {
            var page = await officer.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Null(page.Document.QuerySelector($"a[href='/designs/{designId}/history']"));
            Assert.Empty(page.Document.QuerySelectorAll("main form[method=post]"));
            foreach (var browser in new[] { outsider, admin, otherOfficer })
            {
                Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(url)).Status);
            }
        }

        Assert.Contains("Version submitted", (await officer.GetAsync(urls[0])).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_resubmitted_version_shows_the_reviewer_what_changed_and_links_to_guests_and_records()
    {
        var designId = await factory.CopyOfCompleteDesignAsync("Resubmitted for review");
        await factory.SubmitAsync(designId);
        await factory.DecideAsync(designId, DecisionOutcome.ChangesRequested, "Sharpen the first outcome.");
        const string statement = "Rank three flood adaptation options for a coastal town by cost and benefit.";
        var second = await factory.SubmitAsync(designId, content => content.LearningOutcomes.Outcomes[0].Statement = statement);
        using var officer = await _driver.SignInAsync(ReviewDriver.Officer);

        var step6 = await officer.GetAsync($"/reviews/{second.Review.Id}?step=6");
        Assert.Equal(HttpStatusCode.OK, step6.Status);
        var changes = step6.Document.QuerySelector("section[aria-labelledby=changes-heading]")!;
        Assert.Contains("Changes since version 1", changes.TextContent, StringComparison.Ordinal);
        Assert.Contains(statement, changes.TextContent, StringComparison.Ordinal);
        Assert.NotNull(changes.QuerySelector($"a[href='/designs/{designId}/versions/2/changes']"));
        var stepLinks = step6.Document.QuerySelectorAll("nav[aria-label='Steps of the version'] li");
        Assert.Contains("changed", stepLinks.Single(li => li.TextContent.TrimStart().StartsWith("6.", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("changed", stepLinks.Single(li => li.TextContent.TrimStart().StartsWith("1.", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);

        var step1 = await officer.GetAsync($"/reviews/{second.Review.Id}?step=1");
        Assert.Contains("This step is the same as in version 1.", step1.Text, StringComparison.Ordinal);

        foreach (var link in new[] { $"/designs/{designId}/guests", $"/designs/{designId}/approvals", $"/designs/{designId}/versions/2/changes" })
        {
            Assert.NotNull(step6.Document.QuerySelector($"a[href='{link}']"));
            Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(link)).Status);
        }

        var first = await factory.WithDbAsync(db => db.Reviews.Where(r => r.DesignId == designId && r.VersionNumber == 1).Select(r => r.Id).SingleAsync());
        Assert.Null((await officer.GetAsync($"/reviews/{first}?step=6")).Document.QuerySelector("section[aria-labelledby=changes-heading]"));
    }

    private async Task<(string Path, TestBrowser.Page Page)> OpenNotificationAsync(TestBrowser browser, string email, Guid designId, NotificationKind kind)
    {
        var userId = await _driver.UserIdAsync(email);
        var id = await factory.WithDbAsync(db => db.Notifications
            .Where(n => n.UserId == userId && n.DesignId == designId && n.Kind == kind && n.ReadAt == null).Select(n => n.Id).SingleAsync());
        var list = await browser.GetAsync("/notifications");
        Assert.NotNull(list.Document.QuerySelector($"a[href='/notifications/{id}']"));
        var open = await browser.GetAsync($"/notifications/{id}");
        Assert.Equal(HttpStatusCode.Redirect, open.Status);
        var path = open.Location!.OriginalString;
        var page = await browser.GetAsync(path);
        Assert.True(page.Status == HttpStatusCode.OK, $"{email} could not open {path}: {(int)page.Status}");
        return (path, page);
    }

    private Task<int> CountAsync(string email, Guid designId, NotificationKind kind) =>
        factory.WithDbAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            return await db.Notifications.CountAsync(n => n.UserId == userId && n.DesignId == designId && n.Kind == kind);
        });

    private List<MimeMessage> MailsTo(string email) => Directory.Exists(factory.MailFolder)
        ? [.. Directory.GetFiles(factory.MailFolder, "*.eml").Select(f => MimeMessage.Load(f)).Where(m => m.To.Mailboxes.Any(b => b.Address == email))]
        : [];
}
