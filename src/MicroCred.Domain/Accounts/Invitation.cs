namespace MicroCred.Domain.Accounts;

/// <summary>
/// An invitation to join MicroCred in an institution with a role. The link carries a random token;
/// only its SHA-256 hash is stored, so a database leak does not leak usable links.
/// </summary>
public sealed class Invitation
{
    public const int EmailMaxLength = 254;
    public const int FullNameMaxLength = 150;
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(7);

    private Invitation()
    {
    }

    private Invitation(string email, string fullName, Guid institutionId, string role, Guid invitedById, string tokenHash, DateTimeOffset now, TimeSpan lifetime)
    {
        Id = Guid.NewGuid();
        Email = email;
        FullName = fullName;
        InstitutionId = institutionId;
        Role = role;
        InvitedById = invitedById;
        TokenHash = tokenHash;
        CreatedAt = now;
        ExpiresAt = now + lifetime;
    }

    public Guid Id { get; private set; }
    public string Email { get; private set; } = "";
    public string FullName { get; private set; } = "";
    public Guid InstitutionId { get; private set; }
    public string Role { get; private set; } = "";
    public Guid InvitedById { get; private set; }
    public string TokenHash { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>Creates an invitation and returns the plain token that goes into the e-mailed link (never stored).</summary>
    public static (Invitation Invitation, string Token) Create(string email, string fullName, Guid institutionId, string role, Guid invitedById, DateTimeOffset now, TimeSpan? lifetime = null)
    {
        if (!Roles.IsKnown(role))
        {
            throw new DomainException($"Unknown role '{role}'.");
        }

        var token = SecretToken.New();
        var invitation = new Invitation(email.Trim(), fullName.Trim(), institutionId, role, invitedById, HashToken(token), now, lifetime ?? DefaultLifetime);
        return (invitation, token);
    }

    public static string HashToken(string token) => SecretToken.Hash(token);

    public InvitationState StateAt(DateTimeOffset now) =>
        AcceptedAt is not null ? InvitationState.Accepted
        : RevokedAt is not null ? InvitationState.Revoked
        : now >= ExpiresAt ? InvitationState.Expired
        : InvitationState.Open;

    /// <summary>Marks the invitation used. Refuses when it was already used, revoked or has expired.</summary>
    public void Accept(DateTimeOffset now)
    {
        var state = StateAt(now);
        if (state != InvitationState.Open)
        {
            throw new DomainException(DescribeUnusable(state));
        }

        AcceptedAt = now;
    }

    public void Revoke(DateTimeOffset now)
    {
        if (StateAt(now) == InvitationState.Open)
        {
            RevokedAt = now;
        }
    }

    public static string DescribeUnusable(InvitationState state) => state switch
    {
        InvitationState.Accepted => "This invitation has already been used. Sign in with the password you chose, or ask your administrator for a new invitation.",
        InvitationState.Expired => "This invitation has expired. Ask your administrator to send a new one.",
        InvitationState.Revoked => "This invitation was withdrawn by an administrator.",
        _ => "This invitation link is not valid.",
    };
}

public enum InvitationState
{
    Open,
    Accepted,
    Expired,
    Revoked,
}
