using MicroCred.Domain.Designs;

namespace MicroCred.Web.Features.Wizard.Engine;

/// <summary>
/// What one wizard step asks and in which words: its sections and fields, in the product's own language.
/// Each step folder under Features/Wizard/Steps has one definition (and one validator for its content type).
/// </summary>
public abstract class StepDefinition
{
    private IReadOnlyList<FormSection>? _sections;

    public abstract WizardStep Step { get; }

    public abstract Type ContentType { get; }

    public IReadOnlyList<FormSection> Sections => _sections ??= Build();

    /// <summary>Properties the team never edits directly (derived or internal), listed so the completeness test accepts them.</summary>
    public virtual IReadOnlyCollection<string> NotEdited => [];

    public IEnumerable<FieldSpec> AllFields => Sections.SelectMany(s => s.Fields);

    protected abstract IReadOnlyList<FormSection> Build();
}

public abstract class StepDefinition<TStep> : StepDefinition
    where TStep : class, new()
{
    public override Type ContentType => typeof(TStep);

    protected sealed override IReadOnlyList<FormSection> Build()
    {
        var form = new FormBuilder<TStep>();
        Describe(form);
        return form.Sections;
    }

    protected abstract void Describe(FormBuilder<TStep> form);
}
