using System.Text.RegularExpressions;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Schema;
using MicroCred.Web.Features.Designs;
using MicroCred.Web.Features.Wizard.Engine;
using MicroCred.Web.Tests.Cohorts;
using MicroCred.Web.Tests.Review;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MicroCred.Web.Tests.Scale;

/// <summary>
/// Pages that only read a design share one assembled content per saved state: built once, never changed by a page, and never
/// served for an older state (a save on another instance, which these tests stand in for by writing the database, changes the key).
/// </summary>
public sealed class AssembledDesignsTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    [Fact]
    public void One_assembled_design_per_saved_state_with_what_each_step_misses()
    {
        using var assembled = new AssembledDesigns();
        var design = Guid.NewGuid();
        var sample = SampleDesigns.Complete(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var outcomes = Stored(design, WizardStep.LearningOutcomes, sample.Content.LearningOutcomes);
        var plan = Stored(design, WizardStep.CoursePlan, sample.Content.CoursePlan);
        var first = assembled.For(design, [outcomes, plan], "Working title");

        Assert.Same(first, assembled.For(design, [plan, outcomes], "Working title"));
        Assert.Equal(1, assembled.Builds);
        Assert.Equal(DesignContentJson.Serialize(sample.Content.LearningOutcomes), DesignContentJson.Serialize(first.Content.LearningOutcomes));
        foreach (var step in Enum.GetValues<WizardStep>())
        {
            Assert.Equal(StepCompleteness.Missing(step, first.Content), first.MissingOf(step));
        }

        // Step 7 is saved, so the working title is not read: a rename alone does not change the content.
        Assert.Same(first, assembled.For(design, [outcomes, plan], "Renamed"));

        // A save of any step (a new concurrency token), another design, or a working title while step 7 is not saved: new content.
        var saved = Stored(design, WizardStep.LearningOutcomes, new MicroCred.Domain.Designs.Steps.LearningOutcomesStep());
        var second = assembled.For(design, [saved, plan], "Working title");
        Assert.NotSame(first, second);
        Assert.Empty(second.Content.LearningOutcomes.Outcomes);
        Assert.NotEmpty(second.MissingOf(WizardStep.LearningOutcomes));
        Assert.NotSame(first, assembled.For(Guid.NewGuid(), [outcomes, plan], "Working title"));
        var untitled = assembled.For(design, [outcomes], "Working title");
        Assert.Equal("Working title", untitled.Content.CoursePlan.Title);
        Assert.Equal("Renamed", assembled.For(design, [outcomes], "Renamed").Content.CoursePlan.Title);
        Assert.Equal(5, assembled.Builds);
    }

    [Fact]
    public void Every_use_of_every_row_is_found_in_one_walk_as_one_row_at_a_time_finds_it()
    {
        var finder = factory.Services.GetRequiredService<DependencyFinder>();
        var content = SampleDesigns.Complete(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()).Content;
        var all = finder.AllUses(content);
        var rows = new (ReferenceSource Source, IEnumerable<Guid> Ids)[]
        {
            (ReferenceSource.Partners, content.Partnership.Partners.Select(p => p.Id)),
            (ReferenceSource.Members, content.CourseTeam.Members.Select(m => m.Id)),
            (ReferenceSource.Outcomes, content.LearningOutcomes.Outcomes.Select(o => o.Id)),
            (ReferenceSource.Units, content.CoursePlan.Units.Select(u => u.Id)),
            (ReferenceSource.Activities, content.LearningActivities.Activities.Select(a => a.Id)),
            (ReferenceSource.Tools, content.Delivery.Tools.Select(t => t.Id)),
            (ReferenceSource.Components, content.Assessment.Components.Select(c => c.Id)),
        };
        var used = 0;
        foreach (var (source, ids) in rows)
        {
            foreach (var id in ids)
            {
                var one = finder.UsesOf(content, source, id);
                Assert.Equal(one, all.GetValueOrDefault((source, id)) ?? []);
                used += one.Count;
            }
        }

        Assert.True(used > 20, $"The sample design refers to its rows {used} times");
        Assert.Empty(all.GetValueOrDefault((ReferenceSource.Outcomes, Guid.NewGuid())) ?? []);
    }

    [Fact]
    public async Task Reading_pages_never_change_the_shared_content_and_see_a_save_made_elsewhere()
    {
        var designId = await factory.CopyOfCompleteDesignAsync("Assembled once");
        using var browser = await factory.SignedInAsync(ReviewSetup.Leader);

        // Step 21 never saved: its page prefills the core clauses, on its own copy only.
        await factory.WithDbAsync(async db =>
        {
            db.DesignSteps.Remove(await db.DesignSteps.SingleAsync(s => s.DesignId == designId && s.Step == WizardStep.ConsortiumAgreement));
            return await db.SaveChangesAsync();
        });
        // Tokens and the ids of prefilled rows are new on every request; the rest of a page is the same.
        async Task<string> Page(string url) => Regex.Replace(
            Regex.Replace((await browser.GetAsync(url)).Html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]*\"", ""),
            url.EndsWith("/21", StringComparison.Ordinal) ? "[0-9a-f]{8}[-_]?[0-9a-f]{4}[-_]?[0-9a-f]{4}[-_]?[0-9a-f]{4}[-_]?[0-9a-f]{12}" : "^$", "id");
        string[] urls = [$"/designs/{designId}", $"/designs/{designId}/steps/{(int)WizardStep.Assessment}",
            $"/designs/{designId}/steps/{(int)WizardStep.ConsortiumAgreement}", $"/designs/{designId}/checks"];
        var first = new List<string>();
        foreach (var url in urls)
        {
            first.Add(await Page(url));
        }

        foreach (var (url, html) in urls.Zip(first))
        {
            Assert.Equal(html, await Page(url));
        }

        var assembled = factory.Services.GetRequiredService<AssembledDesigns>();
        var (steps, title) = await StepsAsync(designId);
        var shared = assembled.For(designId, steps, title);
        var fresh = DesignContentJson.Assemble(steps);
        foreach (var s in Enum.GetValues<WizardStep>())
        {
            Assert.Equal(DesignContentJson.Serialize(fresh.Get(s)), DesignContentJson.Serialize(shared.Content.Get(s)));
        }

        Assert.Empty(shared.Content.ConsortiumAgreement.Clauses);

        // Another instance empties the learning outcomes: the next request reads the new state.
        await factory.WithDbAsync(async db =>
        {
            var outcomes = await db.DesignSteps.SingleAsync(s => s.DesignId == designId && s.Step == WizardStep.LearningOutcomes);
            outcomes.Save("{}", markedComplete: true, outcomes.LastEditedById!.Value, factory.Clock.Now);
            return await db.SaveChangesAsync();
        });
        Assert.NotEqual(first[0], await Page(urls[0]));
        Assert.NotEqual(first[3], await Page(urls[3]));
        (steps, title) = await StepsAsync(designId);
        Assert.Empty(assembled.For(designId, steps, title).Content.LearningOutcomes.Outcomes);
    }

    private static DesignStep Stored(Guid designId, WizardStep step, object content)
    {
        var stored = new DesignStep(designId, step);
        stored.Save(DesignContentJson.Serialize(content), markedComplete: true, Guid.NewGuid(), DateTimeOffset.UnixEpoch);
        return stored;
    }

    private Task<(List<DesignStep> Steps, string Title)> StepsAsync(Guid designId) => factory.WithDbAsync(async db =>
        (await db.DesignSteps.AsNoTracking().Where(s => s.DesignId == designId).ToListAsync(),
         await db.CourseDesigns.Where(d => d.Id == designId).Select(d => d.Title).SingleAsync()));
}
