using System.Security.Cryptography;
using System.Text;
using MicroCred.Domain.Credentials.Formats;

namespace MicroCred.Domain.Tests.Credentials.Formats;

/// <summary>EDC JWS and Open Badges VC-JWT through the sealing port: round trips, headers, one-byte tamper, reading back.</summary>
public sealed class CredentialSealingTests : IDisposable
{
    private static readonly DateTimeOffset SignedAt = new(2027, 12, 20, 10, 31, 5, TimeSpan.Zero);
    private readonly EcdsaTestSealer _sealer = new();

    public void Dispose() => _sealer.Dispose();

    [Fact]
    public async Task A_sealed_edc_verifies_and_carries_the_jades_header_parameters()
    {
        var input = FormatSamples.Input();
        var jws = await new CredentialFormatSigner(_sealer).SealEuropeanDigitalCredentialAsync(input, SignedAt);

        var check = await _sealer.VerifyAsync(jws);
        var header = CompactJws.TryRead(jws)!.Value.Header;

        Assert.True(check.IsValid, check.Problem);
        Assert.Equal(input.IssuingInstitutionId, check.InstitutionId);
        Assert.Equal(EuropeanDigitalCredentialBuilder.ToUtf8(EuropeanDigitalCredentialBuilder.Build(input)), check.Payload);
        Assert.Equal("ES256", (string?)header["alg"]);
        Assert.Equal("jose", (string?)header["typ"]);
        Assert.Equal("vc+ld+json", (string?)header["cty"]);
        Assert.Equal("2027-12-20T10:31:05Z", (string?)header["sigT"]);
        using var certificate = await _sealer.GetSealCertificateAsync(input.IssuingInstitutionId);
        Assert.Equal(CompactJws.Base64Url(certificate.GetCertHash(HashAlgorithmName.SHA256)), (string?)header["x5t#S256"]);
        Assert.Equal(Convert.ToBase64String(certificate.RawData), (string?)header["x5c"]![0]);
        Assert.Equal("sigT", (string?)header["crit"]![0]);
    }

    [Fact]
    public async Task One_changed_byte_in_the_sealed_edc_breaks_the_seal_and_the_change_is_named()
    {
        var input = FormatSamples.Input();
        var jws = await new CredentialFormatSigner(_sealer).SealEuropeanDigitalCredentialAsync(input, SignedAt);
        var forged = Tamper(jws, "8.1 on a scale", "9.1 on a scale");

        var check = await _sealer.VerifyAsync(forged);
        var presented = PresentedCredential.Read(forged);

        Assert.False(check.IsValid);
        Assert.Equal(PresentedFormat.EdcJws, presented.Format);
        var difference = Assert.Single(presented.CompareWith(input.Content));
        Assert.Equal("Grade", difference.Field);
        Assert.StartsWith("9.1", difference.InDocument, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_open_badge_vc_jwt_verifies_and_one_changed_byte_breaks_it()
    {
        var input = FormatSamples.Input("Яна", "Ковальчук");
        var jwt = await new CredentialFormatSigner(_sealer).IssueOpenBadgeJwtAsync(input);

        var check = await _sealer.VerifyAsync(jwt);
        var presented = PresentedCredential.Read(jwt);

        Assert.True(check.IsValid, check.Problem);
        Assert.Equal("JWT", (string?)CompactJws.TryRead(jwt)!.Value.Header["typ"]);
        Assert.Equal(PresentedFormat.OpenBadgeJwt, presented.Format);
        Assert.Equal(FormatSamples.PublicId, presented.PublicId);
        Assert.Equal("Яна Ковальчук", presented.LearnerName);
        Assert.Empty(presented.CompareWith(input.Content));
        Assert.False((await _sealer.VerifyAsync(Tamper(jwt, "Ковальчук", "Ковальчяк"))).IsValid);
    }

    [Fact]
    public void Plain_json_ld_is_read_as_an_unsealed_edc_and_compared_field_by_field()
    {
        var input = FormatSamples.Input("Αθηνά", "Παπαδοπούλου");
        var text = Encoding.UTF8.GetString(EuropeanDigitalCredentialBuilder.ToUtf8(EuropeanDigitalCredentialBuilder.Build(input)));

        var presented = PresentedCredential.Read(text);

        Assert.Equal(PresentedFormat.EdcJsonLd, presented.Format);
        Assert.Equal(FormatSamples.PublicId, presented.PublicId);
        Assert.Equal("Αθηνά Παπαδοπούλου", presented.LearnerName);
        Assert.Empty(presented.CompareWith(input.Content));
        Assert.Equal("Learner's name", Assert.Single(PresentedCredential.Read(text.Replace("Αθηνά", "Αθηνα", StringComparison.Ordinal)).CompareWith(input.Content)).Field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a credential")]
    [InlineData("a.b.c")]
    [InlineData("[1,2]")]
    public void Anything_else_is_unreadable(string text) =>
        Assert.Equal(PresentedFormat.Unreadable, PresentedCredential.Read(text).Format);

    /// <summary>Changes the payload of a compact JWS and keeps the original signature.</summary>
    private static string Tamper(string jws, string from, string to)
    {
        var parts = jws.Split('.');
        var payload = Encoding.UTF8.GetString(CompactJws.FromBase64Url(parts[1]));
        Assert.Contains(from, payload, StringComparison.Ordinal);
        return parts[0] + "." + CompactJws.Base64Url(Encoding.UTF8.GetBytes(payload.Replace(from, to, StringComparison.Ordinal))) + "." + parts[2];
    }
}
