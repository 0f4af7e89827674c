using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;

namespace MicroCred.Domain.Tests.Reviews;

public class JourneyTests
{
    [Fact]
    public void A_design_goes_from_draft_to_published_with_a_round_of_changes_at_G1()
    {
        var s = new ReviewScenario();
        var timeline = new List<TimelineEntry>();

        var v1 = s.Submit();
        timeline.Add(v1.Entry);
        timeline.Add(v1.Review.Claim(s.Qa, s.Design, s.Tick()));
        var reviewer = CommentAuthor.Reviewer(s.Qa, s.Design);
        var (comment, opened) = ReviewComment.Open(v1.Review, reviewer, WizardStep.CoursePlan, "Ects", null, "3 ECTS is too much for 70 hours.", s.Tick());
        timeline.Add(opened);
        timeline.Add(s.Design.Decide(v1.Review, v1.Version, s.Qa, DecisionOutcome.ChangesRequested, "Rework the volume.",
            ReviewScenario.Verdicts(Gate.G1, Verdict.PartlyMet), s.Tick()).Entry);

        Assert.True(s.Design.CanEdit(WizardStep.CoursePlan));
        s.Content.CoursePlan.DurationWeeks = 14;
        timeline.Add(comment.Resolve(CommentAuthor.Team(s.Member, s.Design), "Spread over 14 weeks.", s.Tick()));

        var v2 = s.Submit();
        timeline.Add(v2.Entry);
        var diff = VersionDiff.Compare(v1.Version.ReadContent(), v2.Version.ReadContent());
        Assert.Equal([WizardStep.CoursePlan], diff.Steps.Where(x => x.Change == StepChange.Changed).Select(x => x.Step));
        timeline.Add(comment.Close(reviewer, s.Tick()));
        timeline.Add(s.Decide(DecisionOutcome.Approved).Entry);
        timeline.Add(s.Submit().Entry);
        timeline.Add(s.Decide(DecisionOutcome.Approved).Entry);
        timeline.Add(s.Submit().Entry);
        timeline.Add(s.Decide(DecisionOutcome.Approved).Entry);

        Assert.Equal(DesignStatus.Published, s.Design.Status);
        Assert.Equal(4, s.Design.LastVersionNumber);
        Assert.Equal(
            [
                TimelineEvent.Submitted, TimelineEvent.ReviewClaimed, TimelineEvent.CommentOpened, TimelineEvent.ChangesRequested,
                TimelineEvent.CommentResolved, TimelineEvent.Submitted, TimelineEvent.CommentClosed, TimelineEvent.Approved,
                TimelineEvent.Submitted, TimelineEvent.Approved, TimelineEvent.Submitted, TimelineEvent.Approved,
            ],
            timeline.Select(e => e.Event));
        Assert.Equal(timeline.OrderBy(e => e.At).Select(e => e.Id), timeline.Select(e => e.Id));
        Assert.Equal("Version 4 approved at approval for publication; the design is now published.", timeline[^1].Summary);
    }
}
