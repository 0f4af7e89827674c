using System.Net;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Evaluations;
using MicroCred.Domain.Notifications;
using MicroCred.Domain.Reviews;
using MicroCred.Web.Tests.Cohorts;
using MicroCred.Web.Tests.Review;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Tests.Evaluations;

/// <summary>The annual evaluation of the published demo course over HTTP: record, comment, sign off, and the revision opened from it.</summary>
public sealed class EvaluationTests : IDisposable
{
    private readonly MicroCredFactory _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<TestBrowser> SignedInAsync(string email)
    {
        var browser = _app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync(email)).Status);
        return browser;
    }

    private async Task<Guid> StartAsync(TestBrowser leader, Guid designId, int year)
    {
        var page = await leader.SubmitAsync($"/designs/{designId}/evaluations", new Dictionary<string, string> { ["Year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        return Guid.Parse(page.Location!.OriginalString.Split('/')[^1]);
    }

    private static Dictionary<string, string> RecordFields(string findings, string learners = "26", string income = "18500") => new()
    {
        ["Form.Findings"] = findings,
        ["Form.StakeholderFeedback"] = "The water board asks for a module on permits.",
        ["Form.ActualLearners"] = learners,
        ["Form.ActualIncome"] = income,
        ["Form.BusinessNotes"] = "",
    };

    private async Task<TestBrowser.Page> ConfirmAllPartnersAsync(TestBrowser team, Guid evaluationId)
    {
        var institutions = await _app.WithDbAsync(db => db.AnnualEvaluations.Where(e => e.Id == evaluationId)
            .SelectMany(e => e.Partners).OrderBy(p => p.InstitutionName).Select(p => p.InstitutionId).ToListAsync());
        var form = await team.GetAsync($"/evaluations/{evaluationId}/partners");
        var fields = new List<KeyValuePair<string, string>> { new("Form.Version", form.InputValue("Form_Version")!) };
        for (var i = 0; i < institutions.Count; i++)
        {
            fields.Add(new($"Form.Rows[{i}].InstitutionId", institutions[i].ToString()));
            fields.Add(new($"Form.Rows[{i}].Answer", nameof(PartnerAnswer.Continues)));
            fields.Add(new($"Form.Rows[{i}].ConfirmedBy", $"Vice-rector {i + 1}"));
            fields.Add(new($"Form.Rows[{i}].ConfirmedOn", "2027-06-10"));
        }

        return await team.PostAsync($"/evaluations/{evaluationId}/partners", fields, form.AntiforgeryToken());
    }

    private static Task<TestBrowser.Page> AddActionAsync(TestBrowser team, Guid evaluationId, string title, Guid ownerId, string deadline = "2027-12-01", params string[] steps)
    {
        var fields = new Dictionary<string, string>
        {
            ["Form.Title"] = title,
            ["Form.OwnerId"] = ownerId.ToString(),
            ["Form.Deadline"] = deadline,
            ["Form.Status"] = nameof(ActionStatus.Planned),
        };
        return SubmitWithVersionAsync(team, $"/evaluations/{evaluationId}/actions/new", fields, steps.Select(s => new KeyValuePair<string, string>("Form.Steps", s)));
    }

    /// <summary>Opens the form, keeps the concurrency token it shows, and posts the fields with it.</summary>
    private static async Task<TestBrowser.Page> SubmitWithVersionAsync(TestBrowser browser, string url, Dictionary<string, string> fields, IEnumerable<KeyValuePair<string, string>>? more = null)
    {
        var form = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, form.Status);
        var all = fields.ToList();
        all.Add(new("Form.Version", form.InputValue("Form_Version")!));
        all.AddRange(more ?? []);
        return await browser.PostAsync(url, all, form.AntiforgeryToken());
    }

    [Fact]
    public async Task The_team_starts_an_evaluation_records_findings_partners_and_actions_and_sees_the_plan_against_actual_figures()
    {
        using var leader = await SignedInAsync(ReviewSetup.Leader);
        var designId = await _app.PublishedDesignIdAsync();
        var index = await leader.GetAsync($"/designs/{designId}/evaluations");
        Assert.Equal(HttpStatusCode.OK, index.Status);
        Assert.Contains("evaluation", index.Text, StringComparison.OrdinalIgnoreCase);

        var id = await StartAsync(leader, designId, 2027);
        var saved = await SubmitWithVersionAsync(leader, $"/evaluations/{id}/edit", RecordFields("Unit 2 took learners 30 % longer than planned."));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(HttpStatusCode.Redirect, (await ConfirmAllPartnersAsync(leader, id)).Status);
        var ownerId = await _app.UserIdAsync(ReviewSetup.PartnerEs);
        Assert.Equal(HttpStatusCode.Redirect, (await AddActionAsync(leader, id, "Shorten unit 2 by four hours", ownerId, "2027-12-01", nameof(WizardStep.CoursePlan))).Status);

        var page = await leader.GetAsync($"/evaluations/{id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Unit 2 took learners 30 % longer than planned.", page.Text, StringComparison.Ordinal);
        Assert.Contains("Shorten unit 2 by four hours", page.Text, StringComparison.Ordinal);
        Assert.Contains("1 December 2027", page.Text, StringComparison.Ordinal);
        Assert.Contains("Vice-rector 1", page.Text, StringComparison.Ordinal);

        // The plan of the published version: 30 learners per run, one run → 30 planned, 26 actual.
        Assert.Contains("−4 (−13.3 %)", page.Text, StringComparison.Ordinal);
        var stored = await _app.WithDbAsync(db => db.AnnualEvaluations.Include(e => e.Partners).Include(e => e.Actions).SingleAsync(e => e.Id == id));
        Assert.Equal(3, stored.Partners.Count);
        Assert.All(stored.Partners, p => Assert.Equal(PartnerAnswer.Continues, p.Answer));
        Assert.Equal([WizardStep.CoursePlan], stored.Actions.Single(a => a.Title == "Shorten unit 2 by four hours").Steps);
    }

    [Fact]
    public async Task Invalid_input_is_refused_next_to_its_field_and_kept()
    {
        using var leader = await SignedInAsync(ReviewSetup.Leader);
        var id = await StartAsync(leader, await _app.PublishedDesignIdAsync(), 2028);

        var page = await SubmitWithVersionAsync(leader, $"/evaluations/{id}/edit", RecordFields("Typed findings stay.", learners: "twenty"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Enter the number of learners as a whole number, for example 26.", page.FieldError("Form_ActualLearners"));
        Assert.Contains("Typed findings stay.", page.Html, StringComparison.Ordinal);
        Assert.Equal("twenty", page.InputValue("Form_ActualLearners"));
        var action = await SubmitWithVersionAsync(leader, $"/evaluations/{id}/actions/new", new Dictionary<string, string> { ["Form.Title"] = "No owner", ["Form.Deadline"] = "01/12/2027", ["Form.Status"] = "Planned" });
        Assert.Equal("Enter the deadline as a date, for example 2027-12-01.", action.FieldError("Form_Deadline"));
        Assert.Equal("Choose who on the team owns the action.", action.FieldError("Form_OwnerId"));
        Assert.Null(await _app.WithDbAsync(db => db.AnnualEvaluations.Where(e => e.Id == id).Select(e => e.Findings).SingleAsync()));
    }

    [Fact]
    public async Task A_stale_edit_gets_409_keeps_the_input_and_stores_nothing()
    {
        using var leader = await SignedInAsync(ReviewSetup.Leader);
        using var member = await SignedInAsync(ReviewSetup.PartnerEs);
        var id = await StartAsync(leader, await _app.PublishedDesignIdAsync(), 2029);
        var memberForm = await member.GetAsync($"/evaluations/{id}/edit");
        var staleVersion = memberForm.InputValue("Form_Version")!;

        Assert.Equal(HttpStatusCode.Redirect, (await SubmitWithVersionAsync(leader, $"/evaluations/{id}/edit", RecordFields("The leader's findings."))).Status);
        var fields = RecordFields("The member's findings.");
        fields["Form.Version"] = staleVersion;
        var conflict = await member.PostAsync($"/evaluations/{id}/edit", fields, memberForm.AntiforgeryToken());

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Contains("Someone else changed this evaluation", conflict.Text, StringComparison.Ordinal);
        Assert.Contains("The member&#x27;s findings.", conflict.Html, StringComparison.Ordinal);
        Assert.Equal("The leader's findings.", await _app.WithDbAsync(db => db.AnnualEvaluations.Where(e => e.Id == id).Select(e => e.Findings).SingleAsync()));
    }

    [Fact]
    public async Task A_partner_qa_officer_comments_and_the_team_is_told()
    {
        using var leader = await SignedInAsync(ReviewSetup.Leader);
        using var qa = await SignedInAsync(ReviewSetup.Qa);
        var id = await StartAsync(leader, await _app.PublishedDesignIdAsync(), 2030);

        var show = await qa.GetAsync($"/evaluations/{id}");
        Assert.Equal(HttpStatusCode.OK, show.Status);
        var posted = await qa.PostAsync($"/evaluations/{id}/comments", new Dictionary<string, string> { ["CommentForm.Text"] = "Please add the <b>response rate</b> of the survey." }, show.AntiforgeryToken());
        Assert.Equal(HttpStatusCode.Redirect, posted.Status);

        var page = await leader.GetAsync($"/evaluations/{id}");
        Assert.Contains("Please add the &lt;b&gt;response rate&lt;/b&gt; of the survey.", page.Html, StringComparison.Ordinal);
        Assert.Contains("Quality assurance", page.Text, StringComparison.Ordinal);
        var leaderId = await _app.UserIdAsync(ReviewSetup.Leader);
        Assert.True(await _app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == leaderId && n.Kind == NotificationKind.EvaluationCommented && n.Link == $"/evaluations/{id}")));

        var empty = await qa.PostAsync($"/evaluations/{id}/comments", new Dictionary<string, string> { ["CommentForm.Text"] = " " }, show.AntiforgeryToken());
        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.Equal("Write your comment.", empty.FieldError("CommentForm_Text"));
    }

    [Fact]
    public async Task Sign_off_by_the_lead_qa_officer_freezes_the_evaluation_and_shows_on_the_timeline()
    {
        using var leader = await SignedInAsync(ReviewSetup.Leader);
        using var qa = await SignedInAsync(ReviewSetup.Qa);
        var designId = await _app.PublishedDesignIdAsync();
        var id = await StartAsync(leader, designId, 2031);

        // Not ready: the page says what is missing and a post signs nothing.
        var early = await qa.GetAsync($"/evaluations/{id}/sign-off");
        Assert.Contains("has not confirmed whether it continues", early.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"/evaluations/{id}/sign-off")).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await SubmitWithVersionAsync(leader, $"/evaluations/{id}/edit", RecordFields("All three runs went well."))).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await ConfirmAllPartnersAsync(leader, id)).Status);
        var editForm = await leader.GetAsync($"/evaluations/{id}/edit");
        var signed = await qa.SubmitAsync($"/evaluations/{id}/sign-off", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, signed.Status);

        var fields = RecordFields("Changed after sign-off.");
        fields["Form.Version"] = editForm.InputValue("Form_Version")!;
        var late = await leader.PostAsync($"/evaluations/{id}/edit", fields, editForm.AntiforgeryToken());
        Assert.Equal(HttpStatusCode.Conflict, late.Status);
        Assert.Contains("signed off by", late.Text, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", late.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await leader.GetAsync($"/evaluations/{id}/edit")).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await leader.GetAsync($"/evaluations/{id}/actions/new")).Status);
        var qaToken = (await qa.GetAsync("/notifications")).AnyAntiforgeryToken();
        var comment = await qa.PostAsync($"/evaluations/{id}/comments", new Dictionary<string, string> { ["CommentForm.Text"] = "Too late." }, qaToken);
        Assert.Equal(HttpStatusCode.Conflict, comment.Status);
        Assert.Equal(HttpStatusCode.Conflict, (await qa.PostAsync($"/evaluations/{id}/sign-off", new Dictionary<string, string>(), qaToken)).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await qa.GetAsync($"/evaluations/{id}/sign-off")).Status);
        var stored = await _app.WithDbAsync(db => db.AnnualEvaluations.Include(e => e.Comments).SingleAsync(e => e.Id == id));
        Assert.Equal("All three runs went well.", stored.Findings);
        Assert.Empty(stored.Comments);
        Assert.NotNull(stored.SignedOffAt);

        var timeline = await leader.GetAsync($"/designs/{designId}/timeline");
        Assert.Contains("Annual evaluation signed off", timeline.Text, StringComparison.Ordinal);
        Assert.Contains("Annual evaluation 2031", timeline.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_actions_carry_over_and_show_at_the_next_evaluation()
    {
        using var leader = await SignedInAsync(ReviewSetup.Leader);
        var designId = await _app.PublishedDesignIdAsync();
        var first = await StartAsync(leader, designId, 2032);
        var ownerId = await _app.UserIdAsync(ReviewSetup.PartnerPt);
        Assert.Equal(HttpStatusCode.Redirect, (await AddActionAsync(leader, first, "Translate the case material", ownerId)).Status);

        var next = await StartAsync(leader, designId, 2033);
        var page = await leader.GetAsync($"/evaluations/{next}");

        Assert.Contains("Translate the case material", page.Text, StringComparison.Ordinal);
        Assert.Contains("Carried over", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outsiders_get_not_found()
    {
        using var leader = await SignedInAsync(ReviewSetup.Leader);
        var designId = await _app.PublishedDesignIdAsync();
        var id = await StartAsync(leader, designId, 2034);
        foreach (var email in new[] { ReviewSetup.Outsider, ReviewSetup.InstitutionAdmin, ReviewSetup.PlatformAdmin })
        {
            using var outsider = await SignedInAsync(email);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/designs/{designId}/evaluations")).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/evaluations/{id}")).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/evaluations/{id}/edit")).Status);
            var token = (await outsider.GetAsync("/notifications")).AnyAntiforgeryToken();
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsync($"/evaluations/{id}/comments", new Dictionary<string, string> { ["CommentForm.Text"] = "Hello" }, token)).Status);
        }

        Assert.Equal(0, await _app.WithDbAsync(db => db.AnnualEvaluations.Where(e => e.Id == id).SelectMany(e => e.Comments).CountAsync()));
    }

    [Fact]
    public async Task A_minor_revision_opened_from_an_evaluation_goes_straight_to_approval_and_is_published_while_cohorts_stay_on_their_version()
    {
        using var leader = await SignedInAsync(ReviewSetup.Leader);
        using var qa = await SignedInAsync(ReviewSetup.Qa);
        using var admin = await SignedInAsync(ReviewSetup.InstitutionAdmin);
        var designId = await _app.PublishedDesignIdAsync();
        var cohortId = await _app.StartCohortAsync(admin, "Run on version 3");
        var id = await StartAsync(leader, designId, 2035);

        Assert.Equal(HttpStatusCode.NotFound, (await qa.GetAsync($"/evaluations/{id}/revision")).Status);
        var opened = await leader.SubmitAsync($"/evaluations/{id}/revision", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, opened.Status);
        var design = await _app.WithDbAsync(db => db.CourseDesigns.SingleAsync(d => d.Id == designId));
        Assert.Equal(DesignStatus.Draft, design.Status);
        Assert.Equal(3, design.RevisionOf);

        // The published version stays on offer: its cohorts stay reachable and new ones can start on version 3.
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/designs/{designId}/cohorts")).Status);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/cohorts/{cohortId}")).Status);

        // An editorial change only: a partner's contact.
        await ChangeStepAsync(designId, WizardStep.Partnership, c => c.Partnership.Partners[0].ContactName = "Dr. New Contact");
        var taskList = await leader.GetAsync($"/designs/{designId}");
        Assert.Contains("Next: approval for publication", taskList.Text, StringComparison.Ordinal);
        var submitPage = await leader.GetAsync($"/designs/{designId}/submit");
        Assert.Contains("This is a minor revision", submitPage.Text, StringComparison.Ordinal);
        Assert.Contains("Submit for approval for publication", submitPage.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, (await ReviewDriver.SubmitAsync(leader, designId)).Status);
        var version = await _app.WithDbAsync(db => db.DesignVersions.SingleAsync(v => v.DesignId == designId && v.Number == 4));
        Assert.Equal(Gate.G3, version.Gate);
        Assert.Equal(RevisionKind.Minor, version.RevisionKind);

        var reviewId = await _app.WithDbAsync(db => db.Reviews.Where(r => r.DesignId == designId && r.State != ReviewState.Decided).Select(r => r.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await ReviewDriver.ClaimAsync(qa, reviewId)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await ReviewDriver.DecideAsync(qa, reviewId, Gate.G3, DecisionOutcome.Approved, "Contact updated; approved.")).Status);

        design = await _app.WithDbAsync(db => db.CourseDesigns.SingleAsync(d => d.Id == designId));
        Assert.Equal(DesignStatus.Published, design.Status);
        Assert.Null(design.RevisionOf);
        Assert.Equal(3, await _app.WithDbAsync(db => db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.DesignVersionNumber).SingleAsync()));
        var newCohort = await _app.StartCohortAsync(admin, "Run on version 4");
        Assert.Equal(4, await _app.WithDbAsync(db => db.Cohorts.Where(c => c.Id == newCohort).Select(c => c.DesignVersionNumber).SingleAsync()));
    }

    [Fact]
    public async Task A_revision_that_changes_the_ects_is_major_and_the_submit_page_says_why()
    {
        using var leader = await SignedInAsync(ReviewSetup.Leader);
        var designId = await _app.PublishedDesignIdAsync();
        var id = await StartAsync(leader, designId, 2036);
        Assert.Equal(HttpStatusCode.Redirect, (await leader.SubmitAsync($"/evaluations/{id}/revision", new Dictionary<string, string>())).Status);

        await ChangeStepAsync(designId, WizardStep.CoursePlan, c => c.CoursePlan.Ects += 1m);
        Assert.Contains("Next: design review", (await leader.GetAsync($"/designs/{designId}")).Text, StringComparison.Ordinal);
        var submitPage = await leader.GetAsync($"/designs/{designId}/submit");

        Assert.Contains("This is a major revision", submitPage.Text, StringComparison.Ordinal);
        Assert.Contains("The ECTS credits changed from", submitPage.Text, StringComparison.Ordinal);
        Assert.Contains("design review", submitPage.Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    private Task<bool> ChangeStepAsync(Guid designId, WizardStep step, Action<DesignContent> change) =>
        _app.WithDbAsync(async db =>
        {
            var steps = await db.DesignSteps.Where(s => s.DesignId == designId).ToListAsync();
            var content = DesignContentJson.Assemble(steps);
            change(content);
            var stored = steps.Single(s => s.Step == step);
            stored.Save(DesignContentJson.Serialize(content.Get(step)), true, stored.LastEditedById!.Value, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            return true;
        });
}
