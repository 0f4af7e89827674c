using MicroCred.Domain.Designs;

namespace MicroCred.Domain.Reviews;

/// <summary>A partner's signature on the consortium agreement; publication (G3) needs one per lead or full partner.</summary>
public sealed class AgreementSignature
{
    public const int NameMaxLength = 150;

    private AgreementSignature()
    {
    }

    private AgreementSignature(Guid designId, Guid partnerId, Guid? institutionId, string signerName, string signerRole, DateTimeOffset signedAt, Actor recordedBy, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        DesignId = designId;
        PartnerId = partnerId;
        InstitutionId = institutionId;
        SignerName = signerName;
        SignerRole = signerRole;
        SignedAt = signedAt;
        RecordedById = recordedBy.UserId;
        RecordedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid DesignId { get; private set; }

    /// <summary>The partner row id in step W3.</summary>
    public Guid PartnerId { get; private set; }
    public Guid? InstitutionId { get; private set; }
    public string SignerName { get; private set; } = "";
    public string SignerRole { get; private set; } = "";
    public DateTimeOffset SignedAt { get; private set; }
    public Guid RecordedById { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Records a signature. The partner must be in the design; a partner signs once.</summary>
    public static (AgreementSignature Signature, TimelineEntry Entry) Record(
        CourseDesign design, DesignContent content, Guid partnerId, string signerName, string signerRole, DateTimeOffset signedAt,
        IReadOnlyCollection<AgreementSignature> existing, Actor recordedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(recordedBy);
        var partner = content.PartnerById(partnerId)
            ?? throw new DomainException("This organisation is not a partner of the course.");
        if (!MayRecordFor(design, partner.InstitutionId, recordedBy))
        {
            throw new DomainException("Only the team leader, a team member of the partner's institution or an institution administrator can record a signature.");
        }

        if (existing.Any(s => s.DesignId == design.Id && s.PartnerId == partnerId))
        {
            throw new DomainException("This partner has already signed the agreement.");
        }

        if (string.IsNullOrWhiteSpace(signerName) || signerName.Trim().Length > NameMaxLength)
        {
            throw new DomainException($"Give the name of the person who signed (at most {NameMaxLength} characters).");
        }

        if (string.IsNullOrWhiteSpace(signerRole) || signerRole.Trim().Length > NameMaxLength)
        {
            throw new DomainException($"Give the role of the person who signed, such as rector or dean (at most {NameMaxLength} characters).");
        }

        if (signedAt > now)
        {
            throw new DomainException("A signature cannot be dated in the future.");
        }

        var signature = new AgreementSignature(design.Id, partnerId, partner.InstitutionId, signerName.Trim(), signerRole.Trim(), signedAt, recordedBy, now);
        var entry = TimelineEntry.Create(design.Id, TimelineEvent.AgreementSigned, recordedBy, now,
            $"{signature.SignerName} ({signature.SignerRole}) signed the consortium agreement for {partner.ContactName ?? "a partner"} on {ReviewText.Date(signedAt)}.");
        return (signature, entry);
    }

    /// <summary>
    /// Turns a signature once typed into step 21 (before the records became the one place for signatures) into a record,
    /// kept as the team typed it and noted on the timeline. Used once per design by the start-up data move.
    /// </summary>
    public static (AgreementSignature Signature, TimelineEntry Entry) CarriedOverFromStep21(
        Guid designId, Designs.Steps.Partner partner, string signerName, DateOnly signedOn, Guid recordedById, string recordedByName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(partner);
        var name = signerName.Trim();
        name = name.Length > NameMaxLength ? name[..NameMaxLength] : name;
        var signedAt = new DateTimeOffset(signedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var signature = new AgreementSignature(designId, partner.Id, partner.InstitutionId, name, CarriedOverRole, signedAt > now ? now : signedAt,
            new Actor(recordedById, recordedByName, Guid.Empty, []), now);
        var entry = TimelineEntry.Create(designId, TimelineEvent.AgreementSigned, recordedById, recordedByName, now,
            $"The signature of {name} on {ReviewText.Date(signedOn)}, typed in step 21, is now on record with the other signatures.");
        return (signature, entry);
    }

    /// <summary>The role given to signatures carried over from step 21, which did not ask for one.</summary>
    public const string CarriedOverRole = "Authorised representative";

    /// <summary>
    /// Who may record or remove a partner's signature: the team leader, a team member who represents the partner's institution,
    /// or an institution administrator.
    /// </summary>
    public static bool MayRecordFor(CourseDesign design, Guid? partnerInstitutionId, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsInstitutionAdmin || design.IsLeader(actor.UserId)
            || (partnerInstitutionId is { } institution && design.Members.Any(m => m.UserId == actor.UserId && m.InstitutionId == institution));
    }

    /// <summary>Removes a signature recorded by mistake; refused once the design is published or while a version is under review.</summary>
    public TimelineEntry Remove(CourseDesign design, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(by);
        if (!MayRecordFor(design, InstitutionId, by))
        {
            throw new DomainException("Only the team leader, a team member of the partner's institution or an institution administrator can remove a signature.");
        }

        RecordRemoval.EnsureAllowed(design);
        return TimelineEntry.Create(DesignId, TimelineEvent.AgreementSignatureRemoved, by, now,
            $"The signature of {SignerName} ({SignerRole}) of {ReviewText.Date(SignedAt)} was removed from the record.");
    }
}
