using System.Net;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Reviews;
using MicroCred.Web.Tests.Support;

namespace MicroCred.Web.Tests.Review;

/// <summary>The timeline, the list of frozen versions and the changes between versions, as the course team reads them.</summary>
public sealed class VersionsAndTimelineTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    [Fact]
    public async Task A_design_never_submitted_shows_what_to_do_next_on_timeline_and_versions()
    {
        var designId = await factory.CopyOfCompleteDesignAsync("Never submitted");
        using var leader = factory.Browser();
        await leader.LoginAsync(ReviewSetup.Leader);

        var timeline = await leader.GetAsync($"/designs/{designId}/timeline");
        Assert.Equal(HttpStatusCode.OK, timeline.Status);
        Assert.Contains("Nothing has happened in review yet", timeline.Text, StringComparison.Ordinal);
        var versions = await leader.GetAsync($"/designs/{designId}/versions");
        Assert.Contains("No version has been submitted yet", versions.Text, StringComparison.Ordinal);
        Assert.Contains("you can submit the design", versions.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_timeline_lists_every_event_newest_first_with_who_when_version_gate_and_decision_summary()
    {
        factory.Clock.Set(new DateTimeOffset(2026, 11, 25, 14, 5, 0, TimeSpan.Zero));
        var designId = await factory.CopyOfCompleteDesignAsync("Timeline order");
        await factory.SubmitAsync(designId);
        await factory.DecideAsync(designId, DecisionOutcome.ChangesRequested, "Tighten the study load of unit 2 before we look again.");

        using var member = factory.Browser();
        await member.LoginAsync(ReviewSetup.PartnerPt);
        var page = await member.GetAsync($"/designs/{designId}/timeline");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var items = page.Document.QuerySelectorAll("ol.timeline > li").Select(li => li.TextContent).ToList();
        Assert.Equal(3, items.Count);
        Assert.Contains("Changes requested", items[0], StringComparison.Ordinal);
        Assert.Contains("Decision summary: Tighten the study load of unit 2 before we look again.", items[0], StringComparison.Ordinal);
        Assert.Contains("Quentin Janssen", items[0], StringComparison.Ordinal);
        Assert.Contains("Review started", items[1], StringComparison.Ordinal);
        Assert.Contains("Version submitted", items[2], StringComparison.Ordinal);
        Assert.Contains("Lotte de Vries", items[2], StringComparison.Ordinal);
        Assert.Contains("25 November 2026, 14:05", items[2], StringComparison.Ordinal);
        Assert.Contains("Version 1", items[2], StringComparison.Ordinal);
        Assert.Contains("Design review", items[2], StringComparison.Ordinal);
        Assert.DoesNotContain("Decision summary", items[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Versions_list_number_gate_submitter_outcome_and_decision_date()
    {
        factory.Clock.Set(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
        var designId = await factory.CopyOfCompleteDesignAsync("Versions list");
        await factory.SubmitAsync(designId);
        await factory.DecideAsync(designId, DecisionOutcome.ChangesRequested, "More detail on assessment.");
        factory.Clock.Set(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        await factory.SubmitAsync(designId);

        using var leader = factory.Browser();
        await leader.LoginAsync(ReviewSetup.Leader);
        var page = await leader.GetAsync($"/designs/{designId}/versions");

        var rows = page.Document.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("Version 2", rows[0], StringComparison.Ordinal);
        Assert.Contains("Under review", rows[0], StringComparison.Ordinal);
        Assert.Contains("24 November 2026", rows[0], StringComparison.Ordinal);
        Assert.Contains("Version 1", rows[1], StringComparison.Ordinal);
        Assert.Contains("Design review", rows[1], StringComparison.Ordinal);
        Assert.Contains("Lotte de Vries", rows[1], StringComparison.Ordinal);
        Assert.Contains("Changes requested", rows[1], StringComparison.Ordinal);
        Assert.Contains("20 November 2026", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_1_says_there_is_no_earlier_version()
    {
        var designId = await factory.CopyOfCompleteDesignAsync("First version");
        await factory.SubmitAsync(designId);
        using var leader = factory.Browser();
        await leader.LoginAsync(ReviewSetup.Leader);

        var page = await leader.GetAsync($"/designs/{designId}/versions/1/changes");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("there is no earlier version", page.Text, StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll(".diff-table"));
    }

    [Fact]
    public async Task Changes_show_an_added_row_a_removed_row_and_a_changed_field_with_old_and_new_values()
    {
        var designId = await factory.CopyOfCompleteDesignAsync("Changes between versions");
        await factory.SubmitAsync(designId);
        await factory.DecideAsync(designId, DecisionOutcome.ChangesRequested, "Rework the outcomes.");
        string oldObjective = "";
        string removedStatement = "";
        await factory.SubmitAsync(designId, content =>
        {
            var step = content.LearningOutcomes;
            oldObjective = step.CourseObjective!;
            step.CourseObjective = "Learners can build a staged, evidence-based adaptation plan for a coastal district.";
            removedStatement = step.Outcomes[^1].Statement;
            step.Outcomes.RemoveAt(step.Outcomes.Count - 1);
            step.Outcomes.Add(new LearningOutcome
            {
                Id = Guid.NewGuid(), Code = "LO9", Statement = "Communicate flood-risk trade-offs to residents in plain language.",
                Dimension = OutcomeDimension.Skills, BloomLevel = BloomLevel.Apply, EqfLevel = EqfLevel.Level7, Order = 9,
            });
        });

        using var leader = factory.Browser();
        await leader.LoginAsync(ReviewSetup.Leader);
        var page = await leader.GetAsync($"/designs/{designId}/versions/2/changes");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Compared with version 1: 1 step changed.", Squash(page.Text), StringComparison.Ordinal);
        var section = page.Document.QuerySelectorAll("section").Single(s => s.QuerySelector("h2")!.TextContent.Contains("Learning outcomes", StringComparison.Ordinal));

        var objective = section.QuerySelectorAll("tr").Single(r => r.QuerySelector("th")?.TextContent == "Course objective");
        var cells = objective.QuerySelectorAll("td").Select(td => td.TextContent).ToList();
        Assert.Equal([oldObjective, "Learners can build a staged, evidence-based adaptation plan for a coastal district."], cells);

        var added = section.QuerySelector(".diff-row-added")!;
        Assert.Contains("Added", added.QuerySelector(".tag")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Learning outcome: LO9 — Communicate flood-risk trade-offs", added.QuerySelector("h3")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Communicate flood-risk trade-offs to residents in plain language.", added.TextContent, StringComparison.Ordinal);

        var removed = section.QuerySelector(".diff-row-removed")!;
        Assert.Contains("Removed", removed.QuerySelector(".tag")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(removedStatement, removed.TextContent, StringComparison.Ordinal);

        // Fields are named as the wizard asks them; the rows' internal order is not shown.
        var removedFields = removed.QuerySelectorAll("th[scope=row]").Select(th => th.TextContent).ToList();
        Assert.Contains("Outcome", removedFields);
        Assert.Contains("EQF level of this outcome", removedFields);
        Assert.DoesNotContain("Order", removedFields);

        // Unchanged steps are collapsed, changed ones are open.
        var collapsed = page.Document.QuerySelectorAll("details > summary").Select(s => s.TextContent).ToList();
        Assert.Equal(20, collapsed.Count);
        Assert.Contains($"7. {StepCatalog.Get(WizardStep.CoursePlan).Title} — no changes", collapsed);
    }

    [Fact]
    public async Task An_unknown_version_number_is_not_found()
    {
        var designId = await factory.CopyOfCompleteDesignAsync("Unknown version");
        using var leader = factory.Browser();
        await leader.LoginAsync(ReviewSetup.Leader);

        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"/designs/{designId}/versions/3/changes")).Status);
    }

    [Theory]
    [InlineData(ReviewSetup.Outsider)]
    [InlineData(ReviewSetup.PlatformAdmin)]
    [InlineData(ReviewSetup.InstitutionAdmin)]
    public async Task People_outside_the_team_who_may_not_review_it_get_not_found_on_timeline_versions_and_changes(string email)
    {
        var designId = await factory.CopyOfCompleteDesignAsync("Hidden versions " + email);
        await factory.SubmitAsync(designId);
        using var browser = factory.Browser();
        await browser.LoginAsync(email);

        foreach (var page in new[] { "timeline", "versions", "versions/1/changes" })
        {
            var response = await browser.GetAsync($"/designs/{designId}/{page}");
            Assert.True(response.Status == HttpStatusCode.NotFound, $"/designs/{{id}}/{page} answered {(int)response.Status} to {email}.");
        }
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
