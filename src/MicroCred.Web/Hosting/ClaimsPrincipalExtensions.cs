using System.Security.Claims;
using MicroCred.Domain.Accounts;
using MicroCred.Domain.Reviews;

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

    /// <summary>The signed-in user as the domain's review methods see them: id, name, institution and platform roles.</summary>
    public static Actor Actor(this ClaimsPrincipal user) =>
        new(user.UserId(), user.DisplayName(), user.InstitutionId() ?? Guid.Empty, [.. Roles.All.Where(user.IsInRole)]);
}
