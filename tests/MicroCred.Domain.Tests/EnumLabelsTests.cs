using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Schema;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Tests;

/// <summary>Every option a design offers has a written label; none is made from the value's name.</summary>
public sealed class EnumLabelsTests
{
    [Fact]
    public void Every_value_of_every_design_enum_has_a_written_label()
    {
        var enums = typeof(CourseDesign).Assembly.GetTypes()
            .Where(t => t.IsEnum && t.Namespace is { } ns && ns.StartsWith("MicroCred.Domain.Designs", StringComparison.Ordinal)
                && t != typeof(FieldKind) && t != typeof(ReferenceSource))
            .ToList();
        Assert.True(enums.Count > 80, $"only {enums.Count} enums found");
        var missing = enums.SelectMany(t => Enum.GetValues(t).Cast<Enum>()).Where(v => EnumLabels.Of(v) is null).Select(v => $"{v.GetType().Name}.{v}").ToList();
        Assert.True(missing.Count == 0, "No written label for: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData(PolicyFramework.InstitutionalCepdStrategy, "institutional strategy for continuing education")]
    [InlineData(OutcomeScheme.Esco, "ESCO skills and competences")]
    [InlineData(GradingScale.OneToTwenty, "1 to 20")]
    [InlineData(Supervision.UnsupervisedNoIdVerification, "unsupervised, identity not checked")]
    public void Options_read_as_written(object value, string expected) => Assert.Equal(expected, Describe.Words((Enum)value));

    [Fact]
    public void Every_step_field_with_options_uses_labelled_values()
    {
        var choiceTypes = StepSchemas.All.SelectMany(s => s.Fields.Concat(s.Fields.SelectMany(f => f.RowFields)))
            .Where(f => f.EnumType is not null).Select(f => f.EnumType!).Distinct().ToList();
        Assert.NotEmpty(choiceTypes);
        Assert.All(choiceTypes, t => Assert.Contains(t, EnumLabels.Types));
    }
}
