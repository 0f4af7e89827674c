using System.Collections;
using System.Text.Json;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Schema;

namespace MicroCred.Web.Features.Wizard.Engine;

/// <summary>Says in words what a save changed: the labels of changed fields and the rows added, removed or changed.</summary>
public static class ChangeSummary
{
    public static string Describe(StepDefinition definition, object before, object after)
    {
        var parts = new List<string>();
        var changedFields = new List<string>();
        foreach (var field in definition.AllFields)
        {
            var old = field.Property.GetValue(before);
            var now = field.Property.GetValue(after);
            if (field.Kind == FieldKind.Rows)
            {
                var rows = Rows(field, old as IList, now as IList);
                if (rows is not null)
                {
                    parts.Add(rows);
                }
            }
            else if (!Same(old, now))
            {
                changedFields.Add(field.Label);
            }
        }

        if (changedFields.Count > 0)
        {
            parts.Insert(0, "Changed " + string.Join(", ", changedFields.Take(8)) + (changedFields.Count > 8 ? $" and {changedFields.Count - 8} more fields" : ""));
        }

        return parts.Count == 0 ? "Saved without changes." : string.Join("; ", parts) + ".";
    }

    private static string? Rows(FieldSchema field, IList? before, IList? after)
    {
        var old = (before?.Cast<object>() ?? []).ToDictionary(r => FieldPaths.RowId(r) ?? Guid.Empty);
        var now = (after?.Cast<object>() ?? []).ToDictionary(r => FieldPaths.RowId(r) ?? Guid.Empty);
        var added = now.Keys.Count(k => !old.ContainsKey(k));
        var removed = old.Keys.Count(k => !now.ContainsKey(k));
        var changed = now.Keys.Count(k => old.TryGetValue(k, out var o) && !Same(o, now[k]));
        var moved = added == 0 && removed == 0 && !old.Keys.SequenceEqual(now.Keys);
        var bits = new List<string>();
        if (added > 0)
        {
            bits.Add($"{added} added");
        }

        if (removed > 0)
        {
            bits.Add($"{removed} removed");
        }

        if (changed > 0)
        {
            bits.Add($"{changed} changed");
        }

        if (moved)
        {
            bits.Add("reordered");
        }

        return bits.Count == 0 ? null : $"{field.Label}: {string.Join(", ", bits)}";
    }

    /// <summary>
    /// Whether two values store the same: equal JSON. Texts, whole numbers, yes/no, ids, dates and options are equal exactly
    /// when their JSON is, so they are compared directly; anything else (decimals keep their trailing zeros in JSON, lists,
    /// rows) by its JSON bytes.
    /// </summary>
    internal static bool Same(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (string x, string y) => string.Equals(x, y, StringComparison.Ordinal),
        (int or long or bool or Guid or DateOnly or Enum, _) when a.GetType() == b?.GetType() => a.Equals(b),
        _ => JsonSerializer.SerializeToUtf8Bytes(a, DesignContentJson.Options).AsSpan().SequenceEqual(JsonSerializer.SerializeToUtf8Bytes(b, DesignContentJson.Options)),
    };
}
