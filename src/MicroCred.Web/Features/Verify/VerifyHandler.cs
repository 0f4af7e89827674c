using System.Text.RegularExpressions;
using MicroCred.Domain.Credentials;
using MicroCred.Domain.Credentials.Sealing;
using MicroCred.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Verify;

/// <summary>
/// Public verification of an issued credential by its public id. Only the outcome is logged: never the id, the learner
/// or anything from the certificate.
/// </summary>
public sealed partial class VerifyHandler(MicroCredDbContext db, IInstitutionSealer sealer, ILogger<VerifyHandler> logger)
{
    public async Task<Verification> VerifyAsync(string? publicId, CancellationToken ct)
    {
        if (publicId is null || !PublicIdPattern().IsMatch(publicId))
        {
            logger.LogInformation("Verification: {Outcome}", "malformed id");
            return Verification.NotFound;
        }

        var credential = await db.IssuedCredentials.AsNoTracking().SingleOrDefaultAsync(c => c.PublicId == publicId, ct);
        if (credential is null)
        {
            logger.LogInformation("Verification: {Outcome}", "unknown id");
            return Verification.NotFound;
        }

        // The institution's seal must cover exactly the stored content (its hash is recomputed here, never read from the row);
        // otherwise nothing of the record is trusted, even when its hash column was recomputed to match.
        var check = credential.Seal is null ? null : await sealer.VerifyAsync(credential.Seal, ct);
        if (CredentialSeal.Problem(credential, check) is { } problem)
        {
            logger.LogWarning("Verification: {Outcome}", "the seal does not hold");
            return new Verification(VerificationStatus.Tampered, null, null, null, null, null) { Problem = problem };
        }

        var content = credential.ReadContent();
        var status = credential.IsRevoked ? VerificationStatus.Revoked : VerificationStatus.Valid;
        logger.LogInformation("Verification: {Outcome}", status == VerificationStatus.Valid ? "valid" : "revoked");
        var supersededBy = credential.SupersededById is { } nextId
            ? await db.IssuedCredentials.AsNoTracking().Where(c => c.Id == nextId).Select(c => c.PublicId).SingleOrDefaultAsync(ct)
            : null;
        return new Verification(status, content, credential.ContentHash, credential.IssuedAt, credential.RevokedAt, credential.RevocationReason)
        {
            SupersededAt = credential.SupersededAt,
            SupersededByPublicId = supersededBy,
            CorrectedAt = credential.CorrectedAt,
        };
    }

    /// <summary>Base64url of 32 random bytes (<see cref="MicroCred.Domain.SecretToken"/>): 43 characters.</summary>
    [GeneratedRegex("^[A-Za-z0-9_-]{43}$", RegexOptions.CultureInvariant)]
    private static partial Regex PublicIdPattern();
}

public enum VerificationStatus
{
    NotFound,
    Tampered,
    Valid,
    Revoked,
}

public sealed record Verification(
    VerificationStatus Status, CredentialContent? Content, string? ContentHash, DateTimeOffset? IssuedAt, DateTimeOffset? RevokedAt, string? RevocationReason)
{
    public static Verification NotFound { get; } = new(VerificationStatus.NotFound, null, null, null, null, null);

    /// <summary>Why a stored record is not valid (seal missing, broken or not matching), in plain words.</summary>
    public string? Problem { get; init; }

    /// <summary>When a corrected credential replaced this one (it is then no longer the current statement of the award).</summary>
    public DateTimeOffset? SupersededAt { get; init; }

    /// <summary>The public id of the corrected credential that replaced this one.</summary>
    public string? SupersededByPublicId { get; init; }

    /// <summary>When this credential was issued as the correction of an earlier one (its award date stays the original's).</summary>
    public DateTimeOffset? CorrectedAt { get; init; }
}

/// <summary>Award names as the public reads them.</summary>
public static class CredentialsText
{
    public static string Award(CredentialAward award) => MicroCred.Web.Features.Credentials.CredentialsHandler.AwardText(award);
}
