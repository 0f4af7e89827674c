using MicroCred.Domain.Accounts;
using MicroCred.Domain.Designs;

namespace MicroCred.Domain.Reviews;

/// <summary>
/// A time-boxed invitation for an external academic or employer to read the design's frozen versions and comment on
/// a version under review. Like <see cref="Invitation"/>, only the SHA-256 hash of the link token is stored.
/// </summary>
public sealed class GuestReviewer
{
    public const int EmailMaxLength = 254;
    public const int FullNameMaxLength = 150;
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(30);
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(90);

    private GuestReviewer()
    {
    }

    private GuestReviewer(Guid designId, string email, string fullName, GuestKind kind, string? organisation, Actor invitedBy, string tokenHash, DateTimeOffset now, TimeSpan lifetime)
    {
        Id = Guid.NewGuid();
        DesignId = designId;
        Email = email;
        FullName = fullName;
        Kind = kind;
        Organisation = organisation;
        InvitedById = invitedBy.UserId;
        TokenHash = tokenHash;
        CreatedAt = now;
        ExpiresAt = now + lifetime;
    }

    public Guid Id { get; private set; }
    public Guid DesignId { get; private set; }
    public string Email { get; private set; } = "";
    public string FullName { get; private set; } = "";
    public GuestKind Kind { get; private set; }
    public string? Organisation { get; private set; }
    public Guid InvitedById { get; private set; }
    public string TokenHash { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>Invites a guest; the team leader or a QA officer may do so. Returns the plain token for the e-mailed link (never stored).</summary>
    public static (GuestReviewer Guest, string Token, TimelineEntry Entry) Invite(
        CourseDesign design, string email, string fullName, GuestKind kind, string? organisation, Actor invitedBy, DateTimeOffset now, TimeSpan? lifetime = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(invitedBy);
        if (!design.IsLeader(invitedBy.UserId) && !invitedBy.IsQaOfficer)
        {
            throw new DomainException("Only the team leader or a quality assurance officer can invite a guest reviewer.");
        }

        if (string.IsNullOrWhiteSpace(email) || email.Trim().Length > EmailMaxLength || !email.Contains('@', StringComparison.Ordinal))
        {
            throw new DomainException("Give a valid e-mail address for the guest reviewer.");
        }

        if (string.IsNullOrWhiteSpace(fullName) || fullName.Trim().Length > FullNameMaxLength)
        {
            throw new DomainException($"Give the guest reviewer's name (at most {FullNameMaxLength} characters).");
        }

        var life = lifetime ?? DefaultLifetime;
        if (life <= TimeSpan.Zero || life > MaxLifetime)
        {
            throw new DomainException($"A guest invitation lasts between one day and {MaxLifetime.TotalDays:0} days.");
        }

        var token = SecretToken.New();
        var guest = new GuestReviewer(design.Id, email.Trim(), fullName.Trim(), kind, string.IsNullOrWhiteSpace(organisation) ? null : organisation.Trim(),
            invitedBy, SecretToken.Hash(token), now, life);
        var entry = TimelineEntry.Create(design.Id, TimelineEvent.GuestInvited, invitedBy, now,
            $"{guest.FullName} invited as {(kind == GuestKind.Employer ? "employer" : "academic")} reviewer until {ReviewText.Date(guest.ExpiresAt)}.");
        return (guest, token, entry);
    }

    public bool Matches(string token) =>
        !string.IsNullOrEmpty(token) && string.Equals(SecretToken.Hash(token), TokenHash, StringComparison.Ordinal);

    public InvitationState StateAt(DateTimeOffset now) =>
        RevokedAt is not null ? InvitationState.Revoked
        : now >= ExpiresAt ? InvitationState.Expired
        : AcceptedAt is not null ? InvitationState.Accepted
        : InvitationState.Open;

    /// <summary>A guest may read and comment while the invitation is accepted and neither expired nor revoked.</summary>
    public bool CanReviewAt(DateTimeOffset now) => StateAt(now) == InvitationState.Accepted;

    /// <summary>A guest reads only the frozen versions of the design they were invited to, while their access lasts.</summary>
    public bool CanRead(DesignVersion version, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(version);
        return version.DesignId == DesignId && CanReviewAt(now);
    }

    /// <summary>The guest opens the link. Refused with a wrong token, after expiry or revocation; opening again is harmless.</summary>
    public void Accept(string token, DateTimeOffset now)
    {
        if (!Matches(token))
        {
            throw new DomainException("This guest link is not valid.");
        }

        var state = StateAt(now);
        if (state is InvitationState.Expired or InvitationState.Revoked)
        {
            throw new DomainException(Describe(state));
        }

        AcceptedAt ??= now;
    }

    public TimelineEntry Revoke(Actor by, CourseDesign design, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(design);
        if (!design.IsLeader(by.UserId) && !by.IsQaOfficer)
        {
            throw new DomainException("Only the team leader or a quality assurance officer can withdraw a guest invitation.");
        }

        if (RevokedAt is not null)
        {
            throw new DomainException("This guest invitation was already withdrawn.");
        }

        RevokedAt = now;
        return TimelineEntry.Create(DesignId, TimelineEvent.GuestInvitationRevoked, by, now, $"Guest access of {FullName} withdrawn.");
    }

    /// <summary>Throws with a plain message unless the guest may act now.</summary>
    public void EnsureActive(DateTimeOffset now)
    {
        var state = StateAt(now);
        if (state != InvitationState.Accepted)
        {
            throw new DomainException(Describe(state));
        }
    }

    private static string Describe(InvitationState state) => state switch
    {
        InvitationState.Expired => "Your guest access to this course design has expired. Ask the team leader for a new invitation.",
        InvitationState.Revoked => "Your guest access to this course design was withdrawn.",
        InvitationState.Open => "Open the link in your invitation e-mail first.",
        _ => "Your guest access is not valid.",
    };
}

/// <summary>Who the external reviewer speaks for (seed 000: academics review design and development, employers may review microlearning units).</summary>
public enum GuestKind
{
    Academic,
    Employer,
}
