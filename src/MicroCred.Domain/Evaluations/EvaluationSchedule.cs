namespace MicroCred.Domain.Evaluations;

public enum EvaluationDueState
{
    /// <summary>The sustainability step names no evaluation month.</summary>
    NotScheduled,
    Upcoming,
    Due,
    Overdue,
}

/// <summary>Where a course stands with its annual evaluation: which year is next, and the month it falls in.</summary>
public sealed record EvaluationDue(EvaluationDueState State, int? Year, DateOnly? MonthStarts, DateOnly? MonthEnds);

/// <summary>
/// When the annual evaluation is due (W20 AnnualEvaluationMonth): every year in that month, starting with the first
/// such month that begins after the course was first published. A year counts as done once its evaluation is signed off;
/// it is due during the month and overdue after it.
/// </summary>
public static class EvaluationSchedule
{
    public static EvaluationDue For(int? month, DateOnly firstPublishedOn, DateOnly today, IReadOnlyCollection<int> signedOffYears)
    {
        ArgumentNullException.ThrowIfNull(signedOffYears);
        if (month is not (>= 1 and <= 12) || today < firstPublishedOn)
        {
            return month is >= 1 and <= 12 ? Upcoming(month.Value, FirstYear(month.Value, firstPublishedOn)) : new EvaluationDue(EvaluationDueState.NotScheduled, null, null, null);
        }

        var m = month.Value;
        for (var year = FirstYear(m, firstPublishedOn); Start(year, m) <= today; year++)
        {
            if (signedOffYears.Contains(year))
            {
                continue;
            }

            var state = today <= End(year, m) ? EvaluationDueState.Due : EvaluationDueState.Overdue;
            return new EvaluationDue(state, year, Start(year, m), End(year, m));
        }

        var next = Math.Max(FirstYear(m, firstPublishedOn), Start(today.Year, m) <= today ? today.Year + 1 : today.Year);
        while (signedOffYears.Contains(next))
        {
            next++;
        }

        return Upcoming(m, next);
    }

    /// <summary>The first year whose evaluation month begins after the publication date.</summary>
    public static int FirstYear(int month, DateOnly firstPublishedOn) =>
        Start(firstPublishedOn.Year, month) > firstPublishedOn ? firstPublishedOn.Year : firstPublishedOn.Year + 1;

    private static EvaluationDue Upcoming(int month, int year) => new(EvaluationDueState.Upcoming, year, Start(year, month), End(year, month));

    private static DateOnly Start(int year, int month) => new(year, month, 1);

    private static DateOnly End(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));
}
