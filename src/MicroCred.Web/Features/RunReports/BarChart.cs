using System.Globalization;
using MicroCred.Domain.Surveys;

namespace MicroCred.Web.Features.RunReports;

/// <summary>One bar: its series, value and the words printed beside it (so no figure depends on colour).</summary>
public sealed record Bar(int Series, decimal Value, string Text);

public sealed record BarRow(string Label, IReadOnlyList<Bar> Bars, string? Note = null);

/// <summary>
/// A horizontal bar chart drawn on the server as SVG (role="img" with a title and description); every chart on a page is
/// followed by a table with the same figures for people who would rather read.
/// </summary>
public sealed record BarChart(string Id, string Title, string Description, IReadOnlyList<string> Series, IReadOnlyList<BarRow> Rows)
{
    public const double Width = 420;
    public const double LabelHeight = 20;
    public const double BarHeight = 18;
    public const double BarGap = 4;
    public const double RowGap = 14;
    public const double Left = 8;
    public const double TextSpace = 130;

    public decimal Max => Math.Max(1m, Rows.SelectMany(r => r.Bars).Select(b => b.Value).DefaultIfEmpty(0).Max());

    public double RowHeight(BarRow row) => LabelHeight + (row.Bars.Count * (BarHeight + BarGap)) + (row.Note is null ? 0 : LabelHeight) + RowGap;

    public double Height => Rows.Sum(RowHeight) + (Series.Count > 1 ? 30 : 6);

    public double BarLength(decimal value) => value <= 0 ? 0 : Math.Max(2, (double)(value / Max) * (Width - Left - TextSpace));

    /// <summary>The fill of each series: dark blue and dark orange, both at least 3:1 against white (WCAG 1.4.11).</summary>
    public static string Fill(int series) => series == 0 ? "#1d4f91" : "#a4420f";

    /// <summary>Row labels are cut in the chart (the table beside it has them in full) so they fit a phone screen.</summary>
    public static string Short(string label) => label.Length <= 48 ? label : label[..47] + "…";

    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static BarChart Grades(RunReport report) => new(
        "grades-chart",
        "Grade distribution",
        $"Number of learners per grade band, {report.GradeDistribution.Sum(b => b.Learners)} graded learners in all.",
        ["Learners"],
        [.. report.GradeDistribution.Select(b => new BarRow(
            b.Label + (b.BelowPassMark ? " (below the pass mark)" : ""),
            [new Bar(0, b.Learners, $"{b.Learners} learner{(b.Learners == 1 ? "" : "s")}")]))]);

    public static BarChart Hours(RunReport report) => new(
        "hours-chart",
        "Planned and measured study hours per course unit",
        "For each course unit, the study hours the design plans and the mean hours learners reported; units more than 20 % off the plan are marked.",
        ["Planned", "Measured"],
        [.. report.Workload.Select(w => new BarRow(
            w.Title,
            [
                new Bar(0, w.PlannedHours ?? 0, w.PlannedHours is { } p ? $"planned {p:0.#} h" : "no plan"),
                new Bar(1, w.MeasuredHours ?? 0, w.MeasuredHours is { } m ? $"measured {m:0.#} h" : "no answers"),
            ],
            w.IsFlagged ? $"{Math.Abs(w.DeviationPercent!.Value):0.#} % {(w.DeviationPercent > 0 ? "over" : "under")} plan" : null))]);
}
