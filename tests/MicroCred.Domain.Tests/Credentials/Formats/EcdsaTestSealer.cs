using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using MicroCred.Domain.Credentials.Formats;
using MicroCred.Domain.Credentials.Sealing;

namespace MicroCred.Domain.Tests.Credentials.Formats;

/// <summary>
/// A test double of the sealing port that really signs: one P-256 key per institution, compact ES256 JWS as RFC 7515 defines
/// it, and a self-signed seal certificate over the same key. Only for tests; the product's sealer keeps keys protected.
/// </summary>
public sealed class EcdsaTestSealer : IInstitutionSealer, IDisposable
{
    private readonly Dictionary<Guid, ECDsa> _keys = [];
    private readonly Dictionary<Guid, byte[]> _certificates = [];

    public ECDsa KeyOf(Guid institutionId)
    {
        if (!_keys.TryGetValue(institutionId, out var key))
        {
            key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            _keys[institutionId] = key;
        }

        return key;
    }

    public static string KeyIdOf(Guid institutionId) => "test-" + institutionId.ToString("N")[..8];

    public Task<string> SignAsync(Guid institutionId, ReadOnlyMemory<byte> payload, string type, IReadOnlyDictionary<string, object>? extraHeaders = null, CancellationToken cancellationToken = default)
    {
        var header = new JsonObject { ["alg"] = "ES256", ["kid"] = KeyIdOf(institutionId), ["typ"] = type };
        foreach (var (name, value) in extraHeaders ?? new Dictionary<string, object>())
        {
            header[name] = System.Text.Json.JsonSerializer.SerializeToNode(value);
        }

        var signingInput = CompactJws.Base64Url(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." + CompactJws.Base64Url(payload.Span);
        var signature = KeyOf(institutionId).SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256);
        return Task.FromResult(signingInput + "." + CompactJws.Base64Url(signature));
    }

    public Task<SealCheck> VerifyAsync(string compactJws, CancellationToken cancellationToken = default)
    {
        var parts = compactJws.Trim().Split('.');
        if (parts.Length != 3 || CompactJws.TryRead(compactJws) is not { } read)
        {
            return Task.FromResult(SealCheck.Invalid("not a compact JWS"));
        }

        var kid = (string?)read.Header["kid"];
        foreach (var (institution, key) in _keys)
        {
            if (KeyIdOf(institution) != kid)
            {
                continue;
            }

            byte[] signature;
            try
            {
                signature = CompactJws.FromBase64Url(parts[2]);
            }
            catch (FormatException)
            {
                return Task.FromResult(SealCheck.Invalid("signature is not base64url", institution, kid));
            }

            var valid = key.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature, HashAlgorithmName.SHA256);
            return Task.FromResult(valid
                ? new SealCheck(true, institution, kid, read.Payload, null)
                : SealCheck.Invalid("signature does not match", institution, kid));
        }

        return Task.FromResult(SealCheck.Invalid("unknown key"));
    }

    public Task<X509Certificate2> GetSealCertificateAsync(Guid institutionId, CancellationToken cancellationToken = default)
    {
        // One certificate per institution (like the real sealer), handed out as a fresh copy with the private key.
        if (!_certificates.TryGetValue(institutionId, out var raw))
        {
            var request = new CertificateRequest($"CN=Test seal {institutionId:N}", KeyOf(institutionId), HashAlgorithmName.SHA256);
            using var created = request.CreateSelfSigned(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2036, 1, 1, 0, 0, 0, TimeSpan.Zero));
            raw = created.RawData;
            _certificates[institutionId] = raw;
        }

        using var publicOnly = X509CertificateLoader.LoadCertificate(raw);
        return Task.FromResult(publicOnly.CopyWithPrivateKey(KeyOf(institutionId)));
    }

    public void Dispose()
    {
        foreach (var key in _keys.Values)
        {
            key.Dispose();
        }
    }
}
