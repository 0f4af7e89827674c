using System.Text.RegularExpressions;
using MicroCred.Domain.Accounts;
using MicroCred.Domain.Credentials;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Identity;
using MicroCred.Infrastructure.Seeding;
using MicroCred.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace MicroCred.Web.Tests.Credentials;

/// <summary>Cohorts of the seeded published course, made straight in the database (the cohort pages belong to another feature).</summary>
internal static partial class CredentialData
{
    public const string AdminEmail = "institution.admin@microcred.demo";
    public const string OtherAdminEmail = "admin.es@microcred.test";

    public static LearnerDetails Passed(string id, string given = "Noor", string family = "Bakker", decimal? grade = null) =>
        new(given, family, id, new DateOnly(1990, 1, 5), $"{id.ToLowerInvariant()}@learners.example", LearnerResult.Passed, grade, new DateOnly(2027, 4, 20));

    public static LearnerDetails AttendanceOnly(string id, string given = "Tim", string family = "Smit") =>
        new(given, family, id, null, null, LearnerResult.AttendanceOnly, null, null);

    public static LearnerDetails Failed(string id, string given = "Eva", string family = "Mulder") =>
        new(given, family, id, null, null, LearnerResult.Failed, 3m, null);

    public static async Task<Actor> AdminAsync(MicroCredFactory factory)
    {
        var user = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == AdminEmail));
        return Actor.Of(user.Id, user.FullName, user.InstitutionId!.Value, Roles.InstitutionAdmin);
    }

    public static async Task<(Guid CohortId, IReadOnlyList<Guid> LearnerIds)> CohortAsync(
        MicroCredFactory factory, string name, IEnumerable<LearnerDetails> learners, bool finalise = true, string? code = null,
        DeliveryMode participation = DeliveryMode.Blended, bool includedMobility = false)
    {
        _ = factory.Server;
        var admin = await AdminAsync(factory);
        var now = factory.Clock.Now;
        return await factory.WithDbAsync(async db =>
        {
            var design = await db.CourseDesigns.SingleAsync(x => x.Title == SampleDesigns.PublishedTitle);
            var version = await db.DesignVersions.Where(v => v.DesignId == design.Id).OrderByDescending(v => v.Number).FirstAsync();
            var cohort = Cohort.Start(design, version, new CohortDetails(name, code, new DateOnly(2027, 2, 1), new DateOnly(2027, 4, 30), participation, includedMobility), admin, now);
            var ids = learners.Select(l => cohort.AddLearner(l, admin, now).Id).ToList();
            if (finalise)
            {
                cohort.FinaliseResults(admin, now);
            }

            db.Cohorts.Add(cohort);
            await db.SaveChangesAsync();
            return (cohort.Id, (IReadOnlyList<Guid>)ids);
        });
    }

    /// <summary>An institution administrator of a partner that is not the issuing institution.</summary>
    public static async Task EnsureOtherAdminAsync(MicroCredFactory factory)
    {
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync(OtherAdminEmail) is not null)
        {
            return;
        }

        var user = new AppUser
        {
            UserName = OtherAdminEmail,
            Email = OtherAdminEmail,
            EmailConfirmed = true,
            FullName = "Other Administrator",
            InstitutionId = DemoAccounts.UniversityEs,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.InstitutionAdmin)).Succeeded);
    }

    public static Task<int> CredentialCountAsync(MicroCredFactory factory, Guid cohortId) =>
        factory.WithDbAsync(db => db.IssuedCredentials.CountAsync(c => c.CohortId == cohortId));

    public static Task<List<IssuedCredential>> CredentialsAsync(MicroCredFactory factory, Guid cohortId) =>
        factory.WithDbAsync(db => db.IssuedCredentials.Where(c => c.CohortId == cohortId).ToListAsync());

    /// <summary>Posts the issue form of the cohort page with the chosen learners.</summary>
    public static async Task<TestBrowser.Page> IssueAsync(TestBrowser browser, Guid cohortId, IEnumerable<Guid> learnerIds)
    {
        var page = await browser.GetAsync($"/cohorts/{cohortId}/credentials");
        var token = page.Document.QuerySelector($"form[action='/cohorts/{cohortId}/credentials/issue'] input[name=__RequestVerificationToken]")?.GetAttribute("value");
        Assert.NotNull(token);
        return await browser.PostAsync($"/cohorts/{cohortId}/credentials/issue", learnerIds.Select(id => new KeyValuePair<string, string>("learnerIds", id.ToString())), token);
    }

    /// <summary>All text of a PDF on one line, whitespace folded.</summary>
    public static string Flat(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return Whitespace().Replace(string.Join(" ", document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p))), " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
