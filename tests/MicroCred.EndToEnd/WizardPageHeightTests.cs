using Microsoft.Playwright;
using MicroCred.Domain.Designs;
using MicroCred.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace MicroCred.EndToEnd;

/// <summary>
/// Step pages stay short (UX.md: under about 5,000 px at 1280 px wide): rows show as summary cards and only the row being
/// changed opens its full form. Set MICROCRED_SCREENSHOTS to a folder to keep full-page screenshots of every step.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class WizardPageHeightTests(PortalFixture portal, ITestOutputHelper output)
{
    private const int MaxHeight = 5000;

    [Fact]
    public async Task Every_step_page_of_the_complete_demo_design_is_at_most_5000_pixels_tall_at_1280_wide()
    {
        var designId = await DesignCopies.OfCompleteDesignAsync(portal, "Coastal adaptation (page height copy)");
        var page = await portal.SignedInPageAsync("leader@microcred.demo");
        await page.SetViewportSizeAsync(1280, 900);
        var shots = Environment.GetEnvironmentVariable("MICROCRED_SCREENSHOTS");
        var heights = new List<(int Step, int Height)>();
        for (var step = 1; step <= 21; step++)
        {
            var response = await page.GotoAsync($"/designs/{designId}/steps/{step}");
            Assert.Equal(200, response?.Status);
            heights.Add((step, await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight")));
            if (!string.IsNullOrEmpty(shots))
            {
                Directory.CreateDirectory(shots);
                await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"step-{step:00}-1280.png"), FullPage = true });
                if (step is 8 or 13 or 19 or 21)
                {
                    await ShotsAsync(page, shots, step);
                }
            }
        }

        if (!string.IsNullOrEmpty(shots))
        {
            await page.SetViewportSizeAsync(320, 720);
            foreach (var step in new[] { 8, 13, 19, 21 })
            {
                await page.GotoAsync($"/designs/{designId}/steps/{step}");
                await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"step-{step:00}-320.png"), FullPage = true });
            }
        }

        output.WriteLine(string.Join("\n", heights.Select(h => $"step {h.Step,2}: {h.Height,6} px")));
        var tooTall = heights.Where(h => h.Height > MaxHeight).ToList();
        Assert.True(tooTall.Count == 0, "Step pages taller than 5,000 px at 1280 px wide:\n" + string.Join("\n", tooTall.Select(h => $"step {h.Step}: {h.Height} px")));
    }

    /// <summary>Close-ups: the first collection of the page as cards, and the same with the first row's form unfolded.</summary>
    private static async Task ShotsAsync(Microsoft.Playwright.IPage page, string folder, int step)
    {
        var rows = page.Locator(".rows-field").Last;
        if (await rows.CountAsync() == 0)
        {
            return;
        }

        await rows.ScreenshotAsync(new() { Path = Path.Combine(folder, $"step-{step:00}-cards-1280.png") });
        var change = rows.Locator("a[data-row-change]").First;
        if (await change.CountAsync() > 0)
        {
            // Change loads the page with that row's form, the only one in the page.
            await change.ClickAsync();
            await Assertions.Expect(rows.Locator(".row-card").First.Locator("[data-row-form]")).ToBeVisibleAsync();
            await rows.Locator(".row-card").First.ScreenshotAsync(new() { Path = Path.Combine(folder, $"step-{step:00}-row-open-1280.png") });
        }
    }
}

/// <summary>Draft copies of the complete demo design led by the demo leader, so a test can read or change one without touching what other journeys use.</summary>
internal static class DesignCopies
{
    public static Task<Guid> OfCompleteDesignAsync(PortalFixture portal, string title) => portal.WithDbAsync(async db =>
    {
        var now = DateTimeOffset.UtcNow;
        var sourceId = await db.CourseDesigns.Where(d => d.Title == SampleDesigns.CompleteTitle).Select(d => d.Id).SingleAsync();
        var leader = await db.Users.SingleAsync(u => u.Email == "leader@microcred.demo");
        var design = CourseDesign.Start(title, DemoAccounts.UniversityNl, leader.Id, DemoAccounts.UniversityNl, now);
        db.CourseDesigns.Add(design);
        foreach (var step in await db.DesignSteps.AsNoTracking().Where(s => s.DesignId == sourceId).ToListAsync())
        {
            var copy = new DesignStep(design.Id, step.Step);
            copy.Save(step.ContentJson, markedComplete: true, leader.Id, now);
            db.DesignSteps.Add(copy);
        }

        await db.SaveChangesAsync();
        return design.Id;
    });
}
