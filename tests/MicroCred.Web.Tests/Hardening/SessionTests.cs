using System.Net;
using MicroCred.Infrastructure.Seeding;
using MicroCred.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Tests.Hardening;

/// <summary>OWASP ASVS 3.3.1: signing out ends the session on the server, so a cookie saved before is worth nothing afterwards.</summary>
public sealed class SessionTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    [Fact]
    public async Task A_cookie_saved_before_signing_out_no_longer_opens_the_dashboard()
    {
        var (browser, cookies) = Browser(factory);
        using (browser)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync("partner.pt@microcred.demo")).Status);
            var saved = AuthCookie(cookies);
            Assert.Equal(HttpStatusCode.OK, (await Replay(factory, saved)).StatusCode);

            var dashboard = await browser.GetAsync("/");
            var signedOut = await browser.PostAsync("/account/logout", new Dictionary<string, string>(), dashboard.AnyAntiforgeryToken());
            Assert.Equal(HttpStatusCode.Redirect, signedOut.Status);

            using var replayed = await Replay(factory, saved);
            Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
            Assert.StartsWith("/account/login", replayed.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Changing_the_password_signs_out_every_other_browser_at_once_and_keeps_this_one()
    {
        var (here, _) = Browser(factory);
        var (elsewhere, elsewhereCookies) = Browser(factory);
        using (here)
        using (elsewhere)
        {
            await here.LoginAsync("outsider@microcred.demo");
            await elsewhere.LoginAsync("outsider@microcred.demo");
            var elsewhereCookie = AuthCookie(elsewhereCookies);

            var changed = await here.SubmitAsync("/account/change-password", new Dictionary<string, string>
            {
                ["CurrentPassword"] = DemoAccounts.Password,
                ["NewPassword"] = "a-new-password-2027",
                ["ConfirmPassword"] = "a-new-password-2027",
            });
            Assert.Equal(HttpStatusCode.Redirect, changed.Status);

            Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/")).Status);
            using var replayed = await Replay(factory, elsewhereCookie);
            Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.GetAsync("/")).Status);
        }
    }

    [Fact]
    public async Task Every_sign_in_has_its_own_session_row_and_signing_out_removes_only_that_one()
    {
        var (first, _) = Browser(factory);
        var (second, _) = Browser(factory);
        using (first)
        using (second)
        {
            await first.LoginAsync("partner.es@microcred.demo");
            await second.LoginAsync("partner.es@microcred.demo");
            var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "partner.es@microcred.demo").Select(u => u.Id).SingleAsync());
            Assert.Equal(2, await factory.WithDbAsync(db => db.UserSessions.CountAsync(s => s.UserId == userId)));

            var page = await first.GetAsync("/");
            await first.PostAsync("/account/logout", new Dictionary<string, string>(), page.AnyAntiforgeryToken());

            Assert.Equal(1, await factory.WithDbAsync(db => db.UserSessions.CountAsync(s => s.UserId == userId)));
            Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/")).Status);
        }
    }

    [Fact]
    public async Task Two_portal_instances_on_one_database_share_the_sessions()
    {
        using var other = new MicroCredFactory();
        other.Settings["ConnectionStrings:MicroCred"] = $"Data Source={Path.Combine(factory.DataFolder, "microcred.db")}";
        var (browser, cookies) = Browser(factory);
        using (browser)
        {
            await browser.LoginAsync("qa.officer@microcred.demo");
            var saved = AuthCookie(cookies);
            using (var before = await Replay(other, saved))
            {
                Assert.Equal(HttpStatusCode.OK, before.StatusCode);
            }

            var page = await browser.GetAsync("/");
            await browser.PostAsync("/account/logout", new Dictionary<string, string>(), page.AnyAntiforgeryToken());

            using var after = await Replay(other, saved);
            Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        }
    }

    private static (TestBrowser Browser, CookieContainer Cookies) Browser(MicroCredFactory factory)
    {
        var cookies = new CookieContainer();
        var client = factory.CreateDefaultClient(new CookieContainerHandler(cookies));
        return (new TestBrowser(client), cookies);
    }

    private static string AuthCookie(CookieContainer cookies) =>
        cookies.GetCookies(new Uri("http://localhost/")).Single(c => c.Name == "MicroCred.Auth").Value;

    /// <summary>A fresh client that sends only the saved cookie, as an attacker who copied it would.</summary>
    private static async Task<HttpResponseMessage> Replay(MicroCredFactory factory, string authCookie)
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", "MicroCred.Auth=" + authCookie);
        return await client.SendAsync(request);
    }
}
