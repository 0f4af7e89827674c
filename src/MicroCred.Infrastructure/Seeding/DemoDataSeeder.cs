using MicroCred.Domain;
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
        db.Institutions.AddRange(
            new Institution(DemoAccounts.UniversityNl, new InstitutionDetails(
                "Open University of the Lowlands", "Open Universiteit der Lage Landen", "NL", "Limburg", "Heerlen",
                "https://www.oul.example", true, "NL HEERLEN99", "NL-KVK-41081234"), now),
            new Institution(DemoAccounts.UniversityEs, new InstitutionDetails(
                "University of Valencia Coast", "Universitat de la Costa de València", "ES", "Comunitat Valenciana", "València",
                "https://www.uvc.example", true, "E VALENCI99", "ESQ4618001D"), now),
            new Institution(DemoAccounts.UniversityGr, new InstitutionDetails(
                "Hellenic Open Institute of Technology", "Ελληνικό Ανοικτό Ινστιτούτο Τεχνολογίας", "GR", "Western Greece", "Patras",
                "https://www.hoit.example", true, "G PATRA99", null), now),
            new Institution(DemoAccounts.UniversityOther, new InstitutionDetails(
                "Nordic College of Applied Sciences", null, "SE", "Västra Götaland", "Göteborg",
                "https://www.ncas.example", true, "S GOTEBOR99", null), now));

        var spain = await db.Institutions.FindAsync([DemoAccounts.UniversityEs], cancellationToken);
        spain?.ChangeSettings(new InstitutionSettings(25, 25, "0-10", 14.9m), now);
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
