using System.Net;
using MicroCred.Domain.Designs;
using MicroCred.Web.Tests.Support;

namespace MicroCred.Web.Tests.Review;

/// <summary>The frozen version reads like the rest of the portal: dates as "20 September 2027", never as stored.</summary>
public sealed class FrozenValueDisplayTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    private readonly ReviewDriver _driver = new(factory);

    [Fact]
    public async Task Dates_of_the_frozen_version_are_shown_as_day_month_year()
    {
        var designId = await _driver.DesignIdAsync(SampleDesigns.CompleteTitle);
        using var leader = await _driver.SignInAsync(ReviewDriver.Leader);
        Assert.Equal(HttpStatusCode.Redirect, (await ReviewDriver.SubmitAsync(leader, designId)).Status);
        using var officer = await _driver.SignInAsync(ReviewDriver.Officer);
        var reviewId = await _driver.OpenReviewIdAsync(designId);
        await ReviewDriver.ClaimAsync(officer, reviewId);

        var text = (await officer.GetAsync($"/reviews/{reviewId}?step={(int)WizardStep.CoursePlan}")).Document.QuerySelector("main")!.TextContent;

        Assert.Contains("20 September 2027", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2027-09-20", text, StringComparison.Ordinal);
    }
}
