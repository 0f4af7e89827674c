using MicroCred.Domain.Checks;

namespace MicroCred.Domain.Tests;

public class CertificateIssueTests
{
    private static readonly CertificateLearner _learner = new("Marta", "Ruiz", "RU-2027-0042", AttendanceOnly: false);
    private static readonly DateOnly _issuedOn = new(2028, 1, 15);

    [Fact]
    public void Learner_elements_are_filled_at_issue_time()
    {
        var elements = CertificateIssue.Elements(Samples.Complete().ToCheckContext(Samples.Today), _learner, _issuedOn);

        Assert.Equal("Marta Ruiz (RU-2027-0042)", elements[0].Value);
        Assert.Equal("2028-01-15", elements[4].Value);
        Assert.All(elements, e => Assert.NotNull(e.Value));
    }

    [Fact]
    public void R_CERT_01_refuses_a_certificate_with_a_missing_element()
    {
        var sample = Samples.Complete();
        sample.Content.QualityAssurance.QaTypeStatement = null;

        var findings = CertificateIssue.Check(sample.ToCheckContext(Samples.Today), _learner with { LearnerIdentifier = "" }, _issuedOn, CertificateKind.EctsCertificate);

        Assert.Equal(["R-CERT-01", "R-CERT-01"], findings.Select(f => f.RuleId));
    }

    [Fact]
    public void R_CERT_01_passes_for_a_complete_design_and_learner() =>
        Assert.Empty(CertificateIssue.Check(Samples.Complete().ToCheckContext(Samples.Today), _learner, _issuedOn, CertificateKind.EctsCertificate));

    [Fact]
    public void R_CERT_02_refuses_an_ects_certificate_for_attendance_only()
    {
        var findings = CertificateIssue.Check(Samples.Complete().ToCheckContext(Samples.Today), _learner with { AttendanceOnly = true }, _issuedOn, CertificateKind.EctsCertificate);
        Assert.Equal("R-CERT-02", Assert.Single(findings).RuleId);
    }

    [Fact]
    public void R_CERT_02_passes_for_a_badge_for_attendance_only() =>
        Assert.Empty(CertificateIssue.Check(Samples.Complete().ToCheckContext(Samples.Today), _learner with { AttendanceOnly = true }, _issuedOn, CertificateKind.Badge));
}
