using System.IO.Compression;
using System.Text;
using MicroCred.Documents.Rendering;
using MicroCred.Documents.Templates;
using MicroCred.Domain.Credentials;

namespace MicroCred.Web.Features.Credentials;

/// <summary>What a certificate is printed from: only the stored credential, never the live design.</summary>
public sealed record StoredCertificate(string PublicId, string LearnerIdentifier, string ContentJson, string ContentHash)
{
    public DateTimeOffset IssuedAt { get; init; }

    public Guid IssuingInstitutionId { get; init; }
}

/// <summary>A file written next to a certificate's PDF in the ZIP: its name is the PDF's without ".pdf", plus <see cref="Suffix"/>.</summary>
public sealed record CompanionFile(string Suffix, byte[] Bytes);

/// <summary>Renders certificates from issued credentials, one PDF or a whole cohort as a ZIP written entry by entry.</summary>
public sealed class CertificateFiles(PdfRenderer renderer)
{
    public byte[] Render(StoredCertificate certificate, string verificationUrl)
    {
        using var buffer = new MemoryStream();
        Render(certificate, verificationUrl, buffer);
        return buffer.ToArray();
    }

    public void Render(StoredCertificate certificate, string verificationUrl, Stream output)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var content = CredentialJson.Deserialize(certificate.ContentJson);
        renderer.Render(CertificateDocument.Build(CertificateDocument.FromCredential(content, verificationUrl, certificate.ContentHash)), output);
    }

    /// <summary>
    /// Writes the certificates as one ZIP to <paramref name="output"/>. Each entry is compressed into a small buffer and
    /// sent before the next one is rendered, so memory holds one certificate at a time whatever the cohort size.
    /// </summary>
    /// <param name="companions">Optional further files per certificate (the digital credentials), written next to its PDF.</param>
    public async Task<int> WriteZipAsync(
        Stream output, IAsyncEnumerable<StoredCertificate> certificates, Func<string, string> verificationUrl, CancellationToken ct,
        Func<StoredCertificate, CancellationToken, Task<IReadOnlyList<CompanionFile>>>? companions = null)
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
                using (var entryStream = entry.Open())
                {
                    Render(certificate, verificationUrl(certificate.PublicId), entryStream);
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
