using System.Text;
using CsvHelper;
using FluentValidation;
using MicroCred.Domain.Credentials;

namespace MicroCred.Web.Features.Cohorts;

/// <summary>
/// One data row of an import: its line in the file and either the learner it describes or why it cannot be stored.
/// <paramref name="Duplicate"/> marks a learner already in the cohort or earlier in the same file (counted apart in the preview).
/// </summary>
public sealed record ImportRow(int Line, string? LearnerIdentifier, string? Name, LearnerDetails? Details, string? Problem, bool Duplicate = false)
{
    public bool IsGood => Problem is null;
}

/// <summary>What an uploaded file holds: a problem with the whole file, or its rows each checked on its own.</summary>
public sealed record ImportReading(string? FileProblem, IReadOnlyList<ImportRow> Rows)
{
    public static ImportReading Refused(string problem) => new(problem, []);
}

/// <summary>
/// Reads a learner CSV: UTF-8 (with or without BOM), comma or semicolon (taken from the header line), column names in any
/// case. Every row is checked with the same validator as the manual form and the cohort's own rules, so the preview can
/// list every bad line with its reason.
/// </summary>
public static class LearnerCsv
{
    public const int MaxBytes = 1024 * 1024;
    public const int MaxRows = 5000;

    /// <summary>The documented column names, in template order.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["learner_id", "given_names", "family_name", "date_of_birth", "email", "result", "grade", "completion_date"];

    private static readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal)
    {
        ["learnerid"] = "learner_id",
        ["learneridentifier"] = "learner_id",
        ["givennames"] = "given_names",
        ["givenname"] = "given_names",
        ["familyname"] = "family_name",
        ["dateofbirth"] = "date_of_birth",
        ["email"] = "email",
        ["emailaddress"] = "email",
        ["result"] = "result",
        ["grade"] = "grade",
        ["completiondate"] = "completion_date",
        ["completedon"] = "completion_date",
    };

    public static byte[] Template() => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble()
        .Concat(Encoding.UTF8.GetBytes(
            string.Join(',', Columns) + "\r\n"
            + "S2027-0001,Maria Luisa,Fernández Ortega,1996-05-14,m.fernandez@example.org,passed,7.5,2027-12-10\r\n"
            + "S2027-0002,Jan,de Boer,,,attendance only,,2027-12-10\r\n"
            + "S2027-0003,Aiko,Tanaka,,,failed,4.8,2027-12-10\r\n"
            + "S2027-0004,Wiranto,,,,passed,6,2027-12-10\r\n"))
        .ToArray();

    public static ImportReading Read(byte[] bytes, Cohort cohort, IValidator<LearnerForm> validator)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(validator);
        if (bytes.Length > MaxBytes)
        {
            return ImportReading.Refused($"The file is larger than {MaxBytes / 1024 / 1024} MB. Split it into smaller files of at most {MaxRows:N0} learners each.");
        }

        if (WorkbookProblem(bytes) is { } workbook)
        {
            return ImportReading.Refused(workbook);
        }

        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return ImportReading.Refused(
                "The file is not saved as UTF-8, so names with accents would be garbled. In your spreadsheet choose \"Save as\" and the type \"CSV UTF-8\", then upload it again.");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ImportReading.Refused("The file is empty. Download the template, fill in one learner per line and upload it again.");
        }

        var firstLine = text.Split('\n', 2)[0];
        var options = new CsvReaderOptions
        {
            Separator = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ';' : ',',
            HasHeader = true,
            SkipEmptyLines = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
        };

        try
        {
            return Rows(CsvReader.FromText(text, options), cohort, validator);
        }
        catch (CsvFormatException)
        {
            return ImportReading.Refused("The file could not be read as CSV: check that values containing the separator or line breaks are in double quotes, then upload it again.");
        }
    }

    /// <summary>An Excel workbook renamed to .csv (xlsx is a ZIP file, the older xls a compound document) is told what it is.</summary>
    private static string? WorkbookProblem(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> zip = [0x50, 0x4B, 0x03, 0x04];
        ReadOnlySpan<byte> compound = [0xD0, 0xCF, 0x11, 0xE0];
        return bytes.StartsWith(zip) || bytes.StartsWith(compound)
            ? "This file is an Excel workbook, not a CSV file. Open it in your spreadsheet, choose \"Save as\" and the type \"CSV UTF-8\", then upload the saved file."
            : null;
    }

    private static ImportReading Rows(CsvReader reader, Cohort cohort, IValidator<LearnerForm> validator)
    {
        using var csv = reader;
        var (columns, headerProblem) = Header([.. csv.Headers]);
        if (headerProblem is not null)
        {
            return ImportReading.Refused(headerProblem);
        }

        var rows = new List<ImportRow>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var record = Enumerable.Range(0, csv.FieldCount).Select(csv.GetString).ToArray();
            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (rows.Count == MaxRows)
            {
                return ImportReading.Refused($"The file holds more than {MaxRows:N0} learners. Split it into smaller files and import them one after the other.");
            }

            rows.Add(Row((int)csv.LineNumber, record, columns, cohort, validator, seen));
        }

        return rows.Count == 0
            ? ImportReading.Refused("The file has column names but no learners. Add one learner per line below the column names.")
            : new ImportReading(null, rows);
    }

    private static (Dictionary<string, int> Columns, string? Problem) Header(string[] header)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var unknown = new List<string>();
        for (var i = 0; i < header.Length; i++)
        {
            var key = new string(header[i].Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
            if (key.Length == 0 && i == header.Length - 1)
            {
                continue; // a trailing separator
            }

            if (!_aliases.TryGetValue(key, out var column))
            {
                unknown.Add(header[i].Trim());
                continue;
            }

            if (!columns.TryAdd(column, i))
            {
                return (columns, $"The column \"{column}\" appears twice in the first line. Keep one of them.");
            }
        }

        var problems = new List<string>();
        if (unknown.Count > 0)
        {
            problems.Add($"The first line has column names this import does not know: {string.Join(", ", unknown.Select(u => $"\"{u}\""))}.");
        }

        var missing = new List<string>();
        if (!columns.ContainsKey("learner_id"))
        {
            missing.Add("learner_id");
        }

        if (!columns.ContainsKey("given_names") && !columns.ContainsKey("family_name"))
        {
            missing.Add("given_names or family_name (at least one of them)");
        }

        if (missing.Count > 0)
        {
            problems.Add($"The first line must name the columns; missing: {string.Join(", ", missing)}.");
        }

        return problems.Count == 0
            ? (columns, null)
            : (columns, string.Join(" ", problems) + $" Use the names of the template: {string.Join(", ", Columns)}.");
    }

    private static ImportRow Row(int line, string[] record, Dictionary<string, int> columns, Cohort cohort, IValidator<LearnerForm> validator, Dictionary<string, int> seen)
    {
        string? Field(string column) => columns.TryGetValue(column, out var i) && i < record.Length ? record[i].Trim() : null;
        var form = new LearnerForm
        {
            LearnerIdentifier = Field("learner_id"),
            GivenNames = Field("given_names"),
            FamilyName = Field("family_name"),
            DateOfBirth = Field("date_of_birth"),
            Email = Field("email"),
            Result = Field("result"),
            Grade = Field("grade"),
            CompletedOn = Field("completion_date"),
        };
        var identifier = string.IsNullOrWhiteSpace(form.LearnerIdentifier) ? null : form.LearnerIdentifier;
        var name = $"{form.GivenNames} {form.FamilyName}".Trim();
        var problems = new List<string>();
        if (record.Length > columns.Values.DefaultIfEmpty(-1).Max() + 1 && record.Skip(columns.Values.Max() + 1).Any(v => !string.IsNullOrWhiteSpace(v)))
        {
            problems.Add("The line has more values than there are columns; check for a separator inside a name (put such values in double quotes).");
        }

        problems.AddRange(validator.Validate(form).Errors.Select(e => e.ErrorMessage).Distinct());
        var duplicate = false;
        if (problems.Count == 0)
        {
            var details = form.ToDetails();
            var key = Learner.KeyOf(details.LearnerIdentifier);
            if (seen.TryGetValue(key, out var earlier))
            {
                problems.Add($"The learner identifier {details.LearnerIdentifier} is already used on line {earlier} of this file.");
                duplicate = true;
            }
            else if (LearnerRules.Check(details, cohort, null) is { } problem)
            {
                problems.Add(problem.Message);
                duplicate = cohort.Learners.Any(l => l.IdentifierKey == key);
            }

            if (problems.Count == 0)
            {
                seen[key] = line;
                return new ImportRow(line, identifier, name, details, null);
            }
        }

        return new ImportRow(line, identifier, name, null, string.Join(" ", problems), duplicate);
    }
}
