using Microsoft.Playwright;
using static MicroCred.EndToEnd.Axe;

namespace MicroCred.EndToEnd;

[Collection(PortalCollection.Name)]
public sealed class FoundationJourneyTests(PortalFixture portal)
{
    [Fact]
    public async Task An_administrator_signs_in_adds_an_institution_after_fixing_errors_and_invites_a_person()
    {
        var page = await portal.SignedInPageAsync("admin@microcred.demo");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Ada Administrator" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Institutions" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add an institution" }).ClickAsync();
        await page.Locator("#Name").FillAsync("Università del Test");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add institution" }).ClickAsync();

        // The error summary gets focus and links to the fields; the typed name is kept.
        var summary = page.Locator("[data-error-summary]");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary).ToContainTextAsync("Choose the country.");
        await Assertions.Expect(page.Locator("#Name")).ToHaveValueAsync("Università del Test");
        await summary.GetByRole(AriaRole.Link, new() { Name = "Enter the city." }).ClickAsync();
        await Assertions.Expect(page.Locator("#City")).ToBeFocusedAsync();

        await page.Locator("#City").FillAsync("Bologna");
        await page.Locator("#CountryCode").SelectOptionAsync("IT");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add institution" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Institution \"Università del Test\" added.");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Università del Test", Exact = true })).ToBeVisibleAsync();

        await page.GotoAsync("/admin/users/invite");
        await page.Locator("#FullName").FillAsync("Giulia Rossi");
        await page.Locator("#Email").FillAsync("giulia.rossi@unitest.example");
        await page.Locator("#InstitutionId").SelectOptionAsync(new SelectOptionValue { Label = "Università del Test" });
        await page.Locator("#Role").SelectOptionAsync("CourseDesigner");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Invitation sent to giulia.rossi@unitest.example");
        await Assertions.Expect(page.Locator("#invitations ~ table")).ToContainTextAsync("Giulia Rossi");
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_for_keyboard_users_and_focus_is_visible()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" });
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToBeInViewportAsync();
        var outline = await skip.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle");
        Assert.Equal("solid", outline);
    }

    [Theory]
    [InlineData(null, "/account/login")]
    [InlineData("admin@microcred.demo", "/")]
    [InlineData("admin@microcred.demo", "/admin/institutions")]
    [InlineData("admin@microcred.demo", "/admin/institutions/new")]
    [InlineData("admin@microcred.demo", "/admin/users")]
    [InlineData("admin@microcred.demo", "/admin/users/invite")]
    [InlineData("leader@microcred.demo", "/account/change-password")]
    public async Task Pages_have_no_accessibility_violations(string? user, string url)
    {
        var page = user is null ? await portal.NewPageAsync() : await portal.SignedInPageAsync(user);
        await page.GotoAsync(url);
        await AssertAccessibleAsync(page, url);
    }

    [Fact]
    public async Task A_form_showing_errors_has_no_accessibility_violations()
    {
        var page = await portal.SignedInPageAsync("admin@microcred.demo");
        await page.GotoAsync("/admin/institutions/new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add institution" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-error-summary]")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "institution form with errors");
    }
}
