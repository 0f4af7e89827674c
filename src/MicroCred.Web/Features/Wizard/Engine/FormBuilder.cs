using System.Linq.Expressions;
using System.Reflection;

namespace MicroCred.Web.Features.Wizard.Engine;

/// <summary>Describes a step's (or a row's) fields with compile-time checked property expressions.</summary>
public sealed class FormBuilder<T>
    where T : class
{
    private readonly List<(string Heading, string? Intro, List<FieldSpec> Fields)> _sections = [];

    public IReadOnlyList<FormSection> Sections =>
        [.. _sections.Where(s => s.Fields.Count > 0).Select(s => new FormSection(s.Heading, s.Intro, s.Fields))];

    internal IReadOnlyList<FieldSpec> Fields => [.. _sections.SelectMany(s => s.Fields)];

    /// <summary>Starts a new titled group of fields.</summary>
    public FormBuilder<T> Section(string heading, string? intro = null)
    {
        _sections.Add((heading, intro, []));
        return this;
    }

    private List<FieldSpec> Current
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

    /// <summary>A single field. The kind follows from the property type unless given; reference sources follow from the name (PartnerId, OutcomeIds…).</summary>
    public FormBuilder<T> Field<TValue>(Expression<Func<T, TValue>> property, string label, string? hint = null,
        FieldKind? kind = null, ReferenceSource? source = null, int? maxLength = null)
    {
        var info = PropertyOf(property);
        var resolvedSource = source ?? FieldConventions.SourceFor(info);
        var resolvedKind = kind ?? FieldConventions.KindFor(info, resolvedSource);
        if (resolvedKind == FieldKind.Rows)
        {
            throw new InvalidOperationException($"{typeof(T).Name}.{info.Name} is a list of rows: describe it with Rows().");
        }

        Current.Add(new FieldSpec
        {
            Property = info,
            Label = label,
            Hint = hint,
            Kind = resolvedKind,
            Source = resolvedSource,
            MaxLength = maxLength ?? FieldConventions.DefaultMaxLength(resolvedKind),
        });
        return this;
    }

    /// <summary>A collection edited with the add-another pattern; each row has its own fields.</summary>
    public FormBuilder<T> Rows<TRow>(Expression<Func<T, List<TRow>>> property, string label, string singular,
        Action<FormBuilder<TRow>> describeRow, string? hint = null, Func<TRow, string>? title = null)
        where TRow : class, new()
    {
        var info = PropertyOf(property);
        var rowForm = new FormBuilder<TRow>();
        describeRow(rowForm);
        Current.Add(new FieldSpec
        {
            Property = info,
            Label = label,
            Hint = hint,
            Kind = FieldKind.Rows,
            Singular = singular,
            RowType = typeof(TRow),
            RowFields = rowForm.Fields,
            RowTitle = title is null ? null : row => title((TRow)row),
        });
        return this;
    }

    private static PropertyInfo PropertyOf<TValue>(Expression<Func<T, TValue>> expression)
    {
        var body = expression.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : expression.Body;
        if (body is MemberExpression { Member: PropertyInfo info } member && member.Expression is ParameterExpression)
        {
            return info;
        }

        throw new ArgumentException($"Use a direct property of {typeof(T).Name}, like x => x.Title.", nameof(expression));
    }
}
