namespace MicroCred.Domain.Credentials.Sealing;

/// <summary>
/// One signing key pair of an issuing institution (ES256, ECDSA P-256). At most one key of an institution is current (not
/// retired); retired keys stay stored so that their public halves remain published and everything they sealed still verifies.
/// </summary>
public sealed class InstitutionSigningKey
{
    public const int KeyIdMaxLength = 64;
    public const string Algorithm = "ES256";

    private InstitutionSigningKey()
    {
    }

    /// <param name="keyId">The published key id (the RFC 7638 thumbprint of the public key).</param>
    /// <param name="certificate">DER of the self-signed X.509 certificate over the public key.</param>
    /// <param name="protectedPrivateKey">The private key (PKCS#8), protected at rest; never stored in clear.</param>
    public InstitutionSigningKey(Guid institutionId, string keyId, byte[] certificate, string protectedPrivateKey, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyId);
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentException.ThrowIfNullOrWhiteSpace(protectedPrivateKey);
        if (keyId.Length > KeyIdMaxLength)
        {
            throw new ArgumentException($"A key id has at most {KeyIdMaxLength} characters.", nameof(keyId));
        }

        Id = Guid.NewGuid();
        InstitutionId = institutionId;
        KeyId = keyId;
        Certificate = certificate;
        ProtectedPrivateKey = protectedPrivateKey;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid InstitutionId { get; private set; }

    /// <summary>The <c>kid</c> in seals and in the institution's JWK set; unique across the portal.</summary>
    public string KeyId { get; private set; } = "";

    /// <summary>DER of the X.509 certificate (subject: institution name and country) that carries the public key.</summary>
    public byte[] Certificate { get; private set; } = [];

    /// <summary>The private key (PKCS#8) as protected by ASP.NET Core Data Protection.</summary>
    public string ProtectedPrivateKey { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When an administrator replaced this key; from then on it only verifies what it sealed before.</summary>
    public DateTimeOffset? RetiredAt { get; private set; }

    public bool IsCurrent => RetiredAt is null;

    public void Retire(DateTimeOffset now)
    {
        if (RetiredAt is not null)
        {
            throw new DomainException("This key was already replaced.");
        }

        RetiredAt = now;
    }
}
