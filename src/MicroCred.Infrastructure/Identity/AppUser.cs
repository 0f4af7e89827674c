using Microsoft.AspNetCore.Identity;

namespace MicroCred.Infrastructure.Identity;

/// <summary>A person who signs in to MicroCred. Belongs to one institution (none for platform administrators).</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public const int FullNameMaxLength = 150;

    public string FullName { get; set; } = "";

    public Guid? InstitutionId { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }
}
