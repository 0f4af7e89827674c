using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Infrastructure.Seeding;
using MicroCred.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static MicroCred.EndToEnd.Axe;

namespace MicroCred.EndToEnd;

/// <summary>The review pages in the browser: notifications, timeline, versions, changes, records, guests and the guest link.</summary>
[Collection(PortalCollection.Name)]
public sealed class ReviewPagesTests(PortalFixture portal)
{
    [Fact]
    public async Task Review_pages_have_no_accessibility_violations()
    {
        var (designId, token, reviewId) = await ReviewedDesignAsync();

        var leader = await portal.SignedInPageAsync("leader@microcred.demo");
        await Assertions.Expect(leader.Locator("[data-unread-count]")).ToBeVisibleAsync();
        await leader.GetByRole(AriaRole.Link, new() { Name = "Notifications" }).ClickAsync();
        await Assertions.Expect(leader.Locator("main ol li").First).ToContainTextAsync("Unread");
        await AssertAccessibleAsync(leader, "notifications");

        await leader.GotoAsync($"/designs/{designId}/timeline");
        await Assertions.Expect(leader.GetByRole(AriaRole.Heading, new() { Name = "Timeline", Exact = true })).ToBeVisibleAsync();
        await AssertAccessibleAsync(leader, "timeline");

        await leader.GetByRole(AriaRole.Link, new() { Name = "Versions", Exact = true }).ClickAsync();
        await AssertAccessibleAsync(leader, "versions");
        await leader.GetByRole(AriaRole.Link, new() { Name = "Changes in version 2" }).ClickAsync();
        await Assertions.Expect(leader.Locator(".diff-row-added .tag")).ToHaveTextAsync("Added");
        await AssertAccessibleAsync(leader, "changes in version 2");
        await leader.GotoAsync($"/designs/{designId}/versions/1/changes");
        await AssertAccessibleAsync(leader, "changes in version 1");

        await leader.GotoAsync($"/designs/{designId}/approvals");
        await leader.GetByText("Record a signature").ClickAsync();
        await leader.GetByRole(AriaRole.Button, new() { Name = "Record the signature" }).ClickAsync();
        await Assertions.Expect(leader.Locator("[data-error-summary]")).ToBeFocusedAsync();
        await AssertAccessibleAsync(leader, "records with errors");

        var admin = await portal.SignedInPageAsync("institution.admin@microcred.demo");
        await admin.GotoAsync($"/designs/{designId}/approvals");
        await admin.GetByText("Record a board approval").ClickAsync();
        await AssertAccessibleAsync(admin, "records as institution administrator");

        var qa = await portal.SignedInPageAsync("qa.officer@microcred.demo");
        await qa.GotoAsync($"/designs/{designId}/guests");
        await Assertions.Expect(qa.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(qa, "guest reviewers");
        await qa.GotoAsync($"/reviews/{reviewId}?step=6");
        await Assertions.Expect(qa.GetByRole(AriaRole.Heading, new() { Name = "Changes since version 1" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(qa, "review workspace with the changes of a resubmission");
        await qa.GotoAsync($"/designs/{designId}/timeline");
        await Assertions.Expect(qa.GetByRole(AriaRole.Navigation, new() { Name = "Design pages for reviewers" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(qa, "timeline for a reviewer");

        var guest = await portal.NewPageAsync();
        await guest.GotoAsync($"/guest/{token}");
        await Assertions.Expect(guest.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Guest review of");
        await AssertAccessibleAsync(guest, "guest landing");
        await guest.GetByRole(AriaRole.Link, new() { Name = "6. Learning outcomes" }).ClickAsync();
        await guest.GetByRole(AriaRole.Button, new() { Name = "Add comment" }).ClickAsync();
        await Assertions.Expect(guest.Locator("#Text-error")).ToContainTextAsync("Write the comment");
        await AssertAccessibleAsync(guest, "guest reading a step, comment refused");
        await guest.GetByLabel("Your comment for the course team").FillAsync("Employers will want to see the tools named here.");
        await guest.GetByRole(AriaRole.Button, new() { Name = "Add comment" }).ClickAsync();
        await Assertions.Expect(guest.Locator("main .alert-success")).ToContainTextAsync("Your comment is saved");
        await Assertions.Expect(guest.Locator("#threads article")).ToContainTextAsync("Erik Extern (external reviewer)");
        await AssertAccessibleAsync(guest, "guest reading a step with their comment");
        await guest.GotoAsync("/guest/unknown-link");
        await Assertions.Expect(guest.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("This guest link cannot be used");
        await AssertAccessibleAsync(guest, "unusable guest link");
    }

    /// <summary>A copy of the complete demo design: version 1 returned with changes, version 2 (one outcome added) under review, a guest invited.</summary>
    private async Task<(Guid DesignId, string Token, Guid ReviewId)> ReviewedDesignAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MicroCredDbContext>();
        var notifications = scope.ServiceProvider.GetRequiredService<ReviewNotifications>();
        var clock = scope.ServiceProvider.GetRequiredService<MicroCred.Domain.IClock>();
        var users = await db.Users.ToDictionaryAsync(u => u.Email!);
        var source = await db.CourseDesigns.SingleAsync(d => d.Title == SampleDesigns.CompleteTitle);
        var design = CourseDesign.Start("Coastal adaptation (review copy)", DemoAccounts.UniversityNl, users["leader@microcred.demo"].Id, DemoAccounts.UniversityNl, clock.Now);
        design.AddMember(users["partner.es@microcred.demo"].Id, DemoAccounts.UniversityEs, clock.Now);
        design.AddMember(users["partner.pt@microcred.demo"].Id, DemoAccounts.UniversityPt, clock.Now);
        db.CourseDesigns.Add(design);
        var steps = new List<DesignStep>();
        foreach (var step in await db.DesignSteps.AsNoTracking().Where(s => s.DesignId == source.Id).ToListAsync())
        {
            var copy = new DesignStep(design.Id, step.Step);
            copy.Save(step.ContentJson, markedComplete: true, users["leader@microcred.demo"].Id, clock.Now);
            steps.Add(copy);
        }

        db.DesignSteps.AddRange(steps);
        var leader = Actor.Of(users["leader@microcred.demo"].Id, "Lotte de Vries", DemoAccounts.UniversityNl, "CourseDesigner");
        var qa = Actor.Of(users["qa.officer@microcred.demo"].Id, "Quentin Janssen", DemoAccounts.UniversityNl, "QaOfficer");
        var content = DesignContentJson.Assemble(steps);

        var first = design.Submit(leader, content, [], GateFacts.None, clock.Now);
        db.AddRange(first.Version, first.Review, first.Entry);
        db.Add(first.Review.Claim(qa, design, clock.Now));
        var verdicts = GateChecklist.For(first.Version.Gate).Select(c => new CriterionVerdict(c.Id, Verdict.PartlyMet, "Please sharpen.")).ToList();
        var decided = design.Decide(first.Review, first.Version, qa, DecisionOutcome.ChangesRequested, "Add an outcome on communication.", verdicts, clock.Now);
        db.AddRange(decided.Decision, decided.Entry);
        await notifications.DecisionMadeAsync(design, decided.Decision, CancellationToken.None);

        content.LearningOutcomes.Outcomes.Add(new LearningOutcome
        {
            Id = Guid.NewGuid(), Code = "LO7", Statement = "Explain flood-risk choices to residents in plain words.",
            Dimension = OutcomeDimension.Skills, BloomLevel = BloomLevel.Apply, EqfLevel = EqfLevel.Level7, Order = 7,
        });
        content.LearningOutcomes.CourseObjective = "Learners plan staged adaptation for a coastal district and explain it to the public.";
        var second = design.Submit(leader, content, [], GateFacts.None, clock.Now.AddMinutes(1));
        db.AddRange(second.Version, second.Review, second.Entry);
        var (guest, token, invited) = GuestReviewer.Invite(design, "e2e.guest@employer.example", "Erik Extern", GuestKind.Employer, null, qa, clock.Now);
        db.AddRange(guest, invited);
        await db.SaveChangesAsync();
        return (design.Id, token, second.Review.Id);
    }
}
