using System.Collections;
using System.Globalization;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Schema;

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
/// The changes between two versions of a design, per step, found by walking each step's schema: fields, lists of values and
/// collections of rows matched by their id, each named with the label the wizard shows. Enum values read as words,
/// referenced rows by their title.
/// </summary>
public sealed class VersionDiff
{
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
        foreach (var schema in StepSchemas.All)
        {
            diff.CollectLabels(schema.Fields, older.Get(schema.Step));
            diff.CollectLabels(schema.Fields, newer.Get(schema.Step));
        }

        var steps = new List<StepDiff>();
        foreach (var schema in StepSchemas.All)
        {
            var fields = new List<FieldChange>();
            var rows = new List<RowChange>();
            diff.CompareFields("", schema.Fields, older.Get(schema.Step), newer.Get(schema.Step), fields, rows);
            steps.Add(new StepDiff(schema.Step, fields, rows));
        }

        diff.Steps = steps;
        return diff;
    }

    private void CompareFields(string prefix, IEnumerable<FieldSchema> schema, object? older, object? newer, List<FieldChange> fields, List<RowChange> rows)
    {
        foreach (var field in schema)
        {
            var path = prefix + field.Name;
            var oldValue = older is null ? null : field.GetValue(older);
            var newValue = newer is null ? null : field.GetValue(newer);
            if (field.Row is { } rowSchema)
            {
                CompareRows(path, rowSchema, oldValue as IEnumerable, newValue as IEnumerable, rows);
            }
            else if (oldValue is IEnumerable and not string || newValue is IEnumerable and not string)
            {
                AddIfDifferent(path, field.Label, ListText(oldValue as IEnumerable), ListText(newValue as IEnumerable), fields);
            }
            else
            {
                AddIfDifferent(path, field.Label, Text(oldValue), Text(newValue), fields);
            }
        }
    }

    private void CompareRows(string path, RowSchema schema, IEnumerable? older, IEnumerable? newer, List<RowChange> rows)
    {
        var oldRows = Keyed(older);
        var newRows = Keyed(newer);
        foreach (var (id, row) in newRows)
        {
            var before = oldRows.GetValueOrDefault(id);
            var fields = new List<FieldChange>();
            var nested = new List<RowChange>();
            CompareFields($"{path}[{id}].", schema.Fields, before, row, fields, nested);
            if (before is null)
            {
                rows.Add(new RowChange(path, id, RowLabel(schema, row), RowChangeKind.Added, fields));
            }
            else if (fields.Count > 0)
            {
                rows.Add(new RowChange(path, id, RowLabel(schema, row), RowChangeKind.Changed, fields));
            }

            rows.AddRange(nested);
        }

        foreach (var (id, row) in oldRows.Where(o => !newRows.ContainsKey(o.Key)))
        {
            var fields = new List<FieldChange>();
            var nested = new List<RowChange>();
            CompareFields($"{path}[{id}].", schema.Fields, row, null, fields, nested);
            rows.Add(new RowChange(path, id, RowLabel(schema, row), RowChangeKind.Removed, fields));
            rows.AddRange(nested);
        }
    }

    /// <summary>Rows keyed by their id, in their order; a repeated id counts once.</summary>
    private static Dictionary<Guid, IStepRow> Keyed(IEnumerable? rows)
    {
        var keyed = new Dictionary<Guid, IStepRow>();
        foreach (var row in rows?.OfType<IStepRow>() ?? [])
        {
            keyed.TryAdd(row.Id, row);
        }

        return keyed;
    }

    private static void AddIfDifferent(string path, string label, string? oldText, string? newText, List<FieldChange> fields)
    {
        if (!string.Equals(oldText, newText, StringComparison.Ordinal))
        {
            fields.Add(new FieldChange(path, label, oldText, newText));
        }
    }

    private string? Text(object? value) => value switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        bool b => b ? "Yes" : "No",
        decimal d => Describe.Number(d),
        DateOnly d => Dates.Long(d),
        DateTimeOffset d => Dates.WithTime(d),
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

    private void CollectLabels(IEnumerable<FieldSchema> schema, object? owner)
    {
        if (owner is null)
        {
            return;
        }

        foreach (var field in schema)
        {
            if (field.Row is { } rows && field.GetValue(owner) is IEnumerable list)
            {
                foreach (var row in list.OfType<IStepRow>())
                {
                    _labels.TryAdd(row.Id, RowLabel(rows, row));
                    CollectLabels(rows.Fields, row);
                }
            }
        }
    }

    /// <summary>A row reads as its title in the wizard; a partner as its institution; a row owned by a partner starts with the partner's name.</summary>
    private string RowLabel(RowSchema schema, object row)
    {
        var title = schema.Title(row);
        title = string.IsNullOrWhiteSpace(title) ? char.ToUpperInvariant(schema.Singular[0]) + schema.Singular[1..] : Describe.Shorten(title.Trim());
        if (schema.Owner is { } owner && owner.GetValue(row) is Guid id && _labels.TryGetValue(id, out var name))
        {
            return owner.Source == ReferenceSource.Institutions ? name
                : title.Contains(name, StringComparison.Ordinal) ? title : $"{name} — {title}";
        }

        return title;
    }
}
