using System.Net;
using MicroCred.Domain.Designs;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Tests.Wizard;

/// <summary>A design is visible only to its team: everyone else gets "not found" on every design address, for reading and for writing.</summary>
public sealed class DesignAccessTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    [Theory]
    [InlineData("outsider@microcred.demo")]
    [InlineData("admin@microcred.demo")]
    [InlineData("qa.officer@microcred.demo")]
    [InlineData("institution.admin@microcred.demo")]
    public async Task People_outside_the_team_get_not_found_on_every_design_page(string email)
    {
        var designId = await DesignIdAsync(SampleDesigns.CompleteTitle);
        using var browser = factory.Browser();
        await browser.LoginAsync(email);
        var pages = new List<string> { "", "/checks", "/team", "/history" };
        pages.AddRange(Enumerable.Range(1, 21).Select(n => $"/steps/{n}"));
        foreach (var page in pages)
        {
            var response = await browser.GetAsync($"/designs/{designId}{page}");
            Assert.True(response.Status == HttpStatusCode.NotFound, $"GET /designs/{{id}}{page} answered {(int)response.Status} to {email}.");
        }
    }

    [Fact]
    public async Task People_outside_the_team_cannot_write_to_a_design()
    {
        var designId = await DesignIdAsync(SampleDesigns.CompleteTitle);
        var before = await StepJsonAsync(designId, WizardStep.JointVision);
        using var browser = factory.Browser();
        await browser.LoginAsync("outsider@microcred.demo");
        var token = (await browser.GetAsync("/")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value");
        var outsiderId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "outsider@microcred.demo").Select(u => u.Id).SingleAsync());

        var save = await browser.PostAsync($"/designs/{designId}/steps/2", new Dictionary<string, string> { ["NeedsSummary"] = "Hijacked", ["command"] = "return" }, token);
        Assert.Equal(HttpStatusCode.NotFound, save.Status);
        var join = await browser.PostAsync($"/designs/{designId}/team/add", new Dictionary<string, string> { ["userId"] = outsiderId.ToString() }, token);
        Assert.Equal(HttpStatusCode.NotFound, join.Status);

        Assert.Equal(before, await StepJsonAsync(designId, WizardStep.JointVision));
        Assert.False(await factory.WithDbAsync(db => db.DesignMembers.AnyAsync(m => m.DesignId == designId && m.UserId == outsiderId)));
    }

    [Fact]
    public async Task A_team_member_can_edit_but_cannot_manage_the_team()
    {
        var designId = await DesignIdAsync(SampleDesigns.HalfFinishedTitle);
        using var member = factory.Browser();
        await member.LoginAsync("partner.es@microcred.demo");
        var team = await member.GetAsync($"/designs/{designId}/team");
        Assert.Equal(HttpStatusCode.OK, team.Status);
        Assert.Empty(team.Document.QuerySelectorAll("form[action*='/team/']"));

        var ptId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "partner.pt@microcred.demo").Select(u => u.Id).SingleAsync());
        var token = team.AnyAntiforgeryToken();
        var remove = await member.PostAsync($"/designs/{designId}/team/{ptId}/remove", new Dictionary<string, string>(), token);
        Assert.True(remove.Status is HttpStatusCode.Forbidden or HttpStatusCode.Redirect);
        if (remove.Status == HttpStatusCode.Redirect)
        {
            Assert.StartsWith("/account/access-denied", remove.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        Assert.True(await factory.WithDbAsync(db => db.DesignMembers.AnyAsync(m => m.DesignId == designId && m.UserId == ptId)));
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/designs/{designId}/steps/2")).Status);
    }

    [Fact]
    public async Task The_leader_adds_a_person_of_a_partner_institution_who_then_sees_the_design()
    {
        using var leader = factory.Browser();
        await leader.LoginAsync("leader@microcred.demo");
        var created = await leader.SubmitAsync("/designs/new", new Dictionary<string, string> { ["Title"] = "Team test" });
        var designId = Guid.Parse(created.Location!.OriginalString.Split('/')[^1]);

        // Only people of partner institutions are offered; the outsider's college is not a partner.
        var team = await leader.GetAsync($"/designs/{designId}/team");
        var offered = team.Document.QuerySelectorAll("#userId option").Select(o => o.TextContent).ToList();
        Assert.Contains(offered, o => o.StartsWith("Quentin Janssen", StringComparison.Ordinal));
        Assert.DoesNotContain(offered, o => o.StartsWith("Otto Lindqvist", StringComparison.Ordinal));

        var qa = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "qa.officer@microcred.demo").Select(u => u.Id).SingleAsync());
        var added = await leader.PostAsync($"/designs/{designId}/team/add", new Dictionary<string, string> { ["userId"] = qa.ToString() }, team.AntiforgeryToken());
        Assert.Equal(HttpStatusCode.Redirect, added.Status);

        var outsider = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "outsider@microcred.demo").Select(u => u.Id).SingleAsync());
        var refused = await leader.PostAsync($"/designs/{designId}/team/add", new Dictionary<string, string> { ["userId"] = outsider.ToString() }, team.AntiforgeryToken());
        Assert.Equal(HttpStatusCode.Redirect, refused.Status);
        Assert.False(await factory.WithDbAsync(db => db.DesignMembers.AnyAsync(m => m.DesignId == designId && m.UserId == outsider)));

        using var newMember = factory.Browser();
        await newMember.LoginAsync("qa.officer@microcred.demo");
        Assert.Equal(HttpStatusCode.OK, (await newMember.GetAsync($"/designs/{designId}")).Status);
        var teamStep = await factory.WithDbAsync(db => db.DesignSteps.SingleAsync(s => s.DesignId == designId && s.Step == WizardStep.CourseTeam));
        Assert.Contains("Quentin Janssen", teamStep.ContentJson, StringComparison.Ordinal);
    }

    private Task<Guid> DesignIdAsync(string title) =>
        factory.WithDbAsync(db => db.CourseDesigns.Where(d => d.Title == title).Select(d => d.Id).SingleAsync());

    private Task<string> StepJsonAsync(Guid designId, WizardStep step) =>
        factory.WithDbAsync(db => db.DesignSteps.Where(s => s.DesignId == designId && s.Step == step).Select(s => s.ContentJson).SingleAsync());
}
