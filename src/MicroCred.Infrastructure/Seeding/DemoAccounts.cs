using MicroCred.Domain.Accounts;

namespace MicroCred.Infrastructure.Seeding;

/// <summary>The demo logins seeded outside Production (printed on start and listed in README.md).</summary>
public static class DemoAccounts
{
    public const string Password = "MicroCred-demo-2026";

    public static readonly Guid UniversityNl = Guid.Parse("6c1f3b8e-1d0a-4f3e-9a51-0a0e6d3b2f01");
    public static readonly Guid UniversityEs = Guid.Parse("6c1f3b8e-1d0a-4f3e-9a51-0a0e6d3b2f02");
    public static readonly Guid UniversityPt = Guid.Parse("6c1f3b8e-1d0a-4f3e-9a51-0a0e6d3b2f03");
    public static readonly Guid UniversityOther = Guid.Parse("6c1f3b8e-1d0a-4f3e-9a51-0a0e6d3b2f04");

    public static IReadOnlyList<DemoAccount> All { get; } =
    [
        new("admin@microcred.demo", "Ada Administrator", Roles.Administrator, null),
        new("institution.admin@microcred.demo", "Ines van Dijk", Roles.InstitutionAdmin, UniversityNl),
        new("qa.officer@microcred.demo", "Quentin Janssen", Roles.QaOfficer, UniversityNl),
        new("leader@microcred.demo", "Lotte de Vries", Roles.CourseDesigner, UniversityNl),
        new("partner.es@microcred.demo", "Pablo García Núñez", Roles.CourseDesigner, UniversityEs),
        new("partner.pt@microcred.demo", "Inês Carvalho", Roles.CourseDesigner, UniversityPt),
        new("outsider@microcred.demo", "Otto Lindqvist", Roles.CourseDesigner, UniversityOther),
    ];
}

public sealed record DemoAccount(string Email, string FullName, string Role, Guid? InstitutionId);
