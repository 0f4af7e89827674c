using System.Net;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Reviews;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Tests.Review;

/// <summary>
/// The whole review loop in the browser's terms, with the demo users and the complete sample design: G1 with requested
/// changes and a resubmission, then G2 and G3 to publication; at each action someone who may not do it is refused.
/// </summary>
public abstract class ReviewLoopTests(MicroCredFactory factory)
{
    private readonly ReviewDriver _driver = new(factory);

    [Fact]
    public async Task A_design_goes_through_all_three_gates_to_publication()
    {
        var designId = await _driver.DesignIdAsync(SampleDesigns.CompleteTitle);
        using var leader = await _driver.SignInAsync(ReviewDriver.Leader);
        using var member = await _driver.SignInAsync(ReviewDriver.Member);
        using var officer = await _driver.SignInAsync(ReviewDriver.Officer);
        using var outsider = await _driver.SignInAsync(ReviewDriver.Outsider);

        // The task list offers the submit to the leader only; a member is refused, an outsider does not find the design.
        var home = await leader.GetAsync($"/designs/{designId}");
        Assert.Contains("Submit for design review", home.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Submit for design review", (await member.GetAsync($"/designs/{designId}")).Text, StringComparison.Ordinal);
        var memberSubmit = await ReviewDriver.SubmitAsync(member, designId);
        Assert.Equal(HttpStatusCode.Conflict, memberSubmit.Status);
        Assert.Contains("Only the team leader can submit", memberSubmit.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await ReviewDriver.PostWithTokenAsync(outsider, "/", $"/designs/{designId}/submit", [])).Status);
        Assert.Equal(0, await factory.WithDbAsync(db => db.DesignVersions.CountAsync(v => v.DesignId == designId)));

        // Submit version 1 for G1.
        var confirm = await leader.GetAsync($"/designs/{designId}/submit");
        Assert.Contains("Submit version 1 for design review", confirm.Text, StringComparison.Ordinal);
        var submitted = await ReviewDriver.FollowAsync(leader, await ReviewDriver.SubmitAsync(leader, designId));
        Assert.Equal("Version 1 submitted for design review.", ReviewDriver.Flash(submitted));
        Assert.Contains("Version 1 is in design review", submitted.Text, StringComparison.Ordinal);

        // The queue: the officer sees and claims it; a course designer has no queue.
        var queue = await officer.GetAsync("/reviews");
        Assert.Contains(SampleDesigns.CompleteTitle, queue.Text, StringComparison.Ordinal);
        var leaderQueue = await leader.GetAsync("/reviews");
        Assert.NotEqual(HttpStatusCode.OK, leaderQueue.Status);
        var reviewId = await _driver.OpenReviewIdAsync(designId);
        Assert.Equal(HttpStatusCode.NotFound, (await ReviewDriver.ClaimAsync(outsider, reviewId)).Status);
        var claimed = await ReviewDriver.FollowAsync(officer, await ReviewDriver.ClaimAsync(officer, reviewId));
        Assert.Contains("You claimed the design review of version 1", ReviewDriver.Flash(claimed), StringComparison.Ordinal);

        // The workspace shows the frozen step with the wizard's labels; outsiders get 404.
        var outcomes = await _driver.StoredStepAsync<LearningOutcomesStep>(designId, WizardStep.LearningOutcomes);
        var lo1 = outcomes.Outcomes[0];
        var step6 = await officer.GetAsync($"/reviews/{reviewId}?step=6");
        Assert.Equal(HttpStatusCode.OK, step6.Status);
        Assert.Contains(lo1.Statement!, step6.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/reviews/{reviewId}?step=6")).Status);

        // Comment on the statement of LO1; the team may not open comments.
        var field = $"Outcomes[{lo1.Id}].Statement";
        var fieldPage = await officer.GetAsync($"/reviews/{reviewId}?step=6&field={Uri.EscapeDataString(field)}&row={lo1.Id}");
        Assert.Contains("Comment on", fieldPage.Document.GetElementById("comment-heading")!.TextContent, StringComparison.Ordinal);
        var commented = await ReviewDriver.FollowAsync(officer, await ReviewDriver.CommentAsync(officer, reviewId, 6, "Make LO1 measurable: which action verb?", field, lo1.Id));
        Assert.Contains("Comment added", ReviewDriver.Flash(commented), StringComparison.Ordinal);
        var refusedTeamComment = await ReviewDriver.CommentAsync(member, reviewId, 6, "We comment on ourselves");
        Assert.Contains("not a quality assurance officer", refusedTeamComment.Text, StringComparison.Ordinal);
        var comment = await factory.WithDbAsync(db => db.ReviewComments.SingleAsync(c => c.DesignId == designId));
        Assert.Equal((WizardStep.LearningOutcomes, field, lo1.Id), (comment.Step, comment.FieldPath, comment.RowId));

        // Request changes: the design goes back to draft and the team sees the comment on the task list.
        var member2Decision = await ReviewDriver.DecideAsync(member, reviewId, Gate.G1, DecisionOutcome.ChangesRequested, "Not mine to decide");
        Assert.NotEqual(HttpStatusCode.Redirect, member2Decision.Status);
        var changes = await ReviewDriver.FollowAsync(officer, await ReviewDriver.DecideAsync(officer, reviewId, Gate.G1, DecisionOutcome.ChangesRequested,
            "Sharpen the outcomes before development.", verdict: Verdict.PartlyMet, remark: "See the comments."));
        Assert.Contains("returned with requested changes", ReviewDriver.Flash(changes), StringComparison.Ordinal);
        Assert.Equal(DesignStatus.Draft, await StatusAsync(designId));
        var taskList = await leader.GetAsync($"/designs/{designId}");
        Assert.Contains("1 open review comment", taskList.Text, StringComparison.Ordinal);
        Assert.Contains("Changes requested", taskList.Text, StringComparison.Ordinal);
        var commentsPage = await member.GetAsync($"/designs/{designId}/comments");
        Assert.True(commentsPage.Text.Contains("Make LO1 measurable", StringComparison.Ordinal), commentsPage.Text);
        Assert.Contains("Learning outcome 1", commentsPage.Text, StringComparison.Ordinal);

        var stepPage = await member.GetAsync($"/designs/{designId}/steps/6");
        Assert.Contains("Review comments on this step", stepPage.Text, StringComparison.Ordinal);
        Assert.Contains("Make LO1 measurable", stepPage.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("This step cannot be changed now", stepPage.Text, StringComparison.Ordinal);

        // A decided version takes no new comments.
        var late = await ReviewDriver.CommentAsync(officer, reviewId, 6, "One more thing");
        Assert.Contains("no longer under review", late.Text, StringComparison.Ordinal);

        // The team edits the step, answers and resolves; the outsider cannot touch the thread.
        lo1.Statement = "Compare at least three adaptation options for a coastal district using a cost-benefit analysis.";
        Assert.Equal(HttpStatusCode.Redirect, (await _driver.SaveStepAsync(leader, designId, WizardStep.LearningOutcomes, outcomes)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _driver.ThreadActionAsync(outsider, comment.Id, "resolve", "no")).Status);
        var resolved = await ReviewDriver.FollowAsync(member, await _driver.ThreadActionAsync(member, comment.Id, "resolve", "LO1 now says 'compare at least three options'."));
        Assert.Contains("resolved", ReviewDriver.Flash(resolved), StringComparison.Ordinal);
        Assert.Equal(CommentStatus.Resolved, await CommentStatusAsync(comment.Id));

        // Version 2: claim, close the resolved comment, approve G1.
        Assert.Equal("Version 2 submitted for design review.", ReviewDriver.Flash(await ReviewDriver.FollowAsync(leader, await ReviewDriver.SubmitAsync(leader, designId))));
        var review2 = await _driver.OpenReviewIdAsync(designId);
        await ReviewDriver.FollowAsync(officer, await ReviewDriver.ClaimAsync(officer, review2));
        var v2 = await officer.GetAsync($"/reviews/{review2}?step=6");
        Assert.Contains("cost-benefit analysis", v2.Text, StringComparison.Ordinal);
        var memberClose = await _driver.ThreadActionAsync(member, comment.Id, "close");
        Assert.Contains("Only a quality assurance reviewer can close", memberClose.Text, StringComparison.Ordinal);
        Assert.Equal(CommentStatus.Resolved, await CommentStatusAsync(comment.Id));
        await ReviewDriver.FollowAsync(officer, await _driver.ThreadActionAsync(officer, comment.Id, "close"));
        Assert.Equal(CommentStatus.Closed, await CommentStatusAsync(comment.Id));
        await ApproveAsync(officer, review2, Gate.G1, "Version 2 approved at design review");
        Assert.Equal(DesignStatus.InDevelopment, await StatusAsync(designId));

        // G2.
        await _driver.RecordExternalReviewsAsync(designId);
        await SubmitExpectingAsync(leader, designId, "Version 3 submitted for development review.");
        var review3 = await _driver.OpenReviewIdAsync(designId);
        await ReviewDriver.FollowAsync(officer, await ReviewDriver.ClaimAsync(officer, review3));
        await ApproveAsync(officer, review3, Gate.G2, "Version 3 approved at development review");
        Assert.Equal(DesignStatus.ReadyForApproval, await StatusAsync(designId));

        // G3 after the board approvals and signatures are on record.
        await _driver.RecordPublicationFactsAsync(designId);
        await SubmitExpectingAsync(leader, designId, "Version 4 submitted for approval for publication.");
        var review4 = await _driver.OpenReviewIdAsync(designId);
        await ReviewDriver.FollowAsync(officer, await ReviewDriver.ClaimAsync(officer, review4));
        await ApproveAsync(officer, review4, Gate.G3, "Version 4 approved at approval for publication");
        Assert.Equal(DesignStatus.Published, await StatusAsync(designId));

        var decisions = await member.GetAsync($"/designs/{designId}/decisions");
        Assert.Equal(4, decisions.Document.QuerySelectorAll("section h2").Length);
        Assert.Contains("Sharpen the outcomes before development.", decisions.Text, StringComparison.Ordinal);
        Assert.Contains("See the comments.", decisions.Text, StringComparison.Ordinal);
        Assert.Equal(4, await factory.WithDbAsync(db => db.QualityGateDecisions.CountAsync(d => d.DesignId == designId)));
    }

    private async Task SubmitExpectingAsync(TestBrowser leader, Guid designId, string flash)
    {
        var response = await ReviewDriver.SubmitAsync(leader, designId);
        Assert.True(response.Status == HttpStatusCode.Redirect, $"Submit refused: {response.Document.QuerySelector(".error-summary")?.TextContent}");
        Assert.Equal(flash, ReviewDriver.Flash(await leader.GetAsync(response.Location!.OriginalString)));
    }

    private static async Task ApproveAsync(TestBrowser officer, Guid reviewId, Gate gate, string flash)
    {
        var response = await ReviewDriver.DecideAsync(officer, reviewId, gate, DecisionOutcome.Approved, "Ready for the next phase.");
        Assert.True(response.Status == HttpStatusCode.Redirect, $"Decision refused: {response.Document.QuerySelector(".error-summary")?.TextContent}");
        Assert.Contains(flash, ReviewDriver.Flash(await officer.GetAsync(response.Location!.OriginalString)), StringComparison.Ordinal);
    }

    private Task<DesignStatus> StatusAsync(Guid designId) =>
        factory.WithDbAsync(db => db.CourseDesigns.Where(d => d.Id == designId).Select(d => d.Status).SingleAsync());

    private Task<CommentStatus> CommentStatusAsync(Guid commentId) =>
        factory.WithDbAsync(db => db.ReviewComments.Where(c => c.Id == commentId).Select(c => c.Status).SingleAsync());
}

public sealed class ReviewLoopTestsOnSqlite(MicroCredFactory factory) : ReviewLoopTests(factory), IClassFixture<MicroCredFactory>;

public sealed class ReviewLoopTestsOnPostgreSql(PostgreSqlFactory factory) : ReviewLoopTests(factory), IClassFixture<PostgreSqlFactory>;
