using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Evaluations;
using MicroCred.Domain.Reviews;
using MicroCred.Domain.Tests.Reviews;

namespace MicroCred.Domain.Tests.Evaluations;

public sealed class RevisionLifecycleTests
{
    private static ReviewScenario RevisionOfPublished()
    {
        var s = new ReviewScenario().MoveTo(Position.Published);
        s.Design.StartRevision(s.Leader, "After the annual evaluation 2027.", s.Tick());
        return s;
    }

    [Fact]
    public void A_revision_keeps_the_published_version_on_offer()
    {
        var s = RevisionOfPublished();

        Assert.Equal(DesignStatus.Draft, s.Design.Status);
        Assert.Equal(3, s.Design.RevisionOf);
        Assert.True(s.Design.HasPublishedVersion);
        Assert.True(s.Design.CanEdit(WizardStep.CoursePlan));
    }

    [Fact]
    public void Withdrawing_a_revision_is_refused_so_the_published_course_stays_on_offer()
    {
        var s = RevisionOfPublished();

        var refused = Assert.Throws<DomainException>(() => s.Design.Withdraw(s.Leader, "Changed our minds.", s.Tick()));

        Assert.Contains("published version 3", refused.Message, StringComparison.Ordinal);
        Assert.Equal(DesignStatus.Draft, s.Design.Status);
        Assert.True(s.Design.HasPublishedVersion);
    }

    [Fact]
    public void A_minor_revision_goes_straight_to_approval_for_publication_and_publishes()
    {
        var s = RevisionOfPublished();
        Assert.Equal(Gate.G3, s.Design.GateForSubmission(RevisionKind.Minor));

        var submission = s.Design.Submit(s.Leader, s.Content, s.Findings(), s.Facts, s.Tick(), revision: RevisionKind.Minor);
        s.Submissions.Add(submission);

        Assert.Equal(Gate.G3, submission.Version.Gate);
        Assert.Equal(RevisionKind.Minor, submission.Version.RevisionKind);
        Assert.Equal(DesignStatus.ReadyForApproval, s.Design.Status);
        Assert.Contains("minor revision", submission.Entry.Summary, StringComparison.Ordinal);
        Assert.True(s.Design.HasPublishedVersion);

        s.Decide(DecisionOutcome.Approved);

        Assert.Equal(DesignStatus.Published, s.Design.Status);
        Assert.Null(s.Design.RevisionOf);
        Assert.Equal(4, s.Design.LastVersionNumber);
    }

    [Fact]
    public void A_major_revision_goes_through_the_design_review_again()
    {
        var s = RevisionOfPublished();
        Assert.Equal(Gate.G1, s.Design.GateForSubmission(RevisionKind.Major));

        var submission = s.Design.Submit(s.Leader, s.Content, s.Findings(), s.Facts, s.Tick(), revision: RevisionKind.Major);

        Assert.Equal(Gate.G1, submission.Version.Gate);
        Assert.Equal(RevisionKind.Major, submission.Version.RevisionKind);
        Assert.Equal(DesignStatus.DesignReview, s.Design.Status);
        Assert.True(s.Design.HasPublishedVersion);
    }

    [Fact]
    public void A_minor_revision_returned_at_approval_goes_back_to_draft()
    {
        var s = RevisionOfPublished();
        s.Submissions.Add(s.Design.Submit(s.Leader, s.Content, s.Findings(), s.Facts, s.Tick(), revision: RevisionKind.Minor));

        s.Decide(DecisionOutcome.ChangesRequested, Verdict.NotMet);

        Assert.Equal(DesignStatus.Draft, s.Design.Status);
        Assert.Equal(3, s.Design.RevisionOf);
    }

    [Fact]
    public void Outside_a_revision_the_kind_changes_nothing()
    {
        var s = new ReviewScenario();

        Assert.Equal(Gate.G1, s.Design.GateForSubmission(RevisionKind.Minor));
        var submission = s.Design.Submit(s.Leader, s.Content, s.Findings(), s.Facts, s.Tick(), revision: RevisionKind.Minor);
        Assert.Equal(Gate.G1, submission.Version.Gate);
        Assert.Null(submission.Version.RevisionKind);
    }
}
