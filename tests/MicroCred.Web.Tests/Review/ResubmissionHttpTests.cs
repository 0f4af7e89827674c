using System.Net;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Tests.Review;

/// <summary>After "request changes" the task list leads with the decision, and the same version cannot be sent back unchanged.</summary>
public sealed class ResubmissionHttpTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    [Fact]
    public async Task A_returned_design_leads_with_the_decision_and_is_not_resubmitted_without_a_change()
    {
        var designId = await factory.CopyOfCompleteDesignAsync("Returned unchanged");
        await factory.SubmitAsync(designId);
        await factory.DecideAsync(designId, DecisionOutcome.ChangesRequested, "Sharpen the outcomes before development.");
        using var leader = factory.Browser();
        await leader.LoginAsync(ReviewSetup.Leader);

        var home = await leader.GetAsync($"/designs/{designId}");
        var decision = home.Document.QuerySelector("section.decision-first")!;
        Assert.True(home.Html.IndexOf("decision-first", StringComparison.Ordinal) < home.Html.IndexOf("next-heading", StringComparison.Ordinal), "The decision comes first.");
        Assert.Contains("Sharpen the outcomes before development.", decision.TextContent, StringComparison.Ordinal);
        Assert.NotNull(home.Document.QuerySelector("[data-nothing-changed]"));
        Assert.Null(home.Document.QuerySelector($"a[href='/designs/{designId}/submit']"));

        var refused = await leader.PostAsync($"/designs/{designId}/submit", new Dictionary<string, string>(), home.AnyAntiforgeryToken());
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains("Nothing has changed since version 1", refused.Text, StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.DesignVersions.CountAsync(v => v.DesignId == designId)));

        // Once something has changed, the button is back and the submission goes through.
        await factory.WithDbAsync(async db =>
        {
            var step = await db.DesignSteps.SingleAsync(s => s.DesignId == designId && s.Step == WizardStep.JointVision);
            var vision = (Domain.Designs.Steps.JointVisionStep)DesignContentJson.Deserialize(WizardStep.JointVision, step.ContentJson);
            vision.NeedsSummary = "Rewritten after the design review.";
            step.Save(DesignContentJson.Serialize(vision), step.MarkedComplete, step.LastEditedById!.Value, factory.Clock.Now);
            await db.SaveChangesAsync();
            return 0;
        });
        home = await leader.GetAsync($"/designs/{designId}");
        Assert.NotNull(home.Document.QuerySelector($"a[href='/designs/{designId}/submit']"));
        var submitted = await leader.PostAsync($"/designs/{designId}/submit", new Dictionary<string, string>(), home.AnyAntiforgeryToken());
        Assert.Equal(HttpStatusCode.Redirect, submitted.Status);
    }
}
