using System.Security.Claims;
using MicroCred.Domain.Reviews;
using MicroCred.Web.Hosting;

namespace MicroCred.Web.Features.Credentials;

/// <summary>The signed-in user as the domain sees them, or null for someone without an institution (who can never issue).</summary>
public static class CredentialAccess
{
    public static Actor? ActorOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.InstitutionId() is { } institution
            ? new Actor(user.UserId(), user.DisplayName(), institution, [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)])
            : null;
    }
}

/// <summary>Builds the public verification link printed on certificates and in QR codes: always from App:PublicBaseUrl, never from the request.</summary>
public sealed class VerificationLinks(PublicAddress address)
{
    public string For(HttpRequest request, string publicId) => address.Absolute("/verify/" + Uri.EscapeDataString(publicId)).ToString();
}
