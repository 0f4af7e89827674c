using System.Net;
using System.Text.RegularExpressions;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace MicroCred.Web.Tests.Review;

/// <summary>Guest reviewer invitations by the QA officers covering a design, and what the guest's link shows.</summary>
public sealed partial class GuestInvitationTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    [Fact]
    public async Task A_covering_QA_officer_invites_a_guest_who_opens_the_link_and_sees_design_version_and_expiry()
    {
        factory.Clock.Set(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
        var designId = await factory.CopyOfCompleteDesignAsync("Guest journey");
        await factory.SubmitAsync(designId);

        var link = await InviteAsync(designId, "Gwen Guest", "gwen.guest@employer.example", "2026-12-20");

        using var guest = factory.Browser();
        var page = await guest.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Guest review of “Guest journey”", page.Text, StringComparison.Ordinal);
        Assert.Contains("Version 1 (under review)", page.Text, StringComparison.Ordinal);
        Assert.Contains("20 December 2026, 00:00", page.Text, StringComparison.Ordinal);
        Assert.NotNull(await factory.WithDbAsync(db => db.GuestReviewers.Where(g => g.DesignId == designId).Select(g => g.AcceptedAt).SingleAsync()));

        using var qa = factory.Browser();
        await qa.LoginAsync(ReviewSetup.Qa);
        var list = await qa.GetAsync($"/designs/{designId}/guests");
        var row = list.Document.QuerySelector("tbody tr")!.TextContent;
        Assert.Contains("Gwen Guest", row, StringComparison.Ordinal);
        Assert.Contains("Opened", row, StringComparison.Ordinal);
        Assert.Contains("Gwen Guest invited as employer reviewer until 20 December 2026.", await TimelineAsync(designId), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_is_stored_only_as_its_hash()
    {
        var designId = await factory.CopyOfCompleteDesignAsync("Guest hash");
        await factory.SubmitAsync(designId);
        var link = await InviteAsync(designId, "Hanna Hash", "hanna.hash@uni.example", Day(10));
        var token = link["/guest/".Length..];

        var stored = await factory.WithDbAsync(db => db.GuestReviewers.Where(g => g.DesignId == designId).Select(g => g.TokenHash).SingleAsync());
        Assert.NotEqual(token, stored);
        Assert.Equal(MicroCred.Domain.SecretToken.Hash(token), stored);
    }

    [Fact]
    public async Task An_unknown_link_gives_a_clear_page()
    {
        using var guest = factory.Browser();
        var page = await guest.GetAsync("/guest/not-a-real-token");
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("We do not recognise this link", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_link_gives_a_clear_page()
    {
        factory.Clock.Set(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
        var designId = await factory.CopyOfCompleteDesignAsync("Guest expired");
        await factory.SubmitAsync(designId);
        var link = await InviteAsync(designId, "Eva Expired", "eva.expired@uni.example", "2026-11-30");

        factory.Clock.Set(new DateTimeOffset(2026, 11, 30, 0, 0, 1, TimeSpan.Zero));
        using var guest = factory.Browser();
        var page = await guest.GetAsync(link);

        Assert.Equal(HttpStatusCode.Gone, page.Status);
        Assert.Contains("Your guest access to this course design has ended", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_withdrawn_link_gives_a_clear_page()
    {
        var designId = await factory.CopyOfCompleteDesignAsync("Guest withdrawn");
        await factory.SubmitAsync(designId);
        var link = await InviteAsync(designId, "Will Withdrawn", "will.withdrawn@uni.example", Day(20));
        var guestId = await factory.WithDbAsync(db => db.GuestReviewers.Where(g => g.DesignId == designId).Select(g => g.Id).SingleAsync());

        using var qa = factory.Browser();
        await qa.LoginAsync(ReviewSetup.Qa);
        var withdrawn = await qa.SubmitAsync($"/designs/{designId}/guests", new Dictionary<string, string>(), postUrl: $"/designs/{designId}/guests/{guestId}/withdraw");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.Status);
        var list = await qa.GetAsync($"/designs/{designId}/guests");
        Assert.Contains("The guest access of Will Withdrawn is withdrawn", list.Text, StringComparison.Ordinal);
        Assert.Contains("Withdrawn", list.Document.QuerySelector("tbody tr")!.TextContent, StringComparison.Ordinal);

        using var guest = factory.Browser();
        var page = await guest.GetAsync(link);
        Assert.Equal(HttpStatusCode.Gone, page.Status);
        Assert.Contains("was withdrawn", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_refused_next_to_the_fields_with_the_input_kept()
    {
        var designId = await factory.CopyOfCompleteDesignAsync("Guest bad input");
        await factory.SubmitAsync(designId);
        using var qa = factory.Browser();
        await qa.LoginAsync(ReviewSetup.Qa);

        var page = await qa.SubmitAsync($"/designs/{designId}/guests", new Dictionary<string, string>
        {
            ["Form.FullName"] = "",
            ["Form.Email"] = "not-an-address",
            ["Form.Kind"] = "Academic",
            ["Form.EndsOn"] = Day(120),
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Enter the guest reviewer's full name.", page.FieldError("Form_FullName"));
        Assert.Equal("Enter an e-mail address in the right format, like name@uni.example.", page.FieldError("Form_Email"));
        Assert.Equal("Access can last at most 90 days from now: choose an earlier day.", page.FieldError("Form_EndsOn"));
        Assert.Equal("not-an-address", page.InputValue("Form_Email"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.GuestReviewers.CountAsync(g => g.DesignId == designId)));
    }

    [Fact]
    public async Task Without_a_version_under_review_nobody_can_be_invited()
    {
        var designId = await factory.CopyOfCompleteDesignAsync("Guest no review");
        using var qa = factory.Browser();
        await qa.LoginAsync(ReviewSetup.Qa);
        var page = await qa.GetAsync($"/designs/{designId}/guests");
        Assert.Contains("No version of this design is under review now", page.Text, StringComparison.Ordinal);

        var refused = await qa.PostAsync($"/designs/{designId}/guests", new Dictionary<string, string>
        {
            ["Form.FullName"] = "Nora Nobody", ["Form.Email"] = "nora@uni.example", ["Form.Kind"] = "Academic", ["Form.EndsOn"] = Day(10),
        }, page.AnyAntiforgeryToken());

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains(refused.ErrorSummary(), e => e.StartsWith("No version of this design is under review now", StringComparison.Ordinal));
        Assert.Equal(0, await factory.WithDbAsync(db => db.GuestReviewers.CountAsync(g => g.DesignId == designId)));
    }

    [Theory]
    [InlineData(ReviewSetup.Leader)]
    [InlineData(ReviewSetup.PartnerEs)]
    [InlineData(ReviewSetup.Outsider)]
    [InlineData(ReviewSetup.InstitutionAdmin)]
    [InlineData(ReviewSetup.PlatformAdmin)]
    public async Task Only_QA_officers_covering_the_design_manage_guests(string email)
    {
        var designId = await factory.CopyOfCompleteDesignAsync("Guests hidden " + email);
        await factory.SubmitAsync(designId);
        using var browser = factory.Browser();
        await browser.LoginAsync(email);

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/designs/{designId}/guests")).Status);
        var token = (await browser.GetAsync("/")).AnyAntiforgeryToken();
        var invite = await browser.PostAsync($"/designs/{designId}/guests", new Dictionary<string, string>
        {
            ["Form.FullName"] = "Sneaky", ["Form.Email"] = "sneaky@example.org", ["Form.Kind"] = "Academic", ["Form.EndsOn"] = Day(10),
        }, token);
        Assert.Equal(HttpStatusCode.NotFound, invite.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.PostAsync($"/designs/{designId}/guests/{Guid.NewGuid()}/withdraw", new Dictionary<string, string>(), token)).Status);
        Assert.Equal(0, await factory.WithDbAsync(db => db.GuestReviewers.CountAsync(g => g.DesignId == designId)));
    }

    private async Task<string> InviteAsync(Guid designId, string name, string email, string endsOn)
    {
        using var qa = factory.Browser();
        await qa.LoginAsync(ReviewSetup.Qa);
        var sent = await qa.SubmitAsync($"/designs/{designId}/guests", new Dictionary<string, string>
        {
            ["Form.FullName"] = name,
            ["Form.Email"] = email,
            ["Form.Kind"] = "Employer",
            ["Form.Organisation"] = "Delta Works Consultancy",
            ["Form.EndsOn"] = endsOn,
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);

        var message = Directory.GetFiles(factory.MailFolder, "*.eml").Select(f => MimeMessage.Load(f)).Single(m => m.To.Mailboxes.Any(b => b.Address == email));
        var url = LinkPattern().Match(message.TextBody ?? "").Value;
        Assert.NotEmpty(url);
        return new Uri(url).AbsolutePath;
    }

    private Task<string> TimelineAsync(Guid designId) =>
        factory.WithDbAsync(async db => string.Join("\n", await db.TimelineEntries.Where(e => e.DesignId == designId).Select(e => e.Summary).ToListAsync()));

    private string Day(int daysFromNow) => DateOnly.FromDateTime(factory.Clock.Now.AddDays(daysFromNow).UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"https?://\S+/guest/[A-Za-z0-9_\-%]+")]
    private static partial Regex LinkPattern();
}
