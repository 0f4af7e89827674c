using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MicroCred.Infrastructure.Sealing;

/// <summary>
/// Configuration section <c>Sealing</c>. By default the portal makes and keeps each institution's key; an institution that
/// has its own (qualified) e-seal certificate names it here instead, by institution id:
/// <c>Sealing:Institutions:{institution id}:CertificatePath</c> (a PKCS#12/PFX file with an ECDSA P-256 key) and
/// <c>Sealing:Institutions:{institution id}:CertificatePassword</c>.
/// </summary>
public sealed class SealingOptions
{
    public const string Section = "Sealing";

    /// <summary>Keyed by institution id (a GUID as text).</summary>
    public Dictionary<string, ConfiguredSealCertificate> Institutions { get; set; } = [];

    /// <summary>The configured certificates by institution; a key that is not an id fails at start with a clear message.</summary>
    public IReadOnlyDictionary<Guid, ConfiguredSealCertificate> ByInstitution() => Institutions.ToDictionary(
        e => Guid.TryParse(e.Key, out var id) ? id : throw new InvalidOperationException($"Sealing:Institutions:{e.Key} is not an institution id; use the institution's id (a GUID) as the key."),
        e => e.Value);
}

public sealed class ConfiguredSealCertificate
{
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>Reads the PFX and checks it can seal with ES256; the message says what is wrong in words.</summary>
    public X509Certificate2 Load(Guid institutionId)
    {
        if (string.IsNullOrWhiteSpace(CertificatePath) || !File.Exists(CertificatePath))
        {
            throw new InvalidOperationException($"The seal certificate configured for institution {institutionId} was not found at '{CertificatePath}'.");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(CertificatePath, CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException e)
        {
            throw new InvalidOperationException($"The seal certificate configured for institution {institutionId} cannot be opened (wrong password or not a PFX file).", e);
        }

        using var key = certificate.GetECDsaPrivateKey();
        if (key is null || key.KeySize != 256)
        {
            certificate.Dispose();
            throw new InvalidOperationException($"The seal certificate configured for institution {institutionId} has no ECDSA P-256 private key; MicroCred seals with ES256.");
        }

        return certificate;
    }
}
