using Microsoft.Playwright;
using static MicroCred.EndToEnd.Axe;

namespace MicroCred.EndToEnd;

[Collection(PortalCollection.Name)]
public sealed class ReviewJourneyTests(PortalFixture portal)
{
    private const string Design = "Climate Adaptation Planning for Coastal Cities";

    [Fact]
    public async Task The_leader_submits_and_a_qa_officer_claims_the_review_and_comments_on_a_field()
    {
        var leader = await portal.SignedInPageAsync("leader@microcred.demo");
        await leader.GetByRole(AriaRole.Link, new() { Name = Design }).ClickAsync();
        await leader.GetByRole(AriaRole.Link, new() { Name = "Submit for design review" }).ClickAsync();
        await AssertAccessibleAsync(leader, "submit confirmation");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Submit version 1 for design review" }).ClickAsync();
        await Assertions.Expect(leader.Locator(".alert-success").First).ToHaveTextAsync("Version 1 submitted for design review.");

        var officer = await portal.SignedInPageAsync("qa.officer@microcred.demo");
        await officer.GetByRole(AriaRole.Link, new() { Name = "Reviews", Exact = true }).ClickAsync();
        await Assertions.Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Reviews", Exact = true })).ToBeVisibleAsync();
        await AssertAccessibleAsync(officer, "review queue");
        await officer.GetByRole(AriaRole.Button, new() { Name = $"Claim the review of {Design}, version 1" }).ClickAsync();
        await Assertions.Expect(officer.Locator(".alert-success").First).ToContainTextAsync("You claimed the design review of version 1");

        // Step 6 of the frozen version: the Comment link beside the first outcome's statement opens the comment box for it.
        await officer.GetByRole(AriaRole.Link, new() { Name = "6. Learning outcomes" }).ClickAsync();
        await officer.GetByRole(AriaRole.Link, new() { Name = "Comment on Outcome", Exact = true }).First.ClickAsync();
        await Assertions.Expect(officer.Locator("#comment-heading")).ToContainTextAsync("Learning outcome 1");
        await Assertions.Expect(officer.Locator("#comment-heading")).ToContainTextAsync("Outcome");
        await officer.GetByLabel("Your comment for the course team").FillAsync("Which action verb makes this outcome measurable?");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Add comment" }).ClickAsync();
        await Assertions.Expect(officer.Locator(".alert-success").First).ToContainTextAsync("Comment added");
        await Assertions.Expect(officer.Locator(".comment-thread")).ToContainTextAsync("Which action verb makes this outcome measurable?");
        await AssertAccessibleAsync(officer, "review workspace with a comment");

        await officer.GetByRole(AriaRole.Link, new() { Name = "Go to the checklist and decision" }).ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Approve version 1" }).ClickAsync();
        await Assertions.Expect(officer.Locator("[data-error-summary]")).ToContainTextAsync("Write a summary of the decision for the course team.");
        await AssertAccessibleAsync(officer, "decision form with errors");

        // The team sees the open comment on the task list.
        await leader.ReloadAsync();
        await Assertions.Expect(leader.Locator("a.open-comments")).ToHaveTextAsync("1 open review comment");
        await AssertAccessibleAsync(leader, "task list under review");
        await leader.GetByRole(AriaRole.Link, new() { Name = "Review comments", Exact = true }).ClickAsync();
        await Assertions.Expect(leader.Locator(".comment-thread")).ToContainTextAsync("Which action verb makes this outcome measurable?");
        await AssertAccessibleAsync(leader, "review comments of the team");
        await leader.GotoAsync(leader.Url.Replace("/comments", "/steps/6", StringComparison.Ordinal));
        await Assertions.Expect(leader.GetByRole(AriaRole.Heading, new() { Name = "Review comments on this step" })).ToBeVisibleAsync();
        await Assertions.Expect(leader.GetByRole(AriaRole.Button, new() { Name = "Save and continue" })).ToBeDisabledAsync();
        await AssertAccessibleAsync(leader, "locked step with review comments");
    }
}
