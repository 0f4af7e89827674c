using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Serialization;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;

namespace MicroCred.Domain.Reviews;

public enum StepChange
{
    Unchanged,
    Changed,
}

public enum RowChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>One field whose value differs, as text people read; null means empty.</summary>
public sealed record FieldChange(string Path, string Label, string? OldValue, string? NewValue);

/// <summary>A row of a collection (outcome, unit, partner…) that was added, removed or changed, with its field values.</summary>
/// <param name="Path">The collection, e.g. "Outcomes" or "TranscriptionTables[id].Bands".</param>
public sealed record RowChange(string Path, Guid RowId, string RowLabel, RowChangeKind Kind, IReadOnlyList<FieldChange> Fields);

/// <summary>What changed in one wizard step between two versions.</summary>
public sealed record StepDiff(WizardStep Step, IReadOnlyList<FieldChange> Fields, IReadOnlyList<RowChange> Rows)
{
    public StepChange Change => Fields.Count == 0 && Rows.Count == 0 ? StepChange.Unchanged : StepChange.Changed;
}

/// <summary>
/// The changes between two versions of a design, per step, found by walking the step classes: scalar fields, lists of values,
/// nested objects, and collections of rows matched by their Id. Enum values read as words, referenced rows by their code or title.
/// </summary>
public sealed class VersionDiff
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> _properties = new();

    private readonly Dictionary<Guid, string> _labels;

    private VersionDiff(Dictionary<Guid, string> labels)
    {
        _labels = labels;
    }

    public IReadOnlyList<StepDiff> Steps { get; private set; } = [];

    public bool HasChanges => Steps.Any(s => s.Change == StepChange.Changed);

    public StepDiff For(WizardStep step) => Steps.Single(s => s.Step == step);

    /// <param name="names">Optional names for ids the design refers to, such as institution names by institution id.</param>
    public static VersionDiff Compare(DesignContent older, DesignContent newer, IReadOnlyDictionary<Guid, string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var labels = new Dictionary<Guid, string>();
        if (names is not null)
        {
            foreach (var (id, name) in names)
            {
                labels[id] = name;
            }
        }

        var diff = new VersionDiff(labels);
        foreach (var step in Enum.GetValues<WizardStep>())
        {
            diff.CollectLabels(older.Get(step));
            diff.CollectLabels(newer.Get(step));
        }

        var steps = new List<StepDiff>();
        foreach (var step in Enum.GetValues<WizardStep>())
        {
            var fields = new List<FieldChange>();
            var rows = new List<RowChange>();
            diff.CompareObject("", older.Get(step), newer.Get(step), StepCatalog.Get(step).ContentType, fields, rows);
            steps.Add(new StepDiff(step, fields, rows));
        }

        diff.Steps = steps;
        return diff;
    }

    private void CompareObject(string prefix, object? older, object? newer, Type type, List<FieldChange> fields, List<RowChange> rows)
    {
        // The row id identifies the row; it is never a change of its own.
        foreach (var p in PropertiesOf(type).Where(p => !(p.Name == "Id" && p.PropertyType == typeof(Guid))))
        {
            var path = prefix + p.Name;
            var oldValue = older is null ? null : p.GetValue(older);
            var newValue = newer is null ? null : p.GetValue(newer);
            var t = p.PropertyType;
            if (IsScalar(t))
            {
                AddIfDifferent(path, p.Name, Text(oldValue), Text(newValue), fields);
            }
            else if (ElementType(t) is { } element)
            {
                if (IsScalar(element))
                {
                    AddIfDifferent(path, p.Name, ListText(oldValue as IEnumerable), ListText(newValue as IEnumerable), fields);
                }
                else
                {
                    CompareRows(path, element, oldValue as IEnumerable, newValue as IEnumerable, rows);
                }
            }
            else
            {
                CompareObject(path + ".", oldValue, newValue, t, fields, rows);
            }
        }
    }

    private void CompareRows(string path, Type element, IEnumerable? older, IEnumerable? newer, List<RowChange> rows)
    {
        var oldRows = Keyed(older);
        var newRows = Keyed(newer);
        foreach (var (key, row) in newRows)
        {
            var before = oldRows.FirstOrDefault(o => o.Key.Equals(key)).Row;
            var rowPath = $"{path}[{key}].";
            var fields = new List<FieldChange>();
            var nested = new List<RowChange>();
            CompareObject(rowPath, before, row, element, fields, nested);
            if (before is null)
            {
                rows.Add(new RowChange(path, IdOf(row) ?? Guid.Empty, RowLabel(row), RowChangeKind.Added, fields));
            }
            else if (fields.Count > 0)
            {
                rows.Add(new RowChange(path, IdOf(row) ?? Guid.Empty, RowLabel(row), RowChangeKind.Changed, fields));
            }

            rows.AddRange(nested);
        }

        foreach (var (key, row) in oldRows.Where(o => !newRows.Any(n => n.Key.Equals(o.Key))))
        {
            var fields = new List<FieldChange>();
            var nested = new List<RowChange>();
            CompareObject($"{path}[{key}].", row, null, element, fields, nested);
            rows.Add(new RowChange(path, IdOf(row) ?? Guid.Empty, RowLabel(row), RowChangeKind.Removed, fields));
            rows.AddRange(nested);
        }
    }

    /// <summary>Rows keyed by their Id; rows without an Id (none today) are matched by position.</summary>
    private static List<(object Key, object Row)> Keyed(IEnumerable? rows)
    {
        var keyed = new List<(object, object)>();
        var seen = new HashSet<object>();
        var index = 0;
        foreach (var row in rows ?? Array.Empty<object>())
        {
            if (row is not null)
            {
                object key = IdOf(row) is { } id ? id : index;
                if (seen.Add(key))
                {
                    keyed.Add((key, row));
                }
            }

            index++;
        }

        return keyed;
    }

    private static void AddIfDifferent(string path, string name, string? oldText, string? newText, List<FieldChange> fields)
    {
        if (!string.Equals(oldText, newText, StringComparison.Ordinal))
        {
            fields.Add(new FieldChange(path, Label(name), oldText, newText));
        }
    }

    private string? Text(object? value) => value switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        bool b => b ? "Yes" : "No",
        decimal d => Describe.Number(d),
        DateOnly d => d.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture),
        Guid g => _labels.TryGetValue(g, out var label) ? label : g.ToString("N")[..8],
        Enum e => Describe.Words(e),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private string? ListText(IEnumerable? values)
    {
        if (values is null)
        {
            return null;
        }

        var texts = values.Cast<object?>().Select(Text).Where(t => t is not null).ToList();
        return texts.Count == 0 ? null : string.Join(", ", texts);
    }

    private void CollectLabels(object? node)
    {
        if (node is null)
        {
            return;
        }

        foreach (var p in PropertiesOf(node.GetType()))
        {
            var t = p.PropertyType;
            if (IsScalar(t))
            {
                continue;
            }

            var value = p.GetValue(node);
            if (ElementType(t) is { } element)
            {
                if (!IsScalar(element) && value is IEnumerable rows)
                {
                    foreach (var row in rows)
                    {
                        if (row is not null && IdOf(row) is { } id)
                        {
                            _labels.TryAdd(id, RowLabel(row));
                        }

                        CollectLabels(row);
                    }
                }
            }
            else
            {
                CollectLabels(value);
            }
        }
    }

    /// <summary>How a row is named: its code and title or statement, else a name, else its first enum value.</summary>
    private string RowLabel(object row)
    {
        var type = row.GetType();
        string? Read(string name) => type.GetProperty(name)?.GetValue(row) is string s && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

        var title = Read("Title") ?? Read("Statement") ?? Read("BoardName") ?? Read("FullName") ?? Read("Name") ?? Read("SignerName");
        if (Read("Code") is { } code)
        {
            return title is null ? code : $"{code} — {Describe.Shorten(title)}";
        }

        if (title is not null)
        {
            return Describe.Shorten(title);
        }

        if (type.GetProperty("InstitutionId")?.GetValue(row) is Guid institution && _labels.TryGetValue(institution, out var name))
        {
            return name;
        }

        if ((Read("ContactName") ?? Read("Description")) is { } other)
        {
            return Describe.Shorten(other);
        }

        var firstEnum = PropertiesOf(type).FirstOrDefault(p => (Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType).IsEnum);
        if (firstEnum is not null && Text(firstEnum.GetValue(row)) is { } words)
        {
            return words;
        }

        return Label(type.Name);
    }

    private static Guid? IdOf(object row) => row.GetType().GetProperty("Id")?.GetValue(row) as Guid?;

    private static PropertyInfo[] PropertiesOf(Type type) => _properties.GetOrAdd(type, t =>
        [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
            .OrderBy(p => p.MetadataToken)]);

    private static bool IsScalar(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(Guid)
            || t == typeof(DateOnly) || t == typeof(DateTimeOffset) || t == typeof(DateTime) || t == typeof(TimeOnly);
    }

    private static Type? ElementType(Type type) =>
        type != typeof(string) && type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[0] : null;

    /// <summary>"OutcomeIds" reads "Outcomes", "ResponsibleMemberId" reads "Responsible member", "Ects" reads "ECTS".</summary>
    private static string Label(string name)
    {
        if (name.Length > 3 && name.EndsWith("Ids", StringComparison.Ordinal))
        {
            name = name[..^3] + "s";
        }
        else if (name.Length > 2 && name.EndsWith("Id", StringComparison.Ordinal))
        {
            name = name[..^2];
        }

        var sb = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var ch = name[i];
            if (i > 0 && char.IsUpper(ch) && !char.IsUpper(name[i - 1]))
            {
                sb.Append(' ');
            }

            sb.Append(char.ToLowerInvariant(ch));
        }

        var words = sb.ToString().Split(' ').Select(w => w switch
        {
            "ects" => "ECTS",
            "id" => "ID",
            "eqf" => "EQF",
            "esco" => "ESCO",
            "qa" => "QA",
            "url" => "URL",
            "oer" => "OER",
            "rpl" => "RPL",
            _ => w,
        }).ToArray();
        var text = string.Join(' ', words);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }
}
