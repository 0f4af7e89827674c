using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MicroCred.Domain.Accounts;
using MicroCred.Domain.Designs;
using MicroCred.Infrastructure.Identity;
using MicroCred.Infrastructure.Seeding;
using MicroCred.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MicroCred.Web.Tests.Cohorts;

/// <summary>Signing in as the demo institution administrator, starting cohorts and uploading CSV files over HTTP.</summary>
internal static class CohortTestSupport
{
    public const string Admin = "institution.admin@microcred.demo";

    public static async Task<TestBrowser> SignedInAsync(this MicroCredFactory factory, string email = Admin)
    {
        var browser = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync(email)).Status);
        return browser;
    }

    public static Task<Guid> PublishedDesignIdAsync(this MicroCredFactory factory) =>
        factory.WithDbAsync(db => db.CourseDesigns.Where(d => d.Title == SampleDesigns.PublishedTitle).Select(d => d.Id).SingleAsync());

    public static async Task<Guid> StartCohortAsync(this MicroCredFactory factory, TestBrowser browser, string name = "Autumn 2027")
    {
        var designId = await factory.PublishedDesignIdAsync();
        var page = await browser.SubmitAsync($"/designs/{designId}/cohorts/new", CohortFields(name));
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        return Guid.Parse(page.Location!.OriginalString.Split('/')[^1]);
    }

    public static Dictionary<string, string> CohortFields(string name, string starts = "2027-09-01", string ends = "2027-12-15") => new()
    {
        ["Form.Name"] = name,
        ["Form.Code"] = "FRW-27A",
        ["Form.StartsOn"] = starts,
        ["Form.EndsOn"] = ends,
        ["Form.Participation"] = "Blended",
    };

    public static Dictionary<string, string> LearnerFields(string id, string result = "Passed", string grade = "7.5", string family = "Bakker") => new()
    {
        ["Form.LearnerIdentifier"] = id,
        ["Form.GivenNames"] = "Noor",
        ["Form.FamilyName"] = family,
        ["Form.DateOfBirth"] = "1995-02-11",
        ["Form.Email"] = "noor.bakker@example.org",
        ["Form.Result"] = result,
        ["Form.Grade"] = grade,
        ["Form.CompletedOn"] = "2027-12-10",
    };

    public static async Task<TestBrowser.Page> UploadAsync(this TestBrowser browser, Guid cohortId, byte[] bytes, string fileName = "learners.csv")
    {
        var form = await browser.GetAsync($"/cohorts/{cohortId}/import");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        using var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(part, "file", fileName);
        return await browser.PostMultipartAsync($"/cohorts/{cohortId}/import", content, form.AntiforgeryToken()!);
    }

    public static byte[] Utf8(string text, bool bom = false) =>
        bom ? [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);

    public static Task<List<string>> LearnerIdsAsync(this MicroCredFactory factory, Guid cohortId) =>
        factory.WithDbAsync(db => db.Learners.Where(l => l.CohortId == cohortId).OrderBy(l => l.LearnerIdentifier).Select(l => l.LearnerIdentifier).ToListAsync());

    /// <summary>An institution administrator of the Spanish partner, which does not issue the published course.</summary>
    public static async Task<string> OtherInstitutionAdminAsync(this MicroCredFactory factory)
    {
        const string email = "admin.es@example.org";
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync(email) is null)
        {
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = "Elena Ruiz", InstitutionId = DemoAccounts.UniversityEs, CreatedAt = DateTimeOffset.UtcNow };
            Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
            await users.AddToRoleAsync(user, Roles.InstitutionAdmin);
        }

        return email;
    }
}
