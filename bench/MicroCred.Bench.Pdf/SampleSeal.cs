using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using MicroCred.Documents.Layout;
using MicroCred.Documents.Templates;

namespace MicroCred.Bench.Pdf;

/// <summary>What a sealed certificate adds: an ECDSA P-256 seal certificate, a logo, the signatory and a JSON-LD attachment.</summary>
internal static class SampleSeal
{
    public static X509Certificate2 Certificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Rijnmond University seal, O=Rijnmond University, C=NL", key, HashAlgorithmName.SHA256);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
    }

    /// <summary>A 480×120 RGB logo (a coloured band with stripes), about the size institutions upload.</summary>
    public static byte[] Logo()
    {
        const int width = 480, height = 120;
        var raw = new byte[height * (1 + (width * 3))];
        for (var y = 0; y < height; y++)
        {
            var row = y * (1 + (width * 3));
            for (var x = 0; x < width; x++)
            {
                var inMark = (x - 60) * (x - 60) + (y - 60) * (y - 60) < 45 * 45;
                var stripe = x > 130 && (y / 12) % 3 == 1 && x < 130 + (y * 2) + 200;
                var (r, g, b) = inMark ? ((byte)31, (byte)58, (byte)95) : stripe ? ((byte)200, (byte)120, (byte)30) : ((byte)255, (byte)255, (byte)255);
                raw[row + 1 + (x * 3)] = r;
                raw[row + 2 + (x * 3)] = g;
                raw[row + 3 + (x * 3)] = b;
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        Chunk(png, "IHDR", header);
        using var data = new MemoryStream();
        using (var z = new ZLibStream(data, CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write(raw);
        }

        Chunk(png, "IDAT", data.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    public static CertificateInput Sealed(CertificateInput input, byte[] logo) => input with
    {
        IssuerLogoPng = logo,
        SignedBy = new Signatory("Prof. Dr. Marieke van der Berg", "Rector Magnificus"),
        Attachments = [new EmbeddedFile("credential.jsonld", "application/ld+json", Json(input), EmbeddedFileRelationship.Alternative)
            { Description = "European Digital Credential (JSON-LD)" }],
    };

    /// <summary>A stand-in for the EDC JSON-LD of the same size order (about 6 KB), until the formats work supplies it.</summary>
    private static byte[] Json(CertificateInput input)
    {
        var text = new StringBuilder();
        text.Append("{\"@context\":[\"https://www.w3.org/ns/credentials/v2\",\"http://data.europa.eu/snb/model/context/edc-ap\"],");
        text.Append("\"type\":[\"VerifiableCredential\",\"EuropeanDigitalCredential\"],\"id\":\"urn:credential:").Append(input.CredentialId).Append("\",");
        text.Append("\"credentialSubject\":{\"givenName\":{\"en\":\"").Append(input.LearnerGivenNames).Append("\"},\"familyName\":{\"en\":\"").Append(input.LearnerFamilyName).Append("\"},");
        text.Append("\"hasClaim\":{\"title\":{\"en\":\"").Append(input.Title).Append("\"},\"learningOutcome\":[");
        text.Append(string.Join(",", input.LearningOutcomes.Select(o => $"{{\"type\":\"LearningOutcome\",\"title\":{{\"en\":\"{o}\"}}}}")));
        text.Append("],\"awardingBody\":[").Append(string.Join(",", input.AwardingBodies.Select(b => $"{{\"legalName\":{{\"en\":\"{b}\"}}}}"))).Append("],");
        text.Append("\"workload\":\"").Append(input.Workload).Append("\",\"level\":\"").Append(input.Level).Append("\",\"assessment\":\"").Append(input.AssessmentType).Append("\",");
        text.Append("\"qualityAssurance\":\"").Append(input.QualityAssurance).Append("\"}}}");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(length, Crc32([.. typeBytes, .. data]));
        png.Write(length);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
