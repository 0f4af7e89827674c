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

/// <summary>Builds the public verification link printed on certificates: the configured public address, else this request's.</summary>
public sealed class VerificationLinks(IConfiguration configuration)
{
    public string For(HttpRequest request, string publicId)
    {
        ArgumentNullException.ThrowIfNull(request);
        var configured = configuration["App:PublicBaseUrl"];
        var root = Uri.TryCreate(configured, UriKind.Absolute, out var uri) ? uri.ToString().TrimEnd('/') : $"{request.Scheme}://{request.Host}{request.PathBase}";
        return $"{root}/verify/{Uri.EscapeDataString(publicId)}";
    }
}
