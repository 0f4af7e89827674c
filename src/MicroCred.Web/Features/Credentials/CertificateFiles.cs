using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using MicroCred.Documents.Layout;
using MicroCred.Documents.Rendering;
using MicroCred.Documents.Sealing;
using MicroCred.Documents.Templates;
using MicroCred.Domain.Credentials;
using Microsoft.Extensions.Caching.Memory;

namespace MicroCred.Web.Features.Credentials;

/// <summary>What a certificate is printed from: only the stored credential, never the live design.</summary>
public sealed record StoredCertificate(string PublicId, string LearnerIdentifier, string ContentJson, string ContentHash)
{
    public DateTimeOffset IssuedAt { get; init; }

    /// <summary>The institution whose seal, logo and signatory the certificate carries; empty prints none of them.</summary>
    public Guid IssuingInstitutionId { get; init; }

    /// <summary>The credential's bit in its institution's revocation status list (null for one issued before status lists).</summary>
    public int? StatusListIndex { get; init; }
}

/// <summary>How an issuing institution presents its certificates: logo, signatory and (once it has one) its seal.</summary>
public sealed record CertificateIssuer(byte[]? Logo, Signatory? SignedBy, PdfSeal? Seal, string? SealKeyId)
{
    public static CertificateIssuer None { get; } = new(null, null, null, null);
}

/// <summary>A file written next to a certificate's PDF in the ZIP: its name is the PDF's without ".pdf", plus <see cref="Suffix"/>.</summary>
public sealed record CompanionFile(string Suffix, byte[] Bytes);

/// <summary>A rendered certificate with the entity tag that names exactly these bytes.</summary>
public sealed record CertificatePdf(byte[] Bytes, string ETag);

/// <summary>
/// Renders certificates from issued credentials, one PDF or a whole cohort as a ZIP written entry by entry. A credential's
/// content is frozen, so a rendered (and sealed) PDF is kept in memory under its content hash, seal key, look and link:
/// downloading it again neither lays it out nor signs it again.
/// </summary>
public sealed class CertificateFiles(PdfRenderer renderer) : IDisposable
{
    /// <summary>About 500 sealed certificates (40 KB each).</summary>
    public const long CacheBytes = 20L * 1024 * 1024;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = CacheBytes });

    public byte[] Render(StoredCertificate certificate, string verificationUrl) => Get(certificate, verificationUrl, CertificateIssuer.None).Bytes;

    /// <summary>The certificate's PDF from the cache, or rendered (and sealed when the issuer has a seal) and then cached.</summary>
    public CertificatePdf Get(StoredCertificate certificate, string verificationUrl, CertificateIssuer issuer, IReadOnlyList<EmbeddedFile>? attachments = null)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(issuer);
        attachments ??= [];
        var etag = ETag(certificate, verificationUrl, issuer, attachments);
        if (_cache.TryGetValue(etag, out byte[]? cached) && cached is not null)
        {
            return new CertificatePdf(cached, etag);
        }

        using var buffer = new MemoryStream();
        Render(certificate, verificationUrl, issuer, attachments, buffer);
        var bytes = buffer.ToArray();
        _cache.Set(etag, bytes, new MemoryCacheEntryOptions { Size = bytes.Length, SlidingExpiration = TimeSpan.FromHours(1) });
        return new CertificatePdf(bytes, etag);
    }

    /// <summary>
    /// The PDF (and its file name) last served for a download key (<see cref="CertificateDownloads"/>), while its bytes are
    /// still cached; null when the key is new or the bytes were pushed out.
    /// </summary>
    public (CertificatePdf Pdf, string FileName)? Find(string downloadKey) =>
        _cache.TryGetValue(downloadKey, out ServedDownload? served) && served is not null
            && _cache.TryGetValue(served.ETag, out byte[]? bytes) && bytes is not null
            ? (new CertificatePdf(bytes, served.ETag), served.FileName)
            : null;

    /// <summary>Remembers which PDF a download key gave, so the next download with that key is answered from the cache.</summary>
    public void Remember(string downloadKey, CertificatePdf pdf, string fileName)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        _cache.Set(downloadKey, new ServedDownload(pdf.ETag, fileName),
            new MemoryCacheEntryOptions { Size = downloadKey.Length + pdf.ETag.Length + fileName.Length, SlidingExpiration = TimeSpan.FromHours(1) });
    }

    private sealed record ServedDownload(string ETag, string FileName);

    public void Render(StoredCertificate certificate, string verificationUrl, Stream output) =>
        Render(certificate, verificationUrl, CertificateIssuer.None, [], output);

    private void Render(StoredCertificate certificate, string verificationUrl, CertificateIssuer issuer, IReadOnlyList<EmbeddedFile> attachments, Stream output)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var content = CredentialJson.Deserialize(certificate.ContentJson);
        var input = CertificateDocument.FromCredential(content, verificationUrl, certificate.ContentHash, issuer.Logo) with
        {
            SignedBy = issuer.SignedBy,
            Attachments = attachments,
        };
        renderer.Render(CertificateDocument.Build(input), output, issuer.Seal);
    }

    /// <summary>
    /// A strong entity tag: the credential's content hash, then a short digest of everything else that goes into the bytes
    /// (seal key, logo, signatory, printed link, attachments), so a new seal key or logo gives a new tag.
    /// </summary>
    public static string ETag(StoredCertificate certificate, string verificationUrl, CertificateIssuer issuer, IReadOnlyList<EmbeddedFile> attachments)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string? text) => hash.AppendData(Encoding.UTF8.GetBytes((text ?? "") + "\n"));
        Add(issuer.Seal is null ? "unsealed" : issuer.SealKeyId ?? issuer.Seal.Certificate.Thumbprint);
        Add(verificationUrl);
        Add(issuer.SignedBy?.Name);
        Add(issuer.SignedBy?.Role);
        hash.AppendData(issuer.Logo ?? []);
        foreach (var file in attachments)
        {
            Add(file.FileName);
            Add(file.MimeType);
            hash.AppendData(file.Content);
        }

        return $"\"{certificate.ContentHash}-{Convert.ToHexStringLower(hash.GetHashAndReset())[..16]}\"";
    }

    public void Dispose() => _cache.Dispose();

    /// <summary>
    /// Writes the certificates as one ZIP to <paramref name="output"/>. Each entry is compressed into a small buffer and
    /// sent before the next one is rendered, so memory holds one certificate at a time whatever the cohort size.
    /// </summary>
    public async Task<int> WriteZipAsync(Stream output, IAsyncEnumerable<StoredCertificate> certificates, Func<string, string> verificationUrl, CancellationToken ct) =>
        await WriteZipAsync(output, certificates, verificationUrl, CertificateIssuer.None, ct);

    /// <summary>The cohort's certificates, each sealed and dressed by <paramref name="issuer"/> (a cohort has one issuing institution).</summary>
    /// <param name="companions">Optional further files per certificate (the digital credentials), written next to its PDF.</param>
    /// <param name="attachments">Optional files each PDF carries inside it (the EDC JSON-LD), as in the single download.</param>
    public async Task<int> WriteZipAsync(
        Stream output, IAsyncEnumerable<StoredCertificate> certificates, Func<string, string> verificationUrl, CertificateIssuer issuer, CancellationToken ct,
        Func<StoredCertificate, CancellationToken, Task<IReadOnlyList<CompanionFile>>>? companions = null,
        Func<StoredCertificate, CancellationToken, Task<IReadOnlyList<EmbeddedFile>>>? attachments = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(certificates);
        ArgumentNullException.ThrowIfNull(verificationUrl);
        var chunk = new ChunkStream();
        var count = 0;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using (var zip = new ZipArchive(chunk, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8))
        {
            await foreach (var certificate in certificates.WithCancellation(ct))
            {
                var pdfName = EntryName(certificate, names);
                var entry = zip.CreateEntry(pdfName, CompressionLevel.Fastest);
                var url = verificationUrl(certificate.PublicId);
                var files = attachments is null ? [] : await attachments(certificate, ct);
                using (var entryStream = entry.Open())
                {
                    // A certificate downloaded singly before is taken from the cache (the very same bytes); others are rendered
                    // straight into the entry and not cached: a cohort ZIP would only push the learners' single downloads out.
                    if (_cache.TryGetValue(ETag(certificate, url, issuer, files), out byte[]? cached) && cached is not null)
                    {
                        entryStream.Write(cached);
                    }
                    else
                    {
                        Render(certificate, url, issuer, files, entryStream);
                    }
                }

                foreach (var companion in companions is null ? [] : await companions(certificate, ct))
                {
                    var companionEntry = zip.CreateEntry(Path.GetFileNameWithoutExtension(pdfName) + companion.Suffix, CompressionLevel.Fastest);
                    using var companionStream = companionEntry.Open();
                    companionStream.Write(companion.Bytes);
                }

                count++;
                await chunk.DrainToAsync(output, ct);
            }
        }

        await chunk.DrainToAsync(output, ct);
        await output.FlushAsync(ct);
        return count;
    }

    /// <summary>The learner identifier (their student number, which the issuer already knows) plus a short part of the public id.</summary>
    public static string EntryName(StoredCertificate certificate, ISet<string>? taken = null)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var safe = new string([.. certificate.LearnerIdentifier.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-')]).Trim('-');
        if (safe.Length == 0)
        {
            safe = "learner";
        }

        var name = $"certificate-{safe}.pdf";
        if (taken is not null && !taken.Add(name))
        {
            name = $"certificate-{safe}-{certificate.PublicId[..8]}.pdf";
            taken.Add(name);
        }

        return name;
    }

    /// <summary>A write-only, non-seekable buffer that the ZIP writer fills synchronously and the caller empties asynchronously.</summary>
    private sealed class ChunkStream : Stream
    {
        private readonly MemoryStream _buffer = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public async Task DrainToAsync(Stream destination, CancellationToken ct)
        {
            if (_buffer.Length == 0)
            {
                return;
            }

            await destination.WriteAsync(_buffer.GetBuffer().AsMemory(0, (int)_buffer.Length), ct);
            await destination.FlushAsync(ct);
            _buffer.SetLength(0);
        }

        public override void Write(byte[] buffer, int offset, int count) => _buffer.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => _buffer.Write(buffer);

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _buffer.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
