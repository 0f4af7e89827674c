using System.Net;
using System.Text.Json;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Schema;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Infrastructure.Seeding;
using MicroCred.Web.Features.Wizard.Engine;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MicroCred.Web.Tests.Wizard;

public abstract class WizardTests(MicroCredFactory factory)
{
    /// <summary>References need their targets first: partners before the team, units before activities, tools before activities.</summary>
    private static readonly int[] FillOrder = [3, 1, 2, 4, 5, 6, 7, 10, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21];

    [Fact]
    public async Task A_new_design_is_filled_step_by_step_over_http_and_every_check_turns_green()
    {
        using var leader = await SignedInAsync("leader@microcred.demo");
        var designId = await StartDesignAsync(leader, "Coastal adaptation (HTTP test)");
        var home = await leader.GetAsync($"/designs/{designId}");
        Assert.Contains("0 of 21 steps completed", home.Text, StringComparison.Ordinal);

        var sample = SampleDesigns.Complete(DemoAccounts.UniversityNl, DemoAccounts.UniversityEs, DemoAccounts.UniversityPt);
        foreach (var number in FillOrder)
        {
            var step = (WizardStep)number;
            var saved = await SaveStepAsync(leader, designId, step, sample.Content.Get(step), complete: true);
            Assert.True(saved.Status == HttpStatusCode.Redirect, $"{step}: {string.Join(" | ", saved.ErrorSummary())}");
        }

        // Signatures are not typed into step 21: each partner's is recorded once, on "Reviews, approvals and signatures".
        sample.Content.ConsortiumAgreement.Signatories.Clear();
        var records = await leader.GetAsync($"/designs/{designId}/approvals");
        foreach (var partner in sample.Content.Partnership.Partners.Where(p => p.PartnerRole is PartnerRole.LeadInstitution or PartnerRole.FullPartner))
        {
            var signed = await leader.PostAsync($"/designs/{designId}/approvals/signatures", new Dictionary<string, string>
            {
                ["Signature.PartnerId"] = partner.Id.ToString(),
                ["Signature.SignerName"] = "Prof. Ana Ruiz",
                ["Signature.SignerRole"] = "Rector",
                ["Signature.SignedOn"] = "2026-11-02",
            }, records.AnyAntiforgeryToken());
            Assert.Equal(HttpStatusCode.Redirect, signed.Status);
        }

        // Nor are board approvals typed into step 5: an institution administrator records each, on the same page.
        using var admin = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("institution.admin@microcred.demo")).Status);
        var adminRecords = await admin.GetAsync($"/designs/{designId}/approvals");
        foreach (var board in sample.Content.SupportServices.ProgrammeBoards)
        {
            (board.ApprovalStatus, board.DecisionDate) = (null, null);
            var approved = await admin.PostAsync($"/designs/{designId}/approvals/boards", new Dictionary<string, string>
            {
                ["Board.BoardId"] = board.Id.ToString(),
                ["Board.Body"] = board.BoardName,
                ["Board.ApprovedOn"] = "2026-10-02",
                ["Board.Reference"] = "Minutes 2026-14",
            }, adminRecords.AnyAntiforgeryToken());
            Assert.Equal(HttpStatusCode.Redirect, approved.Status);
        }

        // What is stored is exactly what was entered, step by step.
        foreach (var step in Enum.GetValues<WizardStep>())
        {
            var json = await factory.WithDbAsync(db => db.DesignSteps.Where(s => s.DesignId == designId && s.Step == step).Select(s => s.ContentJson).SingleAsync());
            Assert.True(JsonElement.DeepEquals(Parse(DesignContentJson.Serialize(sample.Content.Get(step))), Parse(json)), $"{step} was not stored as entered.");
        }

        home = await leader.GetAsync($"/designs/{designId}");
        Assert.Contains("21 of 21 steps completed", home.Text, StringComparison.Ordinal);
        Assert.Contains("All 21 steps are completed and every check passes.", home.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Missing", home.Document.QuerySelector("aside")!.TextContent, StringComparison.Ordinal);

        var checks = await leader.GetAsync($"/designs/{designId}/checks");
        Assert.Contains("Errors (0)", checks.Text, StringComparison.Ordinal);
        Assert.Contains("Warnings (0)", checks.Text, StringComparison.Ordinal);
        Assert.NotNull(checks.Document.QuerySelector("table.alignment-matrix"));

        var history = await leader.GetAsync($"/designs/{designId}/history");
        // The start, one save per step, and the rename to the course title saved in step 7.
        Assert.Equal(23, history.Document.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task Every_step_page_refuses_unreadable_input_keeps_it_and_stores_nothing()
    {
        using var leader = await SignedInAsync("leader@microcred.demo");
        var designId = await StartDesignAsync(leader, "Bad input test");
        var definitions = factory.Services.GetRequiredService<StepDefinitions>();
        foreach (var step in Enum.GetValues<WizardStep>())
        {
            var definition = definitions.Get(step);
            var target = FirstFieldOf(definition.AllFields, FieldKind.Integer, FieldKind.Decimal, FieldKind.Date, FieldKind.Choice);
            var fields = new List<KeyValuePair<string, string>> { new("command", "return") };
            string? path = null;
            if (target is not null)
            {
                path = target.Value.Path;
                fields.AddRange(target.Value.RowLists.Select(r => new KeyValuePair<string, string>(r.List + FieldPaths.RowsSuffix, r.Id.ToString())));
                fields.Add(new(path, "not-a-valid-value"));
            }
            else
            {
                var text = definition.AllFields.First(f => f.Kind is FieldKind.Text or FieldKind.LongText);
                path = text.Name;
                fields.Add(new(path, new string('x', (text.MaxLength ?? 4000) + 1)));
            }

            var before = await StoredJsonAsync(designId, step);
            var page = await StepForms.PostAsync(leader, designId, step, fields);
            Assert.True(page.Status == HttpStatusCode.OK, $"{step}: expected the form again, got {(int)page.Status}.");
            Assert.Contains("There is a problem", page.Text, StringComparison.Ordinal);
            var error = page.Document.GetElementById(FieldPaths.HtmlId(path) + "-error");
            Assert.True(error is not null, $"{step}: no message next to {path}.");
            Assert.Equal(before, await StoredJsonAsync(designId, step));
        }
    }

    [Fact]
    public async Task An_incomplete_step_saves_and_shows_as_in_progress_then_incomplete_when_marked_done()
    {
        using var leader = await SignedInAsync("leader@microcred.demo");
        var designId = await StartDesignAsync(leader, "Incomplete step test");
        var partial = new LearningOutcomesStep { CourseObjective = "Plan adaptation for a coastal district." };

        Assert.Equal(HttpStatusCode.Redirect, (await SaveStepAsync(leader, designId, WizardStep.LearningOutcomes, partial, complete: false)).Status);
        var home = await leader.GetAsync($"/designs/{designId}");
        Assert.Equal("In progress", home.Document.GetElementById("status-6")!.TextContent.Trim());

        Assert.Equal(HttpStatusCode.Redirect, (await SaveStepAsync(leader, designId, WizardStep.LearningOutcomes, partial, complete: true)).Status);
        home = await leader.GetAsync($"/designs/{designId}");
        // Marked done but without any learning outcome: the team is told it is not finished.
        Assert.Contains(home.Document.GetElementById("status-6")!.TextContent.Trim(), new[] { "Incomplete", "Has errors" });
        Assert.Equal("Not started", home.Document.GetElementById("status-2")!.TextContent.Trim());
        Assert.Equal("Cannot start yet", home.Document.GetElementById("status-7")!.TextContent.Trim());
    }

    [Fact]
    public async Task Rows_are_added_moved_and_removed_and_removing_a_used_outcome_clears_its_references()
    {
        using var leader = await SignedInAsync("leader@microcred.demo");
        var designId = await StartDesignAsync(leader, "Rows test");
        var lo1 = new LearningOutcome { Id = Guid.NewGuid(), Code = "LO1", Statement = "Explain flood risk." };
        var lo2 = new LearningOutcome { Id = Guid.NewGuid(), Code = "LO2", Statement = "Compare adaptation options." };
        await SaveStepAsync(leader, designId, WizardStep.LearningOutcomes, new LearningOutcomesStep { Outcomes = [lo1, lo2] }, complete: false);

        // Add another row with the add-another button: the typed rows stay.
        var fields = StepForms.Fields(Definition(WizardStep.LearningOutcomes), new LearningOutcomesStep { Outcomes = [lo1, lo2] });
        fields.Add(new("command", "add:Outcomes"));
        var added = await StepForms.PostAsync(leader, designId, WizardStep.LearningOutcomes, fields);
        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        var content = await StoredAsync<LearningOutcomesStep>(designId, WizardStep.LearningOutcomes);
        Assert.Equal(3, content.Outcomes.Count);
        Assert.Equal(["LO1", "LO2", ""], content.Outcomes.Select(o => o.Code));

        // A unit uses LO2; the remove button warns about it.
        var unit = new CourseUnit { Id = Guid.NewGuid(), Title = "Risk basics", OutcomeIds = [lo1.Id, lo2.Id] };
        Assert.Equal(HttpStatusCode.Redirect, (await SaveStepAsync(leader, designId, WizardStep.CoursePlan, new CoursePlanStep { Units = [unit] }, complete: false)).Status);
        var page = await leader.GetAsync($"/designs/{designId}/steps/6");
        var removeButton = page.Document.QuerySelector($"button[value='remove:Outcomes[{lo2.Id}]']");
        Assert.NotNull(removeButton);
        Assert.Contains("is used by", removeButton!.GetAttribute("data-confirm"), StringComparison.Ordinal);

        // Move LO2 up, then remove it: the unit no longer refers to it.
        content = await StoredAsync<LearningOutcomesStep>(designId, WizardStep.LearningOutcomes);
        fields = StepForms.Fields(Definition(WizardStep.LearningOutcomes), content);
        fields.Add(new("command", $"up:Outcomes[{lo2.Id}]"));
        Assert.Equal(HttpStatusCode.Redirect, (await StepForms.PostAsync(leader, designId, WizardStep.LearningOutcomes, fields)).Status);
        content = await StoredAsync<LearningOutcomesStep>(designId, WizardStep.LearningOutcomes);
        Assert.Equal("LO2", content.Outcomes[0].Code);

        // The step page of this state is read first, as a user would: the save takes the stored steps from the shared
        // assembled design it left behind, and the removal must change copies only.
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync($"/designs/{designId}/steps/6")).Status);
        var state = await factory.WithDbAsync(db => db.DesignSteps.Where(s => s.DesignId == designId).Select(s => new { s.Step, s.Version }).ToListAsync());
        var shared = factory.Services.GetRequiredService<Features.Designs.AssembledDesigns>()
            .Find(designId, state.Select(s => (s.Step, s.Version)), "Rows test");
        Assert.NotNull(shared);
        fields = StepForms.Fields(Definition(WizardStep.LearningOutcomes), content);
        fields.Add(new("command", $"remove:Outcomes[{lo2.Id}]"));
        Assert.Equal(HttpStatusCode.Redirect, (await StepForms.PostAsync(leader, designId, WizardStep.LearningOutcomes, fields)).Status);
        content = await StoredAsync<LearningOutcomesStep>(designId, WizardStep.LearningOutcomes);
        Assert.DoesNotContain(content.Outcomes, o => o.Id == lo2.Id);
        var plan = await StoredAsync<CoursePlanStep>(designId, WizardStep.CoursePlan);
        Assert.Equal([lo1.Id], plan.Units.Single().OutcomeIds);
        Assert.Equal([lo1.Id, lo2.Id], shared!.Content.CoursePlan.Units.Single().OutcomeIds);
        Assert.Contains(shared.Content.LearningOutcomes.Outcomes, o => o.Id == lo2.Id);

        // The history says what the removal did to the step itself and to the step that referred to the row.
        var history = await factory.WithDbAsync(db => db.DesignChanges.Where(c => c.DesignId == designId).OrderBy(c => c.At).Select(c => new { c.Step, c.Summary }).ToListAsync());
        Assert.Contains(history, c => c.Step == WizardStep.LearningOutcomes && c.Summary.Contains("1 removed", StringComparison.Ordinal));
        Assert.Contains(history, c => c.Step == WizardStep.CoursePlan && c.Summary.Contains("were cleared", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reference_to_something_not_in_the_list_is_refused()
    {
        using var leader = await SignedInAsync("leader@microcred.demo");
        var designId = await StartDesignAsync(leader, "Reference test");
        var unit = new CourseUnit { Id = Guid.NewGuid(), Title = "Unit", OutcomeIds = [Guid.NewGuid()] };
        var page = await SaveStepAsync(leader, designId, WizardStep.CoursePlan, new CoursePlanStep { Units = [unit] }, complete: false);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.GetElementById(FieldPaths.HtmlId($"Units[{unit.Id}].OutcomeIds") + "-error"));
    }

    [Fact]
    public async Task The_second_of_two_saves_from_the_same_version_is_refused_and_keeps_its_input()
    {
        using var first = await SignedInAsync("leader@microcred.demo");
        using var second = await SignedInAsync("partner.es@microcred.demo");
        var designId = await DemoDesignIdAsync(SampleDesigns.HalfFinishedTitle);
        var url = $"/designs/{designId}/steps/2";
        var pageA = await first.GetAsync(url);
        var pageB = await second.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, pageB.Status);

        var current = await StoredAsync<JointVisionStep>(designId, WizardStep.JointVision);
        current.NeedsSummary = "Saved first by the leader.";
        var fieldsA = StepForms.Fields(Definition(WizardStep.JointVision), current);
        fieldsA.Add(new(Features.Wizard.StepHandler.VersionField, pageA.Document.QuerySelector("input[name=__version]")!.GetAttribute("value")!));
        fieldsA.Add(new("command", "return"));
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostAsync(url, fieldsA, pageA.AntiforgeryToken())).Status);

        current.NeedsSummary = "Saved second by a partner.";
        var fieldsB = StepForms.Fields(Definition(WizardStep.JointVision), current);
        fieldsB.Add(new(Features.Wizard.StepHandler.VersionField, pageB.Document.QuerySelector("input[name=__version]")!.GetAttribute("value")!));
        fieldsB.Add(new("command", "return"));
        var refused = await second.PostAsync(url, fieldsB, pageB.AntiforgeryToken());
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Someone else saved this step while you were working on it", refused.Text, StringComparison.Ordinal);
        Assert.Equal("Saved second by a partner.", refused.Document.GetElementById(FieldPaths.HtmlId("NeedsSummary"))!.TextContent);
        Assert.Equal("Saved first by the leader.", (await StoredAsync<JointVisionStep>(designId, WizardStep.JointVision)).NeedsSummary);
    }

    [Fact]
    public async Task The_task_list_of_the_half_finished_demo_shows_findings_of_each_severity()
    {
        using var member = await SignedInAsync("partner.pt@microcred.demo");
        var designId = await DemoDesignIdAsync(SampleDesigns.HalfFinishedTitle);
        var checks = await member.GetAsync($"/designs/{designId}/checks");
        Assert.Equal(HttpStatusCode.OK, checks.Status);
        Assert.DoesNotContain("Errors (0)", checks.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Warnings (0)", checks.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Advice (0)", checks.Text, StringComparison.Ordinal);
        var link = checks.Document.QuerySelector(".finding a")!.GetAttribute("href")!;
        Assert.Matches($"^/designs/{designId}/steps/\\d+", link);
    }

    private StepDefinition Definition(WizardStep step) => factory.Services.GetRequiredService<StepDefinitions>().Get(step);

    private async Task<TestBrowser> SignedInAsync(string email)
    {
        var browser = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync(email)).Status);
        return browser;
    }

    private static async Task<Guid> StartDesignAsync(TestBrowser browser, string title)
    {
        var created = await browser.SubmitAsync("/designs/new", new Dictionary<string, string> { ["Title"] = title });
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        return Guid.Parse(created.Location!.OriginalString.Split('/')[^1]);
    }

    private async Task<TestBrowser.Page> SaveStepAsync(TestBrowser browser, Guid designId, WizardStep step, object content, bool complete)
    {
        var fields = StepForms.Fields(Definition(step), content);
        fields.Add(new("command", "return"));
        if (complete)
        {
            fields.Add(new(Features.Wizard.StepHandler.CompleteField, "true"));
        }

        return await StepForms.PostAsync(browser, designId, step, fields);
    }


    private Task<string?> StoredJsonAsync(Guid designId, WizardStep step) =>
        factory.WithDbAsync(db => db.DesignSteps.Where(s => s.DesignId == designId && s.Step == step).Select(s => s.ContentJson).SingleOrDefaultAsync());

    private async Task<T> StoredAsync<T>(Guid designId, WizardStep step) =>
        (T)DesignContentJson.Deserialize(step, await StoredJsonAsync(designId, step) ?? "{}");

    private Task<Guid> DemoDesignIdAsync(string title) =>
        factory.WithDbAsync(db => db.CourseDesigns.Where(d => d.Title == title).Select(d => d.Id).SingleAsync());

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    /// <summary>The first field of one of the kinds (looking into rows too), with the row ids needed to post it.</summary>
    private static (string Path, List<(string List, Guid Id)> RowLists)? FirstFieldOf(IEnumerable<FieldSchema> fields, params FieldKind[] kinds)
    {
        foreach (var field in fields)
        {
            if (kinds.Contains(field.Kind))
            {
                return (field.Name, []);
            }
        }

        foreach (var field in fields.Where(f => f.Kind == FieldKind.Rows))
        {
            var id = Guid.NewGuid();
            if (FirstFieldOf(field.RowFields, kinds) is { } inner)
            {
                return ($"{FieldPaths.Row(field.Name, id)}.{inner.Path}", [(field.Name, id), .. inner.RowLists.Select(r => ($"{FieldPaths.Row(field.Name, id)}.{r.List}", r.Id))]);
            }
        }

        return null;
    }
}

public sealed class WizardTestsOnSqlite(MicroCredFactory factory) : WizardTests(factory), IClassFixture<MicroCredFactory>;

public sealed class WizardTestsOnPostgreSql(PostgreSqlFactory factory) : WizardTests(factory), IClassFixture<PostgreSqlFactory>;
