using System.Text;
using System.Text.Json.Nodes;
using Json.Schema;
using MicroCred.Domain.Credentials;
using MicroCred.Domain.Credentials.Formats;

namespace MicroCred.Domain.Tests.Credentials.Formats;

/// <summary>Open Badges 3.0 AchievementCredentials and issuer profiles against 1EdTech's JSON schemas (JsonSchema.Net).</summary>
public class OpenBadgeCredentialTests
{
    private static readonly Lazy<JsonSchema> _credentialSchema = new(() => JsonSchema.FromFile(ShaclValidator.Standards("openbadges-3.0/achievementcredential.schema.json")));
    private static readonly Lazy<JsonSchema> _profileSchema = new(() => JsonSchema.FromFile(ShaclValidator.Standards("openbadges-3.0/profile.schema.json")));

    public static string Errors(EvaluationResults results) =>
        string.Join(Environment.NewLine, (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}")));

    public static EvaluationResults Check(JsonSchema schema, JsonNode node) =>
        schema.Evaluate(System.Text.Json.JsonDocument.Parse(node.ToJsonString()).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

    public static EvaluationResults CheckCredential(JsonNode credential) => Check(_credentialSchema.Value, credential);

    public static EvaluationResults CheckProfile(JsonNode profile) => Check(_profileSchema.Value, profile);

    [Theory]
    [InlineData(false, CredentialAward.EctsCertificate, true)]
    [InlineData(true, CredentialAward.BadgeOfAttendance, false)]
    [InlineData(false, CredentialAward.BadgeOfCompletion, true)]
    public void Every_credential_is_valid_against_the_achievement_credential_schema(bool attendanceOnly, CredentialAward award, bool withStatus)
    {
        var credential = OpenBadgeCredentialBuilder.Build(FormatSamples.Input(attendanceOnly: attendanceOnly, award: award, withStatus: withStatus));

        var results = CheckCredential(credential);

        Assert.True(results.IsValid, Errors(results));
    }

    [Fact]
    public void The_schema_check_can_fail_a_credential_without_issuer()
    {
        var credential = OpenBadgeCredentialBuilder.Build(FormatSamples.Input());
        credential.Remove("issuer");

        Assert.False(CheckCredential(credential).IsValid);
    }

    [Fact]
    public void A_micro_credential_achievement_with_credits_outcomes_and_grade()
    {
        var input = FormatSamples.Input();
        var credential = OpenBadgeCredentialBuilder.Build(input);
        var subject = credential["credentialSubject"]!;
        var achievement = subject["achievement"]!;

        Assert.Equal("MicroCredential", (string?)achievement["achievementType"]);
        Assert.Equal(3.0, (double?)achievement["creditsAvailable"]);
        Assert.Equal(input.Content.LearningOutcomes, achievement["alignment"]!.AsArray().Select(a => (string)a!["targetName"]!).ToArray());
        Assert.Equal(input.Content.Grade, (string?)subject["result"]![0]!["value"]);
        Assert.Equal(input.Content.QualityAssurance, (string?)achievement["euMicroCredential"]!["qualityAssurance"]);
        Assert.Equal(7, (int?)achievement["euMicroCredential"]!["eqfLevel"]);
        Assert.Equal("BitstringStatusListEntry", (string?)credential["credentialStatus"]!["type"]);
        Assert.Equal("42", (string?)credential["credentialStatus"]!["statusListIndex"]);
    }

    [Fact]
    public void The_jwt_claims_carry_the_credential_and_the_registered_claims()
    {
        var input = FormatSamples.Input("Яна", "Ковальчук");
        var credential = OpenBadgeCredentialBuilder.Build(input);

        var claims = JsonNode.Parse(Encoding.UTF8.GetString(OpenBadgeCredentialBuilder.JwtPayload(credential, input.IssuedAt)))!;

        Assert.Equal(input.IssuerProfileUrl.ToString(), (string?)claims["iss"]);
        Assert.Equal(input.VerificationUrl.ToString(), (string?)claims["jti"]);
        Assert.Equal(input.IssuedAt.ToUnixTimeSeconds(), (long?)claims["nbf"]);
        Assert.Equal("Яна Ковальчук", (string?)claims["vc"]!["credentialSubject"]!["identifier"]![0]!["identityHash"]);
        Assert.True(CheckCredential(claims["vc"]!).IsValid);
    }

    [Fact]
    public void The_issuer_profile_is_valid_against_the_profile_schema()
    {
        var profile = OpenBadgeCredentialBuilder.IssuerProfile(
            new Uri("https://microcred.example.eu/institutions/00000000-0000-0000-0000-0000000000d1/profile"), "Πανεπιστήμιο Κρήτης", "GR", "EL090074919",
            "https://www.uoc.gr", new Uri("https://microcred.example.eu/institutions/00000000-0000-0000-0000-0000000000d1/jwks.json"));

        var results = CheckProfile(profile);

        Assert.True(results.IsValid, Errors(results));
    }
}
