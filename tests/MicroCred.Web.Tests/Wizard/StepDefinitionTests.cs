using System.Reflection;
using System.Text.Json.Serialization;
using FluentValidation;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Schema;
using MicroCred.Web.Features.Wizard.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace MicroCred.Web.Tests.Wizard;

/// <summary>Every wizard step is described completely: each field the team can edit is on its page, with a label, and has a validator.</summary>
public sealed class StepDefinitionTests
{
    private static readonly ServiceProvider Services = BuildServices();

    public static TheoryData<WizardStep> DefinedSteps() =>
        [.. Enum.GetValues<WizardStep>().Where(s => Definitions().Has(s))];

    [Fact]
    public void All_21_steps_are_defined()
    {
        var missing = Enum.GetValues<WizardStep>().Where(s => !Definitions().Has(s)).ToList();
        Assert.True(missing.Count == 0, "Steps without a definition: " + string.Join(", ", missing));
    }

    [Fact]
    public void Each_step_has_at_most_one_definition_for_the_right_content_type()
    {
        var all = Services.GetServices<StepDefinition>().ToList();
        Assert.Equal(all.Count, all.Select(d => d.Step).Distinct().Count());
        Assert.All(all, d => Assert.Equal(StepCatalog.Get(d.Step).ContentType, d.ContentType));
    }

    [Theory]
    [MemberData(nameof(DefinedSteps))]
    public void Every_editable_property_is_on_the_step_page(WizardStep step)
    {
        var definition = Definitions().Get(step);
        var missing = new List<string>();
        Collect(definition.ContentType, definition.AllFields.ToList(), "", definition.NotEdited, missing);
        Assert.True(missing.Count == 0, $"{step}: not described: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(DefinedSteps))]
    public void Every_field_has_a_label_and_every_row_list_a_singular_name(WizardStep step)
    {
        foreach (var field in Flatten(Definitions().Get(step).AllFields))
        {
            Assert.False(string.IsNullOrWhiteSpace(field.Label), $"{step}.{field.Name} has no label.");
            if (field.Kind == FieldKind.Rows)
            {
                Assert.False(string.IsNullOrWhiteSpace(field.Singular), $"{step}.{field.Name} has no singular noun.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(DefinedSteps))]
    public void Every_step_has_a_validator_that_accepts_an_empty_step(WizardStep step)
    {
        var definition = Definitions().Get(step);
        var validatorType = typeof(IValidator<>).MakeGenericType(definition.ContentType);
        var validator = (IValidator)Services.GetRequiredService(validatorType);
        var empty = Activator.CreateInstance(definition.ContentType)!;
        var result = validator.Validate(new ValidationContext<object>(empty));
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.ErrorMessage)));
    }

    [Theory]
    [MemberData(nameof(DefinedSteps))]
    public void Every_step_validator_refuses_text_longer_than_its_field_allows(WizardStep step)
    {
        var definition = Definitions().Get(step);
        var content = Activator.CreateInstance(definition.ContentType)!;
        var (target, field) = TextFieldOf(definition.AllFields, content);
        var tooLong = new string('x', (field.MaxLength ?? FieldSchema.LongTextMax) + 1);
        field.Property.SetValue(target, field.Kind == FieldKind.Lines ? new List<string> { tooLong } : tooLong);

        var validator = (IValidator)Services.GetRequiredService(typeof(IValidator<>).MakeGenericType(definition.ContentType));
        var result = validator.Validate(new ValidationContext<object>(content));
        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.PropertyName.EndsWith(field.Name, StringComparison.Ordinal) && e.ErrorMessage.Contains(field.Label, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The first text field of the step, or of a new row of its first list when the step has none of its own.</summary>
    private static (object Target, FieldSchema Field) TextFieldOf(IEnumerable<FieldSchema> fields, object owner)
    {
        var text = fields.FirstOrDefault(f => f.Kind is FieldKind.Text or FieldKind.LongText or FieldKind.Lines);
        if (text is not null)
        {
            return (owner, text);
        }

        var rows = fields.First(f => f.Kind == FieldKind.Rows);
        var row = Activator.CreateInstance(rows.RowType!)!;
        rows.RowType!.GetProperty("Id")!.SetValue(row, Guid.NewGuid());
        ((System.Collections.IList)rows.Property.GetValue(owner)!).Add(row);
        return TextFieldOf(rows.RowFields, row);
    }

    [Theory]
    [MemberData(nameof(DefinedSteps))]
    public void Every_step_validator_accepts_the_complete_sample(WizardStep step)
    {
        var sample = SampleDesigns.Complete(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var validator = (IValidator)Services.GetRequiredService(typeof(IValidator<>).MakeGenericType(Definitions().Get(step).ContentType));
        var result = validator.Validate(new ValidationContext<object>(sample.Content.Get(step)));
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.ErrorMessage)));
    }

    private static StepDefinitions Definitions() => Services.GetRequiredService<StepDefinitions>();

    private static ServiceProvider BuildServices()
    {
        var services = new ServiceCollection();
        StepDefinitions.Register(services);
        services.AddValidatorsFromAssemblyContaining<StepDefinitions>(includeInternalTypes: true);
        return services.BuildServiceProvider();
    }

    private static IEnumerable<FieldSchema> Flatten(IEnumerable<FieldSchema> fields) =>
        fields.SelectMany(f => new[] { f }.Concat(Flatten(f.RowFields)));

    private static void Collect(Type type, IReadOnlyList<FieldSchema> fields, string prefix, IReadOnlyCollection<string> notEdited, List<string> missing)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanWrite || property.Name == "Id" || property.GetCustomAttribute<JsonIgnoreAttribute>() is not null)
            {
                continue;
            }

            var path = prefix + property.Name;
            if (notEdited.Contains(path))
            {
                continue;
            }

            var field = fields.FirstOrDefault(f => f.Name == property.Name);
            if (field is null)
            {
                missing.Add(path);
            }
            else if (field.Kind == FieldKind.Rows)
            {
                Collect(field.RowType!, field.RowFields, path + ".", notEdited, missing);
            }
        }
    }
}
