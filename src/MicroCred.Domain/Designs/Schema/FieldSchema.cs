using System.Reflection;
using MicroCred.Domain.Checks;

namespace MicroCred.Domain.Designs.Schema;

/// <summary>How a field is asked and shown.</summary>
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

/// <summary>What a reference field points to: other rows of the same design, or the portal's institutions and people.</summary>
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

/// <summary>A row of a step's collection (an outcome, a unit, a partner…): identified by its id, never by its position.</summary>
public interface IStepRow
{
    Guid Id { get; set; }
}

/// <summary>A row whose <see cref="Order"/> is kept equal to its position (within its group, such as the unit of an activity).</summary>
public interface IOrderedRow : IStepRow
{
    int Order { get; set; }

    /// <summary>Rows with the same group are numbered together; null puts every row in one group.</summary>
    object? OrderGroup => null;
}

/// <summary>One declared field of a step (or of a row inside a step): its words, kind, limits, references and when review needs it.</summary>
public sealed class FieldSchema
{
    public const int ShortTextMax = 200;
    public const int LongTextMax = 4000;
    public const int LineMax = 200;

    public required PropertyInfo Property { get; init; }

    public required string Label { get; init; }

    public string? Hint { get; init; }

    public required FieldKind Kind { get; init; }

    /// <summary>For references: what the chosen ids point to.</summary>
    public ReferenceSource? Source { get; init; }

    /// <summary>For text and lines: the longest value accepted.</summary>
    public int? MaxLength { get; init; }

    /// <summary>For numbers: the smallest and largest value accepted.</summary>
    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    /// <summary>True when review needs the field filled in (when <see cref="NeededWhen"/> holds, if given).</summary>
    public bool Needed { get; init; }

    /// <summary>The condition under which a needed field is needed, from the owner (step or row) and the whole design.</summary>
    public Func<object, DesignContent, bool>? NeededWhen { get; init; }

    /// <summary>The first review gate that needs the field (most fields are needed from design review, G1).</summary>
    public Gate NeededFrom { get; init; } = Gate.G1;

    /// <summary>True when rows are named after the institution or partner this field refers to.</summary>
    public bool NamesRow { get; init; }

    /// <summary>For Rows: the fields of one row, its singular noun and title.</summary>
    public RowSchema? Row { get; init; }

    public IReadOnlyList<FieldSchema> RowFields => Row?.Fields ?? [];

    public string? Singular => Row?.Singular;

    public Type? RowType => Row?.RowType;

    public Func<object, string>? RowTitle => Row?.Title;

    public string Name => Property.Name;

    /// <summary>The enum type of a Choice / MultiChoice field.</summary>
    public Type? EnumType => Kind switch
    {
        FieldKind.Choice => Nullable.GetUnderlyingType(Property.PropertyType) ?? Property.PropertyType,
        FieldKind.MultiChoice => Property.PropertyType.GetGenericArguments()[0],
        _ => null,
    };

    public object? GetValue(object owner) => Property.GetValue(owner);

    public bool IsNeeded(object owner, DesignContent content) => Needed && (NeededWhen?.Invoke(owner, content) ?? true);

    /// <summary>Empty as review sees it: no value, blank text, an empty list, or an unticked confirmation.</summary>
    public static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string s => string.IsNullOrWhiteSpace(s),
        bool b => !b,
        System.Collections.ICollection c => c.Count == 0,
        _ => false,
    };
}

/// <summary>The rows of a collection field: their type, how one row is called and named, and what other fields call them.</summary>
public sealed class RowSchema
{
    public required Type RowType { get; init; }

    public required string Singular { get; init; }

    public required IReadOnlyList<FieldSchema> Fields { get; init; }

    /// <summary>How a row is named in lists, headings and the version history.</summary>
    public required Func<object, string> Title { get; init; }

    /// <summary>Set when other fields refer to these rows (partners, outcomes, units…): removing a row clears those references.</summary>
    public ReferenceSource? Provides { get; init; }

    public required Func<IStepRow> Create { get; init; }

    internal IReadOnlyList<Func<object, DesignContent, IEnumerable<MissingField>>> Requirements { get; init; } = [];

    /// <summary>The field that names the row after an institution or a partner, if any.</summary>
    public FieldSchema? Owner => Fields.FirstOrDefault(f => f.NamesRow);

    public bool IsOrdered => typeof(IOrderedRow).IsAssignableFrom(RowType);
}

/// <summary>A titled group of fields, shown together on the step page and in the review workspace.</summary>
public sealed record SchemaSection(string Heading, string? Intro, IReadOnlyList<FieldSchema> Fields);
