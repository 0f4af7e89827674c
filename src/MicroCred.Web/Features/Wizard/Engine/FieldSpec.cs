using System.Reflection;

namespace MicroCred.Web.Features.Wizard.Engine;

/// <summary>How a field is asked on a step page.</summary>
public enum FieldKind
{
    Text,
    LongText,
    Integer,
    Decimal,
    Date,
    Boolean,
    Choice,
    MultiChoice,
    Lines,
    Reference,
    ReferenceSet,
    Rows,
}

/// <summary>Where the options of a reference field come from: other rows of the same design, or the portal's institutions and people.</summary>
public enum ReferenceSource
{
    Partners,
    Members,
    Outcomes,
    Units,
    Activities,
    Tools,
    Components,
    Institutions,
    Users,
}

/// <summary>One described field of a step (or of a row inside a step).</summary>
public sealed class FieldSpec
{
    public required PropertyInfo Property { get; init; }

    public required string Label { get; init; }

    public string? Hint { get; init; }

    public required FieldKind Kind { get; init; }

    public ReferenceSource? Source { get; init; }

    /// <summary>For text: the longest value accepted (also enforced by the step validator).</summary>
    public int? MaxLength { get; init; }

    /// <summary>For Rows: the fields of one row, its singular noun ("learning outcome") and how a row is named in lists.</summary>
    public IReadOnlyList<FieldSpec> RowFields { get; init; } = [];

    public string? Singular { get; init; }

    public Func<object, string>? RowTitle { get; init; }

    public Type? RowType { get; init; }

    public string Name => Property.Name;

    /// <summary>The enum type of a Choice / MultiChoice field.</summary>
    public Type? EnumType => Kind switch
    {
        FieldKind.Choice => Nullable.GetUnderlyingType(Property.PropertyType) ?? Property.PropertyType,
        FieldKind.MultiChoice => Property.PropertyType.GetGenericArguments()[0],
        _ => null,
    };
}

/// <summary>A titled group of fields on a step page.</summary>
public sealed record FormSection(string Heading, string? Intro, IReadOnlyList<FieldSpec> Fields);
