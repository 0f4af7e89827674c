using System.Net;
using System.Text.RegularExpressions;
using MicroCred.Domain.Accounts;
using MicroCred.Infrastructure.Seeding;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace MicroCred.Web.Tests;

public sealed partial class InvitationTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    [Fact]
    public async Task An_invited_person_receives_the_link_by_email_and_creates_an_account_with_it_once()
    {
        var link = await InviteAsync("new.designer@uni.example", "Nora Designer", Roles.CourseDesigner);

        using var invitee = factory.Browser();
        var form = await invitee.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Contains("Course designer", form.Text, StringComparison.Ordinal);
        Assert.Contains("Rijnmond University", form.Text, StringComparison.Ordinal);

        var accepted = await invitee.PostAsync("/account/accept-invitation", Fields(link, "Nora Designer", "nora-password-2026"), form.AntiforgeryToken());
        Assert.Equal(HttpStatusCode.Redirect, accepted.Status);
        var dashboard = await invitee.GetAsync("/");
        Assert.Contains("Welcome, Nora Designer", dashboard.Text, StringComparison.Ordinal);

        var user = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == "new.designer@uni.example"));
        Assert.Equal(DemoAccounts.UniversityNl, user.InstitutionId);

        using var second = factory.Browser();
        var reused = await second.GetAsync(link);
        Assert.Equal(HttpStatusCode.Gone, reused.Status);
        Assert.Contains("already been used", reused.Text, StringComparison.Ordinal);

        using var signIn = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await signIn.LoginAsync("new.designer@uni.example", "nora-password-2026")).Status);
    }

    [Fact]
    public async Task An_expired_invitation_cannot_be_used()
    {
        var link = await InviteAsync("late.reviewer@uni.example", "Lara Late", Roles.QaOfficer);
        using var invitee = factory.Browser();
        var form = await invitee.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, form.Status);

        factory.Clock.Set(DateTimeOffset.UtcNow.AddDays(8));
        try
        {
            var page = await invitee.PostAsync("/account/accept-invitation", Fields(link, "Lara Late", "lara-password-2026"), form.AntiforgeryToken());
            Assert.Equal(HttpStatusCode.Gone, page.Status);
            Assert.Contains("expired", page.Text, StringComparison.Ordinal);
        }
        finally
        {
            factory.Clock.Set(DateTimeOffset.UtcNow);
        }

        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "late.reviewer@uni.example")));
    }

    [Fact]
    public async Task A_withdrawn_invitation_cannot_be_used()
    {
        var link = await InviteAsync("withdrawn@uni.example", "Wim Withdrawn", Roles.CourseDesigner);
        var id = await factory.WithDbAsync(db => db.Invitations.Where(i => i.Email == "withdrawn@uni.example").Select(i => i.Id).SingleAsync());

        using var admin = factory.Browser();
        await admin.LoginAsync("institution.admin@microcred.demo");
        var list = await admin.GetAsync("/admin/users");
        Assert.Contains(id.ToString(), list.Html, StringComparison.Ordinal);
        var token = list.Document.QuerySelector($"form[action='/admin/users/invitations/{id}/withdraw'] input[name=__RequestVerificationToken]")?.GetAttribute("value");
        Assert.NotNull(token);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"/admin/users/invitations/{id}/withdraw", new Dictionary<string, string>(), token)).Status);

        using var invitee = factory.Browser();
        var page = await invitee.GetAsync(link);
        Assert.Equal(HttpStatusCode.Gone, page.Status);
        Assert.Contains("withdrawn", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_invitation_input_gets_messages_next_to_the_fields_and_stores_nothing()
    {
        using var admin = factory.Browser();
        await admin.LoginAsync("institution.admin@microcred.demo");
        var before = await factory.WithDbAsync(db => db.Invitations.CountAsync());

        var page = await admin.SubmitAsync("/admin/users/invite", new Dictionary<string, string>
        {
            ["FullName"] = new string('x', 151),
            ["Email"] = "not-an-address",
            ["InstitutionId"] = "",
            ["Role"] = "Emperor",
        });
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("The name can have at most 150 characters.", page.FieldError("FullName"));
        Assert.Equal("Enter an e-mail address in the right format, like name@uni.example.", page.FieldError("Email"));
        Assert.Equal("Choose the institution the person belongs to.", page.FieldError("InstitutionId"));
        Assert.Equal("Choose a role from the list.", page.FieldError("Role"));
        Assert.Equal("not-an-address", page.InputValue("Email"));
        Assert.Equal(before, await factory.WithDbAsync(db => db.Invitations.CountAsync()));
    }

    [Fact]
    public async Task An_institution_admin_cannot_invite_into_another_institution_or_grant_platform_administration()
    {
        using var admin = factory.Browser();
        await admin.LoginAsync("institution.admin@microcred.demo");

        var otherInstitution = await admin.SubmitAsync("/admin/users/invite", new Dictionary<string, string>
        {
            ["FullName"] = "Someone Else",
            ["Email"] = "someone@else.example",
            ["InstitutionId"] = DemoAccounts.UniversityPt.ToString(),
            ["Role"] = Roles.CourseDesigner,
        });
        Assert.Equal("Choose one of the institutions in the list.", otherInstitution.FieldError("InstitutionId"));

        var administrator = await admin.SubmitAsync("/admin/users/invite", new Dictionary<string, string>
        {
            ["FullName"] = "Someone Else",
            ["Email"] = "someone@else.example",
            ["InstitutionId"] = DemoAccounts.UniversityNl.ToString(),
            ["Role"] = Roles.Administrator,
        });
        Assert.Equal("You cannot give this role. Ask a platform administrator.", administrator.FieldError("Role"));
        Assert.False(await factory.WithDbAsync(db => db.Invitations.AnyAsync(i => i.Email == "someone@else.example")));
    }

    [Fact]
    public async Task A_course_designer_cannot_open_user_administration()
    {
        using var designer = factory.Browser();
        await designer.LoginAsync("leader@microcred.demo");
        var page = await designer.GetAsync("/admin/users/invite");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.StartsWith("/account/access-denied", page.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Weak_passwords_are_refused_when_accepting_and_the_invitation_stays_usable()
    {
        var link = await InviteAsync("weak@uni.example", "Walter Weak", Roles.CourseDesigner);
        using var invitee = factory.Browser();
        var form = await invitee.GetAsync(link);
        var page = await invitee.PostAsync("/account/accept-invitation", Fields(link, "", "password"), form.AntiforgeryToken());
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Enter your full name.", page.FieldError("FullName"));
        Assert.Equal("Use at least 12 characters.", page.FieldError("Password"));
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "weak@uni.example")));
        Assert.Equal(HttpStatusCode.OK, (await invitee.GetAsync(link)).Status);
    }

    private async Task<string> InviteAsync(string email, string name, string role)
    {
        using var admin = factory.Browser();
        await admin.LoginAsync("institution.admin@microcred.demo");
        var sent = await admin.SubmitAsync("/admin/users/invite", new Dictionary<string, string>
        {
            ["FullName"] = name,
            ["Email"] = email,
            ["InstitutionId"] = DemoAccounts.UniversityNl.ToString(),
            ["Role"] = role,
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);

        // The pickup folder holds the message; the link is read from it as the invitee would.
        var message = Directory.GetFiles(factory.MailFolder, "*.eml")
            .Select(f => MimeMessage.Load(f))
            .Single(m => m.To.Mailboxes.Any(b => b.Address == email));
        Assert.Equal("Your invitation to MicroCred", message.Subject);
        var url = LinkPattern().Match(message.TextBody ?? "").Value;
        Assert.NotEmpty(url);
        return new Uri(url).PathAndQuery;
    }

    private static Dictionary<string, string> Fields(string link, string name, string password) => new()
    {
        ["Token"] = Uri.UnescapeDataString(link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..]),
        ["FullName"] = name,
        ["Password"] = password,
        ["ConfirmPassword"] = password,
    };

    [GeneratedRegex(@"https?://\S+/account/accept-invitation\?token=\S+")]
    private static partial Regex LinkPattern();
}
