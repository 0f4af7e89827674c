using MicroCred.Domain.Credentials;
using MicroCred.Domain.Reviews;

namespace MicroCred.Domain.Tests.Credentials;

public class IssuanceTests
{
    private static CohortScenario Finalised(out Learner passed, out Learner attendance, out Learner failed)
    {
        var s = new CohortScenario();
        passed = s.Add("S1", LearnerResult.Passed, 8.5m);
        attendance = s.Add("S2", LearnerResult.AttendanceOnly);
        failed = s.Add("S3", LearnerResult.Failed, 4m);
        s.Cohort.FinaliseResults(s.Admin, s.Tick());
        return s;
    }

    [Fact]
    public void Nothing_is_issued_before_the_results_are_finalised()
    {
        var s = new CohortScenario();
        s.Add("S1");

        var error = Assert.Throws<DomainException>(() => s.Issue());
        Assert.Contains("after the results are finalised", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Passed_learners_get_the_ECTS_certificate_attendance_only_a_badge_and_failed_learners_nothing()
    {
        var s = Finalised(out var passed, out var attendance, out var failed);

        var result = s.Issue();

        Assert.Equal(2, result.Issued.Count);
        Assert.Equal(CredentialAward.EctsCertificate, result.Issued.Single(c => c.LearnerId == passed.Id).Award);
        var badge = result.Issued.Single(c => c.LearnerId == attendance.Id);
        Assert.Equal(CredentialAward.BadgeOfAttendance, badge.Award);
        Assert.Null(badge.ReadContent().EctsCredits);
        Assert.DoesNotContain("ECTS", badge.ReadContent().Workload, StringComparison.Ordinal);
        Assert.Equal(failed.Id, Assert.Single(result.Skipped).LearnerId);
    }

    [Fact]
    public void Attendance_only_learners_get_nothing_when_the_course_offers_no_attendance_route()
    {
        Assert.Null(CredentialContentBuilder.AwardFor(LearnerResult.AttendanceOnly, new Designs.Steps.AwardStep { AwardType = Designs.Steps.AwardType.EctsCredits, AttendanceOnlyRoute = false }));
        Assert.Equal(CredentialAward.BadgeOfAttendance, CredentialContentBuilder.AwardFor(LearnerResult.AttendanceOnly, new Designs.Steps.AwardStep { AwardType = Designs.Steps.AwardType.EctsCredits, AttendanceOnlyRoute = true }));
        Assert.Null(CredentialContentBuilder.AwardFor(LearnerResult.Failed, new Designs.Steps.AwardStep { AwardType = Designs.Steps.AwardType.EctsCredits, AttendanceOnlyRoute = true }));
    }

    [Fact]
    public void Issuing_again_passes_over_learners_who_already_hold_a_credential()
    {
        var s = Finalised(out var passed, out var attendance, out _);
        var first = s.Issue([passed.Id]);

        var second = s.Issue(already: [.. first.Issued.Select(c => c.LearnerId)]);

        Assert.Equal([passed.Id], second.AlreadyIssued);
        Assert.Equal([attendance.Id], second.Issued.Select(c => c.LearnerId));
    }

    [Fact]
    public void The_same_learner_selected_twice_gets_one_credential()
    {
        var s = Finalised(out var passed, out _, out _);

        Assert.Single(s.Issue([passed.Id, passed.Id]).Issued);
    }

    [Fact]
    public void Only_an_administrator_of_the_issuing_institution_issues()
    {
        var s = Finalised(out _, out _, out _);

        Assert.Throws<DomainException>(() => s.Issue(actor: s.OtherAdmin));
        Assert.Throws<DomainException>(() => s.Issue(actor: s.Qa));
    }

    [Fact]
    public void Learners_of_another_cohort_and_versions_other_than_the_cohorts_are_refused()
    {
        var s = Finalised(out _, out _, out _);

        Assert.Throws<DomainException>(() => s.Issue([Guid.NewGuid()]));
        Assert.Throws<DomainException>(() => CredentialIssuance.Issue(
            s.Cohort, s.Review.Submissions[0].Version, s.Institutions, [s.Cohort.Learners[0].Id], [], s.Admin, s.Tick()));
    }

    [Fact]
    public void Each_credential_gets_a_distinct_unguessable_url_safe_public_id()
    {
        var s = Finalised(out _, out _, out _);

        var ids = s.Issue().Issued.Select(c => c.PublicId).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id =>
        {
            Assert.True(id.Length >= 43, "at least 256 bits in base64url");
            Assert.Matches("^[A-Za-z0-9_-]+$", id);
        });
    }

    [Fact]
    public void The_credential_freezes_every_printed_value_from_the_cohorts_version_with_its_hash()
    {
        var s = Finalised(out var passed, out _, out _);
        s.Review.Content.CoursePlan.Title = "Changed after publication";

        var credential = s.Issue([passed.Id]).Issued.Single();
        var content = credential.ReadContent();

        Assert.Equal(Designs.SampleDesigns.CompleteTitle, content.Title);
        Assert.Equal(credential.PublicId, content.CredentialId);
        Assert.Equal("Noor", content.LearnerGivenNames);
        Assert.Equal("S1", content.LearnerIdentifier);
        Assert.Equal(3m, content.EctsCredits);
        Assert.Equal("8.5 on a scale up to 10 (pass mark 5.5)", content.Grade);
        Assert.Equal("Rijnmond University", content.IssuingInstitution);
        Assert.Equal(3, content.DesignVersionNumber);
        Assert.NotEmpty(content.LearningOutcomes);
        Assert.Matches("^[0-9a-f]{64}$", credential.ContentHash);
        Assert.True(credential.IsIntact());
        Assert.Equal(credential.ContentJson, CredentialJson.Serialize(CredentialJson.Deserialize(credential.ContentJson)));
    }

    [Fact]
    public void Revoking_needs_a_reason_happens_once_and_only_by_the_issuing_institution()
    {
        var s = Finalised(out var passed, out _, out _);
        var credential = s.Issue([passed.Id]).Issued.Single();

        Assert.Throws<DomainException>(() => credential.Revoke(s.Admin, "  ", s.Tick()));
        Assert.Throws<DomainException>(() => credential.Revoke(s.OtherAdmin, "Issued in error.", s.Tick()));
        Assert.False(credential.IsRevoked);

        credential.Revoke(s.Admin, " Issued in error. ", s.Tick());
        Assert.True(credential.IsRevoked);
        Assert.Equal("Issued in error.", credential.RevocationReason);
        Assert.Equal(s.Admin.UserId, credential.RevokedById);
        Assert.Contains("already revoked", Assert.Throws<DomainException>(() => credential.Revoke(s.Admin, "Again.", s.Tick())).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tampered_frozen_version_cannot_issue()
    {
        var s = Finalised(out var passed, out _, out _);
        typeof(DesignVersion).GetProperty(nameof(DesignVersion.ContentJson))!.SetValue(s.Version, s.Version.ContentJson.Replace("Climate", "Weather", StringComparison.Ordinal));

        Assert.Throws<DomainException>(() => s.Issue([passed.Id]));
    }
}
