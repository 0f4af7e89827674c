using System.Text.Json;

namespace MicroCred.Domain.Credentials.Sealing;

/// <summary>
/// What the institution seals when it issues a credential, and how a stored record is checked against its seal.
/// </summary>
/// <remarks>
/// The seal is a compact JWS over a small JSON payload — the public id, the issuing institution and the SHA-256 of the canonical
/// content — rather than over the content itself: the content is already canonical and stored beside it, so the seal stays a few
/// hundred bytes, and verification recomputes the hash from the stored content (never trusting the stored hash column). The id
/// binds the seal to this one record, so a seal copied from another credential fails too.
/// </remarks>
public static class CredentialSeal
{
    /// <summary>The <c>typ</c> of the seal's protected header.</summary>
    public const string Type = "microcred-credential-seal+json";

    public const string ContentChanged = "The seal does not match the content: this record was changed after issue.";

    public static byte[] PayloadFor(IssuedCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return JsonSerializer.SerializeToUtf8Bytes(new Payload(credential.PublicId, credential.IssuingInstitutionId, CredentialJson.Hash(credential.ContentJson)));
    }

    /// <summary>Null when the stored record is exactly what its institution sealed; otherwise the reason, in plain words.</summary>
    public static string? Problem(IssuedCredential credential, SealCheck? check)
    {
        ArgumentNullException.ThrowIfNull(credential);
        if (credential.Seal is null || check is null)
        {
            return "This record carries no seal of its institution, so it cannot be confirmed.";
        }

        if (!check.IsValid)
        {
            return "The seal on this record is not valid. " + check.Problem;
        }

        if (check.InstitutionId != credential.IssuingInstitutionId)
        {
            return "The seal was made by another institution than the one named as the issuer of this record.";
        }

        Payload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<Payload>(check.Payload ?? []);
        }
        catch (JsonException)
        {
            payload = null;
        }

        if (payload is null)
        {
            return "The seal's contents cannot be read.";
        }

        if (!string.Equals(payload.Id, credential.PublicId, StringComparison.Ordinal))
        {
            return "The seal belongs to another credential: this record was changed after issue.";
        }

        var hash = CredentialJson.Hash(credential.ContentJson);
        if (!string.Equals(payload.ContentSha256, hash, StringComparison.Ordinal))
        {
            return ContentChanged;
        }

        return string.Equals(credential.ContentHash, hash, StringComparison.Ordinal)
            ? null
            : "The stored fingerprint does not match the sealed content: this record was changed after issue.";
    }

    private sealed record Payload(
        [property: System.Text.Json.Serialization.JsonPropertyName("id")] string Id,
        [property: System.Text.Json.Serialization.JsonPropertyName("institution")] Guid Institution,
        [property: System.Text.Json.Serialization.JsonPropertyName("contentSha256")] string ContentSha256);
}
