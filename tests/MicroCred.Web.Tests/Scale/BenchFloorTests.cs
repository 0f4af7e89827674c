using System.Net;
using MicroCred.Web.Features.Bench;
using MicroCred.Web.Tests.Cohorts;
using MicroCred.Web.Tests.Review;
using MicroCred.Web.Tests.Support;

namespace MicroCred.Web.Tests.Scale;

/// <summary>
/// The floor page of the load benchmark (bench/load.sh): absent unless Bench:Floor is on; when on, a signed-in page with the
/// layout and an antiforgery token, like every other page, and still closed to anonymous visitors.
/// </summary>
public sealed class BenchFloorTests
{
    [Fact]
    public async Task The_floor_page_is_not_found_unless_the_benchmark_switch_is_on()
    {
        using var factory = new MicroCredFactory();
        using var leader = await factory.SignedInAsync(ReviewSetup.Leader);

        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync("/bench/floor")).Status);
    }

    [Fact]
    public async Task With_the_switch_on_the_floor_page_draws_the_layout_and_a_form_token_for_a_signed_in_user_only()
    {
        using var factory = new MicroCredFactory();
        factory.Settings[FloorController.Setting] = "true";
        using var leader = await factory.SignedInAsync(ReviewSetup.Leader);

        var page = await leader.GetAsync("/bench/floor");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Sign out", page.Text, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(page.AntiforgeryToken()));

        using var anonymous = factory.Browser();
        var refused = await anonymous.GetAsync("/bench/floor");
        Assert.Equal(HttpStatusCode.Redirect, refused.Status);
        Assert.Contains("/account/login", refused.Location!.OriginalString, StringComparison.Ordinal);
    }
}
