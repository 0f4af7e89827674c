using System.Net;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MicroCred.Web.Tests.Wizard;

/// <summary>
/// The step page a course leader works through: rows as summary cards with only the open row's form in the page, where focus
/// and the message go after a row command, the step navigation, dates as day, month and year, and fields that apply only
/// to some rows.
/// </summary>
public sealed class StepPageTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    [Fact]
    public async Task Rows_show_as_summary_cards_whose_buttons_name_the_row_and_only_the_row_asked_for_is_unfolded()
    {
        using var leader = await SignedInAsync();
        var designId = await StartDesignAsync(leader, "Cards test");
        LearningOutcome[] outcomes =
        [
            new() { Id = Guid.NewGuid(), Code = "LO1", Statement = "Explain flood risk.", Dimension = OutcomeDimension.Knowledge },
            new() { Id = Guid.NewGuid(), Code = "LO2", Statement = "Analyse adaptation options." },
        ];
        await SaveAsync(leader, designId, WizardStep.LearningOutcomes, new LearningOutcomesStep { Outcomes = [.. outcomes] });

        var page = await leader.GetAsync($"/designs/{designId}/steps/6");
        var cards = page.Document.QuerySelectorAll("li.row-card");
        Assert.Equal(2, cards.Length);
        var second = cards[1];
        Assert.Equal($"row-{outcomes[1].Id}", second.Id);
        Assert.Equal("Learning outcome 2: LO2 — Analyse adaptation options.", second.QuerySelector(".row-title")!.TextContent.Trim());
        var change = second.QuerySelector("a[data-row-change]")!;
        Assert.Equal("Change learning outcome 2: LO2 — Analyse adaptation options.", Normalise(change.TextContent));
        Assert.Equal($"?open={outcomes[1].Id}#row-{outcomes[1].Id}", change.GetAttribute("href"));
        Assert.Equal("Remove learning outcome 2: LO2 — Analyse adaptation options.", Normalise(second.QuerySelector("button[value^='remove:']")!.TextContent));
        // Key facts on the first card: what the title does not already say.
        Assert.Contains("Knowledge", cards[0].QuerySelector(".row-facts")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(second.QuerySelector(".tag"));   // "n details still needed"

        // Every row is in the form by its id, but no row's fields are: a save keeps the rows shown as cards as stored.
        Assert.Equal(2, page.Document.QuerySelectorAll("input[name='Outcomes.rows']").Length);
        Assert.Equal(2, page.Document.QuerySelectorAll($"input[name$='{FieldPaths.KeepSuffix}']").Length);
        Assert.Empty(page.Document.QuerySelectorAll("[data-row-form]"));
        Assert.Empty(page.Document.QuerySelectorAll("input[name$='.Code']"));
        page = await leader.GetAsync($"/designs/{designId}/steps/6?open={outcomes[1].Id}");
        var open = Assert.Single(page.Document.QuerySelectorAll("[data-row-form]"));
        Assert.Equal($"row-{outcomes[1].Id}", open.Closest("li.row-card")!.Id);
        Assert.Equal("LO2", Assert.Single(page.Document.QuerySelectorAll("input[name$='.Code']")).GetAttribute("value"));
        Assert.Null(open.Closest("li.row-card")!.QuerySelector($"input[name$='{FieldPaths.KeepSuffix}']"));
        Assert.Null(open.Closest("li.row-card")!.QuerySelector("a[data-row-change]"));
    }

    [Fact]
    public async Task After_add_remove_move_and_save_of_a_row_the_page_returns_to_the_right_place_with_a_message()
    {
        using var leader = await SignedInAsync();
        var designId = await StartDesignAsync(leader, "Focus test");
        var lo1 = new LearningOutcome { Id = Guid.NewGuid(), Code = "LO1", Statement = "Explain flood risk." };
        var lo2 = new LearningOutcome { Id = Guid.NewGuid(), Code = "LO2", Statement = "Analyse adaptation options." };
        await SaveAsync(leader, designId, WizardStep.LearningOutcomes, new LearningOutcomesStep { Outcomes = [lo1, lo2] });

        // Add: back on the page with the new row's form unfolded (?open=) and the page at that row.
        var added = await CommandAsync(leader, designId, new LearningOutcomesStep { Outcomes = [lo1, lo2] }, "add:Outcomes");
        var stored = await StoredAsync(designId);
        var newId = stored.Outcomes[2].Id;
        Assert.Equal($"/designs/{designId}/steps/6?open={newId}#row-{newId}", added.Location!.OriginalString);
        var page = await leader.GetAsync(added.Location.OriginalString);
        Assert.Contains("Learning outcome 3 added.", page.Document.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"row-{newId}", Assert.Single(page.Document.QuerySelectorAll("[data-row-form]")).Closest("li")!.Id);

        // Remove the second row: back at the row before it, told which row went.
        var removed = await CommandAsync(leader, designId, stored, $"remove:Outcomes[{lo2.Id}]");
        Assert.Equal($"/designs/{designId}/steps/6#row-{lo1.Id}", removed.Location!.OriginalString);
        page = await leader.GetAsync(removed.Location.OriginalString);
        Assert.Contains("Learning outcome 2 removed.", page.Document.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);

        // Remove the first row: no row before it, so back at the list itself (which takes focus).
        stored = await StoredAsync(designId);
        removed = await CommandAsync(leader, designId, stored, $"remove:Outcomes[{lo1.Id}]");
        Assert.Equal($"/designs/{designId}/steps/6#{FieldPaths.HtmlId("Outcomes")}", removed.Location!.OriginalString);
        page = await leader.GetAsync(removed.Location.OriginalString);
        Assert.Equal("-1", page.Document.GetElementById(FieldPaths.HtmlId("Outcomes"))!.GetAttribute("tabindex"));

        // Save one row: back at its card, folded.
        stored = await StoredAsync(designId);
        stored.Outcomes[0].Code = "LO9";
        var saved = await CommandAsync(leader, designId, stored, $"save:Outcomes[{newId}]");
        Assert.Equal($"/designs/{designId}/steps/6#row-{newId}", saved.Location!.OriginalString);
        Assert.Equal("LO9", (await StoredAsync(designId)).Outcomes.Single().Code);
    }

    [Fact]
    public async Task A_refused_save_unfolds_the_rows_with_errors()
    {
        using var leader = await SignedInAsync();
        var designId = await StartDesignAsync(leader, "Errors unfold test");
        var lo1 = new LearningOutcome { Id = Guid.NewGuid(), Code = "LO1", Statement = "Explain flood risk." };
        var lo2 = new LearningOutcome { Id = Guid.NewGuid(), Code = "LO2", Statement = "Analyse adaptation options." };
        await SaveAsync(leader, designId, WizardStep.LearningOutcomes, new LearningOutcomesStep { Outcomes = [lo1, lo2] });

        // As the browser posts it: the first row as a card (kept), the second with its form and a code that is too long.
        var page = await PostRowsAsync(leader, designId, kept: lo1, open: new LearningOutcome { Id = lo2.Id, Code = "LO2-FAR-TOO-LONG", Statement = "Typed, not saved." }, "return");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var open = page.Document.QuerySelectorAll("[data-row-form]").Select(d => d.Closest("li")!.Id).ToList();
        Assert.Equal([$"row-{lo2.Id}"], open);
        Assert.NotNull(page.Document.QuerySelector($"#row-{lo2.Id} [data-row-form] .field-error"));
        // The typed input is back in the open row's form; the kept row is still a card posted as kept; nothing was stored.
        Assert.Equal("LO2-FAR-TOO-LONG", page.Document.QuerySelector($"#row-{lo2.Id} input[name$='.Code']")!.GetAttribute("value"));
        Assert.Equal("Typed, not saved.", page.Document.QuerySelector($"#row-{lo2.Id} textarea[name$='.Statement']")!.TextContent);
        Assert.NotNull(page.Document.QuerySelector($"#row-{lo1.Id} input[name='Outcomes[{lo1.Id}]{FieldPaths.KeepSuffix}']"));
        Assert.Equal("LO2", (await StoredAsync(designId)).Outcomes[1].Code);
    }

    [Fact]
    public async Task A_row_shown_as_a_card_keeps_its_stored_values_when_another_row_is_saved()
    {
        using var leader = await SignedInAsync();
        var designId = await StartDesignAsync(leader, "Keep test");
        var lo1 = new LearningOutcome { Id = Guid.NewGuid(), Code = "LO1", Statement = "Explain flood risk.", Dimension = OutcomeDimension.Knowledge };
        var lo2 = new LearningOutcome { Id = Guid.NewGuid(), Code = "LO2", Statement = "Analyse adaptation options." };
        await SaveAsync(leader, designId, WizardStep.LearningOutcomes, new LearningOutcomesStep { Outcomes = [lo1, lo2] });

        var saved = await PostRowsAsync(leader, designId, kept: lo1, open: new LearningOutcome { Id = lo2.Id, Code = "LO2b", Statement = "Compare adaptation options." }, $"save:Outcomes[{lo2.Id}]");
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var stored = await StoredAsync(designId);
        Assert.Equal(["LO1", "LO2b"], stored.Outcomes.Select(o => o.Code));
        Assert.Equal("Explain flood risk.", stored.Outcomes[0].Statement);
        Assert.Equal(OutcomeDimension.Knowledge, stored.Outcomes[0].Dimension);

        // Moving a kept row keeps it too, in its new place.
        var moved = await PostRowsAsync(leader, designId, kept: stored.Outcomes[0], open: stored.Outcomes[1], $"down:Outcomes[{lo1.Id}]");
        Assert.Equal(HttpStatusCode.Redirect, moved.Status);
        stored = await StoredAsync(designId);
        Assert.Equal(["LO2b", "LO1"], stored.Outcomes.Select(o => o.Code));
        Assert.Equal(OutcomeDimension.Knowledge, stored.Outcomes[1].Dimension);
    }

    /// <summary>Posts step 6 as the page sends it: the first row as its id and keep marker, the second with its form.</summary>
    private Task<TestBrowser.Page> PostRowsAsync(TestBrowser browser, Guid designId, LearningOutcome kept, LearningOutcome open, string command)
    {
        var definition = factory.Services.GetRequiredService<StepDefinitions>().Get(WizardStep.LearningOutcomes);
        var fields = StepForms.Fields(definition, new LearningOutcomesStep { Outcomes = [open] });
        fields.Insert(0, new("Outcomes.rows", kept.Id.ToString()));
        fields.Add(new($"Outcomes[{kept.Id}]{FieldPaths.KeepSuffix}", "true"));
        fields.Add(new("command", command));
        return StepForms.PostAsync(browser, designId, WizardStep.LearningOutcomes, fields);
    }

    [Fact]
    public async Task Every_step_page_has_the_step_navigation_with_all_21_steps_their_status_and_the_current_one_marked()
    {
        using var leader = await SignedInAsync();
        var designId = await StartDesignAsync(leader, "Navigation test");
        var page = await leader.GetAsync($"/designs/{designId}/steps/8");
        var nav = page.Document.QuerySelector("nav[aria-labelledby=step-nav-title]")!;
        var links = nav.QuerySelectorAll("a");
        Assert.Equal(21, links.Length);
        var current = Assert.Single(nav.QuerySelectorAll("a[aria-current]"));
        Assert.Equal("step", current.GetAttribute("aria-current"));
        Assert.Equal($"/designs/{designId}/steps/8", current.GetAttribute("href"));
        Assert.Equal(21, nav.QuerySelectorAll("li .tag").Length);
        Assert.Contains("Cannot start yet", nav.TextContent, StringComparison.Ordinal);
        Assert.Equal(6, nav.QuerySelectorAll("h2").Length);
        Assert.NotNull(page.Document.QuerySelector("button[value=continue]"));
        Assert.Equal("Save and go back to the task list", page.Document.QuerySelector("button[value=return]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Dates_are_asked_as_day_month_and_year_and_a_date_that_does_not_exist_is_refused_with_the_input_kept()
    {
        using var leader = await SignedInAsync();
        var designId = await StartDesignAsync(leader, "Date test");
        var page = await leader.GetAsync($"/designs/{designId}/steps/21");
        var from = FieldPaths.HtmlId("EffectiveFrom");
        Assert.NotNull(page.Document.QuerySelector($"fieldset#{from} input#{from}-day"));
        Assert.Equal(13, page.Document.QuerySelectorAll($"select#{from}-month option").Length);
        Assert.NotNull(page.Document.QuerySelector($"fieldset#{from} input#{from}-year"));
        Assert.Null(page.Document.QuerySelector("input[type=date]"));

        var saved = await StepForms.PostAsync(leader, designId, WizardStep.ConsortiumAgreement,
            [new("command", "return"), new("EffectiveFrom.day", "1"), new("EffectiveFrom.month", "2"), new("EffectiveFrom.year", "2027")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var json = await factory.WithDbAsync(db => db.DesignSteps.Where(s => s.DesignId == designId && s.Step == WizardStep.ConsortiumAgreement).Select(s => s.ContentJson).SingleAsync());
        Assert.Equal(new DateOnly(2027, 2, 1), ((ConsortiumAgreementStep)DesignContentJson.Deserialize(WizardStep.ConsortiumAgreement, json)).EffectiveFrom);

        var refused = await StepForms.PostAsync(leader, designId, WizardStep.ConsortiumAgreement,
            [new("command", "return"), new("EffectiveFrom.day", "31"), new("EffectiveFrom.month", "2"), new("EffectiveFrom.year", "2027")]);
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("a day, a month and a four-digit year", refused.Document.GetElementById(from + "-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("31", refused.Document.GetElementById(from + "-day")!.GetAttribute("value"));
        Assert.NotNull(refused.Document.QuerySelector($"select#{from}-month option[value='2'][selected]"));
    }

    [Fact]
    public async Task Fields_only_for_summative_components_are_hidden_on_a_formative_one_and_revealed_by_choosing_summative()
    {
        using var leader = await SignedInAsync();
        var designId = await StartDesignAsync(leader, "Reveal test");
        var lo = new LearningOutcome { Id = Guid.NewGuid(), Code = "LO1", Statement = "Explain flood risk." };
        await SaveAsync(leader, designId, WizardStep.LearningOutcomes, new LearningOutcomesStep { Outcomes = [lo] });
        var quiz = new AssessmentComponent { Id = Guid.NewGuid(), Title = "Weekly quiz", Purpose = AssessmentPurpose.Formative, OutcomeIds = [lo.Id] };
        var exam = new AssessmentComponent { Id = Guid.NewGuid(), Title = "Final report", Purpose = AssessmentPurpose.Summative, OutcomeIds = [lo.Id] };
        await SaveAsync(leader, designId, WizardStep.Assessment, new AssessmentStep { Components = [quiz, exam] });

        // Each component's form is in the page when that row is open (Change).
        var page = await leader.GetAsync($"/designs/{designId}/steps/13?open={quiz.Id}");
        string Id(AssessmentComponent c, string field) => FieldPaths.HtmlId($"Components[{c.Id}].{field}");
        var weight = page.Document.GetElementById(Id(quiz, "WeightPercent"))!.Closest(".field")!;
        Assert.True(weight.HasAttribute("hidden"));
        Assert.Equal($"Components[{quiz.Id}].Purpose", weight.GetAttribute("data-reveal-name"));
        Assert.Equal("Summative", weight.GetAttribute("data-reveal-values"));
        Assert.True(page.Document.GetElementById(Id(quiz, "Supervision"))!.HasAttribute("hidden"));
        Assert.False(page.Document.GetElementById(Id(quiz, "Feedback"))!.HasAttribute("hidden"));

        page = await leader.GetAsync($"/designs/{designId}/steps/13?open={exam.Id}");
        Assert.False(page.Document.GetElementById(Id(exam, "WeightPercent"))!.Closest(".field")!.HasAttribute("hidden"));
        Assert.False(page.Document.GetElementById(Id(exam, "Supervision"))!.HasAttribute("hidden"));
        Assert.True(page.Document.GetElementById(Id(exam, "Feedback"))!.HasAttribute("hidden"));
    }

    [Fact]
    public async Task Several_languages_are_typed_at_once_separated_by_commas_and_the_hint_says_so()
    {
        using var leader = await SignedInAsync();
        var designId = await StartDesignAsync(leader, "Languages test");
        var page = await leader.GetAsync($"/designs/{designId}/steps/15");
        Assert.Contains("separated by commas or one per line", page.Document.GetElementById(FieldPaths.HtmlId("InstructionLanguages") + "-hint")!.TextContent, StringComparison.Ordinal);

        var saved = await StepForms.PostAsync(leader, designId, WizardStep.LanguagePolicy,
            [new("command", "return"), new("InstructionLanguages", "en, nl; es"), new("MaterialLanguages", "en\nnl")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var json = await factory.WithDbAsync(db => db.DesignSteps.Where(s => s.DesignId == designId && s.Step == WizardStep.LanguagePolicy).Select(s => s.ContentJson).SingleAsync());
        var stored = (LanguagePolicyStep)DesignContentJson.Deserialize(WizardStep.LanguagePolicy, json);
        Assert.Equal(["en", "nl", "es"], stored.InstructionLanguages);
        Assert.Equal(["en", "nl"], stored.MaterialLanguages);

        var refused = await StepForms.PostAsync(leader, designId, WizardStep.LanguagePolicy, [new("command", "return"), new("InstructionLanguages", "en, Dutch")]);
        Assert.Equal(HttpStatusCode.OK, refused.Status);
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private async Task<TestBrowser> SignedInAsync()
    {
        var browser = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync("leader@microcred.demo")).Status);
        return browser;
    }

    private static async Task<Guid> StartDesignAsync(TestBrowser browser, string title)
    {
        var created = await browser.SubmitAsync("/designs/new", new Dictionary<string, string> { ["Title"] = title });
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        return Guid.Parse(created.Location!.OriginalString.Split('/')[^1]);
    }

    private async Task SaveAsync(TestBrowser browser, Guid designId, WizardStep step, object content)
    {
        var fields = StepForms.Fields(factory.Services.GetRequiredService<StepDefinitions>().Get(step), content);
        fields.Add(new("command", "return"));
        var page = await StepForms.PostAsync(browser, designId, step, fields);
        Assert.True(page.Status == HttpStatusCode.Redirect, string.Join(" | ", page.ErrorSummary()));
    }

    private Task<TestBrowser.Page> CommandAsync(TestBrowser browser, Guid designId, LearningOutcomesStep content, string command)
    {
        var fields = StepForms.Fields(factory.Services.GetRequiredService<StepDefinitions>().Get(WizardStep.LearningOutcomes), content);
        fields.Add(new("command", command));
        return StepForms.PostAsync(browser, designId, WizardStep.LearningOutcomes, fields);
    }

    private async Task<LearningOutcomesStep> StoredAsync(Guid designId)
    {
        var json = await factory.WithDbAsync(db => db.DesignSteps.Where(s => s.DesignId == designId && s.Step == WizardStep.LearningOutcomes).Select(s => s.ContentJson).SingleAsync());
        return (LearningOutcomesStep)DesignContentJson.Deserialize(WizardStep.LearningOutcomes, json);
    }
}
