using MicroCred.Domain.Checks;

namespace MicroCred.Domain.Tests;

/// <summary>One date style in pages, messages and documents: "3 December 2026".</summary>
public class DatesTests
{
    [Fact]
    public void Dates_read_as_day_month_in_words_and_year()
    {
        Assert.Equal("3 December 2026", Dates.Long(new DateOnly(2026, 12, 3)));
        Assert.Equal("3 December 2026", Dates.Long(new DateTimeOffset(2026, 12, 3, 23, 59, 0, TimeSpan.Zero)));
        Assert.Equal("3 December 2026, 14:05", Dates.WithTime(new DateTimeOffset(2026, 12, 3, 14, 5, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Messages_of_the_checks_use_the_same_style()
    {
        var sample = Samples.Complete();
        sample.Content.ConsortiumAgreement.EffectiveTo = new DateOnly(2030, 12, 31);

        var f = Assert.Single(DesignChecks.Run(sample.ToCheckContext(Samples.Today)), x => x.RuleId == "R-CA-04");

        Assert.Contains("ends on 31 December 2030", f.Message, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}", f.Message);
    }
}
