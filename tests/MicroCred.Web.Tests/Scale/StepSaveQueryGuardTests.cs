using System.Net;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Tests.Cohorts;
using MicroCred.Web.Tests.Hardening;
using MicroCred.Web.Tests.Review;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace MicroCred.Web.Tests.Scale;

/// <summary>
/// The query-count guard for a step save: a save of step 13 (a field changed, "Save and go back to the task list") reads the
/// design and its steps and writes in one transaction, whatever the design holds; it stores the change and its history line.
/// A save of the state the step page has just shown reads no step content (the page's shared assembled design has it); a save
/// of a state not seen before reads the steps it needs.
/// </summary>
public sealed class StepSaveQueryGuardTests(ITestOutputHelper output) : IDisposable
{
    private const int Ceiling = 6;

    private readonly MicroCredFactory _factory = new MicroCredFactory().Counting();

    [Fact]
    public async Task A_step_save_sends_a_few_SQL_commands_and_stores_the_change_with_its_history_line()
    {
        _ = _factory.Server;
        var designId = await _factory.CopyOfCompleteDesignAsync("Save guard");
        using var leader = await _factory.SignedInAsync(ReviewSetup.Leader);
        var url = $"/designs/{designId}/steps/{(int)WizardStep.Assessment}";
        var counter = QueryCounter.Of(_factory);
        for (var n = 1; n <= 2; n++)
        {
            var page = await leader.GetAsync(url);
            var form = page.Document.Forms.First(f => f.QuerySelector("input[name=__version]") is not null);
            var fields = FormReading.FieldsOf(form).With("ExamRegulations", $"One resit per component (save {n}).").With("command", "return");
            var (status, commands, sql) = await counter.PostAsync(leader, url, fields);
            output.WriteLine($"Step save {n}: {commands} SQL commands");
            Assert.Equal(HttpStatusCode.Redirect, status);
            Assert.True(commands <= Ceiling, $"Step save: {commands} SQL commands, above the ceiling of {Ceiling}:\n{string.Join("\n---\n", sql)}");
            Assert.DoesNotContain(sql, ReadsContent);
        }

        // Step 6 saved elsewhere after the page was shown (a new token: a state no page has shown): the save of step 13 reads
        // what it needs and stores.
        var unseen = FormReading.FieldsOf((await leader.GetAsync(url)).Document.Forms.First(f => f.QuerySelector("input[name=__version]") is not null))
            .With("ExamRegulations", "One resit per component (save 3).").With("command", "return");
        await _factory.WithDbAsync(async db =>
        {
            var outcomes = await db.DesignSteps.SingleAsync(s => s.DesignId == designId && s.Step == WizardStep.LearningOutcomes);
            outcomes.Save(outcomes.ContentJson, outcomes.MarkedComplete, outcomes.LastEditedById!.Value, _factory.Clock.Now);
            return await db.SaveChangesAsync();
        });
        var (unseenStatus, _, unseenSql) = await counter.PostAsync(leader, url, unseen);
        Assert.Equal(HttpStatusCode.Redirect, unseenStatus);
        Assert.Contains(unseenSql, ReadsContent);

        var stored = await _factory.WithDbAsync(db => db.DesignSteps.SingleAsync(s => s.DesignId == designId && s.Step == WizardStep.Assessment));
        Assert.Equal("One resit per component (save 3).", ((AssessmentStep)DesignContentJson.Deserialize(WizardStep.Assessment, stored.ContentJson)).ExamRegulations);
        var history = await _factory.WithDbAsync(db => db.DesignChanges.Where(c => c.DesignId == designId && c.Step == WizardStep.Assessment).Select(c => c.Summary).ToListAsync());
        Assert.Equal(3, history.Count(h => h == "Changed Examination rules."));
    }

    private static bool ReadsContent(string sql) =>
        sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) && sql.Contains("\"ContentJson\"", StringComparison.Ordinal);

    public void Dispose() => _factory.Dispose();
}
