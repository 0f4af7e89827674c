using MicroCred.Domain.Accounts;
using MicroCred.Domain.Credentials;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static MicroCred.EndToEnd.Axe;

namespace MicroCred.EndToEnd;

/// <summary>
/// After delivery in the browser: the demo course's past run and its report (charts, tables), a survey opened by the team
/// and answered by a learner through the shared link — every page passing axe and fitting 320 px. Screenshots of the
/// report at 1280 and 320 px go to the temp folder (microcred-screenshots) for people to look at.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class RunReportJourneyTests(PortalFixture portal)
{
    private const string Leader = "leader@microcred.demo";

    [Fact]
    public async Task The_demo_run_report_a_new_survey_and_its_answer_form_pass_axe_and_fit_320_pixels()
    {
        var designId = await portal.WithDbAsync(db => db.CourseDesigns.Where(d => d.Title == SampleDesigns.PublishedTitle).Select(d => d.Id).SingleAsync());
        var pilot = await portal.WithDbAsync(db => db.Cohorts.Where(c => c.DesignId == designId && c.Name == "Pilot run").Select(c => c.Id).SingleAsync());
        var page = await portal.SignedInPageAsync(Leader);
        var shots = Path.Combine(Path.GetTempPath(), "microcred-screenshots");
        Directory.CreateDirectory(shots);

        await page.GotoAsync($"/designs/{designId}/runs");
        await AssertAccessibleAsync(page, "runs of the demo course");
        await page.GetByRole(AriaRole.Link, new() { Name = "Run report of Pilot run" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Run report: Pilot run" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Planned and measured study hours per course unit" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Grade distribution" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "run report");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "run-report-1280.png"), FullPage = true });
        await page.SetViewportSizeAsync(320, 720);
        await AssertFitsAsync(page, "run report");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "run-report-320.png"), FullPage = true });
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "run-report-320-top.png") });
        await page.GetByRole(AriaRole.Img, new() { Name = "Planned and measured study hours per course unit" }).ScreenshotAsync(new() { Path = Path.Combine(shots, "run-report-320-hours-chart.png") });
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync($"/cohorts/{pilot}/survey");
        await AssertAccessibleAsync(page, "closed survey");

        // A new run: the team opens its survey in the browser.
        var cohortId = await CohortAsync(designId);
        await page.GotoAsync($"/cohorts/{cohortId}/survey");
        await AssertAccessibleAsync(page, "survey form");
        await page.GetByLabel("Question 1", new() { Exact = true }).FillAsync("Was the studio week worth the travel?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the survey and send the links" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Survey opened.")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "open survey");

        // A learner answers through the shared link, without an account.
        var code = await portal.WithDbAsync(db => db.Surveys.Where(s => s.CohortId == cohortId).Select(s => s.SharedCode).SingleAsync());
        var learner = await portal.NewPageAsync();
        await learner.GotoAsync("/survey/" + Uri.EscapeDataString(code));
        await AssertAccessibleAsync(learner, "answer form");
        await learner.SetViewportSizeAsync(320, 720);
        await AssertFitsAsync(learner, "answer form");
        await learner.GetByRole(AriaRole.Group, new() { Name = "The course was relevant to my work or studies." }).GetByLabel("4 — Agree").CheckAsync();
        await learner.GetByLabel("How many hours did you spend on “Coastal climate risk”?").FillAsync("twelve");
        await learner.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();
        await Assertions.Expect(learner.GetByText("There is a problem")).ToBeVisibleAsync();
        await AssertAccessibleAsync(learner, "answer form with an error");
        await learner.GetByLabel("How many hours did you spend on “Coastal climate risk”?").FillAsync("12");
        await learner.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();
        await Assertions.Expect(learner.GetByRole(AriaRole.Heading, new() { Name = "Thank you" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(learner, "thanks");
        Assert.Equal(1, await portal.WithDbAsync(db => db.SurveyResponses.CountAsync(r => db.Surveys.Any(s => s.Id == r.SurveyId && s.CohortId == cohortId))));
        await learner.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    private static async Task AssertFitsAsync(IPage page, string what)
    {
        var wide = await page.EvaluateAsync<string?>("""
            () => {
                const width = window.innerWidth, scroll = document.documentElement.scrollWidth;
                if (scroll <= width) return null;
                const culprits = [...document.querySelectorAll('main *')].filter(el => el.getBoundingClientRect().right > width + 1)
                    .slice(0, 3).map(el => el.tagName.toLowerCase() + ' ' + Math.round(el.getBoundingClientRect().right) + 'px');
                return scroll + 'px wide; ' + culprits.join(', ');
            }
            """);
        Assert.True(wide is null, $"{what} at 320 px: {wide}");
    }

    /// <summary>A finalised cohort with two learners (one with an e-mail address) on the published course.</summary>
    private Task<Guid> CohortAsync(Guid designId) => portal.WithDbAsync(async db =>
    {
        var user = await db.Users.SingleAsync(u => u.Email == "institution.admin@microcred.demo");
        var admin = Actor.Of(user.Id, user.FullName, user.InstitutionId!.Value, Roles.InstitutionAdmin);
        var design = await db.CourseDesigns.SingleAsync(d => d.Id == designId);
        var version = await db.DesignVersions.Where(v => v.DesignId == design.Id).OrderByDescending(v => v.Number).FirstAsync();
        var now = DateTimeOffset.UtcNow;
        var cohort = Cohort.Start(design, version, new CohortDetails("Survey journey " + Guid.NewGuid().ToString("N")[..6], null, new DateOnly(2027, 2, 1), new DateOnly(2027, 4, 30), DeliveryMode.Blended), admin, now);
        cohort.AddLearner(new LearnerDetails("Noor", "Bakker", "SURVEY-1", null, "noor.survey@learners.example", LearnerResult.Passed, 8m, null), admin, now);
        cohort.AddLearner(new LearnerDetails("Tim", "Smit", "SURVEY-2", null, null, LearnerResult.AttendanceOnly, null, null), admin, now);
        cohort.FinaliseResults(admin, now);
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync();
        return cohort.Id;
    });
}
