using System.Net;
using MicroCred.Infrastructure.Seeding;
using MicroCred.Web.Tests.Support;

namespace MicroCred.Web.Tests;

public sealed class AuthenticationTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    public static TheoryData<string> DemoLogins() => [.. DemoAccounts.All.Select(a => a.Email)];

    [Theory]
    [MemberData(nameof(DemoLogins))]
    public async Task Every_demo_account_can_sign_in_and_sees_its_dashboard(string email)
    {
        using var browser = factory.Browser();
        var login = await browser.LoginAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, login.Status);
        Assert.Equal("/", login.Location?.OriginalString);

        var dashboard = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, dashboard.Status);
        var account = DemoAccounts.All.Single(a => a.Email == email);
        Assert.Contains($"Welcome, {account.FullName}", dashboard.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_next_to_the_field()
    {
        using var browser = factory.Browser();
        var page = await browser.LoginAsync("qa.officer@microcred.demo", "not-the-password-1");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("The e-mail address or the password is not right.", page.FieldError("Email"));
        Assert.Equal("qa.officer@microcred.demo", page.InputValue("Email"));
        Assert.Contains("There is a problem", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_fields_are_refused_with_a_message_for_each()
    {
        using var browser = factory.Browser();
        var page = await browser.SubmitAsync("/account/login", new Dictionary<string, string> { ["Email"] = "", ["Password"] = "" });
        Assert.Equal("Enter your e-mail address.", page.FieldError("Email"));
        Assert.Equal("Enter your password.", page.FieldError("Password"));
        Assert.Equal(2, page.ErrorSummary().Count);
    }

    [Fact]
    public async Task The_account_locks_after_five_wrong_passwords_even_for_the_right_one()
    {
        using var browser = factory.Browser();
        const string email = "partner.pt@microcred.demo";
        for (var i = 0; i < 4; i++)
        {
            var wrong = await browser.LoginAsync(email, $"wrong-password-{i}");
            Assert.Equal("The e-mail address or the password is not right.", wrong.FieldError("Email"));
        }

        var fifth = await browser.LoginAsync(email, "wrong-password-5");
        Assert.Contains("locked", fifth.FieldError("Email"), StringComparison.Ordinal);

        var right = await browser.LoginAsync(email);
        Assert.Equal(HttpStatusCode.OK, right.Status);
        Assert.Contains("locked for 15 minutes", right.FieldError("Email"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var browser = factory.Browser();
        await browser.LoginAsync("leader@microcred.demo");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).Status);

        var dashboard = await browser.GetAsync("/");
        var token = dashboard.Document.QuerySelector("form[action='/account/logout'] input[name=__RequestVerificationToken]")?.GetAttribute("value");
        var logout = await browser.PostAsync("/account/logout", new Dictionary<string, string>(), token);
        Assert.Equal(HttpStatusCode.Redirect, logout.Status);

        var after = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.Status);
        Assert.StartsWith("/account/login", after.Location?.PathAndQuery ?? after.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_can_change_their_password_and_sign_in_with_the_new_one()
    {
        using var browser = factory.Browser();
        await browser.LoginAsync("outsider@microcred.demo");

        var wrongCurrent = await browser.SubmitAsync("/account/change-password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = "not-my-password-1",
            ["NewPassword"] = "a-new-password-2026",
            ["ConfirmPassword"] = "a-new-password-2026",
        });
        Assert.Equal("Your current password is not right.", wrongCurrent.FieldError("CurrentPassword"));

        var tooShort = await browser.SubmitAsync("/account/change-password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = DemoAccounts.Password,
            ["NewPassword"] = "short1",
            ["ConfirmPassword"] = "short2",
        });
        Assert.Equal("Use at least 12 characters.", tooShort.FieldError("NewPassword"));
        Assert.Equal("The two new passwords do not match.", tooShort.FieldError("ConfirmPassword"));

        var changed = await browser.SubmitAsync("/account/change-password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = DemoAccounts.Password,
            ["NewPassword"] = "a-new-password-2026",
            ["ConfirmPassword"] = "a-new-password-2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.Status);

        using var other = factory.Browser();
        Assert.Equal(HttpStatusCode.OK, (await other.LoginAsync("outsider@microcred.demo")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await other.LoginAsync("outsider@microcred.demo", "a-new-password-2026")).Status);
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_ignored()
    {
        using var browser = factory.Browser();
        var page = await browser.SubmitAsync("/account/login?returnUrl=https://evil.example/", new Dictionary<string, string>
        {
            ["Email"] = "leader@microcred.demo",
            ["Password"] = DemoAccounts.Password,
            ["ReturnUrl"] = "https://evil.example/",
        });
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal("/", page.Location?.OriginalString);
    }
}
