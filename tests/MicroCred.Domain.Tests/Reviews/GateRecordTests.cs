using MicroCred.Domain.Reviews;

namespace MicroCred.Domain.Tests.Reviews;

/// <summary>Who records and removes gate records, and when removing them is refused.</summary>
public class GateRecordTests
{
    [Fact]
    public void A_team_member_records_the_signature_of_their_own_institution_only()
    {
        var s = new ReviewScenario();
        var spanish = s.Content.Partnership.Partners.Single(p => p.InstitutionId == Samples.Es);
        var portuguese = s.Content.Partnership.Partners.Single(p => p.InstitutionId == Samples.Pt);

        var ex = Assert.Throws<DomainException>(() =>
            AgreementSignature.Record(s.Design, s.Content, portuguese.Id, "Reitor", "Rector", s.Now, [], s.Member, s.Now));
        Assert.StartsWith("Only the team leader, a team member of the partner's institution", ex.Message, StringComparison.Ordinal);
        var (signature, entry) = AgreementSignature.Record(s.Design, s.Content, spanish.Id, "Dra. Ruiz", "Rectora", s.Now.AddDays(-2), [], s.Member, s.Now);

        Assert.Equal((Samples.Es, s.Member.UserId), (signature.InstitutionId, signature.RecordedById));
        Assert.Equal(TimelineEvent.AgreementSigned, entry.Event);
    }

    [Fact]
    public void Records_are_removed_while_the_team_works_on_the_design()
    {
        var s = new ReviewScenario();
        var partner = s.Content.Partnership.Partners[0];
        var (signature, _) = AgreementSignature.Record(s.Design, s.Content, partner.Id, "Prof. Rector", "Rector", s.Now, [], s.Leader, s.Now);
        var board = s.Content.SupportServices.ProgrammeBoards[0];
        var (approval, _) = ProgrammeBoardApproval.Record(s.Design, board.Id, "Board", new DateOnly(2027, 4, 1), "M-1", s.Admin, s.Now);
        var (review, _) = ExternalPeerReviewRecord.Record(s.Design, ExternalReviewStage.Design, "Dr. Peer", GuestKind.Academic, "Sound.", s.Qa, s.Now);

        Assert.Equal(TimelineEvent.AgreementSignatureRemoved, signature.Remove(s.Design, s.Leader, s.Now).Event);
        var removed = approval.Remove(s.Design, s.Admin, s.Now);
        Assert.Equal(TimelineEvent.ProgrammeBoardApprovalRemoved, removed.Event);
        Assert.Equal("The approval by Board of 1 April 2027 (reference M-1) was removed from the record.", removed.Summary);
        Assert.Equal(TimelineEvent.ExternalReviewRemoved, review.Remove(s.Design, s.Qa, s.Now).Event);
    }

    [Fact]
    public void Removal_is_refused_to_people_who_may_not_record()
    {
        var s = new ReviewScenario();
        var board = s.Content.SupportServices.ProgrammeBoards[0];
        var (approval, _) = ProgrammeBoardApproval.Record(s.Design, board.Id, "Board", new DateOnly(2027, 4, 1), "M-1", s.Admin, s.Now);
        var (review, _) = ExternalPeerReviewRecord.Record(s.Design, ExternalReviewStage.Design, "Dr. Peer", GuestKind.Academic, "Sound.", s.Qa, s.Now);
        var portuguese = s.Content.Partnership.Partners.Single(p => p.InstitutionId == Samples.Pt);
        var (signature, _) = AgreementSignature.Record(s.Design, s.Content, portuguese.Id, "Reitor", "Rector", s.Now, [], s.Leader, s.Now);

        Assert.Throws<DomainException>(() => approval.Remove(s.Design, s.Leader, s.Now));
        Assert.Throws<DomainException>(() => review.Remove(s.Design, s.Member, s.Now));
        Assert.Throws<DomainException>(() => signature.Remove(s.Design, s.Member, s.Now));
    }

    [Fact]
    public void Removal_is_refused_while_a_version_is_under_review()
    {
        var s = new ReviewScenario();
        var (review, _) = ExternalPeerReviewRecord.Record(s.Design, ExternalReviewStage.Design, "Dr. Peer", GuestKind.Academic, "Sound.", s.Qa, s.Now);
        s.Submit();

        var ex = Assert.Throws<DomainException>(() => review.Remove(s.Design, s.Qa, s.Now));
        Assert.Equal("Version 1 is under review; records can be removed again after the decision.", ex.Message);
        Assert.Equal(ex.Message, RecordRemoval.WhyNot(s.Design));
    }

    [Fact]
    public void Removal_is_refused_after_publication()
    {
        var s = new ReviewScenario().MoveTo(Position.Published);
        var board = s.Content.SupportServices.ProgrammeBoards[0];
        var (approval, _) = ProgrammeBoardApproval.Record(s.Design, board.Id, "Board", new DateOnly(2027, 4, 1), "M-1", s.Admin, s.Now);

        var ex = Assert.Throws<DomainException>(() => approval.Remove(s.Design, s.Admin, s.Now));
        Assert.Equal("The course is published; its approval records are kept as they were.", ex.Message);
    }

    [Fact]
    public void Nothing_blocks_removal_in_a_draft()
    {
        Assert.Null(RecordRemoval.WhyNot(new ReviewScenario().Design));
    }
}
