using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

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
        var firstRow = page.Locator("fieldset.row-card").First;
        await firstRow.Locator("input[name$='.Code']").FillAsync("LO1");
        await firstRow.Locator("textarea[name$='.Statement']").FillAsync("Map heat exposure in a district with open data.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add another learning outcome" }).ClickAsync();

        // The first row kept its input; the course objective too.
        await Assertions.Expect(page.Locator("fieldset.row-card")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("fieldset.row-card").First.Locator("input[name$='.Code']")).ToHaveValueAsync("LO1");
        await Assertions.Expect(page.GetByLabel("Course objective")).ToHaveValueAsync("Plan heat resilience measures for a city district.");

        // A bad value is refused with the error summary focused and the input kept.
        var second = page.Locator("fieldset.row-card").Nth(1);
        await second.Locator("input[name$='.Code']").FillAsync("LO1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and return to task list" }).ClickAsync();
        var summary = page.Locator("[data-error-summary]");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary).ToContainTextAsync("Two learning outcomes have the same code");
        await AssertAccessibleAsync(page, "step page with errors");

        await page.Locator("fieldset.row-card").Nth(1).Locator("input[name$='.Code']").FillAsync("LO2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and return to task list" }).ClickAsync();
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

        foreach (var step in new[] { 3, 6, 7, 13, 19 })
        {
            await page.GotoAsync($"{home}/steps/{step}");
            await AssertAccessibleAsync(page, $"step {step}");
        }
    }

    private static async Task AssertAccessibleAsync(IPage page, string what)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });
        Assert.NotEmpty(result.Passes);
        var violations = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}").ToList();
        Assert.True(violations.Count == 0, $"{what}:\n" + string.Join("\n", violations));
    }
}
