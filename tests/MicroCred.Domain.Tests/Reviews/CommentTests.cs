using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;

namespace MicroCred.Domain.Tests.Reviews;

public class CommentTests
{
    private static (ReviewScenario S, Review Review, CommentAuthor Reviewer, CommentAuthor Team) Setup()
    {
        var s = new ReviewScenario();
        var review = s.Submit().Review;
        review.Claim(s.Qa, s.Design, s.Now);
        return (s, review, CommentAuthor.Reviewer(s.Qa, s.Design), CommentAuthor.Team(s.Member, s.Design));
    }

    [Fact]
    public void A_reviewer_comments_on_a_field_and_row_of_a_step()
    {
        var (s, review, reviewer, _) = Setup();
        var outcome = s.Content.LearningOutcomes.Outcomes[0];

        var (comment, entry) = ReviewComment.Open(review, reviewer, WizardStep.LearningOutcomes, $"Outcomes[{outcome.Id}].Statement", outcome.Id, " Too broad. ", s.Now);

        Assert.Equal((1, WizardStep.LearningOutcomes, outcome.Id, "Too broad.", CommentStatus.Open),
            (comment.VersionNumber, comment.Step, comment.RowId, comment.Text, comment.Status));
        Assert.Equal("Marta Quist commented on Learning outcomes (step 6) of version 1.", entry.Summary);
    }

    [Fact]
    public void A_comment_is_resolved_by_the_team_and_closed_by_the_reviewer()
    {
        var (s, review, reviewer, team) = Setup();
        var (comment, _) = ReviewComment.Open(review, reviewer, WizardStep.Assessment, null, null, "Weights?", s.Now);

        comment.Resolve(team, "Fixed the weights.", s.Tick());
        Assert.Equal(CommentStatus.Resolved, comment.Status);
        Assert.Equal("Fixed the weights.", Assert.Single(comment.Replies).Text);

        comment.Close(reviewer, s.Tick());
        Assert.Equal(CommentStatus.Closed, comment.Status);
        Assert.Equal(s.Qa.UserId, comment.ClosedById);
    }

    [Fact]
    public void Only_the_team_resolves_and_only_a_QA_reviewer_closes()
    {
        var (s, review, reviewer, team) = Setup();
        var (comment, _) = ReviewComment.Open(review, reviewer, WizardStep.Assessment, null, null, "Weights?", s.Now);

        Assert.Throws<DomainException>(() => comment.Resolve(reviewer, null, s.Now));
        Assert.Throws<DomainException>(() => comment.Close(team, s.Now));
        Assert.Equal(CommentStatus.Open, comment.Status);
    }

    [Fact]
    public void A_reviewer_reopens_a_resolved_or_closed_comment_with_a_reason()
    {
        var (s, review, reviewer, team) = Setup();
        var (comment, _) = ReviewComment.Open(review, reviewer, WizardStep.Assessment, null, null, "Weights?", s.Now);
        comment.Resolve(team, null, s.Now);

        Assert.Throws<DomainException>(() => comment.Reopen(team, "No.", s.Now));
        comment.Reopen(reviewer, "Still 90 %.", s.Now);
        Assert.Equal(CommentStatus.Open, comment.Status);
        Assert.Null(comment.ResolvedAt);
        Assert.Throws<DomainException>(() => comment.Reopen(reviewer, "Again.", s.Now));

        comment.Close(reviewer, s.Now);
        comment.Reopen(reviewer, "Came back at G2.", s.Now);
        Assert.Equal(CommentStatus.Open, comment.Status);
        Assert.Equal(2, comment.Replies.Count);
    }

    [Fact]
    public void Replies_thread_under_the_comment_until_it_is_closed()
    {
        var (s, review, reviewer, team) = Setup();
        var (comment, _) = ReviewComment.Open(review, reviewer, WizardStep.Assessment, null, null, "Weights?", s.Now);

        comment.Reply(team, "Which component?", s.Tick());
        comment.Reply(reviewer, "The capstone.", s.Tick());
        comment.Close(reviewer, s.Tick());

        Assert.Equal(["Which component?", "The capstone."], comment.Replies.Select(r => r.Text));
        Assert.Equal([CommentRole.Team, CommentRole.Reviewer], comment.Replies.Select(r => r.AuthorRole));
        Assert.Throws<DomainException>(() => comment.Reply(team, "One more thing.", s.Now));
    }

    [Fact]
    public void A_comment_on_a_version_that_is_not_under_review_is_refused()
    {
        var (s, review, reviewer, _) = Setup();
        s.Decide(DecisionOutcome.Approved);

        var ex = Assert.Throws<DomainException>(() => ReviewComment.Open(review, reviewer, WizardStep.Assessment, null, null, "Late.", s.Now));

        Assert.Equal("Version 1 is no longer under review; comments can only be added to a version under review.", ex.Message);
    }

    [Fact]
    public void The_team_answers_comments_but_does_not_open_them()
    {
        var (s, review, _, team) = Setup();

        Assert.Throws<DomainException>(() => ReviewComment.Open(review, team, WizardStep.Assessment, null, null, "Note to self.", s.Now));
    }

    [Fact]
    public void Comment_text_is_required_and_at_most_4000_characters()
    {
        var (s, review, reviewer, _) = Setup();

        Assert.Throws<DomainException>(() => ReviewComment.Open(review, reviewer, WizardStep.Assessment, null, null, " ", s.Now));
        Assert.Throws<DomainException>(() => ReviewComment.Open(review, reviewer, WizardStep.Assessment, null, null, new string('x', 4001), s.Now));
        var (comment, _) = ReviewComment.Open(review, reviewer, WizardStep.Assessment, null, null, new string('x', 4000), s.Now);
        Assert.Equal(4000, comment.Text.Length);
    }

    [Fact]
    public void Authors_are_checked_for_their_place_in_the_review()
    {
        var s = new ReviewScenario();

        Assert.Throws<DomainException>(() => CommentAuthor.Reviewer(s.QaOnTeam, s.Design));
        Assert.Throws<DomainException>(() => CommentAuthor.Team(s.Qa, s.Design));
        Assert.Equal(CommentRole.Team, CommentAuthor.Team(s.QaOnTeam, s.Design).Role);
    }

    [Fact]
    public void A_waiting_review_already_takes_comments_from_guests()
    {
        var s = new ReviewScenario();
        var review = s.Submit().Review;
        var (guest, token, _) = GuestReviewer.Invite(s.Design, "ext@uni.example", "Prof. Ext", GuestKind.Academic, null, s.Leader, s.Now);
        guest.Accept(token, s.Now);

        var (comment, _) = ReviewComment.Open(review, CommentAuthor.Guest(guest, s.Design, s.Now), WizardStep.Award, null, null, "Clear award.", s.Now);

        Assert.Equal(CommentRole.Guest, comment.AuthorRole);
        Assert.Equal(ReviewState.Waiting, review.State);
        Assert.Equal(Gate.G1, review.Gate);
    }

    [Fact]
    public void A_guest_replies_only_in_threads_they_started()
    {
        var s = new ReviewScenario();
        var review = s.Submit().Review;
        var (guest, token, _) = GuestReviewer.Invite(s.Design, "ext@uni.example", "Prof. Ext", GuestKind.Academic, null, s.Qa, s.Now);
        var (other, otherToken, _) = GuestReviewer.Invite(s.Design, "emp@firm.example", "Erin Employer", GuestKind.Employer, null, s.Qa, s.Now);
        guest.Accept(token, s.Now);
        other.Accept(otherToken, s.Now);
        var asGuest = CommentAuthor.Guest(guest, s.Design, s.Now);
        var (own, _) = ReviewComment.Open(review, asGuest, WizardStep.Award, null, null, "Is the badge needed?", s.Now);
        var (reviewers, _) = ReviewComment.Open(review, CommentAuthor.Reviewer(s.Qa, s.Design), WizardStep.Award, null, null, "Name the issuer.", s.Now);
        var (others, _) = ReviewComment.Open(review, CommentAuthor.Guest(other, s.Design, s.Now), WizardStep.Award, null, null, "Employers know it.", s.Now);

        own.Reply(asGuest, "To add: employers ask for it.", s.Now);

        Assert.Equal(CommentRole.Guest, Assert.Single(own.Replies).AuthorRole);
        var ex = Assert.Throws<DomainException>(() => reviewers.Reply(asGuest, "Agreed.", s.Now));
        Assert.Contains("only in the threads they started", ex.Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => others.Reply(asGuest, "Agreed.", s.Now));
        Assert.Empty(reviewers.Replies);
        Assert.Empty(others.Replies);
    }
}
