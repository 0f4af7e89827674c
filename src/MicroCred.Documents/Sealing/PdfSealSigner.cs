using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using PdfSharp.Pdf.Signatures;

namespace MicroCred.Documents.Sealing;

/// <summary>
/// Signs a PDF's byte ranges with a seal certificate: a detached CMS (PKCS#7) SignedData over SHA-256, as PDFsharp's
/// <see cref="PdfSharpDefaultSigner"/> makes it (same attributes, same certificates), without its per-document costs:
/// the placeholder size is measured once per certificate instead of by signing a dummy for every document, and the
/// certificates to include (the seal and its chain without the root) are worked out once per certificate instead of
/// building the chain at every signature.
/// </summary>
internal sealed class PdfSealSigner : IDigitalSigner
{
    private static readonly ConcurrentDictionary<string, Prepared> Cache = new(StringComparer.Ordinal);
    private static readonly Oid Sha256 = new("2.16.840.1.101.3.4.2.1");

    private readonly X509Certificate2 _certificate;
    private readonly Prepared _prepared;

    public PdfSealSigner(X509Certificate2 certificate)
    {
        _certificate = certificate;
        var key = certificate.GetCertHashString(HashAlgorithmName.SHA256);
        if (!Cache.TryGetValue(key, out var prepared))
        {
            if (Cache.Count > 256)
            {
                Cache.Clear();
            }

            prepared = Prepare(certificate);
            Cache[key] = prepared;
        }

        _prepared = prepared;
    }

    public string CertificateName => _certificate.GetNameInfo(X509NameType.SimpleName, false) ?? "(undefined)";

    public Task<int> GetSignatureSizeAsync() => Task.FromResult(_prepared.SignatureSize);

    public Task<byte[]> GetSignatureAsync(Stream stream)
    {
        var content = new byte[stream.Length];
        stream.Position = 0;
        stream.ReadExactly(content);
        return Task.FromResult(Sign(_certificate, _prepared.Chain, content));
    }

    private static Prepared Prepare(X509Certificate2 certificate)
    {
        // The certificates X509IncludeOption.ExcludeRoot would add (PDFsharp's default), found once.
        var chain = new X509Certificate2Collection();
        using (var builder = new X509Chain())
        {
            builder.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            builder.ChainPolicy.VerificationFlags = X509VerificationFlags.AllFlags;
            builder.Build(certificate);
            var elements = builder.ChainElements;
            for (var i = 1; i < elements.Count - 1; i++)
            {
                chain.Add(elements[i].Certificate);
            }
        }

        // The signature's length varies by a few bytes (ECDSA's DER integers); PDFsharp pads its measure by 4, this by 16.
        var size = Sign(certificate, chain, [0]).Length + 16;
        return new Prepared(chain, size);
    }

    private static byte[] Sign(X509Certificate2 certificate, X509Certificate2Collection chain, byte[] content)
    {
        var signedCms = new SignedCms(new ContentInfo(content), detached: true);
        var signer = new CmsSigner(certificate)
        {
            DigestAlgorithm = Sha256,
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.Certificates.AddRange(chain);
        signer.UnsignedAttributes.Add(new Pkcs9SigningTime());
        signedCms.ComputeSignature(signer, silent: true);
        return signedCms.Encode();
    }

    private sealed record Prepared(X509Certificate2Collection Chain, int SignatureSize);
}
