using System.Net;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Seeding;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Tests.Review;

/// <summary>Two clicks or two people at the same moment: exactly one submit and one claim is stored, the other gets a clear message.</summary>
public abstract class SubmitRaceTests(MicroCredFactory factory)
{
    private readonly ReviewDriver _driver = new(factory);

    [Fact]
    public async Task Two_submits_at_once_store_exactly_one_version_and_tell_the_second_why()
    {
        var designId = await _driver.DesignIdAsync(SampleDesigns.CompleteTitle);
        using var first = await _driver.SignInAsync(ReviewDriver.Leader);
        using var second = await _driver.SignInAsync(ReviewDriver.Leader);
        var token1 = (await first.GetAsync($"/designs/{designId}/submit")).AntiforgeryToken();
        var token2 = (await second.GetAsync($"/designs/{designId}/submit")).AntiforgeryToken();

        var responses = await Task.WhenAll(
            first.PostAsync($"/designs/{designId}/submit", new Dictionary<string, string>(), token1),
            second.PostAsync($"/designs/{designId}/submit", new Dictionary<string, string>(), token2));

        Assert.Single(responses, r => r.Status == HttpStatusCode.Redirect);
        var refused = Assert.Single(responses, r => r.Status == HttpStatusCode.Conflict);
        Assert.Contains("already", refused.Document.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.DesignVersions.CountAsync(v => v.DesignId == designId)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Reviews.CountAsync(r => r.DesignId == designId)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.TimelineEntries.CountAsync(e => e.DesignId == designId && e.Event == TimelineEvent.Submitted)));
    }
}

public abstract class ClaimRaceTests(MicroCredFactory factory)
{
    private readonly ReviewDriver _driver = new(factory);

    [Fact]
    public async Task Two_officers_claiming_at_once_end_with_one_reviewer_and_only_the_lead_admin_reassigns()
    {
        var designId = await _driver.DesignIdAsync(SampleDesigns.CompleteTitle);
        var secondId = await _driver.AddQaOfficerAsync("qa.es@microcred.demo", "Sofía Ortega", DemoAccounts.UniversityEs);
        using var leader = await _driver.SignInAsync(ReviewDriver.Leader);
        Assert.Equal(HttpStatusCode.Redirect, (await ReviewDriver.SubmitAsync(leader, designId)).Status);
        var reviewId = await _driver.OpenReviewIdAsync(designId);

        using var officer = await _driver.SignInAsync(ReviewDriver.Officer);
        using var second = await _driver.SignInAsync("qa.es@microcred.demo");
        Assert.Contains(SampleDesigns.CompleteTitle, (await second.GetAsync("/reviews")).Text, StringComparison.Ordinal);
        var token1 = (await officer.GetAsync("/reviews")).AntiforgeryToken();
        var token2 = (await second.GetAsync("/reviews")).AntiforgeryToken();
        var responses = await Task.WhenAll(
            officer.PostAsync($"/reviews/{reviewId}/claim", new Dictionary<string, string>(), token1),
            second.PostAsync($"/reviews/{reviewId}/claim", new Dictionary<string, string>(), token2));

        var review = await factory.WithDbAsync(db => db.Reviews.AsNoTracking().SingleAsync(r => r.Id == reviewId));
        Assert.Equal(ReviewState.InReview, review.State);
        Assert.Equal(1, await factory.WithDbAsync(db => db.TimelineEntries.CountAsync(e => e.DesignId == designId && e.Event == TimelineEvent.ReviewClaimed)));
        var won = Assert.Single(responses, r => r.Location?.OriginalString == $"/reviews/{reviewId}");
        var lost = Assert.Single(responses, r => r.Location?.OriginalString == "/reviews");
        var loser = ReferenceEquals(lost, responses[0]) ? officer : second;
        var message = (await loser.GetAsync("/reviews")).Document.QuerySelector("main .alert-danger")!.TextContent;
        Assert.Contains($"{review.ReviewerName} already claimed this review", message, StringComparison.Ordinal);
        Assert.NotNull(won);

        // The reviewer hands it back; then only the lead institution's administrator may give it to someone.
        var holder = ReferenceEquals(loser, officer) ? second : officer;
        var notTheirs = await ReviewDriver.FollowAsync(loser, await ReviewDriver.PostWithTokenAsync(loser, "/", $"/reviews/{reviewId}/release", []));
        Assert.Contains("Only the reviewer who claimed this review can hand it back", notTheirs.Text, StringComparison.Ordinal);
        Assert.Equal(review.ReviewerId, await factory.WithDbAsync(db => db.Reviews.Where(r => r.Id == reviewId).Select(r => r.ReviewerId).SingleAsync()));
        var released = await ReviewDriver.FollowAsync(holder, await ReviewDriver.PostWithTokenAsync(holder, "/", $"/reviews/{reviewId}/release", []));
        Assert.Contains("handed back", ReviewDriver.Flash(released), StringComparison.Ordinal);

        using var leaderAgain = await _driver.SignInAsync(ReviewDriver.Leader);
        Assert.Equal(HttpStatusCode.NotFound, (await leaderAgain.GetAsync($"/reviews/{reviewId}/reassign")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/reviews/{reviewId}/reassign")).Status);

        using var admin = await _driver.SignInAsync(ReviewDriver.InstitutionAdmin);
        var page = await admin.GetAsync($"/reviews/{reviewId}/reassign");
        Assert.Contains("Sofía Ortega", page.Text, StringComparison.Ordinal);
        Assert.Contains("Quentin Janssen", page.Text, StringComparison.Ordinal);
        var outsiderId = await _driver.UserIdAsync(ReviewDriver.Outsider);
        var refused = await admin.PostAsync($"/reviews/{reviewId}/reassign", new Dictionary<string, string> { ["reviewerId"] = outsiderId.ToString() }, page.AntiforgeryToken());
        Assert.Contains("Choose one of the quality assurance officers listed", refused.Text, StringComparison.Ordinal);
        var done = await ReviewDriver.FollowAsync(admin, await admin.PostAsync($"/reviews/{reviewId}/reassign",
            new Dictionary<string, string> { ["reviewerId"] = secondId.ToString() }, page.AntiforgeryToken()));
        Assert.Contains("now belongs to Sofía Ortega", ReviewDriver.Flash(done), StringComparison.Ordinal);
        Assert.Equal(secondId, await factory.WithDbAsync(db => db.Reviews.Where(r => r.Id == reviewId).Select(r => r.ReviewerId).SingleAsync()));
    }
}

public sealed class SubmitRaceTestsOnSqlite(MicroCredFactory factory) : SubmitRaceTests(factory), IClassFixture<MicroCredFactory>;

public sealed class SubmitRaceTestsOnPostgreSql(PostgreSqlFactory factory) : SubmitRaceTests(factory), IClassFixture<PostgreSqlFactory>;

public sealed class ClaimRaceTestsOnSqlite(MicroCredFactory factory) : ClaimRaceTests(factory), IClassFixture<MicroCredFactory>;

public sealed class ClaimRaceTestsOnPostgreSql(PostgreSqlFactory factory) : ClaimRaceTests(factory), IClassFixture<PostgreSqlFactory>;
