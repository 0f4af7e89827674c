using System.Globalization;
using System.Text;

namespace MicroCred.Web.Features.Cohorts;

/// <summary>
/// The lines of an import that will be left out, as a CSV file the administrator can open next to the original to correct it:
/// UTF-8 with a byte order mark (spreadsheets then read accents right), every value quoted, and values that a spreadsheet would
/// run as a formula (starting with = + - @ or a tab) prefixed with an apostrophe.
/// </summary>
public static class ImportProblemsCsv
{
    public static readonly IReadOnlyList<string> Columns = ["line", "learner_id", "name", "problem"];

    public static byte[] Write(IEnumerable<PendingProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var text = new StringBuilder();
        text.Append(string.Join(',', Columns)).Append("\r\n");
        foreach (var p in problems)
        {
            text.Append(p.Line.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Quote(p.LearnerIdentifier)).Append(',')
                .Append(Quote(p.Name)).Append(',')
                .Append(Quote(p.Problem)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>"learners.csv" becomes "learners-problems.csv".</summary>
    public static string FileName(string uploaded)
    {
        var stem = Path.GetFileNameWithoutExtension(uploaded ?? "");
        var safe = new string(stem.Where(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.').ToArray());
        return (safe.Length == 0 ? "import" : safe) + "-problems.csv";
    }

    private static string Quote(string? value)
    {
        var v = value ?? "";
        if (v.Length > 0 && v[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            v = "'" + v;
        }

        return "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
