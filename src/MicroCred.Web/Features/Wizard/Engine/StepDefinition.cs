using FluentValidation;
using FluentValidation.Results;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Schema;

namespace MicroCred.Web.Features.Wizard.Engine;

/// <summary>
/// One wizard step as the web app serves it: the step's schema (declared in the Domain next to the step class) and the
/// step's validator. Each step folder under Features/Wizard/Steps has one definition and one validator.
/// </summary>
public abstract class StepDefinition(StepSchema schema)
{
    public StepSchema Schema { get; } = schema;

    public WizardStep Step => Schema.Step;

    public Type ContentType => Schema.ContentType;

    public IReadOnlyList<SchemaSection> Sections => Schema.Sections;

    /// <summary>Properties the team never edits directly (derived or internal).</summary>
    public IReadOnlyCollection<string> NotEdited => Schema.NotAsked;

    public IEnumerable<FieldSchema> AllFields => Schema.Fields;

    public object CreateContent() => Schema.CreateContent();

    /// <summary>
    /// Layout only: one-per-line lists (on the step itself) that also accept commas, so several items can be typed on
    /// one line, such as language codes "en, nl, es".
    /// </summary>
    public virtual IReadOnlyCollection<string> ListsSeparatedByCommas { get; } = [];

    /// <summary>Runs the step's own validator (format rules from the schema plus the step's specific rules).</summary>
    public abstract Task<ValidationResult> ValidateAsync(IServiceProvider services, object content, CancellationToken ct);
}

public abstract class StepDefinition<TStep>(StepSchema<TStep> schema) : StepDefinition(schema)
    where TStep : class, new()
{
    public override Task<ValidationResult> ValidateAsync(IServiceProvider services, object content, CancellationToken ct) =>
        services.GetRequiredService<IValidator<TStep>>().ValidateAsync((TStep)content, ct);
}
