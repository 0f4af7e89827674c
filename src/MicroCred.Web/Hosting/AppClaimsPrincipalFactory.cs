using System.Security.Claims;
using MicroCred.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MicroCred.Web.Hosting;

/// <summary>Puts the user's institution and display name into the sign-in cookie so that every request can scope by them.</summary>
public sealed class AppClaimsPrincipalFactory(UserManager<AppUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole<Guid>>(users, roles, options)
{
    public const string InstitutionClaim = "microcred:institution";
    public const string FullNameClaim = "microcred:full_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(FullNameClaim, user.FullName));
        if (user.InstitutionId is { } institution)
        {
            identity.AddClaim(new Claim(InstitutionClaim, institution.ToString()));
        }

        return identity;
    }
}
