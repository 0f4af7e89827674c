using MicroCred.Domain.Evaluations;

namespace MicroCred.Domain.Tests.Evaluations;

public sealed class EvaluationScheduleTests
{
    private static readonly DateOnly PublishedOn = new(2026, 11, 15);

    [Fact]
    public void The_first_evaluation_falls_in_the_first_evaluation_month_after_publication()
    {
        var due = EvaluationSchedule.For(6, PublishedOn, new DateOnly(2027, 2, 1), []);

        Assert.Equal(EvaluationDueState.Upcoming, due.State);
        Assert.Equal(2027, due.Year);
        Assert.Equal(new DateOnly(2027, 6, 1), due.MonthStarts);
        Assert.Equal(new DateOnly(2027, 6, 30), due.MonthEnds);
    }

    [Fact]
    public void A_month_that_starts_before_publication_moves_the_first_evaluation_to_the_next_year()
    {
        Assert.Equal(2027, EvaluationSchedule.FirstYear(11, PublishedOn));
        Assert.Equal(2026, EvaluationSchedule.FirstYear(12, PublishedOn));
    }

    [Fact]
    public void It_is_due_during_the_month_and_overdue_after_it()
    {
        Assert.Equal(EvaluationDueState.Due, EvaluationSchedule.For(6, PublishedOn, new DateOnly(2027, 6, 1), []).State);
        Assert.Equal(EvaluationDueState.Due, EvaluationSchedule.For(6, PublishedOn, new DateOnly(2027, 6, 30), []).State);
        var late = EvaluationSchedule.For(6, PublishedOn, new DateOnly(2027, 7, 1), []);
        Assert.Equal(EvaluationDueState.Overdue, late.State);
        Assert.Equal(2027, late.Year);
    }

    [Fact]
    public void A_signed_off_year_is_done_and_the_next_year_is_upcoming()
    {
        var due = EvaluationSchedule.For(6, PublishedOn, new DateOnly(2027, 9, 1), [2027]);

        Assert.Equal(EvaluationDueState.Upcoming, due.State);
        Assert.Equal(2028, due.Year);
    }

    [Fact]
    public void The_oldest_year_not_signed_off_stays_overdue()
    {
        var due = EvaluationSchedule.For(6, PublishedOn, new DateOnly(2029, 1, 10), [2028]);

        Assert.Equal(EvaluationDueState.Overdue, due.State);
        Assert.Equal(2027, due.Year);
    }

    [Fact]
    public void Without_an_evaluation_month_nothing_is_scheduled()
    {
        Assert.Equal(EvaluationDueState.NotScheduled, EvaluationSchedule.For(null, PublishedOn, new DateOnly(2028, 1, 1), []).State);
        Assert.Equal(EvaluationDueState.NotScheduled, EvaluationSchedule.For(13, PublishedOn, new DateOnly(2028, 1, 1), []).State);
    }
}
