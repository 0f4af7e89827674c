using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Schema;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard;
using MicroCred.Web.Features.Wizard.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace MicroCred.Web.Tests.Wizard;

/// <summary>The pieces a step save leans on to read less: the steps the pick lists come from, the sources a step refers to,
/// and the change summary's comparison.</summary>
public sealed class SavePathTests
{
    private static readonly ServiceProvider Services = BuildServices();

    [Fact]
    public void The_pick_lists_are_the_same_when_only_the_steps_they_read_are_loaded()
    {
        var full = SampleDesigns.Complete(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()).Content;
        var partial = new DesignContent();
        foreach (var step in ReferenceOptions.StepsRead)
        {
            partial.Set(step, full.Get(step));
        }

        var institutions = new Dictionary<Guid, string> { [Guid.NewGuid()] = "Universiteit" };
        var whole = new ReferenceOptions(full, institutions, []);
        var read = new ReferenceOptions(partial, institutions, []);
        foreach (var source in Enum.GetValues<ReferenceSource>())
        {
            Assert.Equal(whole.For(source), read.For(source));
        }

        Assert.NotEmpty(whole.For(ReferenceSource.Outcomes));
    }

    [Fact]
    public void A_step_refers_to_the_sources_of_its_reference_fields_and_of_its_rows()
    {
        var definitions = Services.GetRequiredService<StepDefinitions>();
        var plan = StepHandler.SourcesOf(definitions.Get(WizardStep.CoursePlan));
        Assert.Contains(ReferenceSource.Outcomes, plan);
        foreach (var definition in definitions.All)
        {
            var expected = Flatten(definition.AllFields)
                .Where(f => f.Source is not null && f.Kind is FieldKind.Reference or FieldKind.ReferenceSet)
                .Select(f => f.Source!.Value).ToHashSet();
            Assert.True(expected.SetEquals(StepHandler.SourcesOf(definition)), $"Step {definition.Step}");
        }
    }

    [Fact]
    public void The_change_summary_compares_values_as_stored()
    {
        Assert.True(ChangeSummary.Same(null, null));
        Assert.True(ChangeSummary.Same("Exam", "Exam"));
        Assert.False(ChangeSummary.Same("Exam", "exam"));
        Assert.False(ChangeSummary.Same("Exam", null));
        Assert.False(ChangeSummary.Same(null, 3));
        Assert.True(ChangeSummary.Same(3, 3));
        Assert.False(ChangeSummary.Same(3, 4));
        Assert.True(ChangeSummary.Same(GradingScale.OneToTen, GradingScale.OneToTen));
        Assert.False(ChangeSummary.Same(GradingScale.OneToTen, GradingScale.OneToTwenty));
        Assert.False(ChangeSummary.Same(2.5m, 2.50m));
        Assert.True(ChangeSummary.Same(2.5m, 2.5m));
        Assert.True(ChangeSummary.Same(new List<Guid> { Guid.Empty }, new List<Guid> { Guid.Empty }));
        Assert.False(ChangeSummary.Same(new List<string> { "a" }, new List<string> { "a", "b" }));
    }

    private static IEnumerable<FieldSchema> Flatten(IEnumerable<FieldSchema> fields) =>
        fields.SelectMany(f => new[] { f }.Concat(Flatten(f.RowFields)));

    private static ServiceProvider BuildServices()
    {
        var services = new ServiceCollection();
        StepDefinitions.Register(services);
        return services.BuildServiceProvider();
    }
}
