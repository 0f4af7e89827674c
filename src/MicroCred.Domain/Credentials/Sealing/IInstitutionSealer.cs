using System.Security.Cryptography.X509Certificates;

namespace MicroCred.Domain.Credentials.Sealing;

/// <summary>
/// Seals on behalf of an issuing institution with the signing key the portal keeps for it (created on first use, rotated by an
/// administrator; retired public keys stay available so that everything sealed earlier still verifies).
/// </summary>
public interface IInstitutionSealer
{
    /// <summary>
    /// A compact JWS (RFC 7515, ES256) over <paramref name="payload"/>, signed with the institution's current key. The protected
    /// header carries <c>alg</c>, <c>kid</c> (the key id published in the institution's JWK set), <c>typ</c> = <paramref name="type"/>
    /// and any <paramref name="extraHeaders"/> (string, number or bool values).
    /// </summary>
    Task<string> SignAsync(
        Guid institutionId,
        ReadOnlyMemory<byte> payload,
        string type,
        IReadOnlyDictionary<string, object>? extraHeaders = null,
        CancellationToken cancellationToken = default);

    /// <summary>Checks a compact JWS against every key (current and retired) of every institution; never throws on bad input.</summary>
    Task<SealCheck> VerifyAsync(string compactJws, CancellationToken cancellationToken = default);

    /// <summary>The institution's current seal certificate with its private key, for signing PDFs (X.509, same key pair as the JWS).</summary>
    Task<X509Certificate2> GetSealCertificateAsync(Guid institutionId, CancellationToken cancellationToken = default);
}

/// <summary>What a seal check found. <see cref="Payload"/> is set only when the signature is valid.</summary>
public sealed record SealCheck(bool IsValid, Guid? InstitutionId, string? KeyId, byte[]? Payload, string? Problem)
{
    public static SealCheck Invalid(string problem, Guid? institutionId = null, string? keyId = null) => new(false, institutionId, keyId, null, problem);
}
