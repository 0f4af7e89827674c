using MicroCred.Domain;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Institutions;
using MicroCred.Infrastructure.Identity;
using MicroCred.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MicroCred.Infrastructure.Seeding;

/// <summary>Fills an empty database with demo institutions and one user per role. Never runs in Production.</summary>
public sealed class DemoDataSeeder(MicroCredDbContext db, UserManager<AppUser> users, IClock clock, ILogger<DemoDataSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Institutions.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.Now;

        // The three consortium universities match the facts of the sample designs, so their checks agree.
        var facts = SampleDesigns.Institutions(DemoAccounts.UniversityNl, DemoAccounts.UniversityEs, DemoAccounts.UniversityPt);
        var details = new Dictionary<Guid, (string? LocalName, string City, string Website, string ErasmusCode)>
        {
            [DemoAccounts.UniversityNl] = ("Universiteit Rijnmond", "Rotterdam", "https://www.rijnmond-university.example", "NL ROTTERD99"),
            [DemoAccounts.UniversityEs] = ("Universitat de Llevant", "València", "https://www.llevant.example", "E VALENCI99"),
            [DemoAccounts.UniversityPt] = ("Universidade do Atlântico Norte", "Porto", "https://www.atlantico-norte.example", "P PORTO99"),
        };
        foreach (var f in facts.Values)
        {
            var d = details[f.Id];
            var institution = new Institution(f.Id, new InstitutionDetails(
                f.Name, d.LocalName == f.Name ? null : d.LocalName, f.CountryCode, f.Region, d.City, d.Website, f.IsDegreeAwarding, d.ErasmusCode, f.LegalIdentifier), now);
            institution.ChangeSettings(new InstitutionSettings(
                (int)f.HoursPerEctsMin, (int)f.HoursPerEctsMax, f.GradingScale ?? InstitutionSettings.Default.GradingScale, f.NationalEctsCap), now);
            db.Institutions.Add(institution);
        }

        db.Institutions.Add(new Institution(DemoAccounts.UniversityOther, new InstitutionDetails(
            "Nordic College of Applied Sciences", "Nordiska högskolan för tillämpad vetenskap", "SE", "Västra Götaland", "Göteborg",
            "https://www.ncas.example", true, "S GOTEBOR99", null), now));
        await db.SaveChangesAsync(cancellationToken);

        foreach (var account in DemoAccounts.All)
        {
            var user = new AppUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                FullName = account.FullName,
                InstitutionId = account.InstitutionId,
                CreatedAt = now,
            };
            var result = await users.CreateAsync(user, DemoAccounts.Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("Demo user could not be created: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(user, account.Role);
        }

        logger.LogInformation("Demo data seeded: {Institutions} institutions, {Users} users", 4, DemoAccounts.All.Count);
    }
}
