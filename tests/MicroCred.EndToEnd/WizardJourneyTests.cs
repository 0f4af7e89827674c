using Microsoft.Playwright;
using static MicroCred.EndToEnd.Axe;

namespace MicroCred.EndToEnd;

[Collection(PortalCollection.Name)]
public sealed class WizardJourneyTests(PortalFixture portal)
{
    [Fact]
    public async Task A_team_leader_starts_a_design_and_adds_learning_outcomes_with_the_keyboard_friendly_buttons()
    {
        var page = await portal.SignedInPageAsync("leader@microcred.demo");
        await page.GetByRole(AriaRole.Link, new() { Name = "Start a course design" }).ClickAsync();
        await page.Locator("#Title").FillAsync("Urban heat resilience");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the design" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Urban heat resilience" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#status-6")).ToHaveTextAsync("Not started");

        await page.GetByRole(AriaRole.Link, new() { Name = "6. Learning outcomes" }).ClickAsync();
        await page.GetByLabel("Course objective").FillAsync("Plan heat resilience measures for a city district.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a learning outcome" }).ClickAsync();
        // The new row's form is unfolded and focus is in its first field.
        var firstRow = page.Locator("li.row-card").First;
        await Assertions.Expect(firstRow.Locator("input[name$='.Code']")).ToBeFocusedAsync();
        await firstRow.Locator("input[name$='.Code']").FillAsync("LO1");
        await firstRow.Locator("textarea[name$='.Statement']").FillAsync("Map heat exposure in a district with open data.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add another learning outcome" }).ClickAsync();

        // The first row kept its input and shows as a summary card; the course objective too.
        await Assertions.Expect(page.Locator("li.row-card")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("li.row-card").First.Locator(".row-title")).ToHaveTextAsync("Learning outcome 1: LO1 — Map heat exposure in a district with open data.");
        // Only the open row's form is in the page: the first row is a card with a Change link.
        await Assertions.Expect(page.Locator("li.row-card").First.Locator("input[name$='.Code']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("li.row-card").First.Locator("a[data-row-change]")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Course objective")).ToHaveValueAsync("Plan heat resilience measures for a city district.");
        await AssertAccessibleAsync(page, "step page with a row's form unfolded");

        // A bad value is refused with the error summary focused and the input kept.
        var second = page.Locator("li.row-card").Nth(1);
        await second.Locator("input[name$='.Code']").FillAsync("LO1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and go back to the task list" }).ClickAsync();
        var summary = page.Locator("[data-error-summary]");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary).ToContainTextAsync("Two learning outcomes have the same code");
        await AssertAccessibleAsync(page, "step page with errors");

        var code = page.Locator("li.row-card").Nth(1).Locator("input[name$='.Code']");
        if (!await code.IsVisibleAsync())
        {
            await page.Locator("li.row-card").Nth(1).Locator("a[data-row-change]").ClickAsync();
        }

        await code.FillAsync("LO2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and go back to the task list" }).ClickAsync();
        await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync("Learning outcomes saved.");
        await Assertions.Expect(page.Locator("#status-6")).ToHaveTextAsync("In progress");
    }

    [Fact]
    public async Task Design_pages_have_no_accessibility_violations()
    {
        var page = await portal.SignedInPageAsync("leader@microcred.demo");
        await page.GetByRole(AriaRole.Link, new() { Name = "Climate Adaptation Planning for Coastal Cities" }).ClickAsync();
        await AssertAccessibleAsync(page, "task list");
        var home = page.Url;
        foreach (var (link, name) in new[] { ("Check your design", "checks"), ("Course team", "team"), ("History", "history") })
        {
            await page.GotoAsync(home);
            await page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
            await AssertAccessibleAsync(page, name);
        }

        foreach (var step in new[] { 3, 6, 7, 8, 13, 19, 21 })
        {
            await page.GotoAsync($"{home}/steps/{step}");
            await AssertAccessibleAsync(page, $"step {step}");
        }

        // A row's form unfolded (Change), with the fields that apply to it.
        await page.GotoAsync($"{home}/steps/13");
        await page.Locator("a[data-row-change]").Last.ClickAsync();
        await Assertions.Expect(page.Locator("[data-row-form]")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "step 13 with a component's form unfolded");
    }
}
