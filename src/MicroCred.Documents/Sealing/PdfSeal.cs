using System.Security.Cryptography.X509Certificates;

namespace MicroCred.Documents.Sealing;

/// <summary>
/// An electronic seal to put on a PDF: an X.509 certificate with its private key (ECDSA P-256 or RSA). The PDF gets an
/// invisible signature (PKCS#7 detached, SHA-256, ISO 32000 adbe.pkcs7.detached) over every byte except the signature itself.
/// </summary>
public sealed record PdfSeal
{
    public PdfSeal(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        if (!certificate.HasPrivateKey)
        {
            throw new ArgumentException("The seal certificate must come with its private key.", nameof(certificate));
        }

        Certificate = certificate;
    }

    public X509Certificate2 Certificate { get; }

    /// <summary>Why the document is sealed, shown by PDF viewers in the signature panel.</summary>
    public string? Reason { get; init; }

    public string? Location { get; init; }

    public string? ContactInfo { get; init; }
}
