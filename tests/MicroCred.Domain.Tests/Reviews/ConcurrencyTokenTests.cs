using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;

namespace MicroCred.Domain.Tests.Reviews;

/// <summary>Every change that two people could make at once gives the row a new version, so the database refuses the stale second save.</summary>
public class ConcurrencyTokenTests
{
    [Fact]
    public void Claiming_handing_back_and_reassigning_a_review_each_give_it_a_new_version()
    {
        var s = new ReviewScenario();
        var review = s.Submit().Review;
        var seen = new HashSet<Guid> { review.Version };

        review.Claim(s.Qa, s.Design, s.Tick());
        Assert.True(seen.Add(review.Version));
        review.Release(s.Qa, s.Tick());
        Assert.True(seen.Add(review.Version));
        review.Reassign(s.Admin, s.Qa2, s.Design, s.Tick());
        Assert.True(seen.Add(review.Version));
    }

    [Fact]
    public void Replying_resolving_closing_and_reopening_each_give_the_comment_a_new_version()
    {
        var s = new ReviewScenario();
        var review = s.Submit().Review;
        review.Claim(s.Qa, s.Design, s.Now);
        var reviewer = CommentAuthor.Reviewer(s.Qa, s.Design);
        var team = CommentAuthor.Team(s.Member, s.Design);
        var (comment, _) = ReviewComment.Open(review, reviewer, WizardStep.Assessment, null, null, "Weights?", s.Now);
        var seen = new HashSet<Guid> { comment.Version };

        comment.Reply(team, "Which weights?", s.Tick());
        Assert.True(seen.Add(comment.Version));
        comment.Resolve(team, null, s.Tick());
        Assert.True(seen.Add(comment.Version));
        comment.Close(reviewer, s.Tick());
        Assert.True(seen.Add(comment.Version));
        comment.Reopen(reviewer, "Still unclear.", s.Tick());
        Assert.True(seen.Add(comment.Version));
    }
}
