using System.Buffers.Text;
using System.IO.Compression;

namespace MicroCred.Domain.Credentials.Sealing;

/// <summary>
/// The bitstring of a W3C Bitstring Status List (https://www.w3.org/TR/vc-bitstring-status-list/): index 0 is the left-most
/// (most significant) bit of the first byte; the encoded list is the GZIP-compressed bitstring, base64url without padding,
/// with the multibase prefix "u".
/// </summary>
public static class StatusBitstring
{
    /// <summary>The spec's minimum size for herd privacy: 16 KB, 131,072 entries.</summary>
    public const int MinimumEntries = 131_072;

    public static string Encode(IEnumerable<int> setIndexes, int entries = MinimumEntries)
    {
        ArgumentNullException.ThrowIfNull(setIndexes);
        var bits = new byte[Math.Max(entries, MinimumEntries) / 8];
        foreach (var index in setIndexes)
        {
            if (index < 0 || index / 8 >= bits.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(setIndexes), index, "A status list index lies outside the list.");
            }

            bits[index / 8] |= (byte)(0x80 >> (index % 8));
        }

        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bits);
        }

        return "u" + Base64Url.EncodeToString(compressed.ToArray());
    }

    /// <summary>The bitstring of an encoded list (for checks and tests).</summary>
    public static byte[] Decode(string encodedList)
    {
        ArgumentException.ThrowIfNullOrEmpty(encodedList);
        if (encodedList[0] != 'u')
        {
            throw new FormatException("An encoded status list starts with the multibase prefix 'u'.");
        }

        using var gzip = new GZipStream(new MemoryStream(Base64Url.DecodeFromChars(encodedList.AsSpan(1))), CompressionMode.Decompress);
        using var bits = new MemoryStream();
        gzip.CopyTo(bits);
        return bits.ToArray();
    }

    public static bool IsSet(byte[] bitstring, int index)
    {
        ArgumentNullException.ThrowIfNull(bitstring);
        return (bitstring[index / 8] & (0x80 >> (index % 8))) != 0;
    }
}

/// <summary>
/// Where a credential's revocation status is published: the <c>credentialStatus</c> entry (type BitstringStatusListEntry,
/// purpose revocation) that JSON credentials carry.
/// </summary>
public sealed record CredentialStatusReference(string StatusListCredentialUrl, int StatusListIndex)
{
    public const string EntryType = "BitstringStatusListEntry";
    public const string Purpose = "revocation";

    /// <summary>The entry's own id: the list's address with the index as fragment.</summary>
    public string Id => StatusListCredentialUrl + "#" + StatusListIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The path, below the portal's public address, of an institution's revocation list credential.</summary>
    public static string RevocationListPath(Guid institutionId) => $"/institutions/{institutionId}/status/revocation";

    /// <summary>The reference of an issued credential (<paramref name="publicBaseUrl"/>: App:PublicBaseUrl, e.g. PublicAddress.BaseUrl); null for one stored before status lists existed (it has no index).</summary>
    public static CredentialStatusReference? For(IssuedCredential credential, Uri publicBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(publicBaseUrl);
        return credential.StatusListIndex is { } index
            ? new CredentialStatusReference(publicBaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + RevocationListPath(credential.IssuingInstitutionId), index)
            : null;
    }
}
