using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using MicroCred.Documents.Layout;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace MicroCred.Documents.Sealing;

/// <summary>What a document signature says about the bytes of a PDF.</summary>
public enum SealState
{
    /// <summary>The PDF carries no signature.</summary>
    None,

    /// <summary>The signature matches the signed bytes and the signed bytes are the whole file.</summary>
    Valid,

    /// <summary>The signature was valid for the bytes it covers, but something was added to the file after sealing.</summary>
    ChangedAfterSealing,

    /// <summary>The signed bytes were changed, or the signature cannot be read.</summary>
    Broken,
}

/// <summary>What <see cref="SealedPdf.Inspect"/> found in an uploaded PDF.</summary>
public sealed record PdfInspection(
    bool IsPdf,
    SealState Seal,
    X509Certificate2? Signer,
    DateTimeOffset? SealedAt,
    IReadOnlyDictionary<string, string> Properties,
    IReadOnlyList<EmbeddedFile> Attachments)
{
    public static PdfInspection NotPdf { get; } = new(false, SealState.None, null, null, new Dictionary<string, string>(), []);
}

/// <summary>
/// Reads a PDF as a verifier does: checks its document signature over the byte ranges it declares, and reads the
/// document information entries and the embedded files. Never throws on bad input.
/// </summary>
public static class SealedPdf
{
    public static PdfInspection Inspect(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        if (pdf.Length < 16 || !pdf.AsSpan(0, Math.Min(pdf.Length, 1024)).StartsWith("%PDF-"u8))
        {
            return PdfInspection.NotPdf;
        }

        var (seal, signer, sealedAt) = CheckSignature(pdf);
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        var attachments = new List<EmbeddedFile>();
        try
        {
            using var document = PdfReader.Open(new MemoryStream(pdf, writable: false), PdfDocumentOpenMode.Import);
            foreach (var key in document.Info.Elements.Keys)
            {
                if (document.Info.Elements[key] is PdfString text)
                {
                    properties[key.TrimStart('/')] = text.Value;
                }
            }

            ReadAttachments(document, attachments);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A PDF PDFsharp cannot parse still gets its signature verdict; it simply shows no properties or attachments.
            if (seal == SealState.None)
            {
                return PdfInspection.NotPdf;
            }
        }

        return new PdfInspection(true, seal, signer, sealedAt, properties, attachments);
    }

    private static (SealState, X509Certificate2?, DateTimeOffset?) CheckSignature(byte[] pdf)
    {
        var at = pdf.AsSpan().LastIndexOf("/ByteRange"u8);
        if (at < 0)
        {
            return (SealState.None, null, null);
        }

        try
        {
            var open = Array.IndexOf(pdf, (byte)'[', at);
            var close = Array.IndexOf(pdf, (byte)']', open);
            if (open < 0 || close < 0 || close - open > 200)
            {
                return (SealState.Broken, null, null);
            }

            var numbers = Encoding.ASCII.GetString(pdf, open + 1, close - open - 1)
                .Split([' ', '\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)
                .Select(n => long.Parse(n, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();
            if (numbers.Length != 4 || numbers[0] != 0 || numbers[1] <= 0 || numbers[2] <= numbers[1] || numbers[2] + numbers[3] > pdf.Length
                || pdf[numbers[1]] != '<' || pdf[numbers[2] - 1] != '>')
            {
                return (SealState.Broken, null, null);
            }

            var hex = Encoding.ASCII.GetString(pdf, (int)numbers[1] + 1, (int)(numbers[2] - numbers[1] - 2)).TrimEnd('0');
            if (hex.Length % 2 == 1)
            {
                hex += "0";
            }

            var cms = new SignedCms(new ContentInfo([.. pdf.AsSpan(0, (int)numbers[1]), .. pdf.AsSpan((int)numbers[2], (int)numbers[3])]), detached: true);
            cms.Decode(DerPrefix(Convert.FromHexString(hex)));
            var signerInfo = cms.SignerInfos[0];
            var signer = signerInfo.Certificate;
            DateTimeOffset? sealedAt = null;
            foreach (var attribute in signerInfo.SignedAttributes)
            {
                if (attribute.Oid.Value == "1.2.840.113549.1.9.5" && attribute.Values.Count > 0)
                {
                    sealedAt = new Pkcs9SigningTime(attribute.Values[0].RawData).SigningTime;
                }
            }

            try
            {
                cms.CheckSignature(verifySignatureOnly: true);
            }
            catch (CryptographicException)
            {
                return (SealState.Broken, signer, sealedAt);
            }

            var end = numbers[2] + numbers[3];
            var rest = pdf.AsSpan((int)end);
            return (rest.IndexOfAnyExcept(" \r\n\t\0"u8) >= 0 ? SealState.ChangedAfterSealing : SealState.Valid, signer, sealedAt);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or CryptographicException or ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            return (SealState.Broken, null, null);
        }
    }

    /// <summary>The placeholder is padded with zeros; keep just the DER value (tag, length, content).</summary>
    private static byte[] DerPrefix(byte[] data)
    {
        if (data.Length < 2 || data[1] < 0x80)
        {
            return data.Length < 2 ? data : data[..Math.Min(data.Length, data[1] + 2)];
        }

        var lengthBytes = data[1] & 0x7F;
        var length = 0;
        for (var i = 0; i < lengthBytes; i++)
        {
            length = (length << 8) | data[2 + i];
        }

        return data[..Math.Min(data.Length, 2 + lengthBytes + length)];
    }

    private static void ReadAttachments(PdfDocument document, List<EmbeddedFile> attachments)
    {
        var names = document.Internals.Catalog.Elements.GetDictionary("/Names")?.Elements.GetDictionary("/EmbeddedFiles")?.Elements.GetArray("/Names");
        if (names is null)
        {
            return;
        }

        for (var i = 0; i + 1 < names.Elements.Count && attachments.Count < 20; i += 2)
        {
            var spec = names.Elements.GetDictionary(i + 1);
            var stream = spec?.Elements.GetDictionary("/EF")?.Elements.GetDictionary("/F");
            if (spec is null || stream?.Stream is null)
            {
                continue;
            }

            var name = spec.Elements.GetString("/UF") is { Length: > 0 } uf ? uf : spec.Elements.GetString("/F");
            var mime = stream.Elements.GetName("/Subtype").TrimStart('/').ToLowerInvariant();
            var relationship = Enum.TryParse<EmbeddedFileRelationship>(spec.Elements.GetName("/AFRelationship").TrimStart('/'), out var r) ? r : EmbeddedFileRelationship.Unspecified;
            try
            {
                attachments.Add(new EmbeddedFile(name, mime.Length == 0 ? "application/octet-stream" : mime, stream.Stream.UnfilteredValue, relationship)
                {
                    Description = spec.Elements.GetString("/Desc") is { Length: > 0 } d ? d : null,
                });
            }
            catch (ArgumentException)
            {
                // A file this reader refuses (odd name or type, too large) is skipped, not fatal.
            }
        }
    }
}
