using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MicroCred.Domain.Credentials.Sealing;

namespace MicroCred.Domain.Credentials.Formats;

/// <summary>
/// Seals the interoperable formats with the issuing institution's key through <see cref="IInstitutionSealer"/>:
/// the EDC as a compact JWS enveloping its JSON-LD (JAdES baseline B header parameters where the port allows them), and
/// the Open Badges credential as a VC-JWT (ES256).
/// </summary>
public sealed class CredentialFormatSigner(IInstitutionSealer sealer)
{
    /// <summary>
    /// The EDC JSON-LD sealed as a compact JWS. The protected header holds <c>alg</c> (ES256), <c>kid</c>, <c>typ</c> = jose,
    /// <c>cty</c>, the signing time <c>sigT</c> (in <c>crit</c>) and the seal certificate as <c>x5t#S256</c> and <c>x5c</c> (JAdES baseline B).
    /// </summary>
    public async Task<string> SealEuropeanDigitalCredentialAsync(CredentialFormatInput input, DateTimeOffset signedAt, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var payload = EuropeanDigitalCredentialBuilder.ToUtf8(EuropeanDigitalCredentialBuilder.Build(input));
        byte[] certificate;
        using (var seal = await sealer.GetSealCertificateAsync(input.IssuingInstitutionId, ct))
        {
            certificate = seal.RawData;
        }

        return await sealer.SignAsync(
            input.IssuingInstitutionId, payload, EuropeanDigitalCredentialBuilder.JwsType,
            EuropeanDigitalCredentialBuilder.JwsHeaders(signedAt, certificate), ct);
    }

    /// <summary>The Open Badges 3.0 AchievementCredential as a VC-JWT signed with the institution's key.</summary>
    public async Task<string> IssueOpenBadgeJwtAsync(CredentialFormatInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var payload = OpenBadgeCredentialBuilder.JwtPayload(OpenBadgeCredentialBuilder.Build(input), input.IssuedAt);
        return await sealer.SignAsync(input.IssuingInstitutionId, payload, OpenBadgeCredentialBuilder.JwtType, null, ct);
    }
}

/// <summary>Reads the parts of a compact JWS without trusting them (the signature is checked by <see cref="IInstitutionSealer.VerifyAsync"/>).</summary>
public static class CompactJws
{
    public static bool LooksLikeCompactJws(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split('.');
        return parts.Length == 3 && parts.All(p => p.Length > 0 && p.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'));
    }

    /// <summary>Header and payload of a compact JWS, or null when it is not one.</summary>
    public static (JsonObject Header, byte[] Payload)? TryRead(string? text)
    {
        if (!LooksLikeCompactJws(text))
        {
            return null;
        }

        var parts = text!.Trim().Split('.');
        try
        {
            var header = JsonNode.Parse(FromBase64Url(parts[0])) as JsonObject;
            return header is null ? null : (header, FromBase64Url(parts[1]));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    public static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] FromBase64Url(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Replace('-', '+').Replace('_', '/');
        s += (s.Length % 4) switch { 2 => "==", 3 => "=", 0 => "", _ => throw new FormatException("Not base64url.") };
        return Convert.FromBase64String(s);
    }

    public static string Utf8(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
