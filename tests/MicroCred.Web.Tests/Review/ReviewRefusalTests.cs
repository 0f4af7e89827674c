using System.Net;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Seeding;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MicroCred.Web.Tests.Review;

/// <summary>Bad input and refused moves during a review: each ends with a clear message and nothing stored.</summary>
public sealed class ReviewRefusalTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    private static readonly SemaphoreSlim Setup = new(1, 1);
    private readonly ReviewDriver _driver = new(factory);

    [Fact]
    public async Task A_step_under_review_refuses_saving_and_keeps_the_input()
    {
        var (designId, _) = await UnderReviewAsync();
        using var leader = await _driver.SignInAsync(ReviewDriver.Leader);
        var before = await _driver.StoredJsonAsync(designId, WizardStep.JointVision);
        var vision = await _driver.StoredStepAsync<JointVisionStep>(designId, WizardStep.JointVision);
        vision.NeedsSummary = "Changed during the review";

        var page = await leader.GetAsync($"/designs/{designId}/steps/2");
        Assert.Contains("This step cannot be changed now", page.Text, StringComparison.Ordinal);
        var response = await _driver.SaveStepAsync(leader, designId, WizardStep.JointVision, vision);

        Assert.Equal(HttpStatusCode.Conflict, response.Status);
        Assert.Contains("is in design review", response.Text, StringComparison.Ordinal);
        Assert.Contains("Nothing was saved", response.Text, StringComparison.Ordinal);
        Assert.Contains("Changed during the review", response.Html, StringComparison.Ordinal);
        Assert.Equal(before, await _driver.StoredJsonAsync(designId, WizardStep.JointVision));
    }

    [Fact]
    public async Task A_design_that_misses_conditions_is_not_submitted_and_the_page_links_to_what_is_missing()
    {
        var designId = await _driver.DesignIdAsync(SampleDesigns.HalfFinishedTitle);
        using var leader = await _driver.SignInAsync(ReviewDriver.Leader);

        var page = await leader.GetAsync($"/designs/{designId}/submit");
        Assert.Contains("What is still needed", page.Text, StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll($"form[action='/designs/{designId}/submit']"));
        Assert.NotEmpty(page.Document.QuerySelectorAll($"a[href^='/designs/{designId}/steps/']"));
        var refused = await ReviewDriver.SubmitAsync(leader, designId);

        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains("cannot go to design review yet", refused.Text, StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.DesignVersions.CountAsync(v => v.DesignId == designId)));
    }

    [Fact]
    public async Task A_decision_without_summary_is_refused_next_to_the_field_with_the_input_kept()
    {
        var (designId, reviewId) = await UnderReviewAsync();
        using var officer = await _driver.SignInAsync(ReviewDriver.Officer);

        var response = await ReviewDriver.DecideAsync(officer, reviewId, Gate.G1, DecisionOutcome.Approved, "", verdict: Verdict.PartlyMet, remark: "Kept remark");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Write a summary of the decision for the course team.", response.FieldError("Summary"));
        Assert.Contains("Write a summary of the decision for the course team.", response.ErrorSummary());
        Assert.Equal("Kept remark", response.InputValue("Verdicts_0__Remark"));
        Assert.NotNull(response.Document.QuerySelector("#Verdicts_0__Verdict_PartlyMet[checked]"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.QualityGateDecisions.CountAsync(d => d.DesignId == designId)));
        Assert.Equal(DesignStatus.DesignReview, await factory.WithDbAsync(db => db.CourseDesigns.Where(d => d.Id == designId).Select(d => d.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_decision_needs_the_confirmation_and_a_remark_where_a_criterion_is_lacking()
    {
        var (designId, reviewId) = await UnderReviewAsync();
        using var officer = await _driver.SignInAsync(ReviewDriver.Officer);

        var response = await ReviewDriver.DecideAsync(officer, reviewId, Gate.G1, DecisionOutcome.ChangesRequested, "Summary kept", confirmed: false, verdict: Verdict.NotMet);

        Assert.Equal("Confirm that you have read the whole version and its comments before deciding.", response.FieldError("Confirmed"));
        Assert.Equal("Explain in a remark what is lacking.", response.FieldError("Verdicts_0__Remark"));
        Assert.Equal("Summary kept", response.InputValue("Summary"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.QualityGateDecisions.CountAsync(d => d.DesignId == designId)));
    }

    [Fact]
    public async Task A_qa_officer_on_the_course_team_neither_sees_nor_claims_the_review()
    {
        var (designId, reviewId) = await UnderReviewAsync();
        var teamOfficer = await _driver.AddQaOfficerAsync("qa.team@microcred.demo", "Tomás Ferreira", DemoAccounts.UniversityPt);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Infrastructure.Persistence.MicroCredDbContext>();
            var design = await db.CourseDesigns.Include(d => d.Members).SingleAsync(d => d.Id == designId);
            design.AddMember(teamOfficer, DemoAccounts.UniversityPt, factory.Clock.Now);
            await db.SaveChangesAsync();
        }

        using var browser = await _driver.SignInAsync("qa.team@microcred.demo");
        var queue = await browser.GetAsync("/reviews");
        Assert.DoesNotContain($"/reviews/{reviewId}", queue.Html, StringComparison.Ordinal);
        Assert.Contains("you are on the course team", queue.Text, StringComparison.Ordinal);
        var refused = await browser.GetAsync((await ReviewDriver.ClaimAsync(browser, reviewId)).Location!.OriginalString);
        Assert.Contains("Tomás Ferreira is on the course team of this design and cannot review it.", refused.Text, StringComparison.Ordinal);
        Assert.NotEqual(teamOfficer, await factory.WithDbAsync(db => db.Reviews.Where(r => r.Id == reviewId).Select(r => r.ReviewerId).SingleAsync()));
    }

    [Fact]
    public async Task A_comment_without_text_or_on_a_field_the_step_does_not_have_is_refused_next_to_the_comment_box()
    {
        var (designId, reviewId) = await UnderReviewAsync();
        using var officer = await _driver.SignInAsync(ReviewDriver.Officer);
        var before = await factory.WithDbAsync(db => db.ReviewComments.CountAsync(c => c.DesignId == designId));

        var empty = await ReviewDriver.CommentAsync(officer, reviewId, 2, "   ");
        var unknown = await ReviewDriver.CommentAsync(officer, reviewId, 2, "Kept text", field: "NoSuchField");

        Assert.Equal("Write the comment before sending it.", empty.FieldError("Text"));
        Assert.Contains("not part of this step", unknown.FieldError("Text"), StringComparison.Ordinal);
        Assert.Equal("Kept text", unknown.InputValue("Text"));
        Assert.Equal(before, await factory.WithDbAsync(db => db.ReviewComments.CountAsync(c => c.DesignId == designId)));
    }

    [Fact]
    public async Task A_reply_to_a_thread_that_changed_meanwhile_is_not_stored_and_the_text_is_kept()
    {
        var (designId, reviewId) = await UnderReviewAsync();
        using var officer = await _driver.SignInAsync(ReviewDriver.Officer);
        await ReviewDriver.CommentAsync(officer, reviewId, 1, "Which faculty signs off the policy alignment?");
        var comment = await factory.WithDbAsync(db => db.ReviewComments.Where(c => c.DesignId == designId).OrderByDescending(c => c.CreatedAt).FirstAsync());

        using var leader = await _driver.SignInAsync(ReviewDriver.Leader);
        using var member = await _driver.SignInAsync(ReviewDriver.Member);
        Assert.Equal(HttpStatusCode.Redirect, (await _driver.ThreadActionAsync(leader, comment.Id, "reply", "The dean of engineering.", comment.Version)).Status);
        var late = await _driver.ThreadActionAsync(member, comment.Id, "reply", "The faculty board, in March.", comment.Version);

        Assert.Equal(HttpStatusCode.Conflict, late.Status);
        Assert.Contains("your text is kept", late.Text, StringComparison.Ordinal);
        Assert.Contains("The dean of engineering.", late.Text, StringComparison.Ordinal);
        Assert.Equal("The faculty board, in March.", late.Document.QuerySelector($"#text-{comment.Id:N}")!.TextContent);
        var stored = await factory.WithDbAsync(db => db.ReviewComments.AsNoTracking().SingleAsync(c => c.Id == comment.Id));
        Assert.Equal(["The dean of engineering."], stored.Replies.Select(r => r.Text));
    }

    [Fact]
    public async Task Only_the_team_and_officers_covering_the_design_read_its_review()
    {
        var (designId, reviewId) = await UnderReviewAsync();
        using var outsider = await _driver.SignInAsync(ReviewDriver.Outsider);
        using var admin = await _driver.SignInAsync(ReviewDriver.InstitutionAdmin);
        using var member = await _driver.SignInAsync(ReviewDriver.Member);
        var otherOfficer = "qa.other@microcred.demo";
        await _driver.AddQaOfficerAsync(otherOfficer, "Olle Berg", DemoAccounts.UniversityOther);
        using var stranger = await _driver.SignInAsync(otherOfficer);

        foreach (var browser in new[] { outsider, admin, stranger })
        {
            foreach (var url in new[] { $"/reviews/{reviewId}", $"/reviews/{reviewId}/decision", $"/designs/{designId}/comments", $"/designs/{designId}/decisions" })
            {
                Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(url)).Status);
            }
        }

        Assert.DoesNotContain(SampleDesigns.CompleteTitle, (await stranger.GetAsync("/reviews")).Text, StringComparison.Ordinal);
        var read = await member.GetAsync($"/reviews/{reviewId}?step=3");
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Empty(read.Document.QuerySelectorAll("#comment-form"));
    }

    /// <summary>The complete sample design with version 1 in G1, claimed by the demo QA officer (set up once per test class).</summary>
    private async Task<(Guid DesignId, Guid ReviewId)> UnderReviewAsync()
    {
        await Setup.WaitAsync();
        try
        {
            var designId = await _driver.DesignIdAsync(SampleDesigns.CompleteTitle);
            if (!await factory.WithDbAsync(db => db.Reviews.AnyAsync(r => r.DesignId == designId)))
            {
                using var leader = await _driver.SignInAsync(ReviewDriver.Leader);
                Assert.Equal(HttpStatusCode.Redirect, (await ReviewDriver.SubmitAsync(leader, designId)).Status);
                using var officer = await _driver.SignInAsync(ReviewDriver.Officer);
                Assert.Equal(HttpStatusCode.Redirect, (await ReviewDriver.ClaimAsync(officer, await _driver.OpenReviewIdAsync(designId))).Status);
            }

            return (designId, await _driver.OpenReviewIdAsync(designId));
        }
        finally
        {
            Setup.Release();
        }
    }
}
