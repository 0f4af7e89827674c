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

        await SeedDesignAsync(SampleDesigns.Complete(DemoAccounts.UniversityNl, DemoAccounts.UniversityEs, DemoAccounts.UniversityPt), markAllComplete: true, now, cancellationToken);
        await SeedDesignAsync(SampleDesigns.HalfFinished(DemoAccounts.UniversityNl, DemoAccounts.UniversityEs, DemoAccounts.UniversityPt), markAllComplete: false, now, cancellationToken);
        logger.LogInformation("Demo data seeded: {Institutions} institutions, {Users} users, 2 course designs", 4, DemoAccounts.All.Count);
    }

    /// <summary>A sample design led by the demo team leader, with the Spanish and Portuguese designers on the team.</summary>
    private async Task SeedDesignAsync(SampleDesign sample, bool markAllComplete, DateTimeOffset now, CancellationToken ct)
    {
        var byEmail = await db.Users.ToDictionaryAsync(u => u.Email!, ct);
        var leader = byEmail["leader@microcred.demo"];
        var design = CourseDesign.Start(sample.Title, DemoAccounts.UniversityNl, leader.Id, DemoAccounts.UniversityNl, now);
        design.AddMember(byEmail["partner.es@microcred.demo"].Id, DemoAccounts.UniversityEs, now);
        design.AddMember(byEmail["partner.pt@microcred.demo"].Id, DemoAccounts.UniversityPt, now);
        db.CourseDesigns.Add(design);

        foreach (var step in Enum.GetValues<WizardStep>())
        {
            var content = sample.Content.Get(step);
            var json = DesignContentJson.Serialize(content);
            if (!markAllComplete && json == DesignContentJson.Serialize(Activator.CreateInstance(content.GetType())!))
            {
                continue;
            }

            var stored = new DesignStep(design.Id, step);
            stored.Save(json, markAllComplete || StepCompleteness.IsComplete(step, sample.Content), leader.Id, now);
            db.DesignSteps.Add(stored);
        }

        db.DesignChanges.Add(new DesignChange(design.Id, null, leader.Id, now, "Demo design loaded."));
        await db.SaveChangesAsync(ct);
    }
}
