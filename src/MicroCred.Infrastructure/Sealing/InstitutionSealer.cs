using System.Buffers.Text;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MicroCred.Domain.Credentials.Sealing;
using Microsoft.Extensions.Logging;

namespace MicroCred.Infrastructure.Sealing;

/// <summary>
/// Compact JWS (RFC 7515) with ES256 over the institution's current key; verification tries the key the header names among
/// every key, current or retired, of every institution on the portal.
/// </summary>
public sealed partial class InstitutionSealer(InstitutionKeyStore keys, ILogger<InstitutionSealer> logger) : IInstitutionSealer
{
    /// <summary>Critical header parameters a seal may declare (JAdES signing time); any other makes the seal unreadable to us.</summary>
    private static readonly HashSet<string> UnderstoodCritical = new(StringComparer.Ordinal) { "sigT" };

    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "alg", "kid", "typ" };

    public async Task<string> SignAsync(
        Guid institutionId,
        ReadOnlyMemory<byte> payload,
        string type,
        IReadOnlyDictionary<string, object>? extraHeaders = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        var key = await keys.CurrentAsync(institutionId, cancellationToken);
        return Sign(key, payload.Span, type, extraHeaders);
    }

    /// <summary>Signs with a key already in hand (many seals in one go need one key look-up, not one each).</summary>
    internal static string Sign(SealingKey key, ReadOnlySpan<byte> payload, string type, IReadOnlyDictionary<string, object>? extraHeaders = null)
    {
        var header = Header(key.KeyId, type, extraHeaders);
        var signingInput = Base64Url.EncodeToString(header) + "." + Base64Url.EncodeToString(payload);
        using var ecdsa = key.CreatePrivate();
        var signature = ecdsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    public async Task<SealCheck> VerifyAsync(string compactJws, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(compactJws))
        {
            return SealCheck.Invalid("There is no seal to check.");
        }

        var parts = compactJws.Trim().Split('.');
        if (parts.Length != 3 || parts.Any(p => !Base64Url.IsValid(p)) || parts[0].Length == 0 || parts[2].Length == 0)
        {
            return SealCheck.Invalid("This is not a seal: a sealed document is three base64url parts separated by dots.");
        }

        string? algorithm;
        string? keyId;
        try
        {
            using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]));
            var root = header.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return SealCheck.Invalid("The seal's header cannot be read.");
            }

            algorithm = root.TryGetProperty("alg", out var alg) && alg.ValueKind == JsonValueKind.String ? alg.GetString() : null;
            keyId = root.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String ? kid.GetString() : null;
            if (root.TryGetProperty("crit", out var crit)
                && (crit.ValueKind != JsonValueKind.Array || crit.EnumerateArray().Any(c => c.ValueKind != JsonValueKind.String || !UnderstoodCritical.Contains(c.GetString()!) || !root.TryGetProperty(c.GetString()!, out _))))
            {
                return SealCheck.Invalid("The seal requires header parameters this portal does not understand.");
            }
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException)
        {
            return SealCheck.Invalid("The seal's header cannot be read.");
        }

        if (algorithm != InstitutionSigningKey.Algorithm)
        {
            return SealCheck.Invalid(algorithm is null
                ? "The seal does not say how it was signed (no alg in its header)."
                : $"The seal was made with the algorithm '{Shown(algorithm)}'; only {InstitutionSigningKey.Algorithm} seals are accepted.");
        }

        if (string.IsNullOrEmpty(keyId))
        {
            return SealCheck.Invalid("The seal does not name the key it was made with (no kid in its header).");
        }

        var key = KeyIdPattern().IsMatch(keyId) ? await keys.FindAsync(keyId, cancellationToken) : null;
        if (key is null)
        {
            logger.LogInformation("Seal check: {Outcome}", "unknown key");
            return SealCheck.Invalid($"The seal was made with a key ({Shown(keyId)}) that no institution on this portal has published.");
        }

        var signature = Base64Url.DecodeFromChars(parts[2]);
        using var ecdsa = key.CreatePublic();
        var valid = signature.Length == 64 && ecdsa.VerifyData(
            Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        if (!valid)
        {
            logger.LogInformation("Seal check: {Outcome}", "signature does not match");
            return SealCheck.Invalid("The signature does not match: the sealed content or the seal itself was changed after sealing.", key.InstitutionId, key.KeyId);
        }

        return new SealCheck(true, key.InstitutionId, key.KeyId, Base64Url.DecodeFromChars(parts[1]), null);
    }

    public async Task<X509Certificate2> GetSealCertificateAsync(Guid institutionId, CancellationToken cancellationToken = default)
    {
        var key = await keys.CurrentAsync(institutionId, cancellationToken);
        using var publicCertificate = X509CertificateLoader.LoadCertificate(key.Certificate);
        var ecdsa = key.CreatePrivate();
        var withKey = publicCertificate.CopyWithPrivateKey(ecdsa);
        if (!OperatingSystem.IsWindows())
        {
            return withKey;
        }

        // Windows' CMS signer cannot use an ephemeral key attached in memory; a PKCS#12 round trip gives it a usable one.
        using (withKey)
        {
            return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null, X509KeyStorageFlags.EphemeralKeySet);
        }
    }

    private static byte[] Header(string keyId, string type, IReadOnlyDictionary<string, object>? extraHeaders)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("alg", InstitutionSigningKey.Algorithm);
            json.WriteString("kid", keyId);
            json.WriteString("typ", type);
            foreach (var (name, value) in extraHeaders ?? new Dictionary<string, object>())
            {
                if (Reserved.Contains(name))
                {
                    throw new ArgumentException($"The header parameter '{name}' is set by the sealer.", nameof(extraHeaders));
                }

                json.WritePropertyName(name);
                WriteValue(json, name, value);
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteValue(Utf8JsonWriter json, string name, object value)
    {
        switch (value)
        {
            case string s:
                json.WriteStringValue(s);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case int or long or short or byte or uint or ulong or ushort or sbyte or double or float or decimal:
                json.WriteRawValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!);
                break;
            case IEnumerable<string> strings:
                json.WriteStartArray();
                foreach (var s in strings)
                {
                    json.WriteStringValue(s);
                }

                json.WriteEndArray();
                break;
            case JsonElement element:
                element.WriteTo(json);
                break;
            default:
                throw new ArgumentException($"The header parameter '{name}' must be a string, number, bool, list of strings or JSON value.", nameof(value));
        }
    }

    /// <summary>Untrusted header text as it may appear in a message: short and plain.</summary>
    private static string Shown(string value) => value.Length <= 64 && SafeText().IsMatch(value) ? value : "not readable";

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyIdPattern();

    [GeneratedRegex("^[A-Za-z0-9_.:# -]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeText();
}
