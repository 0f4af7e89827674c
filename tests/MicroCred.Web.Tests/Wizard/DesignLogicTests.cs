using System.Net;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MicroCred.Web.Tests.Wizard;

/// <summary>One source for each fact, rows that start filled, and the check page as a new course leader reads it.</summary>
public sealed class DesignLogicTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    [Fact]
    public async Task The_working_title_is_the_course_title_and_changing_it_in_step_7_renames_the_design()
    {
        using var leader = await SignedInAsync("leader@microcred.demo");
        var designId = await StartDesignAsync(leader, "Tidal flats for planners");

        var plan = await leader.GetAsync($"/designs/{designId}/steps/7");
        Assert.Equal("Tidal flats for planners", plan.InputValue(FieldPaths.HtmlId("Title")));
        var home = await leader.GetAsync($"/designs/{designId}");
        Assert.Contains("Tidal flats for planners", home.Document.QuerySelector("aside")!.TextContent, StringComparison.Ordinal);

        var content = new CoursePlanStep { Title = "Tidal flats and salt marshes for planners" };
        var fields = StepForms.Fields(Definition(WizardStep.CoursePlan), content);
        fields.Add(new(Features.Wizard.StepHandler.VersionField, plan.Document.QuerySelector("input[name=__version]")!.GetAttribute("value")!));
        fields.Add(new("command", "return"));
        Assert.Equal(HttpStatusCode.Redirect, (await leader.PostAsync($"/designs/{designId}/steps/7", fields, plan.AntiforgeryToken())).Status);

        var title = await factory.WithDbAsync(db => db.CourseDesigns.Where(d => d.Id == designId).Select(d => d.Title).SingleAsync());
        Assert.Equal("Tidal flats and salt marshes for planners", title);
    }

    [Fact]
    public async Task A_new_consortium_agreement_lists_the_13_core_clauses_ready_for_a_status()
    {
        using var leader = await SignedInAsync("leader@microcred.demo");
        var designId = await StartDesignAsync(leader, "Agreement starts filled");

        var page = await leader.GetAsync($"/designs/{designId}/steps/21");

        var rows = page.Document.QuerySelectorAll($"input[name='Clauses{FieldPaths.RowsSuffix}']").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(13, rows.Count);
        Assert.Equal(13, page.Document.QuerySelectorAll("[name$='].Status']").Select(e => e.GetAttribute("name")).Distinct().Count());

        // Saved as shown, with one status set: all 13 rows are stored in one save, without adding them one by one.
        var form = page.Document.QuerySelector("form.step-form")!;
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll("input[type=hidden], input:checked, select, textarea, input[type=text], input[type=date], input[type=number]"))
        {
            var name = input.GetAttribute("name");
            if (name is null || name == "__RequestVerificationToken")
            {
                continue;
            }

            var value = input switch
            {
                AngleSharp.Html.Dom.IHtmlSelectElement s => s.Value ?? "",
                AngleSharp.Html.Dom.IHtmlTextAreaElement t => t.Value,
                AngleSharp.Html.Dom.IHtmlInputElement i => i.Value,
                _ => "",
            };
            fields.Add(new(name, value));
        }

        fields.Add(new("command", "return"));
        Assert.Equal(HttpStatusCode.Redirect, (await leader.PostAsync(page.FormAction()!, fields, page.AntiforgeryToken())).Status);
        var json = await factory.WithDbAsync(db => db.DesignSteps.Where(s => s.DesignId == designId && s.Step == WizardStep.ConsortiumAgreement).Select(s => s.ContentJson).SingleAsync());
        var stored = (ConsortiumAgreementStep)DesignContentJson.Deserialize(WizardStep.ConsortiumAgreement, json);
        Assert.Equal(Enumerable.Range(1, 13), stored.Clauses.Select(c => (int)c.Clause));
    }

    [Fact]
    public async Task The_check_page_merges_findings_and_keeps_later_gates_out_of_what_blocks_submission()
    {
        using var leader = await SignedInAsync("leader@microcred.demo");
        var designId = await factory.WithDbAsync(db => db.CourseDesigns.Where(d => d.Title == SampleDesigns.HalfFinishedTitle).Select(d => d.Id).SingleAsync());

        var page = await leader.GetAsync($"/designs/{designId}/checks");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var blocking = page.Document.GetElementById("group-errors")!.ParentElement!.TextContent;
        Assert.DoesNotContain("cannot be exported", blocking, StringComparison.Ordinal);
        Assert.Equal(1, page.Document.QuerySelectorAll("li.finding[title='Rule R-VIS-01']").Length);
        Assert.Equal(1, page.Document.QuerySelectorAll("li.finding[title='Rule R-DOC-01']").Length);
        Assert.NotNull(page.Document.QuerySelector(".start-here a[href^='/designs/']"));
        Assert.NotNull(page.Document.GetElementById("group-later-3"));
    }

    [Fact]
    public async Task The_business_plan_step_shows_the_figures_worked_out_from_the_saved_plan()
    {
        using var leader = await SignedInAsync("leader@microcred.demo");
        var designId = await factory.WithDbAsync(db => db.CourseDesigns.Where(d => d.Title == SampleDesigns.CompleteTitle).Select(d => d.Id).SingleAsync());

        var page = await leader.GetAsync($"/designs/{designId}/steps/19");

        Assert.Matches(@"€ [\d,]+", page.Document.QuerySelector("[data-figure=full-cost]")!.TextContent);
        Assert.Matches(@"\d+ learners per run", page.Document.QuerySelector("[data-figure=break-even]")!.TextContent);
        Assert.Matches(@"€ [\d,]+", page.Document.QuerySelector("[data-figure=surplus]")!.TextContent);
    }

    [Fact]
    public async Task Not_decided_yet_is_offered_only_where_review_does_not_need_an_answer()
    {
        using var leader = await SignedInAsync("leader@microcred.demo");
        var designId = await factory.WithDbAsync(db => db.CourseDesigns.Where(d => d.Title == SampleDesigns.CompleteTitle).Select(d => d.Id).SingleAsync());

        // The partner's form is in the page when its row is open (Change).
        var cards = await leader.GetAsync($"/designs/{designId}/steps/3");
        var change = cards.Document.QuerySelector("a[data-row-change]")!.GetAttribute("href")!;
        var page = await leader.GetAsync($"/designs/{designId}/steps/3{change.Split('#')[0]}");

        var roleGroups = page.Document.QuerySelectorAll("input[type=radio][name$='].PartnerRole']").Select(i => i.GetAttribute("name")).Distinct().ToList();
        Assert.NotEmpty(roleGroups);
        Assert.All(roleGroups, name => Assert.DoesNotContain(page.Document.QuerySelectorAll($"input[type=radio][name='{name}']"), i => i.GetAttribute("value") == ""));
    }

    [Fact]
    public async Task The_approvals_page_lists_every_programme_board_of_step_5()
    {
        using var leader = await SignedInAsync("leader@microcred.demo");
        var designId = await factory.WithDbAsync(db => db.CourseDesigns.Where(d => d.Title == SampleDesigns.CompleteTitle).Select(d => d.Id).SingleAsync());

        var page = await leader.GetAsync($"/designs/{designId}/approvals");

        Assert.Contains("Board of the MSc Coastal and Delta Management", page.Document.QuerySelector("ul.boards-listed")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Step 5 names no programme board", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_checks_of_a_step_merge_one_rules_findings_and_keep_later_gates_apart()
    {
        using var leader = await SignedInAsync("leader@microcred.demo");
        var designId = await factory.WithDbAsync(db => db.CourseDesigns.Where(d => d.Title == SampleDesigns.HalfFinishedTitle).Select(d => d.Id).SingleAsync());
        var placesListed = 0;
        var laterGroups = 0;
        for (var step = 1; step <= 21; step++)
        {
            var page = await leader.GetAsync($"/designs/{designId}/steps/{step}");
            var section = page.Document.QuerySelector("section[aria-labelledby=step-checks]");
            if (section is null)
            {
                continue;
            }

            foreach (var group in section.QuerySelectorAll(".step-check-group"))
            {
                var rules = group.QuerySelectorAll("li.finding").Select(f => f.GetAttribute("data-rule")).ToList();
                Assert.True(rules.Count == rules.Distinct().Count(), $"step {step} lists a rule more than once in one group: {string.Join(", ", rules)}");
            }

            Assert.Empty(section.QuerySelectorAll("[data-group=blocking] .tag-grey"));
            Assert.DoesNotMatch(@"\bR-[A-Z]{2,4}-\d", section.TextContent);
            Assert.DoesNotContain(section.QuerySelectorAll("li.finding"), f => f.HasAttribute("title"));
            placesListed += section.QuerySelectorAll("li.finding .finding-places").Length;
            laterGroups += section.QuerySelectorAll("[data-group=neededlater]").Length;
        }

        Assert.True(placesListed > 0, "no step page names several places under one finding");
        Assert.True(laterGroups > 0, "no step page keeps what a later gate needs apart");
    }

    [Fact]
    public async Task Renaming_the_design_in_step_7_is_kept_in_the_history_and_on_the_timeline()
    {
        using var leader = await SignedInAsync("leader@microcred.demo");
        var designId = await StartDesignAsync(leader, "Dune care for municipalities");
        var plan = await leader.GetAsync($"/designs/{designId}/steps/7");

        // Saving step 7 with the working title unchanged is not a rename.
        Assert.Equal(HttpStatusCode.Redirect, (await SaveCoursePlanAsync(leader, designId, plan, "Dune care for municipalities")).Status);
        Assert.Equal(0, await factory.WithDbAsync(db => db.TimelineEntries.CountAsync(e => e.DesignId == designId && e.Event == Domain.Reviews.TimelineEvent.Renamed)));

        plan = await leader.GetAsync($"/designs/{designId}/steps/7");
        Assert.Equal(HttpStatusCode.Redirect, (await SaveCoursePlanAsync(leader, designId, plan, "Dune and beach care for municipalities")).Status);

        var history = await leader.GetAsync($"/designs/{designId}/history");
        Assert.Contains("renamed from \"Dune care for municipalities\" to \"Dune and beach care for municipalities\"", history.Text, StringComparison.Ordinal);
        var entry = await factory.WithDbAsync(db => db.TimelineEntries.Where(e => e.DesignId == designId && e.Event == Domain.Reviews.TimelineEvent.Renamed).SingleAsync());
        var leaderName = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "leader@microcred.demo").Select(u => u.FullName).SingleAsync());
        Assert.Equal(leaderName, entry.ActorName);
        Assert.Contains("Dune and beach care for municipalities", entry.Summary, StringComparison.Ordinal);
    }

    private async Task<TestBrowser.Page> SaveCoursePlanAsync(TestBrowser browser, Guid designId, TestBrowser.Page plan, string title)
    {
        var fields = StepForms.Fields(Definition(WizardStep.CoursePlan), new CoursePlanStep { Title = title });
        fields.Add(new(Features.Wizard.StepHandler.VersionField, plan.Document.QuerySelector("input[name=__version]")!.GetAttribute("value") ?? ""));
        fields.Add(new("command", "return"));
        return await browser.PostAsync($"/designs/{designId}/steps/7", fields, plan.AntiforgeryToken());
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
}
