using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using MicroCred.Domain.Designs;
using Microsoft.AspNetCore.Html;
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

    /// <summary>
    /// What the frozen step writes for a field, HTML-encoded once: its label, the link to comment on it, and its values. A step
    /// view kept for a frozen version (FrozenStepViews) is shared by every request, so the text is made once per field object
    /// (and kept for as long as that object lives) instead of on every request.
    /// </summary>
    /// <param name="keep">Whether the field object is kept between requests (a step of FrozenStepViews); otherwise the text is only made.</param>
    public static FrozenFieldText Text(FieldView field, WizardStep step, Guid? rowId, bool keep)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (FieldTexts.TryGetValue(field, out var kept) && kept.Step == step && kept.RowId == rowId)
        {
            return kept;
        }

        var link = $"?step={(int)step}&field={Uri.EscapeDataString(field.Path)}{(rowId is { } row ? "&row=" + row : "")}#comment-form";
        var text = new FrozenFieldText(step, rowId, Html(field.Label), Html(link), [.. Of(field).Select(Html)]);
        if (keep)
        {
            FieldTexts.AddOrUpdate(field, text);
        }

        return text;
    }

    /// <summary>The title of a row and the link to comment on it, HTML-encoded once per row object.</summary>
    public static FrozenRowText Text(RowView row, WizardStep step, bool keep)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (RowTexts.TryGetValue(row, out var kept) && kept.Step == step)
        {
            return kept;
        }

        var text = new FrozenRowText(step, Html(row.Title), Html($"?step={(int)step}&field={Uri.EscapeDataString(row.Path)}&row={row.Id}#comment-form"));
        if (keep)
        {
            RowTexts.AddOrUpdate(row, text);
        }

        return text;
    }

    private static readonly ConditionalWeakTable<FieldView, FrozenFieldText> FieldTexts = new();

    private static readonly ConditionalWeakTable<RowView, FrozenRowText> RowTexts = new();

    private static HtmlString Html(string text) => new(HtmlEncoder.Default.Encode(text));

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

/// <summary>A field of a frozen step as written: label, comment link (both HTML-encoded) and values (encoded, one per line).</summary>
public sealed record FrozenFieldText(WizardStep Step, Guid? RowId, HtmlString Label, HtmlString Link, IReadOnlyList<HtmlString> Values);

/// <summary>A row of a frozen step as written: its title and the link to comment on it, HTML-encoded.</summary>
public sealed record FrozenRowText(WizardStep Step, HtmlString Title, HtmlString Link);
