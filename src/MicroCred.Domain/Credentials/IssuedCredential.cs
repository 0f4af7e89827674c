using MicroCred.Domain.Reviews;

namespace MicroCred.Domain.Credentials;

/// <summary>
/// A credential issued to one learner of a cohort. Its content and hash never change after issue; the only later change is
/// revocation, which is recorded once with who, when and why.
/// </summary>
public sealed class IssuedCredential
{
    public const int ReasonMaxLength = 1000;

    private IssuedCredential()
    {
    }

    internal IssuedCredential(string publicId, Cohort cohort, Learner learner, CredentialAward award, Actor issuer, DateTimeOffset now, string contentJson)
    {
        Id = Guid.NewGuid();
        PublicId = publicId;
        CohortId = cohort.Id;
        LearnerId = learner.Id;
        DesignId = cohort.DesignId;
        DesignVersionNumber = cohort.DesignVersionNumber;
        IssuingInstitutionId = cohort.IssuingInstitutionId;
        Award = award;
        IssuedAt = now;
        IssuedById = issuer.UserId;
        IssuedByName = issuer.Name;
        ContentJson = contentJson;
        ContentHash = CredentialJson.Hash(contentJson);
    }

    public Guid Id { get; private set; }

    /// <summary>Unguessable, URL-safe id (256 random bits) printed on the certificate and used in the verification link.</summary>
    public string PublicId { get; private set; } = "";

    public Guid CohortId { get; private set; }
    public Guid LearnerId { get; private set; }
    public Guid DesignId { get; private set; }
    public int DesignVersionNumber { get; private set; }
    public Guid IssuingInstitutionId { get; private set; }
    public CredentialAward Award { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }
    public Guid IssuedById { get; private set; }
    public string IssuedByName { get; private set; } = "";

    /// <summary>Canonical JSON of <see cref="CredentialContent"/>: everything the certificate prints.</summary>
    public string ContentJson { get; private set; } = "";

    /// <summary>SHA-256 of <see cref="ContentJson"/> (UTF-8) as 64 lower-case hex digits; printed on the certificate.</summary>
    public string ContentHash { get; private set; } = "";

    /// <summary>
    /// The institution's seal over this record (<see cref="Sealing.CredentialSeal"/>): a compact JWS whose payload names the public
    /// id, the issuing institution and the SHA-256 of <see cref="ContentJson"/>. Null only for a credential issued before seals
    /// existed and not yet sealed by the start-up pass.
    /// </summary>
    public string? Seal { get; private set; }

    /// <summary>This credential's bit in its institution's revocation status list; unique per institution, given at issue.</summary>
    public int? StatusListIndex { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }
    public Guid? RevokedById { get; private set; }
    public string? RevokedByName { get; private set; }
    public string? RevocationReason { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    /// <summary>When a corrected credential replaced this one; a superseded credential still verifies, as superseded.</summary>
    public DateTimeOffset? SupersededAt { get; private set; }

    /// <summary>The corrected credential that replaced this one.</summary>
    public Guid? SupersededById { get; private set; }

    /// <summary>The credential this one corrects (null for one issued directly).</summary>
    public Guid? CorrectsId { get; private set; }

    /// <summary>When the correction was made (<see cref="IssuedAt"/> keeps the original award date).</summary>
    public DateTimeOffset? CorrectedAt { get; private set; }

    public Guid? CorrectedById { get; private set; }
    public string? CorrectedByName { get; private set; }
    public string? CorrectionReason { get; private set; }

    /// <summary>What the correction changed, one "Field: old → new" per line.</summary>
    public string? CorrectionChanges { get; private set; }

    public bool IsSuperseded => SupersededAt is not null;

    /// <summary>
    /// The corrected twin of <paramref name="original"/>: a new public id, the corrected content, the original award date
    /// (<see cref="IssuedAt"/>) and who corrected what and why. Only <see cref="CredentialCorrection"/> makes one.
    /// </summary>
    internal static IssuedCredential CorrectionOf(
        IssuedCredential original, string publicId, string contentJson, Actor actor, DateTimeOffset now, string reason, string changes) => new()
    {
        Id = Guid.NewGuid(),
        PublicId = publicId,
        CohortId = original.CohortId,
        LearnerId = original.LearnerId,
        DesignId = original.DesignId,
        DesignVersionNumber = original.DesignVersionNumber,
        IssuingInstitutionId = original.IssuingInstitutionId,
        Award = original.Award,
        IssuedAt = original.IssuedAt,
        IssuedById = actor.UserId,
        IssuedByName = actor.Name,
        ContentJson = contentJson,
        ContentHash = CredentialJson.Hash(contentJson),
        CorrectsId = original.Id,
        CorrectedAt = now,
        CorrectedById = actor.UserId,
        CorrectedByName = actor.Name,
        CorrectionReason = reason,
        CorrectionChanges = changes,
    };

    /// <summary>Marks this credential as replaced by <paramref name="replacementId"/>.</summary>
    internal void SupersedeBy(Guid replacementId, DateTimeOffset now)
    {
        if (IsSuperseded)
        {
            throw new DomainException($"This credential was already replaced by a corrected one on {Dates.Long(SupersededAt!.Value)}.");
        }

        SupersededAt = now;
        SupersededById = replacementId;
    }

    public CredentialContent ReadContent() => CredentialJson.Deserialize(ContentJson);

    /// <summary>True when the stored content still matches the hash taken at issue.</summary>
    public bool IsIntact() => string.Equals(CredentialJson.Hash(ContentJson), ContentHash, StringComparison.Ordinal);

    /// <summary>Stores the institution's seal, once; a sealed record is never sealed again.</summary>
    public void AttachSeal(string seal)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(seal);
        if (Seal is not null)
        {
            throw new DomainException("This credential is already sealed.");
        }

        Seal = seal;
    }

    /// <summary>Gives the credential its place in the institution's status list (before it is first stored).</summary>
    public void AssignStatusListIndex(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        StatusListIndex = index;
    }

    /// <summary>An administrator of the issuing institution withdraws the credential; the reason is shown on verification.</summary>
    public void Revoke(Actor actor, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!Cohort.MayManage(actor, IssuingInstitutionId))
        {
            throw new DomainException("Only an institution administrator of the issuing institution can revoke this credential.");
        }

        if (IsRevoked)
        {
            throw new DomainException($"This credential was already revoked on {Dates.Long(RevokedAt!.Value)}.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Give the reason for revoking; it is shown to anyone who checks the credential.");
        }

        if (reason.Trim().Length > ReasonMaxLength)
        {
            throw new DomainException($"The reason can be at most {ReasonMaxLength} characters.");
        }

        RevokedAt = now;
        RevokedById = actor.UserId;
        RevokedByName = actor.Name;
        RevocationReason = reason.Trim();
    }
}
