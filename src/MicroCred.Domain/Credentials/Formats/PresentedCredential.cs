using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MicroCred.Domain.Credentials.Formats;

public enum PresentedFormat
{
    Unreadable,

    /// <summary>A European Digital Credential sealed as a compact JWS.</summary>
    EdcJws,

    /// <summary>An Open Badges 3.0 credential as a VC-JWT.</summary>
    OpenBadgeJwt,

    /// <summary>A European Digital Credential as plain JSON-LD (no seal of its own).</summary>
    EdcJsonLd,

    /// <summary>An Open Badges 3.0 credential as plain JSON (no seal of its own).</summary>
    OpenBadgeJson,
}

/// <summary>One difference between a presented credential and the issued record, in words a visitor reads.</summary>
public sealed record FieldDifference(string Field, string? InDocument, string? InRecord);

/// <summary>
/// A credential someone pasted or uploaded on the verification page, read without trusting it: which format it is, which
/// issued credential it claims to be, and how its main statements compare with the issued record.
/// </summary>
public sealed class PresentedCredential
{
    private PresentedCredential(PresentedFormat format, string? compactJws, JsonObject? credential)
    {
        Format = format;
        CompactJws = compactJws;
        Credential = credential;
    }

    public PresentedFormat Format { get; }

    /// <summary>The compact JWS or JWT as presented (its seal is checked by the sealer), or null for plain JSON.</summary>
    public string? CompactJws { get; }

    /// <summary>The credential inside (the <c>vc</c> claim of a JWT), or null when unreadable.</summary>
    public JsonObject? Credential { get; }

    public bool IsSealedForm => Format is PresentedFormat.EdcJws or PresentedFormat.OpenBadgeJwt;

    public bool IsOpenBadge => Format is PresentedFormat.OpenBadgeJwt or PresentedFormat.OpenBadgeJson;

    public static PresentedCredential Unreadable { get; } = new(PresentedFormat.Unreadable, null, null);

    public static PresentedCredential Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Unreadable;
        }

        var trimmed = text.Trim().TrimStart('\uFEFF');
        if (Formats.CompactJws.TryRead(trimmed) is { } jws)
        {
            var payload = Parse(Formats.CompactJws.Utf8(jws.Payload));
            if (payload?["vc"] is JsonObject vc)
            {
                return new PresentedCredential(PresentedFormat.OpenBadgeJwt, trimmed, vc);
            }

            return payload is null ? Unreadable : new PresentedCredential(IsOb(payload) ? PresentedFormat.OpenBadgeJwt : PresentedFormat.EdcJws, trimmed, payload);
        }

        var json = Parse(trimmed);
        if (json is null)
        {
            return Unreadable;
        }

        return new PresentedCredential(IsOb(json) ? PresentedFormat.OpenBadgeJson : PresentedFormat.EdcJsonLd, null, json);
    }

    /// <summary>The public id of the issued credential the document names (its id is the verification link), or null.</summary>
    public string? PublicId
    {
        get
        {
            var id = Credential?["id"] is JsonValue v && v.TryGetValue(out string? s) ? s : null;
            if (id is null || !Uri.TryCreate(id, UriKind.Absolute, out var uri))
            {
                return null;
            }

            var segments = uri.AbsolutePath.TrimEnd('/').Split('/');
            return segments.Length >= 2 && segments[^2] == "verify" ? Uri.UnescapeDataString(segments[^1]) : null;
        }
    }

    public string? LearnerName => IsOpenBadge
        ? Text(Credential?["credentialSubject"]?["identifier"]?.AsArray().FirstOrDefault(i => Text(i?["identityType"]) == "name")?["identityHash"])
        : Text(Credential?["credentialSubject"]?["fullName"]?[ElmNodes.Language]);

    public string? Title => IsOpenBadge
        ? Text(Credential?["credentialSubject"]?["achievement"]?["name"])
        : Text(Credential?["credentialSubject"]?["hasClaim"]?["title"]?[ElmNodes.Language]);

    public string? Grade => IsOpenBadge
        ? Text(Credential?["credentialSubject"]?["result"]?.AsArray().FirstOrDefault()?["value"])
        : Text(Credential?["credentialSubject"]?["hasClaim"]?["provenBy"]?["grade"]?["noteLiteral"]?[ElmNodes.Language]);

    public string? IssuerName => IsOpenBadge
        ? Text(Credential?["issuer"]?["name"])
        : Text(Credential?["issuer"]?["legalName"]?[ElmNodes.Language]);

    /// <summary>The issue date the document states (yyyy-MM-dd), or null.</summary>
    public string? IssuedOn
    {
        get
        {
            var stamp = Text(IsOpenBadge ? Credential?["validFrom"] : Credential?["issued"]);
            return stamp is { Length: >= 10 } ? stamp[..10] : null;
        }
    }

    /// <summary>The statements of the document that differ from the issued record; empty when they all agree.</summary>
    public IReadOnlyList<FieldDifference> CompareWith(CredentialContent record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var differences = new List<FieldDifference>();
        void Check(string field, string? inDocument, string? inRecord)
        {
            if (!string.Equals(inDocument?.Trim(), inRecord?.Trim(), StringComparison.Ordinal))
            {
                differences.Add(new FieldDifference(field, inDocument, inRecord));
            }
        }

        var recordGrade = string.IsNullOrWhiteSpace(record.Grade) ? null : record.Grade.Trim();
        Check("Learner's name", LearnerName, record.LearnerFullName);
        Check("Course title", Title, record.Title);
        Check("Grade", Grade, IsOpenBadge || record.AttendanceOnly ? recordGrade : recordGrade ?? "Passed");
        Check("Issuing institution", IssuerName, record.IssuingInstitution);
        Check("Date of issue", IssuedOn, record.IssuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return differences;
    }

    private static bool IsOb(JsonObject json) =>
        json["type"] is JsonArray types && types.Any(t => Text(t) is "AchievementCredential" or "OpenBadgeCredential");

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    private static JsonObject? Parse(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
