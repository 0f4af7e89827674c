using System.Collections;
using System.Globalization;
using MicroCred.Domain.Designs.Schema;
using Microsoft.Extensions.Primitives;

namespace MicroCred.Web.Features.Wizard.Engine;

/// <summary>
/// Reads a posted step page into a new step content object. Values that cannot be read (not a number, not a date,
/// an option that does not exist) become errors for their field; everything else is kept.
/// </summary>
public static class StepFormBinder
{
    public sealed record Result(object Content, IReadOnlyList<FieldError> Errors);

    /// <param name="stored">
    /// The step as stored. The page sends only the open row's form; every other row is posted as its id plus a keep
    /// marker (<see cref="FieldPaths.KeepSuffix"/>) and is taken from here unchanged. The version check makes sure it is
    /// the content the user saw.
    /// </param>
    /// <param name="storedIsCopy">
    /// True when <paramref name="stored"/> is a copy made for this call that the caller does not use afterwards: folded rows
    /// are then taken over as they are instead of being copied (the result never shares a row with anything else).
    /// </param>
    public static Result Bind(StepDefinition definition, IReadOnlyDictionary<string, StringValues> form, object? stored = null, bool storedIsCopy = false)
    {
        var content = definition.CreateContent();
        var errors = new List<FieldError>();
        BindFields(definition.AllFields, content, form, "", errors, storedIsCopy, definition.ListsSeparatedByCommas, stored);
        return new Result(content, errors);
    }

    private static void BindFields(IEnumerable<FieldSchema> fields, object target, IReadOnlyDictionary<string, StringValues> form, string prefix, List<FieldError> errors,
        bool storedIsCopy, IReadOnlyCollection<string>? commaLists = null, object? stored = null)
    {
        foreach (var field in fields)
        {
            var path = prefix + field.Name;
            var raw = form.TryGetValue(path, out var values) ? values : StringValues.Empty;
            var first = raw.Count > 0 ? raw[0]?.Trim() : null;
            var property = field.Property;
            var type = property.PropertyType;
            var nullable = Nullable.GetUnderlyingType(type) is not null || !type.IsValueType;

            switch (field.Kind)
            {
                case FieldKind.Text:
                case FieldKind.LongText:
                case FieldKind.Reference when type == typeof(string):
                {
                    var text = string.IsNullOrWhiteSpace(first) ? null : first.Replace("\r\n", "\n", StringComparison.Ordinal);
                    property.SetValue(target, text ?? (IsNullableReference(property) ? null : ""));
                    break;
                }

                case FieldKind.Integer:
                    if (string.IsNullOrEmpty(first))
                    {
                        property.SetValue(target, nullable ? null : 0);
                    }
                    else if (int.TryParse(first, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i))
                    {
                        property.SetValue(target, i);
                    }
                    else
                    {
                        errors.Add(new FieldError(path, $"Enter {field.Label.ToLowerInvariant()} as a whole number, for example 12."));
                    }

                    break;

                case FieldKind.Decimal:
                    if (string.IsNullOrEmpty(first))
                    {
                        property.SetValue(target, nullable ? null : 0m);
                    }
                    else if (TryParseDecimal(first, out var d))
                    {
                        property.SetValue(target, d);
                    }
                    else
                    {
                        errors.Add(new FieldError(path, $"Enter {field.Label.ToLowerInvariant()} as a number, for example 2.5."));
                    }

                    break;

                case FieldKind.Date when !form.ContainsKey(path):
                {
                    // Day, month and year fields; all empty means no date.
                    string Part(string suffix) => form.TryGetValue(path + suffix, out var v) ? v.FirstOrDefault()?.Trim() ?? "" : "";
                    var (day, month, year) = (Part(FieldPaths.DaySuffix), Part(FieldPaths.MonthSuffix), Part(FieldPaths.YearSuffix));
                    if (day.Length + month.Length + year.Length == 0)
                    {
                        property.SetValue(target, null);
                    }
                    else if (int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
                        && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2200 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
                    {
                        property.SetValue(target, new DateOnly(y, m, d));
                    }
                    else
                    {
                        errors.Add(new FieldError(path, $"Enter {field.Label.ToLowerInvariant()} as a real date: a day, a month and a four-digit year, for example 1 March 2027."));
                    }

                    break;
                }

                case FieldKind.Date:
                    if (string.IsNullOrEmpty(first))
                    {
                        property.SetValue(target, null);
                    }
                    else if (DateOnly.TryParseExact(first, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        property.SetValue(target, date);
                    }
                    else
                    {
                        errors.Add(new FieldError(path, $"Enter {field.Label.ToLowerInvariant()} as a real date, for example 2027-03-01."));
                    }

                    break;

                case FieldKind.Boolean:
                    property.SetValue(target, raw.Any(v => string.Equals(v, "true", StringComparison.OrdinalIgnoreCase)));
                    break;

                case FieldKind.Choice:
                    if (string.IsNullOrEmpty(first))
                    {
                        property.SetValue(target, null);
                    }
                    else if (TryParseEnum(field.EnumType!, first, out var choice))
                    {
                        property.SetValue(target, choice);
                    }
                    else
                    {
                        errors.Add(new FieldError(path, $"Choose one of the options for {field.Label.ToLowerInvariant()}."));
                    }

                    break;

                case FieldKind.MultiChoice:
                {
                    var list = (IList)Activator.CreateInstance(type)!;
                    foreach (var value in raw.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct())
                    {
                        if (TryParseEnum(field.EnumType!, value!, out var option))
                        {
                            list.Add(option);
                        }
                        else
                        {
                            errors.Add(new FieldError(path, $"Choose only options from the list for {field.Label.ToLowerInvariant()}."));
                            break;
                        }
                    }

                    property.SetValue(target, list);
                    break;
                }

                case FieldKind.Lines:
                    property.SetValue(target, (first ?? "")
                        .Split(commaLists?.Contains(path) == true ? ['\n', ',', ';'] : ['\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .ToList());
                    break;

                case FieldKind.Reference:
                    if (string.IsNullOrEmpty(first))
                    {
                        property.SetValue(target, null);
                    }
                    else if (Guid.TryParse(first, out var id))
                    {
                        property.SetValue(target, id);
                    }
                    else
                    {
                        errors.Add(new FieldError(path, $"Choose {field.Label.ToLowerInvariant()} from the list."));
                    }

                    break;

                case FieldKind.ReferenceSet:
                {
                    var ids = new List<Guid>();
                    foreach (var value in raw.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct())
                    {
                        if (Guid.TryParse(value, out var id))
                        {
                            ids.Add(id);
                        }
                        else
                        {
                            errors.Add(new FieldError(path, $"Choose only items from the list for {field.Label.ToLowerInvariant()}."));
                            break;
                        }
                    }

                    property.SetValue(target, ids);
                    break;
                }

                case FieldKind.Rows:
                {
                    var list = (IList)Activator.CreateInstance(type)!;
                    var rowIds = form.TryGetValue(path + FieldPaths.RowsSuffix, out var idValues) ? idValues : StringValues.Empty;
                    var storedRows = (stored is null ? null : property.GetValue(stored) as IList)?.Cast<object>().ToList() ?? [];
                    foreach (var rowIdText in rowIds.Distinct())
                    {
                        if (!Guid.TryParse(rowIdText, out var rowId))
                        {
                            continue;
                        }

                        var rowPath = FieldPaths.Row(path, rowId);
                        var storedRow = storedRows.FirstOrDefault(r => FieldPaths.RowId(r) == rowId);
                        if (form.ContainsKey(rowPath + FieldPaths.KeepSuffix))
                        {
                            // A folded row: its form was not in the page, so it stays as stored (a copy, as commands renumber rows).
                            if (storedRow is not null)
                            {
                                list.Add(storedIsCopy ? storedRow : Copy(storedRow));
                            }

                            continue;
                        }

                        var row = field.Row!.Create();
                        row.Id = rowId;
                        BindFields(field.RowFields, row, form, $"{rowPath}.", errors, storedIsCopy, stored: storedRow);
                        list.Add(row);
                    }

                    RowOrder.Renumber(list);
                    property.SetValue(target, list);
                    break;
                }
            }
        }
    }

    private static object Copy(object row) =>
        System.Text.Json.JsonSerializer.Deserialize(
            System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(row, row.GetType(), MicroCred.Domain.Designs.DesignContentJson.Options), row.GetType(), MicroCred.Domain.Designs.DesignContentJson.Options)!;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<System.Reflection.PropertyInfo, bool> NullableReferences = new();

    /// <summary>Whether a string property accepts null (read once per property: the answer is in its metadata).</summary>
    private static bool IsNullableReference(System.Reflection.PropertyInfo property) =>
        NullableReferences.GetOrAdd(property, static p => new System.Reflection.NullabilityInfoContext().Create(p).WriteState == System.Reflection.NullabilityState.Nullable);

    /// <summary>Accepts 2.5 and 2,5 (many European users type a decimal comma).</summary>
    public static bool TryParseDecimal(string text, out decimal value)
    {
        var normalised = text.Replace(" ", "", StringComparison.Ordinal);
        if (normalised.Contains(',', StringComparison.Ordinal) && !normalised.Contains('.', StringComparison.Ordinal))
        {
            normalised = normalised.Replace(',', '.');
        }

        return decimal.TryParse(normalised, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value)
            && value is >= -1_000_000_000m and <= 1_000_000_000m;
    }

    private static bool TryParseEnum(Type enumType, string text, out object value)
    {
        if (Enum.GetNames(enumType).Contains(text, StringComparer.Ordinal) && Enum.TryParse(enumType, text, out var parsed) && parsed is not null)
        {
            value = parsed;
            return true;
        }

        value = default!;
        return false;
    }
}

public sealed record FieldError(string Path, string Message);
