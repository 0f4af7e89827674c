using MicroCred.Domain.Accounts;

namespace MicroCred.Domain.Reviews;

/// <summary>Who is acting and which platform roles they hold; per-design roles come from the design's team.</summary>
public sealed record Actor(Guid UserId, string Name, Guid InstitutionId, IReadOnlyCollection<string> PlatformRoles)
{
    public static Actor Of(Guid userId, string name, Guid institutionId, params string[] roles) => new(userId, name, institutionId, roles);

    public bool Has(string role) => PlatformRoles.Contains(role, StringComparer.Ordinal);

    public bool IsQaOfficer => Has(Roles.QaOfficer);

    public bool IsInstitutionAdmin => Has(Roles.InstitutionAdmin);
}
