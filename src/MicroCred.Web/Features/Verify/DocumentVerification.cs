using System.Text.RegularExpressions;

using MicroCred.Domain.Credentials.Formats;
using MicroCred.Domain.Credentials.Sealing;
using MicroCred.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Verify;

/// <summary>
/// Checks a credential file someone pasted or uploaded (sealed EDC, EDC JSON-LD, Open Badge VC-JWT or JSON): whether the
/// seal holds and who sealed it, which issued credential it names and whether that one is revoked, and what in the file
/// differs from the issued record. Only the outcome is logged, never anything from the file.
/// </summary>
public sealed partial class DocumentVerification(MicroCredDbContext db, IInstitutionSealer sealer, ILogger<DocumentVerification> logger)
{
    /// <summary>Far above any credential (an EDC with its QR picture is about 20 KB), far below a flood.</summary>
    public const int MaxCharacters = 1_000_000;

    public async Task<DocumentVerdict> CheckAsync(string text, CancellationToken ct)
    {
        var presented = PresentedCredential.Read(text);
        if (presented.Format == PresentedFormat.Unreadable)
        {
            logger.LogInformation("Document verification: {Outcome}", "unreadable");
            return DocumentVerdict.Unreadable;
        }

        SealCheck? seal = null;
        string? sealedBy = null;
        if (presented.IsSealedForm)
        {
            seal = await sealer.VerifyAsync(presented.CompactJws!, ct);
            if (seal.IsValid && seal.InstitutionId is { } institutionId)
            {
                sealedBy = await db.Institutions.Where(i => i.Id == institutionId).Select(i => i.Name).SingleOrDefaultAsync(ct);
            }
        }

        // The presented file is read from the very bytes the seal covers: when the seal holds, what it states is the issuer's word.
        var publicId = presented.PublicId;
        var record = publicId is not null && PublicIdPattern().IsMatch(publicId)
            ? await db.IssuedCredentials.AsNoTracking().SingleOrDefaultAsync(c => c.PublicId == publicId, ct)
            : null;
        var intact = record?.IsIntact() ?? false;
        var content = intact ? record!.ReadContent() : null;
        var differences = content is null ? [] : presented.CompareWith(content);
        var supersededBy = intact && record!.SupersededById is { } nextId
            ? await db.IssuedCredentials.AsNoTracking().Where(c => c.Id == nextId).Select(c => c.PublicId).SingleOrDefaultAsync(ct)
            : null;
        var verdict = new DocumentVerdict(
            presented.Format, presented.IsSealedForm ? seal!.IsValid : null, seal?.Problem, sealedBy,
            SealedByIssuer: seal is { IsValid: true } && record is not null && seal.InstitutionId == record.IssuingInstitutionId,
            RecordFound: record is not null, RecordIntact: intact,
            content?.IssuingInstitution, content?.IssuedOn, record?.RevokedAt, record?.RevocationReason,
            differences, publicId, content?.Title ?? presented.Title, content?.LearnerFullName ?? presented.LearnerName)
        {
            SupersededAt = intact ? record!.SupersededAt : null,
            SupersededByPublicId = supersededBy,
        };
        logger.LogInformation("Document verification: {Outcome}", verdict.Outcome);
        return verdict;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{43}$", RegexOptions.CultureInvariant)]
    private static partial Regex PublicIdPattern();
}

public enum DocumentOutcome
{
    Unreadable,
    Valid,
    Revoked,

    /// <summary>Genuine and unchanged, but the institution has since replaced it with a corrected credential.</summary>
    Superseded,
    Tampered,
    Unsealed,
    Unknown,
}

/// <summary>What a document check found, for the page to say in words.</summary>
public sealed record DocumentVerdict(
    PresentedFormat Format,
    bool? SealValid,
    string? SealProblem,
    string? SealedBy,
    bool SealedByIssuer,
    bool RecordFound,
    bool RecordIntact,
    string? IssuingInstitution,
    DateOnly? IssuedOn,
    DateTimeOffset? RevokedAt,
    string? RevocationReason,
    IReadOnlyList<FieldDifference> Differences,
    string? PublicId,
    string? Title,
    string? LearnerName)
{
    public static DocumentVerdict Unreadable { get; } =
        new(PresentedFormat.Unreadable, null, null, null, false, false, false, null, null, null, null, [], null, null, null);

    /// <summary>When a corrected credential replaced the one the file names; null while it is the current one.</summary>
    public DateTimeOffset? SupersededAt { get; init; }

    /// <summary>The public id of the corrected credential that replaced it.</summary>
    public string? SupersededByPublicId { get; init; }

    public DocumentOutcome Outcome => this switch
    {
        { Format: PresentedFormat.Unreadable } => DocumentOutcome.Unreadable,
        { SealValid: false } => DocumentOutcome.Tampered,
        { SealValid: true, SealedByIssuer: false } => DocumentOutcome.Tampered,
        { RecordFound: false } => DocumentOutcome.Unknown,
        { RecordIntact: false } => DocumentOutcome.Tampered,
        { Differences.Count: > 0 } => DocumentOutcome.Tampered,
        { RevokedAt: not null } => DocumentOutcome.Revoked,
        { SupersededAt: not null } => DocumentOutcome.Superseded,
        { SealValid: null } => DocumentOutcome.Unsealed,
        _ => DocumentOutcome.Valid,
    };

    public string FormatName => Format switch
    {
        PresentedFormat.EdcJws => "a sealed European Digital Credential",
        PresentedFormat.OpenBadgeJwt => "an Open Badge 3.0 (signed JWT)",
        PresentedFormat.EdcJsonLd => "a European Digital Credential as JSON-LD, without a seal of its own",
        PresentedFormat.OpenBadgeJson => "an Open Badge 3.0 as JSON, without a signature of its own",
        _ => "not a credential this page can read",
    };
}
