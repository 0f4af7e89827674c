using MicroCred.Domain.Accounts;
using MicroCred.Domain.Credentials;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static MicroCred.EndToEnd.Axe;

namespace MicroCred.EndToEnd;

[Collection(PortalCollection.Name)]
public sealed class CredentialJourneyTests(PortalFixture portal)
{
    private const string Admin = "institution.admin@microcred.demo";

    [Fact]
    public async Task An_administrator_issues_the_cohorts_credentials_and_the_verification_link_shows_valid()
    {
        var cohortId = await CohortAsync("Journey cohort", "JR");
        var page = await portal.SignedInPageAsync(Admin);
        await page.GotoAsync($"/cohorts/{cohortId}/credentials");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Micro-credentials" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "credentials page before issuing");

        await page.GetByLabel("Select all 2 learners who can receive a micro-credential").CheckAsync();
        await Assertions.Expect(page.GetByLabel("Issue to Noor Bakker")).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Issue micro-credentials to the selected learners" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("2 micro-credentials issued.");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Download all certificates (ZIP, 2 PDFs)" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "credentials page after issuing");

        await page.GetByRole(AriaRole.Link, new() { Name = "Verification page of Noor Bakker" }).ClickAsync();
        await Assertions.Expect(page.Locator("#verification-status")).ToContainTextAsync("Valid");
        await Assertions.Expect(page.Locator("#certificate-elements")).ToContainTextAsync("Noor Bakker");
    }

    [Fact]
    public async Task The_public_verification_pages_have_no_accessibility_violations()
    {
        var cohortId = await CohortAsync("Axe cohort", "AX");
        var admin = await portal.SignedInPageAsync(Admin);
        await admin.GotoAsync($"/cohorts/{cohortId}/credentials");
        await admin.GetByLabel("Select all 2 learners who can receive a micro-credential").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Issue micro-credentials to the selected learners" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status).First).ToContainTextAsync("issued");
        var ids = await portal.WithDbAsync(db => db.IssuedCredentials.Where(c => c.CohortId == cohortId).Select(c => new { c.Id, c.PublicId }).ToListAsync());

        await admin.GotoAsync($"/credentials/{ids[1].Id}/revoke");
        await AssertAccessibleAsync(admin, "revoke form");
        admin.Dialog += (_, dialog) => dialog.AcceptAsync();
        await admin.GetByLabel("Reason for revoking").FillAsync("Issued to the wrong learner.");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Revoke the micro-credential" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status).First).ToContainTextAsync("is revoked");

        var page = await portal.NewPageAsync();
        await page.GotoAsync("/verify");
        await AssertAccessibleAsync(page, "/verify");
        await page.GetByLabel("Credential id").FillAsync(ids[0].PublicId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#verification-status")).ToContainTextAsync("Valid");
        await AssertAccessibleAsync(page, "valid credential");

        await page.GotoAsync($"/verify/{ids[1].PublicId}");
        await Assertions.Expect(page.Locator("#verification-status")).ToContainTextAsync("Revoked on");
        await AssertAccessibleAsync(page, "revoked credential");

        await page.GotoAsync("/verify/unknown-id");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Micro-credential not found" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "unknown credential");
    }

    private Task<Guid> CohortAsync(string name, string prefix) => portal.WithDbAsync(async db =>
    {
        var user = await db.Users.SingleAsync(u => u.Email == Admin);
        var admin = Actor.Of(user.Id, user.FullName, user.InstitutionId!.Value, Roles.InstitutionAdmin);
        var design = await db.CourseDesigns.SingleAsync(d => d.Title == SampleDesigns.PublishedTitle);
        var version = await db.DesignVersions.Where(v => v.DesignId == design.Id).OrderByDescending(v => v.Number).FirstAsync();
        var now = DateTimeOffset.UtcNow;
        var cohort = Cohort.Start(design, version, new CohortDetails(name, null, new DateOnly(2027, 2, 1), new DateOnly(2027, 4, 30), DeliveryMode.Blended), admin, now);
        cohort.AddLearner(new LearnerDetails("Noor", "Bakker", prefix + "-1", null, null, LearnerResult.Passed, 8m, null), admin, now);
        cohort.AddLearner(new LearnerDetails("Tim", "Smit", prefix + "-2", null, null, LearnerResult.AttendanceOnly, null, null), admin, now);
        cohort.FinaliseResults(admin, now);
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync();
        return cohort.Id;
    });
}
