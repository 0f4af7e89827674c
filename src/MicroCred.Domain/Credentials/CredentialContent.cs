using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Credentials;

/// <summary>
/// Every value a certificate prints, resolved at issue time and frozen in the issued credential as canonical JSON, so later
/// edits to the design, the institution or the learner never change an issued certificate. Numbered comments give the EU
/// mandatory element (DOMAIN.md 3.1). The verification URL is not part of it: it is the site address plus <see cref="CredentialId"/>.
/// </summary>
public sealed record CredentialContent
{
    /// <summary>Bumped when fields are added, so older credentials can still be read and verified.</summary>
    public int Schema { get; init; } = 1;

    /// <summary>The credential's public id (printed and used in the verification link).</summary>
    public required string CredentialId { get; init; }

    /// <summary>1: the learner.</summary>
    public required string LearnerGivenNames { get; init; }

    public required string LearnerFamilyName { get; init; }

    public required string LearnerIdentifier { get; init; }

    public required bool AttendanceOnly { get; init; }

    public required CredentialAward Award { get; init; }

    /// <summary>Credits awarded; only for the ECTS certificate.</summary>
    public decimal? EctsCredits { get; init; }

    /// <summary>2.</summary>
    public required string Title { get; init; }

    /// <summary>3.</summary>
    public required string IssuerCountries { get; init; }

    /// <summary>4.</summary>
    public required IReadOnlyList<string> AwardingBodies { get; init; }

    public required string IssuingInstitution { get; init; }

    /// <summary>ISO country code of the issuing institution (chooses the second certificate language when none is requested).</summary>
    public string? IssuingInstitutionCountryCode { get; init; }

    public string? IssuingInstitutionLegalIdentifier { get; init; }

    /// <summary>5.</summary>
    public required DateOnly IssuedOn { get; init; }

    /// <summary>
    /// 6: statements in order, without numbers. For an attendance-only learner (<see cref="AttendanceOnly"/>) they are the
    /// outcomes the course aims at, printed under the statement that none of them was assessed.
    /// </summary>
    public required IReadOnlyList<string> LearningOutcomes { get; init; }

    /// <summary>7.</summary>
    public required string Workload { get; init; }

    /// <summary>8: for an attendance-only learner, the statement that no level is certified.</summary>
    public required string Level { get; init; }

    /// <summary>9.</summary>
    public required string AssessmentType { get; init; }

    /// <summary>10: the cohort's form of participation, with the mobility only when that run included it.</summary>
    public required string Participation { get; init; }

    /// <summary>11.</summary>
    public required string QualityAssurance { get; init; }

    // Optional elements (3.2): printed when present.
    public string? Grade { get; init; }

    public IReadOnlyList<string> ProfessionalCredits { get; init; } = [];

    public string? Supervision { get; init; }

    public string? Prerequisites { get; init; }

    public string? Stackability { get; init; }

    public string? FurtherInformation { get; init; }

    public bool ShowNotADegreeNote { get; init; } = true;

    /// <summary>Certificate languages requested by the design (W14, else W15), as stored.</summary>
    public IReadOnlyList<string> RequestedLanguages { get; init; } = [];

    /// <summary>The design version the values come from.</summary>
    public int DesignVersionNumber { get; init; }

    public string LearnerFullName => $"{LearnerGivenNames.Trim()} {LearnerFamilyName.Trim()}".Trim();
}

/// <summary>Options an issuer chooses that the design does not hold.</summary>
public sealed record CredentialIssueOptions
{
    public static CredentialIssueOptions Default { get; } = new();

    public bool IncludePrerequisites { get; init; }

    public bool IncludeSupervision { get; init; } = true;

    public bool IncludeStackability { get; init; } = true;
}

/// <summary>Canonical JSON of <see cref="CredentialContent"/> and its SHA-256 hash (64 lower-case hex digits).</summary>
public static class CredentialJson
{
    // Fixed property order (declaration order), no indentation, enums by name, dates ISO: the same content always gives the same bytes.
    private static readonly JsonSerializerOptions _options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = false,
        Encoder = JavaScriptEncoder.Default,
        Converters = { new JsonStringEnumConverter() },
        IgnoreReadOnlyProperties = true,
    };

    public static string Serialize(CredentialContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return JsonSerializer.Serialize(content, _options);
    }

    public static CredentialContent Deserialize(string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        return JsonSerializer.Deserialize<CredentialContent>(json, _options)
            ?? throw new DomainException("The issued credential could not be read.");
    }

    public static string Hash(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
    }
}

/// <summary>
/// Resolves one learner's certificate values from a design's content (R-CERT-01, R-CERT-02 via <see cref="CertificateIssue"/>).
/// </summary>
public static partial class CredentialContentBuilder
{
    /// <summary>Element 6 for a learner who took part without assessment (the Recommendation's participation-only case).</summary>
    public const string OutcomesNotAssessed =
        "Not assessed: the learner took part without assessment. The outcomes below are those the course aims at; this badge certifies none of them.";

    /// <summary>Element 9 for a learner who took part without assessment.</summary>
    public const string NoAssessment = "None: the learner took part without assessment (attendance only)";

    /// <summary>Element 8 for a learner who took part without assessment.</summary>
    public const string NoLevelCertified = "No level is certified: the learner took part without assessment.";

    /// <summary>The award a learner with this result receives, or null when they receive nothing.</summary>
    public static CredentialAward? AwardFor(LearnerResult? result, AwardStep award)
    {
        ArgumentNullException.ThrowIfNull(award);
        return result switch
        {
            LearnerResult.Passed => award.AwardType switch
            {
                AwardType.EctsCredits => CredentialAward.EctsCertificate,
                AwardType.BadgeOfAttendance => CredentialAward.BadgeOfAttendance,
                AwardType.BadgeOfParticipation => CredentialAward.BadgeOfParticipation,
                AwardType.BadgeOfCompletion => CredentialAward.BadgeOfCompletion,
                _ => null,
            },
            LearnerResult.AttendanceOnly when award.AttendanceOnlyRoute => CredentialAward.BadgeOfAttendance,
            _ => null,
        };
    }

    /// <summary>Errors (R-CERT-01/02) that stop this certificate; empty when it may be issued.</summary>
    public static IReadOnlyList<Finding> Check(DesignCheckContext ctx, CertificateLearner learner, DateOnly issuedOn, CredentialAward award) =>
        [.. CertificateIssue.Check(ctx, learner, issuedOn, award == CredentialAward.EctsCertificate ? CertificateKind.EctsCertificate : CertificateKind.Badge)
            .Where(f => f.Severity == Severity.Error)];

    /// <summary>Builds the values; throws a <see cref="DomainException"/> listing the R-CERT errors when the certificate may not be issued.</summary>
    /// <param name="participation">Element 10 as the learner's cohort ran it (<see cref="Cohort.ParticipationText"/>); null prints the course's planned form (previews without a cohort).</param>
    public static CredentialContent Build(
        DesignCheckContext ctx, CertificateLearner learner, DateOnly issuedOn, CredentialAward award, string credentialId, string? grade,
        CredentialIssueOptions? options = null, string? participation = null)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(learner);
        options ??= CredentialIssueOptions.Default;
        var errors = Check(ctx, learner, issuedOn, award);
        if (errors.Count > 0)
        {
            throw new DomainException("The certificate cannot be issued: " + string.Join(" ", errors.Select(e => $"{e.Message} ({e.RuleId})")));
        }

        var c = ctx.Content;
        var elements = CertificateIssue.Elements(ctx, learner, issuedOn);
        string Value(int number) => elements.Single(e => e.Number == number).Value!;
        var ects = award == CredentialAward.EctsCertificate;
        var hours = c.CoursePlan.NotionalHours();
        var issuerFacts = ctx.FactsOf(c.PartnerById(c.Award.IssuingInstitutionPartnerId)?.InstitutionId);
        var requested = c.Award.CertificateLanguages.Count > 0 ? c.Award.CertificateLanguages : c.LanguagePolicy.CertificateLanguages;
        return new CredentialContent
        {
            CredentialId = credentialId,
            LearnerGivenNames = learner.GivenNames,
            LearnerFamilyName = learner.FamilyName,
            LearnerIdentifier = learner.LearnerIdentifier,
            AttendanceOnly = learner.AttendanceOnly,
            Award = award,
            EctsCredits = ects ? c.CoursePlan.Ects : null,
            Title = Value(2),
            IssuerCountries = Value(3),
            AwardingBodies = [.. Value(4).Split("; ")],
            IssuingInstitution = issuerFacts?.Name ?? Value(4).Split("; ")[0],
            IssuingInstitutionCountryCode = issuerFacts?.CountryCode,
            IssuingInstitutionLegalIdentifier = issuerFacts?.LegalIdentifier,
            IssuedOn = issuedOn,
            LearningOutcomes = [.. Value(6).Split('\n').Select(l => NumberPrefix().Replace(l, ""))],
            Workload = ects ? Value(7) : $"About {Describe.Number(hours)} hours of study",
            Level = learner.AttendanceOnly ? NoLevelCertified : Value(8),
            AssessmentType = learner.AttendanceOnly ? NoAssessment : Value(9),
            Participation = string.IsNullOrWhiteSpace(participation) ? Value(10) : participation.Trim(),
            QualityAssurance = Value(11),
            Grade = ects ? grade : null,
            ProfessionalCredits = learner.AttendanceOnly ? [] : [.. c.Award.ProfessionalRecognition
                .Where(r => r.CreditAmount is not null || !string.IsNullOrWhiteSpace(r.CreditName))
                .Select(r => ProfessionalCredit(ctx, r))],
            Supervision = options.IncludeSupervision && !learner.AttendanceOnly ? Supervision(c) : null,
            Prerequisites = options.IncludePrerequisites && !string.IsNullOrWhiteSpace(c.Admission.Prerequisites) ? c.Admission.Prerequisites.Trim() : null,
            Stackability = options.IncludeStackability && ects ? Stacking(c) : null,
            FurtherInformation = string.IsNullOrWhiteSpace(c.Award.FurtherInformation) ? null : c.Award.FurtherInformation.Trim(),
            ShowNotADegreeNote = c.Award.ShowNotADegreeNote,
            RequestedLanguages = [.. requested],
        };
    }

    public static string SupervisionText(Supervision value) => value switch
    {
        Designs.Steps.Supervision.UnsupervisedNoIdVerification => "Unsupervised, no identity verification",
        Designs.Steps.Supervision.SupervisedNoIdVerification => "Supervised, no identity verification",
        Designs.Steps.Supervision.SupervisedOnlineWithIdVerification => "Supervised online with identity verification",
        _ => "Supervised on site with identity verification",
    };

    private static string ProfessionalCredit(DesignCheckContext ctx, ProfessionalRecognition r)
    {
        var body = !string.IsNullOrWhiteSpace(r.BodyName) ? r.BodyName.Trim() : Describe.Partner(ctx, r.BodyPartnerId);
        var credit = $"{(r.CreditAmount is { } a ? Describe.Number(a) + " " : "")}{r.CreditName}".Trim();
        var kind = r.Kind is { } k ? Describe.Words(k) : "recognised";
        return $"{credit} ({kind} by {body})";
    }

    private static string? Supervision(DesignContent c)
    {
        var groups = c.Assessment.Summative()
            .Where(a => a.Supervision is not null)
            .GroupBy(a => a.Supervision!.Value)
            .Select(g => $"{SupervisionText(g.Key)}: {string.Join(", ", g.Select(a => a.Title))}")
            .ToList();
        return groups.Count == 0 ? null : string.Join("; ", groups);
    }

    private static string? Stacking(DesignContent c)
    {
        var v = c.JointVision;
        if (v.Stackability is null)
        {
            return null;
        }

        if (v.Stackability == Stackability.StandAlone || v.StackingTargets.Count == 0)
        {
            return v.Stackability == Stackability.StandAlone ? "Stand-alone micro-credential" : "Stackable towards other credentials";
        }

        return "Stackable towards " + string.Join("; ", v.StackingTargets.Select(t =>
            (string.IsNullOrWhiteSpace(t.Institution) ? t.Title : $"{t.Title} ({t.Institution})")
            + (t.CreditsRecognised is { } cr ? $", {Describe.Ects(cr)} ECTS recognised" : "")));
    }

    [GeneratedRegex(@"^\d+\.\s*", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPrefix();
}
