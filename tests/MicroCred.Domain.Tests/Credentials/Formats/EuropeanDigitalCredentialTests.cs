using System.Text;
using System.Text.Json.Nodes;
using MicroCred.Domain.Credentials;
using MicroCred.Domain.Credentials.Formats;

namespace MicroCred.Domain.Tests.Credentials.Formats;

/// <summary>The EDC (ELM v3 JSON-LD) against the Commission's SHACL shapes of the generic profile, expanded offline.</summary>
public class EuropeanDigitalCredentialTests
{
    private static string Json(CredentialFormatInput input) => Encoding.UTF8.GetString(EuropeanDigitalCredentialBuilder.ToUtf8(EuropeanDigitalCredentialBuilder.Build(input)));

    [Fact]
    public async Task The_commissions_own_unsigned_sample_has_exactly_the_two_known_violations()
    {
        var report = await ShaclValidator.ValidateAsync(await File.ReadAllTextAsync(ShaclValidator.Standards("elm-3/Sample-MC-Annex1-unsigned.jsonld")));

        Assert.False(report.Conforms);
        Assert.Equal(2, report.Violations.Count);
        Assert.Contains(report.Violations, v => v.Path == "https://www.w3.org/2018/credentials#issuer" && v.Message.Contains("IssuerNodeShape", StringComparison.Ordinal));
        Assert.Contains(report.Violations, v => v.Path == "https://www.w3.org/2018/credentials#issued" && v.Message == "Less than 1 values");
    }

    [Fact]
    public async Task An_ects_certificate_conforms_to_the_edc_generic_shapes_with_zero_violations()
    {
        var report = await ShaclValidator.ValidateAsync(Json(FormatSamples.Input()));

        Assert.True(report.Conforms, report.Describe());
        Assert.Empty(report.Violations);
        Assert.True(report.Quads > 100, $"Only {report.Quads} statements came out of the expansion: terms were dropped.");
    }

    [Fact]
    public async Task An_attendance_badge_without_status_conforms_too()
    {
        var report = await ShaclValidator.ValidateAsync(Json(FormatSamples.Input(attendanceOnly: true, award: CredentialAward.BadgeOfAttendance, withStatus: false)));

        Assert.True(report.Conforms, report.Describe());
    }

    [Fact]
    public async Task A_credential_without_issued_date_is_caught_by_the_same_validator()
    {
        var edc = EuropeanDigitalCredentialBuilder.Build(FormatSamples.Input());
        edc.Remove("issued");

        var report = await ShaclValidator.ValidateAsync(edc.ToJsonString());

        Assert.Single(report.Violations);
        Assert.Equal("https://www.w3.org/2018/credentials#issued", report.Violations[0].Path);
    }

    [Fact]
    public void Greek_and_cyrillic_names_survive_the_json_ld_round_trip()
    {
        var greek = JsonNode.Parse(Json(FormatSamples.Input("Αθηνά", "Παπαδοπούλου")))!;
        var cyrillic = JsonNode.Parse(Json(FormatSamples.Input("Яна", "Ковальчук")))!;

        Assert.Equal("Αθηνά Παπαδοπούλου", (string?)greek["credentialSubject"]!["fullName"]!["en"]);
        Assert.Equal("Παπαδοπούλου", (string?)greek["credentialSubject"]!["familyName"]!["en"]);
        Assert.Equal("Яна Ковальчук", (string?)cyrillic["credentialSubject"]!["fullName"]!["en"]);
        Assert.Contains("Ковальчук", Json(FormatSamples.Input("Яна", "Ковальчук")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_claim_carries_the_annex_elements_from_the_frozen_content()
    {
        var input = FormatSamples.Input();
        var edc = EuropeanDigitalCredentialBuilder.Build(input);
        var claim = edc["credentialSubject"]!["hasClaim"]!;
        var spec = claim["specifiedBy"]!;

        Assert.Equal(input.Content.Title, (string?)spec["title"]!["en"]);
        Assert.Equal(input.Content.LearningOutcomes.Count, spec["learningOutcome"]!.AsArray().Count);
        Assert.Equal("3", (string?)spec["creditPoint"]!["point"]);
        Assert.Equal("http://data.europa.eu/snb/eqf/7", (string?)spec["eqfLevel"]!["id"]);
        Assert.StartsWith("PT", (string?)spec["volumeOfLearning"], StringComparison.Ordinal);
        Assert.Equal(input.Content.Grade, (string?)claim["provenBy"]!["grade"]!["noteLiteral"]!["en"]);
        Assert.Equal(input.Content.AwardingBodies.Count, claim["awardedBy"]!["awardingBody"]!.AsArray().Count);
        Assert.Equal("2027-12-20T10:30:00Z", (string?)edc["issued"]);
        Assert.Equal(input.Content.IssuingInstitutionLegalIdentifier, (string?)edc["issuer"]!["eIDASIdentifier"]!["notation"]);
        Assert.Equal($"https://microcred.example.eu/institutions/{input.IssuingInstitutionId}/status/revocation#42", (string?)edc["credentialStatus"]!["@value"]);
        Assert.Equal("Accreditation", (string?)edc["issuer"]!["accreditation"]!["type"]);
    }

    [Fact]
    public void No_personal_data_beyond_what_the_certificate_prints()
    {
        var subject = EuropeanDigitalCredentialBuilder.Build(FormatSamples.Input())["credentialSubject"]!.AsObject();

        Assert.Equal(["id", "type", "identifier", "givenName", "familyName", "fullName", "hasClaim"], subject.Select(p => p.Key).ToArray());
    }
}
