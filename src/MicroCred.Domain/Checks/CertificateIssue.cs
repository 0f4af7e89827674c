using System.Globalization;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Checks;

/// <summary>The learner data printed on a certificate.</summary>
public sealed record CertificateLearner(string GivenNames, string FamilyName, string LearnerIdentifier, bool AttendanceOnly);

public enum CertificateKind
{
    EctsCertificate,
    Badge,
}

/// <summary>Fills the learner-dependent certificate elements and checks that a certificate may be issued (R-CERT-01, R-CERT-02).</summary>
public static class CertificateIssue
{
    public static IReadOnlyList<CertificateElement> Elements(DesignCheckContext ctx, CertificateLearner learner, DateOnly issuedOn)
    {
        ArgumentNullException.ThrowIfNull(learner);
        var name = $"{learner.GivenNames} {learner.FamilyName}".Trim();
        var identification = name.Length == 0 || string.IsNullOrWhiteSpace(learner.LearnerIdentifier)
            ? null
            : $"{name} ({learner.LearnerIdentifier.Trim()})";
        return [.. CertificateElements.Preview(ctx).Select(e => e.Number switch
        {
            1 => e with { Value = identification },
            5 => e with { Value = issuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            _ => e,
        })];
    }

    public static IReadOnlyList<Finding> Check(DesignCheckContext ctx, CertificateLearner learner, DateOnly issuedOn, CertificateKind kind)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(learner);
        var findings = new FindingList();

        // R-CERT-01: every mandatory element must print.
        foreach (var e in Elements(ctx, learner, issuedOn).Where(e => e.Value is null))
        {
            findings.Error("R-CERT-01", e.SourceStep ?? WizardStep.Award, e.SourceField,
                e.FromLearnerData
                    ? $"The certificate cannot be issued: the learner's {e.Label.ToLowerInvariant()} is incomplete."
                    : $"The certificate cannot be issued: '{e.Label}' is missing from the design.");
        }

        // R-CERT-02: attendance-only participants never receive an ECTS certificate.
        if (kind == CertificateKind.EctsCertificate && (learner.AttendanceOnly || ctx.Content.Award.AwardType != AwardType.EctsCredits))
        {
            findings.Error("R-CERT-02", WizardStep.Award, "AwardType",
                learner.AttendanceOnly
                    ? $"{learner.GivenNames} {learner.FamilyName} took part without assessment and can only receive a badge, not an ECTS certificate."
                    : "This course does not award ECTS credits, so it can only issue badges.");
        }

        return findings.Items;
    }
}
