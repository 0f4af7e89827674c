using System.Linq.Expressions;
using System.Reflection;
using MicroCred.Domain.Checks;

namespace MicroCred.Domain.Designs.Schema;

/// <summary>
/// Declares a step's (or a row's) fields with compile-time checked property expressions. The kind follows from the
/// property's type (text is one line unless declared long); references are always declared with <c>refersTo</c>.
/// </summary>
public sealed class SchemaBuilder<T>
    where T : class
{
    private readonly List<(string Heading, string? Intro, List<FieldSchema> Fields)> _sections = [];
    private readonly List<string> _notAsked = [];

    internal List<(FieldSchema? Field, Func<object, DesignContent, IEnumerable<MissingField>>? Requirement)> Entries { get; } = [];

    internal IReadOnlyList<SchemaSection> Sections =>
        [.. _sections.Where(s => s.Fields.Count > 0).Select(s => new SchemaSection(s.Heading, s.Intro, s.Fields))];

    internal IReadOnlyList<FieldSchema> Fields => [.. _sections.SelectMany(s => s.Fields)];

    internal IReadOnlyCollection<string> NotAsked => _notAsked;

    private List<FieldSchema> Current
    {
        get
        {
            if (_sections.Count == 0)
            {
                _sections.Add(("", null, []));
            }

            return _sections[^1].Fields;
        }
    }

    /// <summary>Starts a new titled group of fields.</summary>
    public SchemaBuilder<T> Section(string heading, string? intro = null)
    {
        _sections.Add((heading, intro, []));
        return this;
    }

    /// <summary>A single field.</summary>
    /// <param name="needed">Review needs it filled in (a confirmation ticked, a list not empty).</param>
    /// <param name="when">Only needed when this holds for the owner (step or row) and the design; implies <paramref name="needed"/>.</param>
    /// <param name="namesRow">Rows are named after the institution or partner this reference points to.</param>
    public SchemaBuilder<T> Field<TValue>(Expression<Func<T, TValue>> property, string label, string? hint = null,
        FieldKind? kind = null, ReferenceSource? refersTo = null, int? maxLength = null,
        bool needed = false, Func<T, DesignContent, bool>? when = null, decimal? min = null, decimal? max = null, bool namesRow = false,
        Gate neededFrom = Gate.G1)
    {
        var info = PropertyOf(property);
        var resolvedKind = kind ?? KindOf(info, refersTo);
        if (resolvedKind == FieldKind.Rows)
        {
            throw new InvalidOperationException($"{typeof(T).Name}.{info.Name} is a list of rows: declare it with Rows().");
        }

        var field = new FieldSchema
        {
            Property = info,
            Label = label,
            Hint = hint,
            Kind = resolvedKind,
            Source = refersTo,
            MaxLength = maxLength ?? DefaultMaxLength(resolvedKind),
            Min = min ?? (resolvedKind is FieldKind.Integer or FieldKind.Decimal ? 0 : null),
            Max = max,
            Needed = needed || when is not null,
            NeededWhen = when is null ? null : (owner, content) => when((T)owner, content),
            NamesRow = namesRow,
            NeededFrom = neededFrom,
        };
        Current.Add(field);
        Entries.Add((field, null));
        return this;
    }

    /// <summary>A collection edited with the add-another pattern; each row has its own fields and a title.</summary>
    /// <param name="provides">What other fields call these rows when they refer to them.</param>
    public SchemaBuilder<T> Rows<TRow>(Expression<Func<T, List<TRow>>> property, string label, string singular,
        Func<SchemaBuilder<TRow>, SchemaBuilder<TRow>> describeRow, Func<TRow, string> title, string? hint = null,
        ReferenceSource? provides = null, bool needed = false, Func<T, DesignContent, bool>? when = null, Gate neededFrom = Gate.G1)
        where TRow : class, IStepRow, new()
    {
        ArgumentNullException.ThrowIfNull(describeRow);
        var info = PropertyOf(property);
        var rowForm = describeRow(new SchemaBuilder<TRow>());
        var field = new FieldSchema
        {
            Property = info,
            Label = label,
            Hint = hint,
            Kind = FieldKind.Rows,
            Needed = needed || when is not null,
            NeededWhen = when is null ? null : (owner, content) => when((T)owner, content),
            NeededFrom = neededFrom,
            Row = new RowSchema
            {
                RowType = typeof(TRow),
                Singular = singular,
                Fields = rowForm.Fields,
                Title = row => title((TRow)row),
                Provides = provides,
                Create = () => new TRow(),
                Requirements = [.. rowForm.Entries.Where(e => e.Requirement is not null).Select(e => e.Requirement!)],
            },
        };
        if (typeof(IOrderedRow).IsAssignableFrom(typeof(TRow)))
        {
            _notAsked.Add($"{info.Name}.{nameof(IOrderedRow.Order)}");
        }

        _notAsked.AddRange(rowForm.NotAsked.Select(n => $"{info.Name}.{n}"));
        Current.Add(field);
        Entries.Add((field, null));
        return this;
    }

    /// <summary>A need that is not one field being empty (e.g. "a conversion table for each partner with another scale").</summary>
    public SchemaBuilder<T> Requires(Func<T, DesignContent, IEnumerable<MissingField>> requirement, Gate neededFrom = Gate.G1)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        Entries.Add((null, (owner, content) => requirement((T)owner, content).Select(m => m with { NeededFrom = neededFrom })));
        return this;
    }

    /// <summary>A property the step page never asks (kept by the portal itself).</summary>
    public SchemaBuilder<T> NotAskedOnPage<TValue>(Expression<Func<T, TValue>> property)
    {
        _notAsked.Add(PropertyOf(property).Name);
        return this;
    }

    private static FieldKind KindOf(PropertyInfo property, ReferenceSource? refersTo)
    {
        var type = property.PropertyType;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (refersTo is not null)
        {
            return type == typeof(List<Guid>) ? FieldKind.ReferenceSet : FieldKind.Reference;
        }

        if (underlying == typeof(Guid) || type == typeof(List<Guid>))
        {
            throw new InvalidOperationException($"{typeof(T).Name}.{property.Name} holds ids: say what it refers to with refersTo.");
        }

        if (underlying == typeof(string))
        {
            return FieldKind.Text;
        }

        if (underlying == typeof(int) || underlying == typeof(long))
        {
            return FieldKind.Integer;
        }

        if (underlying == typeof(decimal) || underlying == typeof(double))
        {
            return FieldKind.Decimal;
        }

        if (underlying == typeof(DateOnly))
        {
            return FieldKind.Date;
        }

        if (underlying == typeof(bool))
        {
            return FieldKind.Boolean;
        }

        if (underlying.IsEnum)
        {
            return FieldKind.Choice;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            var item = type.GetGenericArguments()[0];
            if (item.IsEnum)
            {
                return FieldKind.MultiChoice;
            }

            if (item == typeof(string))
            {
                return FieldKind.Lines;
            }

            if (item.IsClass)
            {
                return FieldKind.Rows;
            }
        }

        throw new InvalidOperationException($"No field kind for {typeof(T).Name}.{property.Name} ({type.Name}); give one explicitly.");
    }

    private static int? DefaultMaxLength(FieldKind kind) => kind switch
    {
        FieldKind.Text => FieldSchema.ShortTextMax,
        FieldKind.LongText => FieldSchema.LongTextMax,
        FieldKind.Lines => FieldSchema.LineMax,
        _ => null,
    };

    private static PropertyInfo PropertyOf<TValue>(Expression<Func<T, TValue>> expression)
    {
        var body = expression.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : expression.Body;
        if (body is MemberExpression { Member: PropertyInfo info } && ((MemberExpression)body).Expression is ParameterExpression)
        {
            return info;
        }

        throw new ArgumentException($"Use a direct property of {typeof(T).Name}, like x => x.Title.", nameof(expression));
    }
}
