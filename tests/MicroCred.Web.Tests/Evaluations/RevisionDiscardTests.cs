using System.Net;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;
using MicroCred.Web.Tests.Cohorts;
using MicroCred.Web.Tests.Review;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Tests.Evaluations;

/// <summary>
/// An open revision of the published demo course over HTTP: the team leader discards it (confirmation page, then the
/// discard), not once it is under review; and the published version's documents stay with the issuing office meanwhile.
/// </summary>
public sealed class RevisionDiscardTests : IDisposable
{
    private const string NewWebsite = "https://waterfronts.example.org/revised";

    private readonly MicroCredFactory _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<TestBrowser> SignedInAsync(string email)
    {
        var browser = _app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync(email)).Status);
        return browser;
    }

    /// <summary>Opens a revision from a new evaluation (as the team leader does) and changes the course web page in step 17.</summary>
    private async Task<Guid> OpenRevisionWithAChangeAsync(TestBrowser leader)
    {
        var designId = await _app.PublishedDesignIdAsync();
        var started = await leader.SubmitAsync($"/designs/{designId}/evaluations", new Dictionary<string, string> { ["Year"] = "2027" });
        Assert.Equal(HttpStatusCode.Redirect, started.Status);
        var evaluationId = started.Location!.OriginalString.Split('/')[^1];
        Assert.Equal(HttpStatusCode.Redirect, (await leader.SubmitAsync($"/evaluations/{evaluationId}/revision", new Dictionary<string, string>())).Status);
        await _app.WithDbAsync(async db =>
        {
            var step = await db.DesignSteps.SingleAsync(s => s.DesignId == designId && s.Step == WizardStep.Recruitment);
            var content = (MicroCred.Domain.Designs.Steps.RecruitmentStep)DesignContentJson.Deserialize(WizardStep.Recruitment, step.ContentJson);
            content.WebsiteUrl = NewWebsite;
            step.Save(DesignContentJson.Serialize(content), true, step.LastEditedById!.Value, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            return true;
        });
        return designId;
    }

    private Task<string> WebsiteAsync(Guid designId) => _app.WithDbAsync(async db =>
    {
        var step = await db.DesignSteps.AsNoTracking().SingleAsync(s => s.DesignId == designId && s.Step == WizardStep.Recruitment);
        return ((MicroCred.Domain.Designs.Steps.RecruitmentStep)DesignContentJson.Deserialize(WizardStep.Recruitment, step.ContentJson)).WebsiteUrl ?? "";
    });

    [Fact]
    public async Task The_leader_confirms_and_discards_a_draft_revision_and_the_design_is_the_published_course_again()
    {
        using var leader = await SignedInAsync(ReviewSetup.Leader);
        using var admin = await SignedInAsync(ReviewSetup.InstitutionAdmin);
        var designId = await OpenRevisionWithAChangeAsync(leader);
        Assert.Equal(NewWebsite, await WebsiteAsync(designId));

        var confirm = await leader.GetAsync($"/designs/{designId}/revision/discard");
        Assert.Equal(HttpStatusCode.OK, confirm.Status);
        Assert.Contains("17. Recruitment and communication", confirm.Text, StringComparison.Ordinal);
        Assert.Contains("Discard the revision and keep version 3", confirm.Text, StringComparison.Ordinal);

        var discarded = await leader.PostAsync($"/designs/{designId}/revision/discard", new Dictionary<string, string>(), confirm.AntiforgeryToken());
        Assert.Equal(HttpStatusCode.Redirect, discarded.Status);
        Assert.Equal($"/designs/{designId}", discarded.Location!.OriginalString);

        var design = await _app.WithDbAsync(db => db.CourseDesigns.AsNoTracking().SingleAsync(d => d.Id == designId));
        Assert.Equal(DesignStatus.Published, design.Status);
        Assert.Null(design.RevisionOf);
        Assert.Equal(3, design.LastVersionNumber);
        var published = await _app.WithDbAsync(db => db.DesignVersions.AsNoTracking().SingleAsync(v => v.DesignId == designId && v.Number == 3));
        Assert.Equal(published.ReadContent().Recruitment.WebsiteUrl, await WebsiteAsync(designId));

        // The history and the timeline say so; the published version stays on offer.
        Assert.Contains("Revision discarded", (await leader.GetAsync($"/designs/{designId}/history")).Text, StringComparison.Ordinal);
        Assert.Contains("Revision discarded", (await leader.GetAsync($"/designs/{designId}/timeline")).Text, StringComparison.Ordinal);
        var cohortId = await _app.StartCohortAsync(admin, "After the discard");
        Assert.Equal(3, await _app.WithDbAsync(db => db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.DesignVersionNumber).SingleAsync()));

        // Nothing left to discard: the page says so and a second post changes nothing.
        var again = await leader.GetAsync($"/designs/{designId}/revision/discard");
        Assert.Contains("There is no open revision to discard.", again.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await leader.PostAsync($"/designs/{designId}/revision/discard", new Dictionary<string, string>(), (await leader.GetAsync("/notifications")).AnyAntiforgeryToken())).Status);
    }

    [Fact]
    public async Task A_team_member_cannot_discard_outsiders_get_not_found_and_a_submitted_revision_stays_until_the_decision()
    {
        using var leader = await SignedInAsync(ReviewSetup.Leader);
        using var member = await SignedInAsync(ReviewSetup.PartnerEs);
        using var outsider = await SignedInAsync(ReviewSetup.Outsider);
        var designId = await OpenRevisionWithAChangeAsync(leader);

        var memberPage = await member.GetAsync($"/designs/{designId}/revision/discard");
        Assert.Equal(HttpStatusCode.OK, memberPage.Status);
        Assert.Contains("Only the team leader can discard the revision.", memberPage.Text, StringComparison.Ordinal);
        var byMember = await member.PostAsync($"/designs/{designId}/revision/discard", new Dictionary<string, string>(), (await member.GetAsync("/notifications")).AnyAntiforgeryToken());
        Assert.Equal(HttpStatusCode.Conflict, byMember.Status);
        Assert.Contains("Only the team leader can discard the revision.", byMember.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/designs/{designId}/revision/discard")).Status);
        var outsiderToken = (await outsider.GetAsync("/notifications")).AnyAntiforgeryToken();
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsync($"/designs/{designId}/revision/discard", new Dictionary<string, string>(), outsiderToken)).Status);

        // Submitted: a reviewer is deciding on version 4, so the revision stays.
        Assert.Equal(HttpStatusCode.Redirect, (await ReviewDriver.SubmitAsync(leader, designId)).Status);
        var page = await leader.GetAsync($"/designs/{designId}/revision/discard");
        Assert.Contains("Version 4 of the revision is under review", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Discard the revision and keep version 3", page.Text, StringComparison.Ordinal);
        var refused = await leader.PostAsync($"/designs/{designId}/revision/discard", new Dictionary<string, string>(), (await leader.GetAsync("/notifications")).AnyAntiforgeryToken());
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains("under review, so the revision cannot be discarded now", refused.Text, StringComparison.Ordinal);

        var design = await _app.WithDbAsync(db => db.CourseDesigns.AsNoTracking().SingleAsync(d => d.Id == designId));
        Assert.Equal(3, design.RevisionOf);
        Assert.Equal(4, design.VersionUnderReview);
        Assert.Equal(NewWebsite, await WebsiteAsync(designId));
        Assert.Equal(0, await _app.WithDbAsync(db => db.TimelineEntries.CountAsync(t => t.DesignId == designId && t.Event == TimelineEvent.RevisionDiscarded)));
    }

    [Fact]
    public async Task The_issuing_institutions_administrator_keeps_the_published_documents_while_a_revision_is_open()
    {
        using var leader = await SignedInAsync(ReviewSetup.Leader);
        using var admin = await SignedInAsync(ReviewSetup.InstitutionAdmin);
        var designId = await OpenRevisionWithAChangeAsync(leader);

        var page = await admin.GetAsync($"/designs/{designId}/documents");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(3, page.Document.QuerySelectorAll("a[href$='/course-description']").Length);
        using (var pdf = await admin.Client.GetAsync($"/designs/{designId}/versions/3/course-description"))
        {
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        }

        // The revision's own version, once submitted, is the team's: not listed for the office, and not found.
        Assert.Equal(HttpStatusCode.Redirect, (await ReviewDriver.SubmitAsync(leader, designId)).Status);
        page = await admin.GetAsync($"/designs/{designId}/documents");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(3, page.Document.QuerySelectorAll("a[href$='/course-description']").Length);
        using var draft = await admin.Client.GetAsync($"/designs/{designId}/versions/4/course-description");
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
        Assert.Equal(4, (await leader.GetAsync($"/designs/{designId}/documents")).Document.QuerySelectorAll("a[href$='/course-description']").Length);
    }
}
