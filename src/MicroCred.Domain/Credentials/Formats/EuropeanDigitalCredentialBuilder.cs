using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Credentials.Formats;

/// <summary>
/// The European Digital Credential (ELM v3 JSON-LD, EDC generic profile) of one issued micro-credential, built from its frozen
/// content and design version only. It states no more about the learner than the certificate prints (names and the
/// institution's learner identifier). The layout follows the Commission's micro-credential sample (Annex I elements) and
/// meets the profile's shapes (EDC-generic-no-cv.ttl) with no violation, including the two the sample itself misses
/// (the issuer's eIDAS legal identifier and <c>issued</c>).
/// </summary>
public static class EuropeanDigitalCredentialBuilder
{
    public const string MediaType = "application/ld+json";

    /// <summary>The JWS <c>typ</c> and <c>cty</c> of a sealed EDC (JAdES compact serialisation, enveloping the JSON-LD).</summary>
    public const string JwsType = "jose";

    public const string JwsContentType = "vc+ld+json";

    private static readonly JsonSerializerOptions _write = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // Greek, Cyrillic and other scripts stay readable; JSON stays valid
    };

    public static JsonObject Build(CredentialFormatInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var c = input.Content;
        var id = input.VerificationUrl.ToString();
        var issuer = Issuer(input);

        var credential = new JsonObject
        {
            ["@context"] = new JsonArray(ElmNodes.VcContext, ElmNodes.EdcContext),
            ["id"] = id,
            ["type"] = new JsonArray("VerifiableCredential", "EuropeanDigitalCredential"),
            ["credentialProfiles"] = ElmNodes.Concept("http://data.europa.eu/snb/credential/e34929035b", "http://data.europa.eu/snb/credential/25831c2", "Generic"),
            ["credentialSchema"] = new JsonObject { ["id"] = "http://data.europa.eu/snb/model/ap/edc-generic-no-cv", ["type"] = "ShaclValidator2017" },
            ["identifier"] = new JsonObject { ["type"] = "Identifier", ["schemeName"] = "MicroCred credential id", ["notation"] = c.CredentialId },
            ["displayParameter"] = Display(input, id),
            ["issuer"] = issuer,
            ["issued"] = Timestamp(input.IssuedAt),
            ["validFrom"] = Timestamp(input.IssuedAt),
            ["credentialSubject"] = Learner(input, id, issuer),
        };

        if (input.Status is { } status)
        {
            // The profile's shapes take the status as one xsd:anyURI value; a value object keeps that type whatever the
            // VC context says about the term.
            credential["credentialStatus"] = new JsonObject { ["@value"] = status.AsUri.ToString(), ["@type"] = ElmNodes.XsdAnyUri };
        }

        return credential;
    }

    /// <summary>The credential as UTF-8 JSON-LD (indented, every script written as itself).</summary>
    public static byte[] ToUtf8(JsonObject credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return Encoding.UTF8.GetBytes(credential.ToJsonString(_write));
    }

    /// <summary>
    /// The JAdES baseline B header parameters MicroCred adds to the institution's JWS: the signing time <c>sigT</c> (declared
    /// critical), the content type, and the seal certificate both by SHA-256 thumbprint (<c>x5t#S256</c>) and in full (<c>x5c</c>).
    /// </summary>
    public static IReadOnlyDictionary<string, object> JwsHeaders(DateTimeOffset signedAt, byte[]? sealCertificate)
    {
        var headers = new Dictionary<string, object>
        {
            ["sigT"] = Timestamp(signedAt),
            ["crit"] = new[] { "sigT" },
            ["cty"] = JwsContentType,
        };
        if (sealCertificate is { Length: > 0 })
        {
            headers["x5t#S256"] = CompactJws.Base64Url(System.Security.Cryptography.SHA256.HashData(sealCertificate));
            headers["x5c"] = new[] { Convert.ToBase64String(sealCertificate) };
        }

        return headers;
    }

    internal static string Timestamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static JsonObject Display(CredentialFormatInput input, string id)
    {
        var individual = new JsonObject { ["id"] = id + "#display-en", ["type"] = "IndividualDisplay", ["language"] = ElmNodes.English() };
        if (input.DisplayImagePng is { Length: > 0 } png)
        {
            individual["displayDetail"] = new JsonObject { ["id"] = id + "#display-en-1", ["type"] = "DisplayDetail", ["image"] = ElmNodes.Png(png), ["page"] = 1 };
        }

        return new JsonObject
        {
            ["id"] = id + "#display",
            ["type"] = "DisplayParameter",
            ["title"] = ElmNodes.Text(CredentialsWording.AwardTitle(input.Content.Award)),
            ["description"] = ElmNodes.Text(input.Content.AttendanceOnly ? "has taken part in a short course" : "has successfully completed a micro-credential course"),
            ["language"] = ElmNodes.English(),
            ["primaryLanguage"] = ElmNodes.English(),
            ["individualDisplay"] = individual,
        };
    }

    private static JsonObject Issuer(CredentialFormatInput input)
    {
        var c = input.Content;
        var facts = input.Institutions.GetValueOrDefault(input.IssuingInstitutionId);
        var country = c.IssuingInstitutionCountryCode ?? facts?.CountryCode ?? "EU";
        var issuer = ElmNodes.Organisation(
            input.IssuerProfileUrl.ToString(), c.IssuingInstitution, country, LegalIdentifierOf(input), eidas: true);
        issuer["accreditation"] = QualityAssurance(input);
        return issuer;
    }

    /// <summary>
    /// The issuer's legal identifier as frozen in the credential. Credentials issued before institutions had to record one
    /// carry none; they get <c>MICROCRED-</c> plus the institution's id, a stable value that names the portal's own record.
    /// </summary>
    public static string LegalIdentifierOf(CredentialFormatInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return !string.IsNullOrWhiteSpace(input.Content.IssuingInstitutionLegalIdentifier)
            ? input.Content.IssuingInstitutionLegalIdentifier.Trim()
            : "MICROCRED-" + input.IssuingInstitutionId.ToString("D", CultureInfo.InvariantCulture);
    }

    /// <summary>Element 11 as an accreditation of the issuer: who assures the quality (internally or an external agency) and how.</summary>
    private static JsonObject QualityAssurance(CredentialFormatInput input)
    {
        var qa = input.Design.QualityAssurance;
        var external = qa.ExternalQa is not null && !string.IsNullOrWhiteSpace(qa.ExternalQaAgency);
        return new JsonObject
        {
            ["id"] = input.VerificationUrl + "#quality-assurance",
            ["type"] = "Accreditation",
            ["dcType"] = external
                ? ElmNodes.LocalConcept("quality-assurance", "external", "External quality assurance")
                : ElmNodes.LocalConcept("quality-assurance", "internal", "Internal quality assurance of the awarding institutions"),
            ["title"] = ElmNodes.Text("Quality assurance of the course"),
            ["description"] = ElmNodes.Text(input.Content.QualityAssurance),
            ["accreditingAgent"] = new JsonObject { ["id"] = input.IssuerProfileUrl.ToString() },
        };
    }

    private static JsonObject Learner(CredentialFormatInput input, string id, JsonObject issuer)
    {
        var c = input.Content;
        return new JsonObject
        {
            ["id"] = id + "#learner",
            ["type"] = "Person",
            ["identifier"] = new JsonObject { ["type"] = "Identifier", ["schemeName"] = "Learner identifier at the issuing institution", ["notation"] = c.LearnerIdentifier },
            ["givenName"] = ElmNodes.Text(c.LearnerGivenNames.Trim()),
            ["familyName"] = ElmNodes.Text(c.LearnerFamilyName.Trim()),
            ["fullName"] = ElmNodes.Text(c.LearnerFullName),
            ["hasClaim"] = Achievement(input, id, issuer),
        };
    }

    private static JsonObject Achievement(CredentialFormatInput input, string id, JsonObject issuer)
    {
        var c = input.Content;
        var d = input.Design;
        var achievement = new JsonObject
        {
            ["id"] = id + "#achievement",
            ["type"] = "LearningAchievement",
            ["title"] = ElmNodes.Text(c.Title),
            ["awardedBy"] = new JsonObject
            {
                ["id"] = id + "#awarding",
                ["type"] = "AwardingProcess",
                ["awardingBody"] = new JsonArray([.. AwardingBodies(input, issuer)]),
                ["awardingDate"] = Timestamp(input.IssuedAt),
            },
        };

        if (!c.AttendanceOnly)
        {
            achievement["provenBy"] = Assessment(input, id);
        }

        achievement["specifiedBy"] = ElmNodes.Specification(
            id + "#specification", c.Title, c.LearningOutcomes, c.EctsCredits ?? d.CoursePlan.Ects, d.CoursePlan.NotionalHours(),
            c.AttendanceOnly ? null : ElmNodes.EqfLevelOf(d), ElmNodes.ModeOf(d), c.Prerequisites ?? ElmNodes.EntryRequirements(d));

        var notes = new JsonArray();
        void Add(string label, string? text)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                notes.Add(new JsonObject { ["type"] = "Note", ["noteLiteral"] = ElmNodes.Text(text.Trim()), ["subject"] = ElmNodes.LocalConcept("certificate-element", Key(label), label) });
            }
        }

        Add("Award", CredentialsWording.AwardTitle(c.Award) + (c.EctsCredits is { } e ? $", {e.ToString("0.#", CultureInfo.InvariantCulture)} ECTS" : ""));
        Add("Notional workload", c.Workload);
        Add("Level", c.Level);
        Add("Form of participation", c.Participation);
        Add("Quality assurance", c.QualityAssurance);
        Add("Country or countries of the issuers", c.IssuerCountries);
        Add("Professional credits", c.ProfessionalCredits.Count == 0 ? null : string.Join("; ", c.ProfessionalCredits));
        Add("Stackability", c.Stackability);
        Add("Further information", c.FurtherInformation);
        if (c.AttendanceOnly)
        {
            Add("Outcomes", CredentialContentBuilder.OutcomesNotAssessed);
        }

        achievement["additionalNote"] = notes;
        return achievement;
    }

    private static string Key(string label) => string.Join('-', label.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static JsonObject Assessment(CredentialFormatInput input, string id)
    {
        var c = input.Content;
        var summative = input.Design.Assessment.Summative().ToList();
        var assessment = new JsonObject
        {
            ["id"] = id + "#assessment",
            ["type"] = "LearningAssessment",
            ["title"] = ElmNodes.Text(c.AssessmentType),
            ["grade"] = ElmNodes.Note(string.IsNullOrWhiteSpace(c.Grade) ? "Passed" : c.Grade.Trim()),
            ["assessedBy"] = new JsonObject { ["id"] = input.IssuerProfileUrl.ToString() },
            ["awardedBy"] = new JsonObject { ["id"] = id + "#awarding" },
        };

        if (IdVerification(summative) is { } verification)
        {
            assessment["idVerification"] = verification;
        }

        var spec = new JsonObject
        {
            ["id"] = id + "#assessment-specification",
            ["type"] = "LearningAssessmentSpecification",
            ["title"] = ElmNodes.Text(c.AssessmentType),
            ["language"] = ElmNodes.English(),
        };
        if (!string.IsNullOrWhiteSpace(c.Supervision))
        {
            spec["description"] = ElmNodes.Text(c.Supervision);
        }

        assessment["specifiedBy"] = spec;
        return assessment;
    }

    /// <summary>
    /// The strictest supervision of the summative assessments. Only "unsupervised without identity verification" has an
    /// entry we can name in the EU list; the other levels are published in the portal's own scheme with the same words.
    /// </summary>
    private static JsonObject? IdVerification(IReadOnlyList<AssessmentComponent> summative)
    {
        var strictest = summative.Where(a => a.Supervision is not null).Select(a => a.Supervision!.Value).DefaultIfEmpty().Max();
        if (summative.All(a => a.Supervision is null))
        {
            return null;
        }

        return strictest == Supervision.UnsupervisedNoIdVerification
            ? ElmNodes.Concept("http://data.europa.eu/snb/supervision-verification/c598449d64", "http://data.europa.eu/snb/supervision-verification/25831c2", "Unsupervised without ID Verification")
            : ElmNodes.LocalConcept("supervision-verification", strictest.ToString(), CredentialContentBuilder.SupervisionText(strictest));
    }

    /// <summary>Every awarding body the certificate names (element 4), the issuing institution among them, as organisations.</summary>
    private static IEnumerable<JsonNode> AwardingBodies(CredentialFormatInput input, JsonObject issuer)
    {
        var c = input.Content;
        var partners = input.Design.Award.AwardingBodyPartnerIds
            .Select(id => input.Design.PartnerById(id))
            .Where(p => p?.InstitutionId is not null)
            .Select(p => input.Institutions.GetValueOrDefault(p!.InstitutionId!.Value))
            .Where(f => f is not null)
            .ToList();
        var issuerListed = false;
        foreach (var name in c.AwardingBodies.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.Ordinal))
        {
            if (string.Equals(name.Trim(), c.IssuingInstitution.Trim(), StringComparison.Ordinal))
            {
                issuerListed = true;
                yield return issuer.DeepClone();
                continue;
            }

            var facts = partners.FirstOrDefault(f => string.Equals(f!.Name.Trim(), name.Trim(), StringComparison.Ordinal));
            yield return ElmNodes.Organisation(
                facts is null ? null : input.InstitutionProfileUrl(facts.Id).ToString(), name.Trim(),
                facts?.CountryCode ?? c.IssuingInstitutionCountryCode ?? "EU", facts?.LegalIdentifier, eidas: false);
        }

        if (!issuerListed)
        {
            yield return issuer.DeepClone();
        }
    }
}

/// <summary>Award names as every format writes them.</summary>
public static class CredentialsWording
{
    public static string AwardTitle(CredentialAward award) => award switch
    {
        CredentialAward.EctsCertificate => "Micro-credential (ECTS certificate)",
        CredentialAward.BadgeOfAttendance => "Badge of attendance",
        CredentialAward.BadgeOfParticipation => "Badge of participation",
        _ => "Badge of completion",
    };
}
