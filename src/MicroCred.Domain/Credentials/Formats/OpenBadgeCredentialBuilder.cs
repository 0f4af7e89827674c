using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MicroCred.Domain.Credentials.Formats;

/// <summary>
/// The Open Badges 3.0 AchievementCredential of one issued micro-credential (achievement type MicroCredential), issued as a
/// VC-JWT. Open Badges has no field for several elements of the EU Council Recommendation's Annex I (EQF level, workload,
/// form of participation, quality assurance, supervision and identity checks, awarding bodies, stackability); they travel in
/// the documented extension <c>euMicroCredential</c> on the achievement, defined by an inline JSON-LD context so that no
/// extra document has to be fetched. Its terms are the Annex I element names; every value is the certificate's own wording.
/// </summary>
public static class OpenBadgeCredentialBuilder
{
    public const string JwtType = "JWT";
    public const string JwtMediaType = "application/vc+jwt";
    public const string SchemaUrl = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";
    public const string ExtensionVocabulary = "urn:microcred:ns:eu-microcredential#";

    private static readonly JsonSerializerOptions _write = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject Build(CredentialFormatInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var c = input.Content;
        var id = input.VerificationUrl.ToString();
        var credential = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", ExtensionContext()),
            ["id"] = id,
            ["type"] = new JsonArray("VerifiableCredential", "AchievementCredential"),
            ["name"] = $"{CredentialsWording.AwardTitle(c.Award)}: {c.Title}",
            ["issuer"] = IssuerProfile(input),
            ["validFrom"] = EuropeanDigitalCredentialBuilder.Timestamp(input.IssuedAt),
            ["awardedDate"] = EuropeanDigitalCredentialBuilder.Timestamp(input.IssuedAt),
            ["credentialSubject"] = Subject(input, id),
            ["credentialSchema"] = new JsonArray(new JsonObject { ["id"] = SchemaUrl, ["type"] = "1EdTechJsonSchemaValidator2019" }),
        };

        if (input.Status is { } status)
        {
            credential["credentialStatus"] = new JsonObject
            {
                ["id"] = status.AsUri.ToString(),
                ["type"] = "BitstringStatusListEntry",
                ["statusPurpose"] = "revocation",
                ["statusListIndex"] = status.Index.ToString(CultureInfo.InvariantCulture),
                ["statusListCredential"] = status.StatusListCredential.ToString(),
            };
        }

        return credential;
    }

    /// <summary>
    /// The issuing institution as an Open Badges issuer Profile, served at <see cref="CredentialFormatInput.IssuerProfileUrl"/>
    /// (valid against profile.schema.json). Its public keys are the JWK set at <see cref="CredentialFormatInput.IssuerJwksUrl"/>.
    /// </summary>
    public static JsonObject IssuerProfile(Uri profileUrl, string name, string? countryCode, string? legalIdentifier, string? homepage, Uri? jwksUrl = null)
    {
        ArgumentNullException.ThrowIfNull(profileUrl);
        var profile = new JsonObject
        {
            ["id"] = profileUrl.ToString(),
            ["type"] = new JsonArray("Profile"),
            ["name"] = name,
        };
        if (!string.IsNullOrWhiteSpace(homepage) && Uri.TryCreate(homepage, UriKind.Absolute, out var page))
        {
            profile["url"] = page.ToString();
        }

        if (!string.IsNullOrWhiteSpace(legalIdentifier))
        {
            profile["otherIdentifier"] = new JsonArray(new JsonObject
            {
                ["type"] = "IdentifierEntry",
                ["identifier"] = legalIdentifier.Trim(),
                ["identifierType"] = "ext:LegalIdentifier",
            });
        }

        if (!string.IsNullOrWhiteSpace(countryCode))
        {
            profile["address"] = new JsonObject { ["type"] = new JsonArray("Address"), ["addressCountryCode"] = countryCode.Trim().ToUpperInvariant() };
        }

        if (jwksUrl is not null)
        {
            // Not an Open Badges term: tells a verifier where the keys of this issuer's VC-JWTs are (the JWT header's kid names one).
            profile["jwks_uri"] = jwksUrl.ToString();
        }

        return profile;
    }

    /// <summary>The VC-JWT claims (Open Badges 3.0, section 8.2): the credential under <c>vc</c> plus iss, jti, sub, nbf and iat.</summary>
    public static byte[] JwtPayload(JsonObject credential, DateTimeOffset issuedAt)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var issuer = credential["issuer"] is JsonObject profile ? (string?)profile["id"] : (string?)credential["issuer"];
        var claims = new JsonObject
        {
            ["iss"] = issuer,
            ["jti"] = (string?)credential["id"],
            ["sub"] = (string?)credential["credentialSubject"]?["id"],
            ["nbf"] = issuedAt.ToUnixTimeSeconds(),
            ["iat"] = issuedAt.ToUnixTimeSeconds(),
            ["vc"] = credential.DeepClone(),
        };
        return Encoding.UTF8.GetBytes(claims.ToJsonString(_write));
    }

    public static string ToJson(JsonObject credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return credential.ToJsonString(new JsonSerializerOptions(_write) { WriteIndented = true });
    }

    private static JsonObject IssuerProfile(CredentialFormatInput input)
    {
        var facts = input.Institutions.GetValueOrDefault(input.IssuingInstitutionId);
        return IssuerProfile(
            input.IssuerProfileUrl, input.Content.IssuingInstitution, input.Content.IssuingInstitutionCountryCode ?? facts?.CountryCode,
            EuropeanDigitalCredentialBuilder.LegalIdentifierOf(input), null);
    }

    private static JsonObject Subject(CredentialFormatInput input, string id)
    {
        var c = input.Content;
        var subject = new JsonObject
        {
            ["id"] = id + "#learner",
            ["type"] = new JsonArray("AchievementSubject"),
            ["identifier"] = new JsonArray(
                new JsonObject { ["type"] = "IdentityObject", ["identityType"] = "name", ["hashed"] = false, ["identityHash"] = c.LearnerFullName },
                new JsonObject { ["type"] = "IdentityObject", ["identityType"] = "sisSourcedId", ["hashed"] = false, ["identityHash"] = c.LearnerIdentifier }),
            ["achievement"] = Achievement(input, id),
        };
        if (c.EctsCredits is { } ects)
        {
            subject["creditsEarned"] = (double)ects;
        }

        subject["result"] = new JsonArray(new JsonObject
        {
            ["type"] = new JsonArray("Result"),
            ["resultDescription"] = id + "#result",
            ["value"] = string.IsNullOrWhiteSpace(c.Grade) ? null : c.Grade.Trim(),
            ["status"] = "Completed",
        });
        if (string.IsNullOrWhiteSpace(c.Grade))
        {
            ((JsonObject)subject["result"]![0]!).Remove("value");
        }

        return subject;
    }

    private static JsonObject Achievement(CredentialFormatInput input, string id)
    {
        var c = input.Content;
        var d = input.Design;
        var alignment = new JsonArray();
        for (var i = 0; i < c.LearningOutcomes.Count; i++)
        {
            var n = (i + 1).ToString(CultureInfo.InvariantCulture);
            alignment.Add(new JsonObject
            {
                ["type"] = new JsonArray("Alignment"),
                ["targetName"] = c.LearningOutcomes[i],
                ["targetUrl"] = $"{id}#outcome-{n}",
                ["targetCode"] = "LO" + n,
                ["targetFramework"] = c.Title,
                ["targetType"] = "ext:LearningOutcome",
            });
        }

        var achievement = new JsonObject
        {
            ["id"] = id + "#achievement",
            ["type"] = new JsonArray("Achievement"),
            ["achievementType"] = "MicroCredential",
            ["name"] = c.Title,
            ["description"] = c.AttendanceOnly
                ? "Taking part in the short course without assessment. " + CredentialContentBuilder.OutcomesNotAssessed
                : $"A micro-credential certifying the learning outcomes of the short course \"{c.Title}\".",
            ["criteria"] = new JsonObject { ["narrative"] = Criteria(c) },
            ["alignment"] = alignment,
            ["inLanguage"] = "en",
            ["resultDescription"] = new JsonArray(new JsonObject
            {
                ["id"] = id + "#result",
                ["type"] = new JsonArray("ResultDescription"),
                ["name"] = string.IsNullOrWhiteSpace(c.Grade) ? "Completion" : "Final grade",
                ["resultType"] = string.IsNullOrWhiteSpace(c.Grade) ? "Status" : "ext:Grade",
            }),
            ["euMicroCredential"] = Extension(input),
        };
        var credits = c.EctsCredits ?? d.CoursePlan.Ects;
        if (credits is { } ects && ects > 0)
        {
            achievement["creditsAvailable"] = (double)ects;
        }

        return achievement;
    }

    private static string Criteria(CredentialContent c) => c.AttendanceOnly
        ? "The learner took part in the course; no assessment was taken."
        : $"The learner passed the assessment ({c.AssessmentType}) of the course and so showed the learning outcomes listed under alignment.";

    /// <summary>Annex I elements Open Badges has no field for, in the words the certificate prints.</summary>
    private static JsonObject Extension(CredentialFormatInput input)
    {
        var c = input.Content;
        var ext = new JsonObject
        {
            ["type"] = "EuMicroCredentialElements",
            ["awardingBodies"] = new JsonArray([.. c.AwardingBodies.Select(b => (JsonNode)JsonValue.Create(b)!)]),
            ["issuerCountries"] = c.IssuerCountries,
            ["workload"] = c.Workload,
            ["level"] = c.Level,
            ["assessmentType"] = c.AssessmentType,
            ["participation"] = c.Participation,
            ["qualityAssurance"] = c.QualityAssurance,
        };
        if (!c.AttendanceOnly && ElmNodes.EqfLevelOf(input.Design) is { } eqf)
        {
            ext["eqfLevel"] = eqf;
        }

        var hours = input.Design.CoursePlan.NotionalHours();
        if (ElmNodes.Hours(hours) is { } volume)
        {
            ext["volumeOfLearning"] = volume;
        }

        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                ext[key] = value.Trim();
            }
        }

        Add("supervision", c.Supervision);
        Add("prerequisites", c.Prerequisites);
        Add("stackability", c.Stackability);
        Add("furtherInformation", c.FurtherInformation);
        if (c.ProfessionalCredits.Count > 0)
        {
            ext["professionalCredits"] = new JsonArray([.. c.ProfessionalCredits.Select(p => (JsonNode)JsonValue.Create(p)!)]);
        }

        return ext;
    }

    /// <summary>The inline JSON-LD context of the extension: every term in MicroCred's own vocabulary.</summary>
    private static JsonObject ExtensionContext()
    {
        var context = new JsonObject { ["mceu"] = ExtensionVocabulary };
        context["euMicroCredential"] = new JsonObject { ["@id"] = "mceu:euMicroCredential", ["@type"] = "@id" };
        context["EuMicroCredentialElements"] = "mceu:EuMicroCredentialElements";
        foreach (var term in new[] { "awardingBodies", "issuerCountries", "workload", "level", "assessmentType", "participation", "qualityAssurance", "supervision", "prerequisites", "stackability", "furtherInformation", "professionalCredits" })
        {
            context[term] = "mceu:" + term;
        }

        context["eqfLevel"] = new JsonObject { ["@id"] = "mceu:eqfLevel", ["@type"] = "http://www.w3.org/2001/XMLSchema#integer" };
        context["volumeOfLearning"] = new JsonObject { ["@id"] = "mceu:volumeOfLearning", ["@type"] = "http://www.w3.org/2001/XMLSchema#duration" };
        context["jwks_uri"] = "mceu:jwksUri";
        return context;
    }
}
