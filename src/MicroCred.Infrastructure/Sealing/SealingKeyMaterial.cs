using System.Buffers.Text;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using MicroCred.Domain.Institutions;

namespace MicroCred.Infrastructure.Sealing;

/// <summary>Makes a new ES256 key pair with its self-signed seal certificate, and derives the published key id.</summary>
public static class SealingKeyMaterial
{
    /// <summary>How long a portal-made seal certificate is valid; a key is normally rotated well before.</summary>
    public static readonly TimeSpan CertificateLifetime = TimeSpan.FromDays(3 * 365);

    /// <summary>A fresh P-256 key pair and a self-signed certificate whose subject names the institution and its country.</summary>
    public static (ECDsa Key, byte[] Certificate) Create(Institution institution, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(institution);
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(Subject(institution.Name, institution.CountryCode), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));

        // Document signing (RFC 9336), so PDF readers see what the certificate is for.
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.36")], false));
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        using var certificate = request.Create(request.SubjectName, X509SignatureGenerator.CreateForECDsa(key), now.AddMinutes(-5), now + CertificateLifetime, serial);
        return (key, certificate.RawData);
    }

    public static X500DistinguishedName Subject(string name, string? countryCode)
    {
        var builder = new X500DistinguishedNameBuilder();
        builder.AddCommonName(name);
        builder.AddOrganizationName(name);
        if (countryCode is { Length: 2 } && countryCode.All(char.IsAsciiLetterUpper))
        {
            builder.AddCountryOrRegion(countryCode);
        }

        return builder.Build();
    }

    /// <summary>The RFC 7638 thumbprint (SHA-256, base64url) of a P-256 public key: the <c>kid</c> under which it is published.</summary>
    public static string KeyIdOf(ECParameters publicKey)
    {
        var json = $$"""{"crv":"P-256","kty":"EC","x":"{{Base64Url.EncodeToString(publicKey.Q.X)}}","y":"{{Base64Url.EncodeToString(publicKey.Q.Y)}}"}""";
        return Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
    }

    public static ECParameters PublicKeyOf(byte[] certificate)
    {
        using var cert = X509CertificateLoader.LoadCertificate(certificate);
        using var key = cert.GetECDsaPublicKey() ?? throw new InvalidOperationException("The seal certificate does not carry an EC public key.");
        var parameters = key.ExportParameters(false);
        if (parameters.Q.X is not { Length: 32 })
        {
            throw new InvalidOperationException("The seal certificate's key is not a P-256 key.");
        }

        return parameters;
    }
}
