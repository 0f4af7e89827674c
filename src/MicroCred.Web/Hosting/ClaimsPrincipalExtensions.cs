using System.Security.Claims;
using MicroCred.Domain.Accounts;

namespace MicroCred.Web.Hosting;

public static class ClaimsPrincipalExtensions
{
    public static Guid UserId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in."));

    public static Guid? InstitutionId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(AppClaimsPrincipalFactory.InstitutionClaim), out var id) ? id : null;

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(AppClaimsPrincipalFactory.FullNameClaim) ?? user.Identity?.Name ?? "";

    public static bool IsPlatformAdministrator(this ClaimsPrincipal user) => user.IsInRole(Roles.Administrator);
}
