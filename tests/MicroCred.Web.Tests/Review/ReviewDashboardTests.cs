using System.Net;
using MicroCred.Domain.Designs;
using MicroCred.Web.Tests.Support;

namespace MicroCred.Web.Tests.Review;

/// <summary>A QA officer's dashboard says how many reviews wait and how many they hold, and leads to the queue.</summary>
public sealed class ReviewDashboardTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    private readonly ReviewDriver _driver = new(factory);

    [Fact]
    public async Task The_officers_dashboard_counts_waiting_and_claimed_reviews()
    {
        var designId = await _driver.DesignIdAsync(SampleDesigns.CompleteTitle);
        using var officer = await _driver.SignInAsync(ReviewDriver.Officer);
        Assert.Equal(("0", "0"), Counts(await officer.GetAsync("/")));

        using var leader = await _driver.SignInAsync(ReviewDriver.Leader);
        Assert.Equal(HttpStatusCode.Redirect, (await ReviewDriver.SubmitAsync(leader, designId)).Status);
        Assert.Equal(("1", "0"), Counts(await officer.GetAsync("/")));

        await ReviewDriver.ClaimAsync(officer, await _driver.OpenReviewIdAsync(designId));
        var page = await officer.GetAsync("/");
        Assert.Equal(("0", "1"), Counts(page));
        Assert.NotNull(page.Document.QuerySelector("#reviews-heading + div a[href='/reviews']"));

        using var leaderAgain = await _driver.SignInAsync(ReviewDriver.Leader);
        Assert.Null((await leaderAgain.GetAsync("/")).Document.QuerySelector("#reviews-heading"));
    }

    private static (string Waiting, string Mine) Counts(TestBrowser.Page page)
    {
        var cards = page.Document.QuerySelectorAll("#reviews-heading + div .fs-3").Select(e => e.TextContent.Trim()).ToList();
        return (cards[0], cards[1]);
    }
}
