using MicroCred.Domain.Accounts;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;

namespace MicroCred.Domain.Tests.Reviews;

public class GuestReviewerTests
{
    [Fact]
    public void An_invitation_stores_only_the_hash_of_its_token()
    {
        var s = new ReviewScenario();

        var (guest, token, entry) = GuestReviewer.Invite(s.Design, "hr@employer.example", "Ms Employer", GuestKind.Employer, "Port of Rotterdam", s.Leader, s.Now);

        Assert.NotEqual(token, guest.TokenHash);
        Assert.Equal(Invitation.HashToken(token), guest.TokenHash);
        Assert.True(guest.Matches(token));
        Assert.False(guest.Matches(token + "x"));
        Assert.Equal(s.Now + GuestReviewer.DefaultLifetime, guest.ExpiresAt);
        Assert.Equal(TimelineEvent.GuestInvited, entry.Event);
    }

    [Fact]
    public void A_guest_may_comment_until_the_invitation_expires()
    {
        var s = new ReviewScenario();
        var (guest, token, _) = GuestReviewer.Invite(s.Design, "ext@uni.example", "Prof. Ext", GuestKind.Academic, null, s.Qa, s.Now, TimeSpan.FromDays(10));
        guest.Accept(token, s.Now);

        Assert.True(guest.CanReviewAt(s.Now.AddDays(10).AddSeconds(-1)));
        Assert.False(guest.CanReviewAt(s.Now.AddDays(10)));
        var ex = Assert.Throws<DomainException>(() => CommentAuthor.Guest(guest, s.Design, s.Now.AddDays(11)));
        Assert.Contains("expired", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_expired_link_cannot_be_accepted()
    {
        var s = new ReviewScenario();
        var (guest, token, _) = GuestReviewer.Invite(s.Design, "ext@uni.example", "Prof. Ext", GuestKind.Academic, null, s.Leader, s.Now, TimeSpan.FromDays(1));

        Assert.Throws<DomainException>(() => guest.Accept(token, s.Now.AddDays(2)));
        Assert.Null(guest.AcceptedAt);
    }

    [Fact]
    public void A_guest_must_open_the_link_before_commenting()
    {
        var s = new ReviewScenario();
        var (guest, token, _) = GuestReviewer.Invite(s.Design, "ext@uni.example", "Prof. Ext", GuestKind.Academic, null, s.Leader, s.Now);

        Assert.Throws<DomainException>(() => CommentAuthor.Guest(guest, s.Design, s.Now));
        Assert.Throws<DomainException>(() => guest.Accept("wrong", s.Now));
        guest.Accept(token, s.Now);
        Assert.Equal(CommentRole.Guest, CommentAuthor.Guest(guest, s.Design, s.Now).Role);
    }

    [Fact]
    public void A_withdrawn_guest_can_no_longer_review()
    {
        var s = new ReviewScenario();
        var (guest, token, _) = GuestReviewer.Invite(s.Design, "ext@uni.example", "Prof. Ext", GuestKind.Academic, null, s.Leader, s.Now);
        guest.Accept(token, s.Now);

        Assert.Throws<DomainException>(() => guest.Revoke(s.Member, s.Design, s.Now));
        guest.Revoke(s.Leader, s.Design, s.Now);

        Assert.False(guest.CanReviewAt(s.Now));
        Assert.Equal(InvitationState.Revoked, guest.StateAt(s.Now));
        Assert.Throws<DomainException>(() => guest.Accept(token, s.Now));
    }

    [Fact]
    public void Only_the_leader_or_a_QA_officer_invites_and_for_at_most_90_days()
    {
        var s = new ReviewScenario();

        Assert.Throws<DomainException>(() => GuestReviewer.Invite(s.Design, "a@b.example", "A", GuestKind.Academic, null, s.Member, s.Now));
        Assert.Throws<DomainException>(() => GuestReviewer.Invite(s.Design, "a@b.example", "A", GuestKind.Academic, null, s.Leader, s.Now, TimeSpan.FromDays(91)));
        Assert.Throws<DomainException>(() => GuestReviewer.Invite(s.Design, "not-an-address", "A", GuestKind.Academic, null, s.Leader, s.Now));
    }

    [Fact]
    public void A_guest_of_another_design_cannot_comment_here()
    {
        var s = new ReviewScenario();
        var other = CourseDesign.Start("Other", Samples.Nl, s.Leader.UserId, Samples.Nl, s.Now);
        var (guest, token, _) = GuestReviewer.Invite(other, "ext@uni.example", "Prof. Ext", GuestKind.Academic, null, s.Leader, s.Now);
        guest.Accept(token, s.Now);

        Assert.Throws<DomainException>(() => CommentAuthor.Guest(guest, s.Design, s.Now));
    }

    [Fact]
    public void A_guest_report_counts_as_the_external_review_while_the_guest_is_active()
    {
        var s = new ReviewScenario();
        var (guest, token, _) = GuestReviewer.Invite(s.Design, "ext@uni.example", "Prof. Ext", GuestKind.Academic, null, s.Leader, s.Now, TimeSpan.FromDays(5));
        guest.Accept(token, s.Now);

        var (record, _) = ExternalPeerReviewRecord.FromGuest(guest, ExternalReviewStage.Design, "Coherent outcomes.", s.Now);
        Assert.Equal((guest.Id, "Prof. Ext", ExternalReviewStage.Design), (record.GuestReviewerId, record.ReviewerName, record.Stage));
        Assert.Throws<DomainException>(() => ExternalPeerReviewRecord.FromGuest(guest, ExternalReviewStage.Design, "Late.", s.Now.AddDays(6)));
    }

    [Fact]
    public void A_guest_reads_frozen_versions_of_their_design_only_while_access_lasts()
    {
        var s = new ReviewScenario();
        var version = s.Submit().Version;
        var otherVersion = new ReviewScenario().Submit().Version;
        var (guest, token, _) = GuestReviewer.Invite(s.Design, "ext@uni.example", "Prof. Ext", GuestKind.Academic, null, s.Leader, s.Now, TimeSpan.FromDays(3));

        Assert.False(guest.CanRead(version, s.Now));
        guest.Accept(token, s.Now);
        Assert.True(guest.CanRead(version, s.Now));
        Assert.False(guest.CanRead(otherVersion, s.Now));
        Assert.False(guest.CanRead(version, s.Now.AddDays(3)));
    }
}
