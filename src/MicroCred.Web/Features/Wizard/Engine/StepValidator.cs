using System.Collections;
using FluentValidation;
using MicroCred.Documents;
using MicroCred.Domain.Designs.Schema;

namespace MicroCred.Web.Features.Wizard.Engine;

/// <summary>
/// The format rules every step shares, derived from its definition: text not longer than its field allows and printable in PDFs (<see cref="PrintableText"/>),
/// numbers not negative, lists of a sane size. A step's own validator derives from this and adds its
/// specific ranges. Completeness and the design rules (R-…) are not format errors: they never block a save.
/// </summary>
public abstract class StepValidator<TStep> : AbstractValidator<TStep>
    where TStep : class, new()
{
    public const int MaxRows = 100;
    public const int MaxLines = 50;

    protected StepValidator(StepDefinition<TStep> definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        RuleFor(step => step).Custom((step, context) =>
        {
            foreach (var (path, message) in FormatProblems(definition.AllFields, step, ""))
            {
                context.AddFailure(path, message);
            }
        });
    }

    private static decimal? Number(object? value) => value switch
    {
        int i => i,
        decimal d => d,
        _ => null,
    };

    /// <summary>Walks the described fields (and rows) and reports every value that breaks the shared format rules.</summary>
    public static IEnumerable<(string Path, string Message)> FormatProblems(IEnumerable<FieldSchema> fields, object target, string prefix)
    {
        foreach (var field in fields)
        {
            var path = prefix + field.Name;
            var value = field.Property.GetValue(target);
            switch (field.Kind)
            {
                case FieldKind.Text or FieldKind.LongText when value is string text && field.MaxLength is { } max && text.Length > max:
                    yield return (path, $"{field.Label} can have at most {max:N0} characters (now {text.Length:N0}).");
                    break;
                case FieldKind.Text or FieldKind.LongText when value is string text && PrintableText.Problem(text) is { } unprintable:
                    yield return (path, unprintable);
                    break;
                case FieldKind.Lines when value is List<string> lines:
                    if (lines.Count > MaxLines)
                    {
                        yield return (path, $"{field.Label} can have at most {MaxLines} lines.");
                    }

                    var longLine = lines.FirstOrDefault(l => l.Length > (field.MaxLength ?? FieldSchema.LineMax));
                    if (longLine is not null)
                    {
                        yield return (path, $"Each line of {field.Label.ToLowerInvariant()} can have at most {field.MaxLength ?? FieldSchema.LineMax} characters.");
                    }

                    if (lines.Select(PrintableText.Problem).FirstOrDefault(p => p is not null) is { } unprintableLine)
                    {
                        yield return (path, unprintableLine);
                    }

                    break;
                case FieldKind.Integer or FieldKind.Decimal when Number(value) is { } number:
                    if (number < 0 && field.Min == 0)
                    {
                        yield return (path, $"{field.Label} cannot be negative.");
                    }
                    else if (number < field.Min || number > field.Max)
                    {
                        yield return (path, (field.Min, field.Max) switch
                        {
                            ({ } min, { } max) => $"{field.Label} must be from {min:0.##} to {max:0.##}.",
                            ({ } min, null) => $"{field.Label} must be at least {min:0.##}.",
                            _ => $"{field.Label} can be at most {field.Max:0.##}.",
                        });
                    }

                    break;
                case FieldKind.Rows when value is IList rows:
                    if (rows.Count > MaxRows)
                    {
                        yield return (path, $"{field.Label} can have at most {MaxRows} rows.");
                    }

                    foreach (var row in rows)
                    {
                        var id = (row as IStepRow)?.Id;
                        foreach (var problem in FormatProblems(field.RowFields, row!, $"{path}[{id}]."))
                        {
                            yield return problem;
                        }
                    }

                    break;
            }
        }
    }
}
