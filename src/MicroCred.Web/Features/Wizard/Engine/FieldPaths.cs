using System.Collections;
using System.Text;
using MicroCred.Domain.Designs.Schema;

namespace MicroCred.Web.Features.Wizard.Engine;

/// <summary>
/// Field names on step pages are property paths with row ids: <c>Outcomes[3f2a…].Statement</c>.
/// Row ids (not positions) keep every row's input attached to its row when rows are added, removed or moved.
/// Paths are followed through the step's schema, never by looking properties up by name.
/// </summary>
public static class FieldPaths
{
    public const string RowsSuffix = ".rows";

    /// <summary>Posted after a row's path ("Outcomes[id].__keep") for a row shown as a card only: keep it as stored.</summary>
    public const string KeepSuffix = ".__keep";

    /// <summary>A date is asked as day, month and year: <c>StartDate.day</c>, <c>StartDate.month</c>, <c>StartDate.year</c>.</summary>
    public const string DaySuffix = ".day";

    public const string MonthSuffix = ".month";

    public const string YearSuffix = ".year";

    public static string Row(string listPath, Guid id) => $"{listPath}[{id}]";

    /// <summary>
    /// What follows a step page's address to land on a field: "#f_Code", or for a field inside a row "?open={row}#f_…", as
    /// only the open row's form is in the page (the outermost row opens, and with it the rows inside it).
    /// </summary>
    public static string Landing(string? path)
    {
        if (path is null)
        {
            return "";
        }

        var start = path.IndexOf('[', StringComparison.Ordinal);
        var end = start < 0 ? -1 : path.IndexOf(']', start);
        return end > start && Guid.TryParse(path.AsSpan(start + 1, end - start - 1), out var row)
            ? $"?open={row}#{HtmlId(path)}"
            : $"#{HtmlId(path)}";
    }

    /// <summary>An HTML id for a path (letters, digits, underscores).</summary>
    public static string HtmlId(string path)
    {
        var sb = new StringBuilder(path.Length + 2);
        sb.Append("f_");
        foreach (var c in path)
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        return sb.ToString();
    }

    /// <summary>Finds the list a path points to, e.g. "TranscriptionTables[id].Bands", inside a step object.</summary>
    public static IList? FindList(StepSchema schema, object root, string listPath)
    {
        ArgumentNullException.ThrowIfNull(schema);
        IEnumerable<FieldSchema> fields = schema.Fields;
        object? current = root;
        foreach (var segment in listPath.Split('.'))
        {
            var (name, id) = Parse(segment);
            var field = fields.FirstOrDefault(f => f.Name == name);
            if (current is null || field is null)
            {
                return null;
            }

            var value = field.GetValue(current);
            if (id is null)
            {
                current = value;
                continue;
            }

            current = (value as IList)?.OfType<IStepRow>().FirstOrDefault(row => row.Id == id);
            fields = field.RowFields;
        }

        return current as IList;
    }

    public static Guid? RowId(object row) => (row as IStepRow)?.Id;

    /// <summary>Splits "Outcomes[3f2a…]" into the list path "Outcomes" and the row id.</summary>
    public static (string ListPath, Guid RowId)? SplitRow(string rowPath)
    {
        if (!rowPath.EndsWith(']'))
        {
            return null;
        }

        var open = rowPath.LastIndexOf('[');
        return open > 0 && Guid.TryParse(rowPath[(open + 1)..^1], out var id) ? (rowPath[..open], id) : null;
    }

    /// <summary>FluentValidation names rows by position ("Outcomes[0].Code"); pages name them by id.</summary>
    public static string FromValidatorPath(StepSchema schema, object root, string propertyName)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var result = new StringBuilder();
        IEnumerable<FieldSchema> fields = schema.Fields;
        object? current = root;
        foreach (var segment in propertyName.Split('.'))
        {
            if (result.Length > 0)
            {
                result.Append('.');
            }

            var open = segment.IndexOf('[', StringComparison.Ordinal);
            var name = open < 0 ? segment : segment[..open];
            var field = fields.FirstOrDefault(f => f.Name == name);
            var value = current is null ? null : field?.GetValue(current);
            if (open >= 0 && int.TryParse(segment[(open + 1)..^1], out var index) && value is IList list && index < list.Count && list[index] is IStepRow row)
            {
                result.Append(name).Append('[').Append(row.Id).Append(']');
                current = row;
            }
            else
            {
                result.Append(segment);
                current = open < 0 ? value : (value as IList)?.OfType<IStepRow>().FirstOrDefault(r => Guid.TryParse(segment[(open + 1)..^1], out var id) && r.Id == id);
            }

            fields = field?.RowFields ?? [];
        }

        return result.ToString();
    }

    private static (string Name, Guid? Id) Parse(string segment)
    {
        var open = segment.IndexOf('[', StringComparison.Ordinal);
        if (open < 0)
        {
            return (segment, null);
        }

        return (segment[..open], Guid.TryParse(segment[(open + 1)..^1], out var id) ? id : null);
    }
}
