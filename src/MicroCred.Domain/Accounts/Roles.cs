namespace MicroCred.Domain.Accounts;

/// <summary>Platform roles. Per-design roles (team leader, team member) live on the design's team.</summary>
public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string InstitutionAdmin = nameof(InstitutionAdmin);
    public const string QaOfficer = nameof(QaOfficer);
    public const string CourseDesigner = nameof(CourseDesigner);

    public static IReadOnlyList<string> All { get; } = [Administrator, InstitutionAdmin, QaOfficer, CourseDesigner];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);

    public static string DisplayName(string role) => role switch
    {
        Administrator => "Platform administrator",
        InstitutionAdmin => "Institution administrator",
        QaOfficer => "Quality assurance officer",
        CourseDesigner => "Course designer",
        _ => role,
    };
}
