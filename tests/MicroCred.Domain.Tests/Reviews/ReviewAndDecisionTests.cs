using MicroCred.Domain.Accounts;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;

namespace MicroCred.Domain.Tests.Reviews;

public class ReviewAndDecisionTests
{
    [Fact]
    public void A_QA_officer_claims_a_waiting_review()
    {
        var s = new ReviewScenario();
        var review = s.Submit().Review;

        var entry = review.Claim(s.Qa, s.Design, s.Tick());

        Assert.Equal(ReviewState.InReview, review.State);
        Assert.Equal(s.Qa.UserId, review.ReviewerId);
        Assert.Equal(s.Now, review.ClaimedAt);
        Assert.Equal(TimelineEvent.ReviewClaimed, entry.Event);
    }

    [Fact]
    public void A_reviewer_on_the_design_team_cannot_claim_it()
    {
        var s = new ReviewScenario();
        var review = s.Submit().Review;

        var ex = Assert.Throws<DomainException>(() => review.Claim(s.QaOnTeam, s.Design, s.Now));

        Assert.Equal("Rosa Team is on the course team of this design and cannot review it.", ex.Message);
        Assert.Equal(ReviewState.Waiting, review.State);
    }

    [Fact]
    public void Someone_without_the_QA_role_cannot_claim_a_review()
    {
        var s = new ReviewScenario();
        var review = s.Submit().Review;

        Assert.Throws<DomainException>(() => review.Claim(s.Admin, s.Design, s.Now));
    }

    [Fact]
    public void Claiming_an_already_claimed_review_is_refused_with_who_has_it()
    {
        var s = new ReviewScenario();
        var review = s.Submit().Review;
        review.Claim(s.Qa, s.Design, s.Now);

        var ex = Assert.Throws<DomainException>(() => review.Claim(s.Qa2, s.Design, s.Now));

        Assert.Equal("Marta Quist already claimed this review on 2 May 2027; ask an institution administrator to reassign it.", ex.Message);
        Assert.Equal(s.Qa.UserId, review.ReviewerId);
    }

    [Fact]
    public void A_released_review_can_be_claimed_by_another_QA_officer()
    {
        var s = new ReviewScenario();
        var review = s.Submit().Review;
        review.Claim(s.Qa, s.Design, s.Now);

        Assert.Throws<DomainException>(() => review.Release(s.Qa2, s.Now));
        review.Release(s.Qa, s.Now);
        review.Claim(s.Qa2, s.Design, s.Now);

        Assert.Equal(s.Qa2.UserId, review.ReviewerId);
    }

    [Fact]
    public void An_institution_admin_of_the_lead_institution_reassigns_a_review()
    {
        var s = new ReviewScenario();
        var review = s.Submit().Review;
        review.Claim(s.Qa, s.Design, s.Now);

        var entry = review.Reassign(s.Admin, s.Qa2, s.Design, s.Tick());

        Assert.Equal(s.Qa2.UserId, review.ReviewerId);
        Assert.Equal(ReviewState.InReview, review.State);
        Assert.Equal("Hanna Admin moved the review of version 1 from Marta Quist to Pieter Smit.", entry.Summary);
    }

    [Fact]
    public void Reassigning_is_refused_for_other_people_and_to_team_members()
    {
        var s = new ReviewScenario();
        var review = s.Submit().Review;

        Assert.Throws<DomainException>(() => review.Reassign(s.Qa, s.Qa2, s.Design, s.Now));
        Assert.Throws<DomainException>(() => review.Reassign(s.OtherAdmin, s.Qa2, s.Design, s.Now));
        Assert.Throws<DomainException>(() => review.Reassign(s.Admin, s.QaOnTeam, s.Design, s.Now));
        Assert.Equal(ReviewState.Waiting, review.State);
    }

    [Fact]
    public void A_decided_review_can_no_longer_be_claimed_or_reassigned()
    {
        var s = new ReviewScenario();
        s.Submit();
        s.Decide(DecisionOutcome.Approved);
        var review = s.Last!.Review;

        Assert.Equal(ReviewState.Decided, review.State);
        Assert.Throws<DomainException>(() => review.Claim(s.Qa2, s.Design, s.Now));
        Assert.Throws<DomainException>(() => review.Reassign(s.Admin, s.Qa2, s.Design, s.Now));
    }

    [Fact]
    public void Deciding_needs_the_review_claimed_by_the_deciding_reviewer()
    {
        var s = new ReviewScenario();
        var sub = s.Submit();
        var verdicts = ReviewScenario.Verdicts(Gate.G1);

        var unclaimed = Assert.Throws<DomainException>(() => s.Design.Decide(sub.Review, sub.Version, s.Qa, DecisionOutcome.Approved, "Fine.", verdicts, s.Now));
        sub.Review.Claim(s.Qa, s.Design, s.Now);
        var other = Assert.Throws<DomainException>(() => s.Design.Decide(sub.Review, sub.Version, s.Qa2, DecisionOutcome.Approved, "Fine.", verdicts, s.Now));

        Assert.Equal("Claim the review before deciding on it.", unclaimed.Message);
        Assert.Equal("Only Marta Quist, who has claimed this review, can decide on it.", other.Message);
        Assert.True(s.Design.IsUnderReview);
    }

    [Fact]
    public void A_decision_needs_a_summary()
    {
        var s = new ReviewScenario();
        var sub = s.Submit();
        sub.Review.Claim(s.Qa, s.Design, s.Now);

        var ex = Assert.Throws<DomainException>(() => s.Design.Decide(sub.Review, sub.Version, s.Qa, DecisionOutcome.Approved, "  ", ReviewScenario.Verdicts(Gate.G1), s.Now));

        Assert.Equal("Write a summary of the decision for the course team.", ex.Message);
        Assert.Equal(DesignStatus.DesignReview, s.Design.Status);
        Assert.True(sub.Version.IsUnderReview);
    }

    [Fact]
    public void Approving_with_a_criterion_not_met_is_refused()
    {
        var s = new ReviewScenario();
        var sub = s.Submit();
        sub.Review.Claim(s.Qa, s.Design, s.Now);
        var verdicts = ReviewScenario.Verdicts(Gate.G1);
        verdicts[2] = new CriterionVerdict("G1-ACTIVITIES", Verdict.NotMet, "No practice at all.");

        var ex = Assert.Throws<DomainException>(() => s.Design.Decide(sub.Review, sub.Version, s.Qa, DecisionOutcome.Approved, "Fine.", verdicts, s.Now));

        Assert.Contains("G1-ACTIVITIES", ex.Message, StringComparison.Ordinal);
        Assert.Equal(ReviewState.InReview, sub.Review.State);
    }

    [Fact]
    public void Approving_with_a_criterion_partly_met_is_allowed_with_a_remark()
    {
        var s = new ReviewScenario();
        var sub = s.Submit();
        sub.Review.Claim(s.Qa, s.Design, s.Now);
        var verdicts = ReviewScenario.Verdicts(Gate.G1);
        verdicts[3] = new CriterionVerdict("G1-TOOLS", Verdict.PartlyMet, "  Check captions.  ");

        var result = s.Design.Decide(sub.Review, sub.Version, s.Qa, DecisionOutcome.Approved, "Good design.", verdicts, s.Now);

        Assert.Equal("Check captions.", result.Decision.Verdicts.Single(v => v.CriterionId == "G1-TOOLS").Remark);
        Assert.Equal(DesignStatus.InDevelopment, s.Design.Status);
    }

    [Fact]
    public void A_checklist_must_answer_every_criterion_once_and_explain_what_is_lacking()
    {
        var all = ReviewScenario.Verdicts(Gate.G1);

        Assert.Throws<DomainException>(() => GateChecklist.Validate(Gate.G1, all.Skip(1).ToList(), DecisionOutcome.ChangesRequested));
        Assert.Throws<DomainException>(() => GateChecklist.Validate(Gate.G1, [.. all, all[0]], DecisionOutcome.ChangesRequested));
        Assert.Throws<DomainException>(() => GateChecklist.Validate(Gate.G1, [.. all, new CriterionVerdict("G2-UNITS", Verdict.Met)], DecisionOutcome.ChangesRequested));
        var noRemark = all.Select(v => v with { Verdict = Verdict.NotMet, Remark = null }).ToList();
        Assert.Throws<DomainException>(() => GateChecklist.Validate(Gate.G1, noRemark, DecisionOutcome.ChangesRequested));
        GateChecklist.Validate(Gate.G1, ReviewScenario.Verdicts(Gate.G1, Verdict.NotMet), DecisionOutcome.ChangesRequested);
        GateChecklist.Validate(Gate.G1, ReviewScenario.Verdicts(Gate.G1, Verdict.NotApplicable), DecisionOutcome.Approved);
    }

    [Fact]
    public void The_decision_records_gate_version_reviewer_and_verdicts_in_checklist_order()
    {
        var s = new ReviewScenario();
        var sub = s.Submit();
        sub.Review.Claim(s.Qa, s.Design, s.Now);
        var verdicts = ReviewScenario.Verdicts(Gate.G1, Verdict.NotMet);
        verdicts.Reverse();

        var result = s.Design.Decide(sub.Review, sub.Version, s.Qa, DecisionOutcome.ChangesRequested, "Rework the assessment.", verdicts, s.Tick());

        var d = result.Decision;
        Assert.Equal((Gate.G1, 1, sub.Version.Id, s.Qa.UserId, DecisionOutcome.ChangesRequested), (d.Gate, d.VersionNumber, d.VersionId, d.DecidedById, d.Outcome));
        Assert.Equal(s.Now, d.DecidedAt);
        Assert.Equal(GateChecklist.For(Gate.G1).Select(c => c.Id), d.Verdicts.Select(v => v.CriterionId));
        Assert.Equal(ReviewState.Decided, sub.Review.State);
        Assert.Equal(DecisionOutcome.ChangesRequested, sub.Version.Outcome);
        Assert.Equal("Version 1 returned with requested changes at design review; the design is now draft.", result.Entry.Summary);
    }

    [Fact]
    public void A_team_member_who_is_QA_officer_cannot_decide_even_when_assigned_by_mistake()
    {
        var s = new ReviewScenario();
        var sub = s.Submit();

        Assert.Throws<DomainException>(() => sub.Review.Reassign(s.Admin, s.QaOnTeam, s.Design, s.Now));
        Assert.Throws<DomainException>(() => s.Design.Decide(sub.Review, sub.Version, s.QaOnTeam, DecisionOutcome.Approved, "Fine.", ReviewScenario.Verdicts(Gate.G1), s.Now));
    }

    [Fact]
    public void The_G1_checklist_follows_the_seed_focus_and_G2_holds_the_quality_criteria()
    {
        Assert.Equal(["G1-OUTCOMES", "G1-CONTENT", "G1-ACTIVITIES", "G1-TOOLS", "G1-ASSESSMENT"], GateChecklist.For(Gate.G1).Select(c => c.Id));
        Assert.Equal(5, GateChecklist.For(Gate.G2).Count(c => c.Id.StartsWith("G2-QA-", StringComparison.Ordinal)));
        Assert.NotEmpty(GateChecklist.For(Gate.G3));
        Assert.Equal(GateChecklist.All.Count, GateChecklist.All.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void A_frozen_version_keeps_its_content_and_hash()
    {
        var s = new ReviewScenario();
        var version = s.Submit().Version;
        var expected = DesignSnapshot.Serialize(s.Content);

        s.Content.CoursePlan.Title = "Changed after submission";

        Assert.Equal(expected, version.ContentJson);
        Assert.Equal(SampleDesigns.CompleteTitle, version.ReadContent().CoursePlan.Title);
        Assert.Equal(64, version.ContentHash.Length);
        Assert.Equal(DesignSnapshot.Hash(expected), version.ContentHash);
        Assert.True(version.IsIntact());
    }

    [Fact]
    public void The_snapshot_uses_web_names_and_enum_words_and_round_trips()
    {
        var content = Samples.Complete().Content;

        var json = DesignSnapshot.Serialize(content);
        var again = DesignSnapshot.Serialize(DesignSnapshot.Deserialize(json));

        Assert.Contains("\"coursePlan\":", json, StringComparison.Ordinal);
        Assert.Contains("\"LeadInstitution\"", json, StringComparison.Ordinal);
        Assert.Equal(json, again);
        Assert.NotEqual(DesignSnapshot.Hash(json), DesignSnapshot.Hash(json.Replace("Coastal", "Inland", StringComparison.Ordinal)));
    }

    [Fact]
    public void Programme_board_approvals_are_recorded_by_administrators_with_a_reference()
    {
        var s = new ReviewScenario();
        var board = Guid.NewGuid();

        Assert.Throws<DomainException>(() => ProgrammeBoardApproval.Record(s.Design, board, "Board", new DateOnly(2027, 4, 1), "M-1", s.Leader, s.Now));
        Assert.Throws<DomainException>(() => ProgrammeBoardApproval.Record(s.Design, board, "Board", new DateOnly(2027, 4, 1), " ", s.Admin, s.Now));
        Assert.Throws<DomainException>(() => ProgrammeBoardApproval.Record(s.Design, board, "Board", new DateOnly(2027, 6, 1), "M-1", s.Admin, s.Now));
        var (approval, entry) = ProgrammeBoardApproval.Record(s.Design, board, "Board of the MSc", new DateOnly(2027, 4, 1), "M-1", s.Admin, s.Now);

        Assert.Equal((board, "M-1", s.Admin.UserId), (approval.BoardId, approval.Reference, approval.RecordedById));
        Assert.Equal("Board of the MSc approved the course on 1 April 2027 (reference M-1).", entry.Summary);
    }

    [Fact]
    public void A_partner_signs_the_agreement_once()
    {
        var s = new ReviewScenario();
        var partner = s.Content.Partnership.Partners[0];

        var ex = Assert.Throws<DomainException>(() =>
            AgreementSignature.Record(s.Design, s.Content, partner.Id, "Rector", "Rector", s.Now, s.Facts.Signatures, s.Admin, s.Now));
        Assert.Equal("This partner has already signed the agreement.", ex.Message);
        Assert.Throws<DomainException>(() =>
            AgreementSignature.Record(s.Design, s.Content, Guid.NewGuid(), "Rector", "Rector", s.Now, [], s.Admin, s.Now));
        Assert.Throws<DomainException>(() =>
            AgreementSignature.Record(s.Design, s.Content, partner.Id, "Rector", "Rector", s.Now, [], s.Member, s.Now));
        var (signature, _) = AgreementSignature.Record(s.Design, s.Content, partner.Id, "Prof. Rector", "Rector", s.Now, [], s.Leader, s.Now);
        Assert.Equal(partner.InstitutionId, signature.InstitutionId);
    }

    [Fact]
    public void Timeline_entries_carry_who_when_and_which_version()
    {
        var s = new ReviewScenario();
        var sub = s.Submit();

        Assert.Equal(s.Design.Id, sub.Entry.DesignId);
        Assert.Equal(s.Leader.UserId, sub.Entry.ActorId);
        Assert.Equal("Anouk Visser", sub.Entry.ActorName);
        Assert.Equal(s.Now, sub.Entry.At);
        Assert.Equal(1, sub.Entry.VersionNumber);
        Assert.Equal(Gate.G1, sub.Entry.Gate);
        Assert.Contains(Roles.QaOfficer, s.Qa.PlatformRoles);
    }
}
