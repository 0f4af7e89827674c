using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;

namespace MicroCred.Domain.Tests.Reviews;

/// <summary>A version that came back is only sent again once something has changed.</summary>
public class ResubmissionTests
{
    [Theory]
    [InlineData(DecisionOutcome.ChangesRequested)]
    [InlineData(DecisionOutcome.Rejected)]
    public void A_returned_version_sent_again_without_any_change_is_refused(DecisionOutcome outcome)
    {
        var s = new ReviewScenario();
        var first = s.Submit();
        s.Decide(outcome, Verdict.PartlyMet);
        if (s.Design.NextGate is null)
        {
            return; // a rejected design that cannot be submitted again is refused by the lifecycle anyway
        }

        Assert.True(CourseDesign.NothingChangedSince(first.Version, s.Content, s.Facts));
        var ex = Assert.Throws<DomainException>(() => s.Design.Submit(s.Leader, s.Content, s.Findings(), s.Facts, s.Tick(), first.Version));
        Assert.StartsWith($"Nothing has changed since version {first.Version.Number}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_design_is_sent_again()
    {
        var s = new ReviewScenario();
        var first = s.Submit();
        s.Decide(DecisionOutcome.ChangesRequested, Verdict.PartlyMet);

        s.Content.JointVision.NeedsSummary = "Rewritten after the review.";

        Assert.False(CourseDesign.NothingChangedSince(first.Version, s.Content, s.Facts));
        var second = s.Design.Submit(s.Leader, s.Content, s.Findings(), s.Facts, s.Tick(), first.Version);
        Assert.Equal(2, second.Version.Number);
    }

    [Fact]
    public void An_approved_version_moves_on_to_the_next_gate_without_a_change()
    {
        var s = new ReviewScenario();
        var first = s.Submit();
        s.Decide(DecisionOutcome.Approved);

        Assert.False(CourseDesign.NothingChangedSince(first.Version, s.Content, s.Facts));
    }
}
