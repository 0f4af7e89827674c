using System.Security.Claims;
using MicroCred.Web.Hosting;

namespace MicroCred.Web.Features.Admin;

/// <summary>What an administrator may manage: everything (platform administrator) or one institution.</summary>
public sealed record AdminScope(bool IsPlatformAdministrator, Guid? InstitutionId)
{
    public static AdminScope Of(ClaimsPrincipal user) => new(user.IsPlatformAdministrator(), user.InstitutionId());

    public bool Covers(Guid institutionId) => IsPlatformAdministrator || InstitutionId == institutionId;
}
