using System.Net;
using System.Text.RegularExpressions;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace MicroCred.Web.Tests.Review;

/// <summary>A guest reviewer reads the version under review through their link, comments on it and replies in their own threads.</summary>
public sealed partial class GuestReviewTests : IClassFixture<GuestReviewTests.Factory>
{
    private readonly MicroCredFactory _factory;

    public GuestReviewTests(Factory fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        _factory = fixture.App;
    }

    [Fact]
    public async Task A_guest_reads_the_frozen_version_step_by_step_without_any_decision_or_team_page()
    {
        var designId = await _factory.CopyOfCompleteDesignAsync("Guest reading");
        await _factory.SubmitAsync(designId);
        var link = await InviteAsync(designId, "Rita Reader", "rita.reader@uni.example");
        var lo1 = (await StepAsync<LearningOutcomesStep>(designId, WizardStep.LearningOutcomes)).Outcomes[0];

        using var guest = _factory.Browser();
        var first = await guest.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Contains("Version 1 (under review)", first.Text, StringComparison.Ordinal);
        Assert.Equal("page", first.Document.QuerySelector("nav[aria-label='Steps of the version'] a[aria-current]")!.GetAttribute("aria-current"));
        Assert.Equal($"{link}?step=2", first.Document.QuerySelector("nav[aria-label='Steps of the version'] li:nth-child(2) a")!.GetAttribute("href"));

        var step6 = await guest.GetAsync($"{link}?step=6");
        Assert.Equal(HttpStatusCode.OK, step6.Status);
        Assert.Contains(lo1.Statement!, step6.Text, StringComparison.Ordinal);
        Assert.Contains("You have not commented on this step yet", step6.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("/decision", step6.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("/claim", step6.Html, StringComparison.Ordinal);
        Assert.All(step6.Document.QuerySelectorAll("form"), f => Assert.StartsWith(link + "/", f.GetAttribute("action"), StringComparison.Ordinal));

        // Later edits by the team are not in what the guest reads.
        await ChangeLiveStatementAsync(designId, lo1.Id, "A statement written after the submission");
        Assert.DoesNotContain("A statement written after the submission", (await guest.GetAsync($"{link}?step=6")).Text, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await guest.GetAsync($"{link}?step=22")).Status);
    }

    [Fact]
    public async Task A_guest_comments_on_a_field_and_the_reviewer_and_team_see_it_marked_as_external()
    {
        var designId = await _factory.CopyOfCompleteDesignAsync("Guest commenting");
        await _factory.SubmitAsync(designId);
        var link = await InviteAsync(designId, "Carl Commenter", "carl.commenter@employer.example");
        var lo1 = (await StepAsync<LearningOutcomesStep>(designId, WizardStep.LearningOutcomes)).Outcomes[0];
        var field = $"Outcomes[{lo1.Id}].Statement";

        using var guest = _factory.Browser();
        var fieldPage = $"{link}?step=6&field={Uri.EscapeDataString(field)}&row={lo1.Id}";
        Assert.Contains("Comment on", (await guest.GetAsync(fieldPage)).Document.GetElementById("comment-heading")!.TextContent, StringComparison.Ordinal);
        var sent = await guest.SubmitAsync(fieldPage, new Dictionary<string, string>
        {
            ["Step"] = "6", ["FieldPath"] = field, ["RowId"] = lo1.Id.ToString(), ["Text"] = "Employers would ask which tools the learner can use.",
        });
        var shown = await FollowAsync(guest, sent);
        Assert.Contains("Your comment is saved", Flash(shown), StringComparison.Ordinal);
        Assert.Contains("Employers would ask which tools the learner can use.", shown.Text, StringComparison.Ordinal);
        Assert.Contains("1 open", shown.Document.QuerySelector("nav[aria-label='Steps of the version']")!.TextContent, StringComparison.Ordinal);

        var comment = await _factory.WithDbAsync(db => db.ReviewComments.SingleAsync(c => c.DesignId == designId));
        Assert.Equal((CommentRole.Guest, "Carl Commenter", WizardStep.LearningOutcomes, field, (Guid?)lo1.Id),
            (comment.AuthorRole, comment.AuthorName, comment.Step, comment.FieldPath, comment.RowId));

        using var qa = _factory.Browser();
        await qa.LoginAsync(ReviewSetup.Qa);
        var reviewId = await _factory.WithDbAsync(db => db.Reviews.Where(r => r.DesignId == designId).Select(r => r.Id).SingleAsync());
        var workspace = await qa.GetAsync($"/reviews/{reviewId}?step=6");
        Assert.Contains("Carl Commenter (external reviewer)", workspace.Document.GetElementById($"thread-{comment.Id:N}")!.TextContent, StringComparison.Ordinal);

        var leaderId = await _factory.UserIdAsync(ReviewSetup.Leader);
        var told = await _factory.WithDbAsync(db => db.Notifications.Where(n => n.UserId == leaderId && n.DesignId == designId).Select(n => n.Text).ToListAsync());
        Assert.Contains(told, t => t.StartsWith("Carl Commenter commented on Learning outcomes", StringComparison.Ordinal));

        using var leader = _factory.Browser();
        await leader.LoginAsync(ReviewSetup.Leader);
        var teamComments = await leader.GetAsync($"/designs/{designId}/comments");
        Assert.Contains("Carl Commenter (external reviewer)", teamComments.Document.GetElementById($"thread-{comment.Id:N}")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_guest_replies_in_their_own_thread_after_the_team_answered()
    {
        var designId = await _factory.CopyOfCompleteDesignAsync("Guest replying");
        await _factory.SubmitAsync(designId);
        var link = await InviteAsync(designId, "Rosa Replier", "rosa.replier@uni.example");

        using var guest = _factory.Browser();
        await FollowAsync(guest, await guest.SubmitAsync($"{link}?step=4", new Dictionary<string, string> { ["Step"] = "4", ["Text"] = "Is the workload realistic?" }));
        var comment = await _factory.WithDbAsync(db => db.ReviewComments.SingleAsync(c => c.DesignId == designId));

        using var leader = _factory.Browser();
        await leader.LoginAsync(ReviewSetup.Leader);
        Assert.Equal(HttpStatusCode.Redirect,
            (await leader.SubmitAsync($"/comments/{comment.Id}", new Dictionary<string, string> { ["Text"] = "Yes: we counted every activity." }, $"/comments/{comment.Id}/reply")).Status);

        var step4 = await guest.GetAsync($"{link}?step=4");
        var thread = step4.Document.GetElementById($"thread-{comment.Id:N}")!;
        Assert.Contains("Yes: we counted every activity.", thread.TextContent, StringComparison.Ordinal);
        var form = thread.QuerySelector("form")!;
        Assert.Equal($"{link}/comments/{comment.Id}/reply", form.GetAttribute("action"));
        Assert.Null(thread.QuerySelector("button[formaction]"));
        var version = form.QuerySelector("input[name=Version]")!.GetAttribute("value")!;

        var replied = await FollowAsync(guest, await guest.PostAsync(form.GetAttribute("action")!, new Dictionary<string, string>
        {
            ["Text"] = "Thank you, that answers it.", ["Version"] = version,
        }, step4.AnyAntiforgeryToken()));
        Assert.Equal("Reply sent.", Flash(replied));

        var stored = await _factory.WithDbAsync(db => db.ReviewComments.SingleAsync(c => c.Id == comment.Id));
        Assert.Equal([CommentRole.Team, CommentRole.Guest], stored.Replies.Select(r => r.AuthorRole));
        Assert.Equal("Thank you, that answers it.", stored.Replies[^1].Text);

        // A reply based on the thread as it was before is refused with the text kept.
        var stale = await guest.PostAsync(form.GetAttribute("action")!, new Dictionary<string, string>
        {
            ["Text"] = "One more thought.", ["Version"] = version,
        }, step4.AnyAntiforgeryToken());
        Assert.Equal(HttpStatusCode.OK, stale.Status);
        Assert.Contains("This thread changed while you were writing", stale.Text, StringComparison.Ordinal);
        Assert.Equal("One more thought.", stale.Document.GetElementById($"text-{comment.Id:N}")!.TextContent);
        Assert.Equal(2, (await _factory.WithDbAsync(db => db.ReviewComments.SingleAsync(c => c.Id == comment.Id))).Replies.Count);
    }

    [Fact]
    public async Task A_comment_posted_with_an_expired_or_withdrawn_link_is_refused_and_nothing_is_stored()
    {
        _factory.Clock.Set(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
        var designId = await _factory.CopyOfCompleteDesignAsync("Guest too late");
        await _factory.SubmitAsync(designId);
        var expiring = await InviteAsync(designId, "Len Late", "len.late@uni.example", "2026-11-30");
        var withdrawn = await InviteAsync(designId, "Wanda Withdrawn", "wanda.withdrawn@uni.example", "2026-12-20");

        using var late = _factory.Browser();
        var latePage = await late.GetAsync($"{expiring}?step=2");
        using var gone = _factory.Browser();
        var gonePage = await gone.GetAsync($"{withdrawn}?step=2");

        var guestId = await _factory.WithDbAsync(db => db.GuestReviewers.Where(g => g.Email == "wanda.withdrawn@uni.example").Select(g => g.Id).SingleAsync());
        using var qa = _factory.Browser();
        await qa.LoginAsync(ReviewSetup.Qa);
        Assert.Equal(HttpStatusCode.Redirect,
            (await qa.SubmitAsync($"/designs/{designId}/guests", new Dictionary<string, string>(), $"/designs/{designId}/guests/{guestId}/withdraw")).Status);
        _factory.Clock.Set(new DateTimeOffset(2026, 11, 30, 0, 0, 1, TimeSpan.Zero));

        var expired = await late.PostAsync($"{expiring}/comments", new Dictionary<string, string> { ["Step"] = "2", ["Text"] = "Sent too late." }, latePage.AnyAntiforgeryToken());
        Assert.Equal(HttpStatusCode.Gone, expired.Status);
        Assert.Contains("Your guest access to this course design has ended", expired.Text, StringComparison.Ordinal);

        var revoked = await gone.PostAsync($"{withdrawn}/comments", new Dictionary<string, string> { ["Step"] = "2", ["Text"] = "Sent after withdrawal." }, gonePage.AnyAntiforgeryToken());
        Assert.Equal(HttpStatusCode.Gone, revoked.Status);
        Assert.Contains("was withdrawn", revoked.Text, StringComparison.Ordinal);

        Assert.Equal(0, await _factory.WithDbAsync(db => db.ReviewComments.CountAsync(c => c.DesignId == designId)));
    }

    [Fact]
    public async Task A_guest_reaches_nothing_of_another_design_nor_other_people_s_threads()
    {
        var ownId = await _factory.CopyOfCompleteDesignAsync("Guest own design");
        await _factory.SubmitAsync(ownId);
        var otherId = await _factory.CopyOfCompleteDesignAsync("Guest other design");
        await _factory.SubmitAsync(otherId);
        var link = await InviteAsync(ownId, "Olga Own", "olga.own@uni.example");
        var otherLink = await InviteAsync(otherId, "Otto Other", "otto.other@uni.example");

        using var other = _factory.Browser();
        await FollowAsync(other, await other.SubmitAsync($"{otherLink}?step=6", new Dictionary<string, string> { ["Step"] = "6", ["Text"] = "A remark on the other design." }));
        var otherComment = await _factory.WithDbAsync(db => db.ReviewComments.SingleAsync(c => c.DesignId == otherId));
        var otherReview = otherComment.ReviewId;

        using var guest = _factory.Browser();
        var page = await guest.GetAsync($"{link}?step=6");
        Assert.Contains("Guest own design", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Guest other design", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("A remark on the other design.", page.Text, StringComparison.Ordinal);

        var reply = await guest.PostAsync($"{link}/comments/{otherComment.Id}/reply", new Dictionary<string, string> { ["Text"] = "Sneaking in." }, page.AnyAntiforgeryToken());
        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Empty((await _factory.WithDbAsync(db => db.ReviewComments.SingleAsync(c => c.Id == otherComment.Id))).Replies);

        // The other design's review, steps and comments stay behind sign-in for an anonymous guest.
        foreach (var url in new[] { $"/reviews/{otherReview}?step=6", $"/designs/{otherId}/steps/6", $"/comments/{otherComment.Id}", $"/designs/{ownId}/comments" })
        {
            var response = await guest.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.Status);
            Assert.StartsWith("/account/login", response.Location!.AbsolutePath, StringComparison.Ordinal);
        }

        // A field of another step is refused, not stored.
        var lo1 = (await StepAsync<LearningOutcomesStep>(ownId, WizardStep.LearningOutcomes)).Outcomes[0];
        var wrongField = await guest.PostAsync($"{link}/comments", new Dictionary<string, string>
        {
            ["Step"] = "2", ["FieldPath"] = $"Outcomes[{lo1.Id}].Statement", ["RowId"] = lo1.Id.ToString(), ["Text"] = "Pointing elsewhere.",
        }, page.AnyAntiforgeryToken());
        Assert.Equal(HttpStatusCode.OK, wrongField.Status);
        Assert.Contains(wrongField.ErrorSummary(), e => e.Contains("not part of this step", StringComparison.Ordinal));
        Assert.Equal("Pointing elsewhere.", wrongField.Document.GetElementById("Text")!.TextContent);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.ReviewComments.CountAsync(c => c.DesignId == ownId)));
    }

    [Fact]
    public async Task A_comment_without_text_is_refused_next_to_the_box()
    {
        var designId = await _factory.CopyOfCompleteDesignAsync("Guest empty comment");
        await _factory.SubmitAsync(designId);
        var link = await InviteAsync(designId, "Emil Empty", "emil.empty@uni.example");

        using var guest = _factory.Browser();
        var refused = await guest.SubmitAsync($"{link}?step=3", new Dictionary<string, string> { ["Step"] = "3", ["Text"] = "  " });

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("Write the comment before sending it.", refused.FieldError("Text"));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.ReviewComments.CountAsync(c => c.DesignId == designId)));
    }

    [Fact]
    public async Task After_the_decision_the_guest_is_told_there_is_nothing_to_review()
    {
        var designId = await _factory.CopyOfCompleteDesignAsync("Guest after decision");
        await _factory.SubmitAsync(designId);
        var link = await InviteAsync(designId, "Dora Decided", "dora.decided@uni.example");
        await _factory.DecideAsync(designId, DecisionOutcome.Approved, "Fine as it is.");

        using var guest = _factory.Browser();
        var page = await guest.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("no version of this design waiting for review", page.Text, StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll("form"));
    }

    private async Task<string> InviteAsync(Guid designId, string name, string email, string? endsOn = null)
    {
        using var qa = _factory.Browser();
        await qa.LoginAsync(ReviewSetup.Qa);
        var sent = await qa.SubmitAsync($"/designs/{designId}/guests", new Dictionary<string, string>
        {
            ["Form.FullName"] = name,
            ["Form.Email"] = email,
            ["Form.Kind"] = "Academic",
            ["Form.EndsOn"] = endsOn ?? DateOnly.FromDateTime(_factory.Clock.Now.AddDays(20).UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);

        var message = Directory.GetFiles(_factory.MailFolder, "*.eml").Select(f => MimeMessage.Load(f)).Single(m => m.To.Mailboxes.Any(b => b.Address == email));
        return new Uri(LinkPattern().Match(message.TextBody ?? "").Value).AbsolutePath;
    }

    private Task<T> StepAsync<T>(Guid designId, WizardStep step) =>
        _factory.WithDbAsync(async db => (T)DesignContentJson.Deserialize(step, (await db.DesignSteps.SingleAsync(s => s.DesignId == designId && s.Step == step)).ContentJson));

    private Task ChangeLiveStatementAsync(Guid designId, Guid outcomeId, string statement) =>
        _factory.WithDbAsync(async (MicroCredDbContext db) =>
        {
            var row = await db.DesignSteps.SingleAsync(s => s.DesignId == designId && s.Step == WizardStep.LearningOutcomes);
            var content = (LearningOutcomesStep)DesignContentJson.Deserialize(WizardStep.LearningOutcomes, row.ContentJson);
            content.Outcomes.Single(o => o.Id == outcomeId).Statement = statement;
            row.Save(DesignContentJson.Serialize(content), row.MarkedComplete, row.LastEditedById ?? Guid.Empty, _factory.Clock.Now);
            await db.SaveChangesAsync();
            return 0;
        });

    private static async Task<TestBrowser.Page> FollowAsync(TestBrowser browser, TestBrowser.Page page)
    {
        Assert.True(page.Status == HttpStatusCode.Redirect, $"Expected a redirect, got {(int)page.Status}: {page.Text[..Math.Min(600, page.Text.Length)]}");
        return await browser.GetAsync(page.Location!.OriginalString);
    }

    private static string Flash(TestBrowser.Page page) => page.Document.QuerySelector("main .alert-success")?.TextContent.Trim() ?? "";

    [GeneratedRegex(@"https?://\S+/guest/[A-Za-z0-9_\-%]+")]
    private static partial Regex LinkPattern();

    /// <summary>The app with room for many guest-link requests a minute: these tests are about access, not the rate limit.</summary>
    public sealed class Factory : IDisposable
    {
        public Factory()
        {
            App.Settings["Security:InvitationAttemptsPerMinute"] = "1000";
        }

        public MicroCredFactory App { get; } = new();

        public void Dispose() => App.Dispose();
    }
}
