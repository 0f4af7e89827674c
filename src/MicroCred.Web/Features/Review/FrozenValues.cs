using System.Globalization;
using MicroCred.Domain.Designs.Schema;
using MicroCred.Web.Features.Shared;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Features.Review;

/// <summary>How a field of a frozen version reads: the chosen option's words (never its code), lines as a list, yes or no.</summary>
public static class FrozenValues
{
    /// <summary>The values to show, one per line; empty when the field was not answered.</summary>
    public static IReadOnlyList<string> Of(FieldView field)
    {
        ArgumentNullException.ThrowIfNull(field);
        switch (field.Kind)
        {
            case FieldKind.MultiChoice:
            case FieldKind.ReferenceSet:
                return [.. field.Values.Select(v => field.Options.FirstOrDefault(o => o.Value == v)?.Text ?? "(an item no longer in the design)")];
            case FieldKind.Choice:
            case FieldKind.Reference:
                return string.IsNullOrEmpty(field.Value)
                    ? []
                    : [field.Options.FirstOrDefault(o => o.Value == field.Value)?.Text ?? "(an item no longer in the design)"];
            case FieldKind.Boolean:
                return field.Value is null ? [] : [field.Value == "true" ? "Yes" : "No"];
            case FieldKind.Lines:
                return string.IsNullOrWhiteSpace(field.Value) ? [] : [.. field.Value.Split('\n').Where(l => l.Trim().Length > 0)];
            case FieldKind.Rows:
                return [];
            case FieldKind.Date when DateOnly.TryParseExact(field.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                return [Display.Date(date)];
            default:
                return string.IsNullOrWhiteSpace(field.Value) ? [] : [field.Value];
        }
    }

    /// <summary>Every field path of a step (rows and their fields included) with the label a reader sees.</summary>
    public static Dictionary<string, string> Labels(IEnumerable<SectionView> sections)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in sections.SelectMany(s => s.Fields))
        {
            Add(field, null, labels);
        }

        return labels;
    }

    private static void Add(FieldView field, string? rowTitle, Dictionary<string, string> labels)
    {
        labels[field.Path] = rowTitle is null ? field.Label : $"{rowTitle} › {field.Label}";
        foreach (var row in field.Rows)
        {
            labels[row.Path] = row.Title;
            foreach (var child in row.Fields)
            {
                Add(child, row.Title, labels);
            }
        }
    }
}
