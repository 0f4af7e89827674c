using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Tests;

public class DescribeTests
{
    [Theory]
    [InlineData("1-10", GradingScale.OneToTen)]
    [InlineData("0–20", GradingScale.OneToTwenty)]
    [InlineData("Pass/Fail", GradingScale.PassFail)]
    [InlineData("A-F", GradingScale.Other)]
    public void Institution_grading_settings_map_to_the_wizard_scale(string setting, GradingScale expected) =>
        Assert.Equal(expected, GradingScales.FromSetting(setting));

    [Fact]
    public void A_missing_grading_setting_maps_to_no_scale() => Assert.Null(GradingScales.FromSetting(" "));

    [Fact]
    public void Enum_values_read_as_their_written_labels()
    {
        Assert.Equal("online, at your own time", Describe.Words(DeliveryMode.OnlineDistanceAsynchronous));
        Assert.Equal("recognition of ECTS credits", Describe.Words(ConsortiumClause.EctsRecognition));
    }

    [Theory]
    [InlineData("  Short enough  ", 20, "Short enough")]
    [InlineData("A sentence that is far too long", 12, "A sentence…")]
    [InlineData("Ten chars 😀 and more", 12, "Ten chars…")]
    [InlineData("Ten chars😀 and more", 12, "Ten chars😀…")]
    public void Shortened_text_ends_in_an_ellipsis_and_never_splits_a_character(string text, int max, string expected)
    {
        var shortened = Describe.Shorten(text, max);
        Assert.Equal(expected, shortened);
        Assert.True(shortened.Length <= max);
        Assert.DoesNotContain(shortened.EnumerateRunes(), r => r == System.Text.Rune.ReplacementChar);
    }

    [Fact]
    public void Outcome_names_are_shortened_for_messages()
    {
        var outcome = new LearningOutcome { Code = "LO9", Statement = new string('a', 100) };
        Assert.Equal(60, Describe.Outcome(outcome).Length - "Learning outcome LO9 ''".Length);
    }

    [Fact]
    public void Eqf_levels_map_to_cycle_and_band()
    {
        Assert.Equal(QfEheaCycle.FirstCycle, EqfLevels.CycleOf(EqfLevel.Level6));
        Assert.Equal(LevelBand.Undergraduate, EqfLevels.BandOf(EqfLevel.Level5));
        Assert.Equal(LevelBand.Postgraduate, EqfLevels.BandOf(EqfLevel.Level7));
        Assert.False(EqfLevels.IsValid((EqfLevel)4));
    }
}
