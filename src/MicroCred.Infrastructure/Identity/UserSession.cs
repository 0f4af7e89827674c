namespace MicroCred.Infrastructure.Identity;

/// <summary>
/// One sign-in, kept on the server. The authentication cookie names it; a cookie whose session row is gone
/// (signed out, signed out everywhere, password changed) no longer opens anything, on any portal instance.
/// </summary>
public sealed class UserSession
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
