using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;
using MicroCred.Web.Features.Review;
using MicroCred.Web.Features.Versions;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Tests.Review;

/// <summary>
/// What the review workspace keeps of frozen versions: the content once per version, a step's view once per version, step and
/// names shown, so that a renamed institution or person is never shown under its old name.
/// </summary>
public sealed class FrozenStepViewsTests : IDisposable
{
    private static readonly Guid Institution = Guid.NewGuid();
    private static readonly Guid Person = Guid.NewGuid();
    private readonly FrozenStepViews _views = new();

    [Fact]
    public async Task The_content_of_a_version_is_read_once_and_each_version_has_its_own()
    {
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        var reads = 0;
        Task<string> Read(string title)
        {
            reads++;
            return Task.FromResult(DesignSnapshot.Serialize(new DesignContent { CoursePlan = { Title = title } }));
        }

        var a = await _views.ContentAsync(first, () => Read("First"));
        var again = await _views.ContentAsync(first, () => Read("Changed"));
        var b = await _views.ContentAsync(second, () => Read("Second"));

        Assert.Equal(2, reads);
        Assert.Same(a, again);
        Assert.Equal("First", again.CoursePlan.Title);
        Assert.Equal("Second", b.CoursePlan.Title);
    }

    [Fact]
    public void A_step_view_is_built_once_for_the_same_names_and_again_when_a_name_changes()
    {
        var version = Guid.NewGuid();
        var content = new DesignContent();
        FrozenStepView Build(string label) => new([], new Dictionary<string, string> { ["Title"] = label });

        var first = _views.Step(version, WizardStep.CoursePlan, Options(content, "Alpha University", "Ann Smith"), () => Build("one"));
        var same = _views.Step(version, WizardStep.CoursePlan, Options(content, "Alpha University", "Ann Smith"), () => Build("two"));
        var otherStep = _views.Step(version, WizardStep.Assessment, Options(content, "Alpha University", "Ann Smith"), () => Build("three"));
        var renamedInstitution = _views.Step(version, WizardStep.CoursePlan, Options(content, "Alpha Technical University", "Ann Smith"), () => Build("four"));
        var renamedPerson = _views.Step(version, WizardStep.CoursePlan, Options(content, "Alpha University", "Ann Jones"), () => Build("five"));

        Assert.Same(first, same);
        Assert.Equal("three", otherStep.Labels["Title"]);
        Assert.Equal("four", renamedInstitution.Labels["Title"]);
        Assert.Equal("five", renamedPerson.Labels["Title"]);
        Assert.Equal(4, _views.Builds);
    }

    [Fact]
    public void A_name_with_the_separator_in_it_does_not_make_the_same_key_as_other_names()
    {
        var content = new DesignContent();
        var one = FrozenStepViews.NamesKey(Options(content, $"A|u{Person}=B", "C"));
        var two = FrozenStepViews.NamesKey(Options(content, "A", $"B|u{Person}=C"));

        Assert.NotEqual(one, two);
    }

    [Fact]
    public async Task The_changes_between_two_versions_are_computed_once_per_institution_names()
    {
        var previous = Guid.NewGuid();
        var version = Guid.NewGuid();
        var computed = 0;
        Task<VersionChanges> Compute()
        {
            computed++;
            return Task.FromResult(new VersionChanges(2, 1, []));
        }

        await _views.ChangesAsync(previous, version, new Dictionary<Guid, string> { [Institution] = "Alpha University" }, Compute);
        await _views.ChangesAsync(previous, version, new Dictionary<Guid, string> { [Institution] = "Alpha University" }, Compute);
        await _views.ChangesAsync(previous, version, new Dictionary<Guid, string> { [Institution] = "Alpha Technical University" }, Compute);

        Assert.Equal(2, computed);
    }

    public void Dispose() => _views.Dispose();

    private static ReferenceOptions Options(DesignContent content, string institution, string person) =>
        new(content, new Dictionary<Guid, string> { [Institution] = institution }, [new OptionView(Person.ToString(), person)]);
}
