using System.Net;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;
using MicroCred.Web.Tests.Support;
using MicroCred.Web.Tests.Wizard;
using Microsoft.Extensions.DependencyInjection;

namespace MicroCred.Web.Tests.Hardening;

/// <summary>
/// A step save writes no warning: the portal applies each action's size and form limits itself before MVC runs, and MVC's own
/// limit filters, which then find the form read, must not fill the log with two warnings per save.
/// </summary>
public sealed class SaveLogTests : IDisposable
{
    private readonly MicroCredFactory _app = new();

    public SaveLogTests() => _app.Settings["Serilog:MinimumLevel:Default"] = "Information";

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Saving_a_step_leaves_no_warning_in_the_log()
    {
        using var leader = _app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await leader.LoginAsync("leader@microcred.demo")).Status);
        var created = await leader.SubmitAsync("/designs/new", new Dictionary<string, string> { ["Title"] = "Salt marsh restoration" });
        var designId = Guid.Parse(created.Location!.OriginalString.Split('/')[^1]);

        var plan = await leader.GetAsync($"/designs/{designId}/steps/7");
        var fields = StepForms.Fields(_app.Services.GetRequiredService<StepDefinitions>().Get(WizardStep.CoursePlan), new CoursePlanStep { Title = "Salt marsh restoration for engineers" });
        fields.Add(new(Features.Wizard.StepHandler.VersionField, plan.Document.QuerySelector("input[name=__version]")!.GetAttribute("value") ?? ""));
        fields.Add(new("command", "return"));
        Assert.Equal(HttpStatusCode.Redirect, (await leader.PostAsync($"/designs/{designId}/steps/7", fields, plan.AntiforgeryToken())).Status);

        // The save's own information event is the last thing it logs: once it is in the file, so is everything before it.
        var events = await LogEvents.ReadAsync(_app.DataFolder, e => e.GetValueOrDefault("@mt", "").Contains("saved by user", StringComparison.Ordinal), "The save");
        var ofTheSave = events.Where(e => e.GetValueOrDefault("RequestPath") == $"/designs/{designId}/steps/7").ToList();
        Assert.NotEmpty(ofTheSave);
        // The test server has no request body size feature at all, which routing reports once per request; Kestrel has it.
        var warnings = ofTheSave.Where(e => e.GetValueOrDefault("@l") is "Warning" or "Error" or "Fatal")
            .Where(e => !e.GetValueOrDefault("@mt", "").Contains("This server does not support", StringComparison.Ordinal))
            .Select(e => $"{e.GetValueOrDefault("SourceContext")}: {e.GetValueOrDefault("@mt")}").ToList();
        Assert.True(warnings.Count == 0, string.Join("\n", warnings));
    }
}
