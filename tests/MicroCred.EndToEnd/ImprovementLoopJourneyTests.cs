using System.Diagnostics;
using System.Text.RegularExpressions;
using MicroCred.Domain.Accounts;
using MicroCred.Domain.Credentials;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Evaluations;
using MicroCred.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MimeKit;
using Xunit.Abstractions;
using static MicroCred.EndToEnd.Axe;

namespace MicroCred.EndToEnd;

/// <summary>
/// The whole loop after delivery in the browser, as a course team would walk it: a finished run of the demo course, its
/// survey answered by three learners through their e-mailed links (no account), the run report, last year's annual
/// evaluation with two improvement actions signed off by the lead institution's QA officer, a revision opened from it with
/// one minor change, approval for publication only (G3), and the next version published while the run stays on its version.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class ImprovementLoopJourneyTests(PortalFixture portal, ITestOutputHelper output)
{
    private const string Leader = "leader@microcred.demo";
    private const string LeadQa = "qa.officer@microcred.demo";

    [Fact]
    public async Task A_team_closes_the_loop_from_a_finished_run_to_the_next_published_version()
    {
        var clock = Stopwatch.StartNew();
        var design = await portal.WithDbAsync(db => db.CourseDesigns.Where(d => d.Title == SampleDesigns.PublishedTitle).Select(d => new { d.Id, d.LastVersionNumber }).SingleAsync());
        var year = DateTime.UtcNow.Year - 1;
        var run = "Autumn run " + Guid.NewGuid().ToString("N")[..4];
        var learners = new[] { "ana", "bram", "chiara" }.Select(n => $"{n}.{run[^4..]}@learners.example").ToArray();
        var cohortId = await FinishedRunAsync(design.Id, run, year, learners);

        // The team opens the survey of the finished run from the course's "Runs and feedback" tab.
        var leader = await portal.SignedInPageAsync(Leader);
        await leader.GetByRole(AriaRole.Link, new() { Name = SampleDesigns.PublishedTitle, Exact = true }).First.ClickAsync();
        await leader.GetByRole(AriaRole.Link, new() { Name = "Runs and feedback" }).ClickAsync();
        await leader.GetByRole(AriaRole.Link, new() { Name = $"Open a survey of {run}" }).ClickAsync();
        await leader.GetByRole(AriaRole.Button, new() { Name = "Open the survey and send the links" }).ClickAsync();
        await Assertions.Expect(leader.GetByText("Survey opened. Personal links went to 3 learners")).ToBeVisibleAsync();

        // Three learners answer through the personal link in their e-mail, without an account.
        var hours = new[] { "12", "14", "10" };
        for (var i = 0; i < learners.Length; i++)
        {
            var learner = await portal.NewPageAsync();
            await learner.GotoAsync(PersonalLink(learners[i]));
            await learner.GetByRole(AriaRole.Group, new() { Name = "The course was relevant to my work or studies." }).GetByLabel("4 — Agree").CheckAsync();
            await learner.GetByLabel("How many hours did you spend on “Coastal climate risk”?").FillAsync(hours[i]);
            await learner.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();
            await Assertions.Expect(learner.GetByRole(AriaRole.Heading, new() { Name = "Thank you" })).ToBeVisibleAsync();

            // The link takes one set of answers.
            await learner.GotoAsync(PersonalLink(learners[i]));
            await Assertions.Expect(learner.GetByText("This link was already used")).ToBeVisibleAsync();
            await learner.Context.CloseAsync();
        }

        // The team reads the run report: three answers, below the five that show scores.
        await leader.GetByRole(AriaRole.Link, new() { Name = "Open the run report" }).ClickAsync();
        await Assertions.Expect(leader.GetByRole(AriaRole.Heading, new() { Name = $"Run report: {run}" })).ToBeVisibleAsync();
        await Assertions.Expect(leader.Locator("main")).ToContainTextAsync("3 of 3 learners");

        // Last year's annual evaluation: findings, business figures, partners' answers and two improvement actions.
        var breadcrumb = leader.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" });
        await breadcrumb.GetByRole(AriaRole.Link, new() { Name = $"Runs of {SampleDesigns.PublishedTitle}" }).ClickAsync();
        await breadcrumb.GetByRole(AriaRole.Link, new() { Name = SampleDesigns.PublishedTitle }).ClickAsync();
        await leader.GetByRole(AriaRole.Link, new() { Name = "Evaluations", Exact = true }).ClickAsync();
        await leader.GetByLabel("Year evaluated").FillAsync(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await leader.GetByRole(AriaRole.Button, new() { Name = "Start the evaluation" }).ClickAsync();
        await Assertions.Expect(leader.GetByRole(AriaRole.Heading, new() { Name = $"Annual evaluation {year}" })).ToBeVisibleAsync();
        await Assertions.Expect(leader.GetByRole(AriaRole.Link, new() { Name = $"Run report: {run}" })).ToBeVisibleAsync();
        var evaluationUrl = leader.Url;

        await leader.GetByRole(AriaRole.Link, new() { Name = "Change findings, feedback and the business figures" }).ClickAsync();
        await leader.GetByLabel("Findings across the runs of the year").FillAsync("Three of three learners answered; the climate risk unit took about as long as planned.");
        await leader.GetByLabel("Feedback from stakeholders").FillAsync("The water board asks for the course page to name a contact.");
        await leader.GetByLabel("Learners in the year").FillAsync("3");
        await leader.GetByLabel("Income in the year").FillAsync("2400");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(leader.GetByRole(AriaRole.Heading, new() { Name = $"Annual evaluation {year}" })).ToBeVisibleAsync();

        await leader.GetByRole(AriaRole.Link, new() { Name = "Record the partners' answers" }).ClickAsync();
        var partners = leader.Locator("main form fieldset");
        var count = await partners.CountAsync();
        for (var i = 0; i < count; i++)
        {
            var partner = partners.Nth(i);
            await partner.GetByLabel("Answer").SelectOptionAsync(new SelectOptionValue { Label = "Continues" });
            await partner.GetByLabel("Who confirmed").FillAsync($"Vice-rector {i + 1}");
            await partner.GetByLabel("On", new() { Exact = true }).FillAsync($"{year}-12-10");
        }

        await leader.GetByRole(AriaRole.Button, new() { Name = "Save the answers" }).ClickAsync();
        await Assertions.Expect(leader.GetByRole(AriaRole.Heading, new() { Name = $"Annual evaluation {year}" })).ToBeVisibleAsync();

        foreach (var (title, step) in new[] { ("Name a contact person on the course web page", "17. Recruitment and communication"), ("Ask the next run about the studio week", null as string) })
        {
            await leader.GetByRole(AriaRole.Link, new() { Name = "Add an action" }).ClickAsync();
            await leader.GetByLabel("What will be done").FillAsync(title);
            await leader.GetByLabel("Owner").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await leader.GetByLabel("Deadline").FillAsync($"{year + 1}-06-30");
            if (step is not null)
            {
                await leader.GetByLabel(step).CheckAsync();
            }

            await leader.GetByRole(AriaRole.Button, new() { Name = "Add the action" }).ClickAsync();
            await Assertions.Expect(leader.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
        }

        await AssertAccessibleAsync(leader, "evaluation with two actions");

        // The lead institution's QA officer signs it off; it is frozen.
        var qa = await portal.SignedInPageAsync(LeadQa);
        await qa.GotoAsync(evaluationUrl);
        await qa.GetByRole(AriaRole.Link, new() { Name = "Sign off the evaluation" }).ClickAsync();
        await qa.GetByRole(AriaRole.Button, new() { Name = $"Sign off the evaluation {year}" }).ClickAsync();
        await Assertions.Expect(qa.Locator("main")).ToContainTextAsync("The evaluation can no longer change.");

        // The team leader opens a revision from the evaluation and makes one minor change on the step the action touches.
        await leader.ReloadAsync();
        await leader.GetByRole(AriaRole.Link, new() { Name = "Open a revision of the course" }).ClickAsync();
        await leader.GetByRole(AriaRole.Button, new() { Name = "Open the revision" }).ClickAsync();
        await Assertions.Expect(leader.GetByText($"Version {design.LastVersionNumber} stays published", new() { Exact = true })).ToBeVisibleAsync();
        await AssertAccessibleAsync(leader, "revision page");
        await leader.GetByRole(AriaRole.Link, new() { Name = "17. Recruitment and communication" }).ClickAsync();
        await leader.GetByLabel("Course web page").FillAsync("https://waterfronts.example.org/course/contact");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Save and go back to the task list" }).ClickAsync();
        await Assertions.Expect(leader.GetByText("Recruitment and communication saved.")).ToBeVisibleAsync();
        await Assertions.Expect(leader.Locator("main")).ToContainTextAsync("Next: approval for publication");

        // The portal decides from the difference that it is minor: approval for publication only.
        await leader.GotoAsync(evaluationUrl + "/revision");
        await leader.GetByRole(AriaRole.Link, new() { Name = "Check and submit the revision" }).ClickAsync();
        await Assertions.Expect(leader.GetByRole(AriaRole.Heading, new() { Name = "This is a minor revision" })).ToBeVisibleAsync();
        var next = design.LastVersionNumber + 1;
        await leader.GetByRole(AriaRole.Button, new() { Name = $"Submit version {next} for approval for publication" }).ClickAsync();
        await Assertions.Expect(leader.Locator(".alert-success").First).ToContainTextAsync($"Version {next} submitted for approval for publication");

        // The QA officer claims the review and approves it.
        await qa.GetByRole(AriaRole.Link, new() { Name = "Reviews", Exact = true }).ClickAsync();
        await qa.GetByRole(AriaRole.Button, new() { Name = $"Claim the review of {SampleDesigns.PublishedTitle}, version {next}" }).ClickAsync();
        await qa.GetByRole(AriaRole.Link, new() { Name = "Go to the checklist and decision" }).ClickAsync();
        var met = qa.GetByRole(AriaRole.Radio, new() { Name = "Met", Exact = true });
        for (var i = await met.CountAsync() - 1; i >= 0; i--)
        {
            await met.Nth(i).CheckAsync();
        }

        await qa.GetByLabel("Summary for the course team").FillAsync("Contact on the course page added; nothing else changed. Approved.");
        await qa.GetByLabel("I have read the whole version and its comments, and this decision is final.").CheckAsync();
        await qa.GetByRole(AriaRole.Button, new() { Name = $"Approve version {next}" }).ClickAsync();
        await Assertions.Expect(qa.Locator(".alert-success").First).ToBeVisibleAsync();

        // Published: the team sees the new version; the run stays on the version it ran on.
        await leader.GotoAsync($"/designs/{design.Id}/versions");
        await Assertions.Expect(leader.Locator("main")).ToContainTextAsync($"Version {next}");
        var after = await portal.WithDbAsync(async db => new
        {
            Design = await db.CourseDesigns.SingleAsync(d => d.Id == design.Id),
            Version = await db.DesignVersions.SingleAsync(v => v.DesignId == design.Id && v.Number == next),
            RunVersion = await db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.DesignVersionNumber).SingleAsync(),
        });
        Assert.Equal(DesignStatus.Published, after.Design.Status);
        Assert.Null(after.Design.RevisionOf);
        Assert.Equal(MicroCred.Domain.Checks.Gate.G3, after.Version.Gate);
        Assert.Equal(RevisionKind.Minor, after.Version.RevisionKind);
        Assert.Equal(design.LastVersionNumber, after.RunVersion);
        await leader.GotoAsync($"/cohorts/{cohortId}/report");
        await Assertions.Expect(leader.Locator("main")).ToContainTextAsync($"version {design.LastVersionNumber}");

        await leader.Context.CloseAsync();
        await qa.Context.CloseAsync();
        output.WriteLine($"The loop journey took {clock.Elapsed.TotalSeconds:0.0} s.");
    }

    /// <summary>The path of the personal survey link in the last e-mail to this learner (the mail pickup folder).</summary>
    private string PersonalLink(string email)
    {
        var message = Directory.GetFiles(portal.MailFolder, "*.eml").Order(StringComparer.Ordinal)
            .Select(f => MimeMessage.Load(f))
            .Last(m => m.To.Mailboxes.Any(a => a.Address == email));
        var link = SurveyLink().Match(message.TextBody ?? "");
        Assert.True(link.Success, "No survey link in the e-mail to " + email);
        return link.Value;
    }

    [GeneratedRegex(@"/survey/[^\s]+")]
    private static partial Regex SurveyLink();

    /// <summary>A run of the published demo course that ended last autumn, with final results for three learners with an e-mail address.</summary>
    private Task<Guid> FinishedRunAsync(Guid designId, string name, int year, string[] emails) => portal.WithDbAsync(async db =>
    {
        var user = await db.Users.SingleAsync(u => u.Email == "institution.admin@microcred.demo");
        var admin = Actor.Of(user.Id, user.FullName, user.InstitutionId!.Value, Roles.InstitutionAdmin);
        var design = await db.CourseDesigns.SingleAsync(d => d.Id == designId);
        var version = await db.DesignVersions.Where(v => v.DesignId == design.Id).OrderByDescending(v => v.Number).FirstAsync();
        var now = DateTimeOffset.UtcNow;
        var cohort = Cohort.Start(design, version, new CohortDetails(name, null, new DateOnly(year, 9, 1), new DateOnly(year, 11, 30), DeliveryMode.Blended), admin, now);
        (string Given, string Family, LearnerResult Result, decimal? Grade)[] people =
        [
            ("Ana", "Ferreira", LearnerResult.Passed, 8m),
            ("Bram", "de Wit", LearnerResult.Passed, 6.5m),
            ("Chiara", "Rossi", LearnerResult.AttendanceOnly, null),
        ];
        for (var i = 0; i < people.Length; i++)
        {
            var p = people[i];
            cohort.AddLearner(new LearnerDetails(p.Given, p.Family, $"LOOP-{i + 1}", null, emails[i], p.Result, p.Grade, null), admin, now);
        }

        cohort.FinaliseResults(admin, now);
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync();
        return cohort.Id;
    });
}
