using System.Globalization;
using System.Text;
using MicroCred.Documents.Layout;
using MicroCred.Domain.Surveys;

namespace MicroCred.Documents.Templates;

/// <summary>What a run report is printed from: the course and cohort names and the figures of <see cref="RunReport"/>.</summary>
public sealed record RunReportInput(
    string CourseTitle, string CohortName, string? CohortCode, int VersionNumber, DateOnly StartsOn, DateOnly EndsOn, RunReport Report, DateTimeOffset GeneratedAt);

/// <summary>
/// The run report of one cohort as a PDF: results, grades, credentials, response rate, study load per unit with the
/// check-21 flags, and — from five respondents — the survey's scores and comments. Charts of the web page are tables here.
/// </summary>
public static class RunReportDocument
{
    public static DocumentModel Build(RunReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var r = input.Report;
        var blocks = new List<Block>
        {
            new Heading("Run report"),
            new Paragraph($"{input.CourseTitle} — {input.CohortName}{(input.CohortCode is null ? "" : $" ({input.CohortCode})")}") { Size = TextSize.Large },
            new Paragraph($"Version {input.VersionNumber} of the course design · run from {Day(input.StartsOn)} to {Day(input.EndsOn)} · report made on {Day(DateOnly.FromDateTime(input.GeneratedAt.UtcDateTime))}"),
            new Heading("Results", 2),
            new KeyValueTable(
            [
                new KeyValueRow("Enrolled", Count(r.Enrolled)),
                new KeyValueRow("Assessed", Count(r.Assessed)),
                new KeyValueRow("Passed", Count(r.Passed) + (r.PassRatePercent is { } p ? $" ({Pct(p)} of the assessed learners)" : "")),
                new KeyValueRow("Attendance only (not assessed)", Count(r.AttendanceOnly)),
                new KeyValueRow("Failed", Count(r.Failed)),
                new KeyValueRow("Credentials issued", Count(r.CredentialsIssued)),
                new KeyValueRow("Credentials revoked", Count(r.CredentialsRevoked)),
                new KeyValueRow("Survey answers", r.HasSurvey ? $"{r.Respondents} of {r.Enrolled} learners" + (r.ResponseRatePercent is { } rr ? $" ({Pct(rr)})" : "") : "No survey was opened for this run."),
            ]),
        };

        blocks.Add(new Heading("Grade distribution", 2));
        if (r.GradeDistribution.Count == 0)
        {
            blocks.Add(new Paragraph("This course has no numeric grading scale, so there is no grade distribution."));
        }
        else
        {
            blocks.Add(new Table(
                [new TableColumn("Grade", 3), new TableColumn("Learners", 1, TextAlignment.Right), new TableColumn("", 4)],
                [.. r.GradeDistribution.Select(b => (IReadOnlyList<string>)[b.Label + (b.BelowPassMark ? " (below the pass mark)" : ""), Count(b.Learners), new string('■', Math.Min(b.Learners, 40))])]));
        }

        blocks.Add(new Heading("Study load per course unit", 2));
        if (!r.SurveyShown)
        {
            blocks.Add(new Paragraph(Hidden(r)));
        }
        else
        {
            blocks.Add(new Paragraph($"Mean hours learners reported against the hours the design plans. A unit more than {RunReport.DeviationThresholdPercent:0} % above or below the plan is flagged."));
            blocks.Add(new Table(
                [new TableColumn("Course unit", 4), new TableColumn("Planned", 1.3, TextAlignment.Right), new TableColumn("Measured", 1.3, TextAlignment.Right), new TableColumn("Answers", 1.2, TextAlignment.Right), new TableColumn("Deviation", 1.4, TextAlignment.Right), new TableColumn("Flag", 2.2)],
                [.. r.Workload.Select(w => (IReadOnlyList<string>)[
                    Printable(w.Title), Hours(w.PlannedHours), Hours(w.MeasuredHours), Count(w.Answers),
                    w.DeviationPercent is { } d ? Signed(d) : "—",
                    w.IsFlagged ? (w.DeviationPercent > 0 ? "Flagged: more than planned" : "Flagged: less than planned") : "Within 20 %"])]));

            blocks.Add(new Heading("Survey scores", 2));
            blocks.Add(new Paragraph("Mean rating from 1 (strongly disagree) to 5 (strongly agree), and how many learners chose each point."));
            blocks.Add(new Table(
                [new TableColumn("Question", 4), new TableColumn("Mean", 1, TextAlignment.Right), new TableColumn("Answers", 1.2, TextAlignment.Right), new TableColumn("1 / 2 / 3 / 4 / 5", 2.4)],
                [.. r.Scores.Select(s => (IReadOnlyList<string>)[Printable(s.Question), s.Mean is { } m ? m.ToString("0.0", CultureInfo.InvariantCulture) : "—", Count(s.Answers), string.Join(" / ", s.CountPerPoint)])]));

            foreach (var (question, answers) in r.WrittenAnswers)
            {
                blocks.Add(new Heading(Printable(question), 3));
                blocks.Add(answers.Count == 0 ? new Paragraph("No written answers.") : new BulletList([.. answers.Select(Printable)]));
            }
        }

        return new DocumentModel(new DocumentMetadata($"Run report: {input.CohortName}", input.GeneratedAt) { Author = "MicroCred", Subject = "Run report" }, blocks)
        {
            HeaderText = $"MicroCred · Run report · {input.CohortName}",
            FooterText = "Survey answers are anonymous; scores and comments are shown only from five respondents.",
        };
    }

    /// <summary>Why the survey part is empty, in words.</summary>
    public static string Hidden(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return !report.HasSurvey
            ? "No survey was opened for this run, so there are no measured study hours, scores or comments."
            : $"{report.Respondents} learner{(report.Respondents == 1 ? "" : "s")} answered the survey. Measured hours, scores and comments are shown only when at least {RunReport.MinimumRespondents} learners answered, so that no one can be recognised from their answers.";
    }

    /// <summary>Learners' text as typed, except characters no embedded font can print (emoji), which print as "?".</summary>
    public static string Printable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (PrintableText.IsPrintable(text))
        {
            return text;
        }

        var builder = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(PrintableText.IsPrintable(rune.ToString()) ? rune.ToString() : "?");
        }

        return builder.ToString();
    }

    private static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Pct(decimal p) => p.ToString("0.#", CultureInfo.InvariantCulture) + " %";

    private static string Signed(decimal p) => (p > 0 ? "+" : "") + Pct(p);

    private static string Hours(decimal? h) => h is { } v ? v.ToString("0.#", CultureInfo.InvariantCulture) + " h" : "—";
}
