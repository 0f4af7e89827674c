using System.Text;
using Microsoft.Playwright;
using static MicroCred.EndToEnd.Axe;

namespace MicroCred.EndToEnd;

[Collection(PortalCollection.Name)]
public sealed class CohortJourneyTests(PortalFixture portal)
{
    [Fact]
    public async Task The_institution_administrator_starts_a_cohort_adds_a_learner_and_imports_a_file_on_accessible_pages()
    {
        var page = await portal.SignedInPageAsync("institution.admin@microcred.demo");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cohorts of Flood-Resilient Waterfronts: Planning with Nature" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Start a cohort" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Start the cohort" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-error-summary]")).ToContainTextAsync("Give the cohort a name");
        await AssertAccessibleAsync(page, "cohort form with errors");

        var name = "Journey " + Guid.NewGuid().ToString("N")[..6];
        await page.Locator("#Form_Name").FillAsync(name);
        await page.Locator("#Form_StartsOn").FillAsync("2027-09-01");
        await page.Locator("#Form_EndsOn").FillAsync("2027-12-15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the cohort" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "empty cohort page");

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a learner" }).ClickAsync();
        await page.Locator("#Form_LearnerIdentifier").FillAsync("E2E-1");
        await page.Locator("#Form_GivenNames").FillAsync("Lena");
        await page.Locator("#Form_FamilyName").FillAsync("Vos");
        await page.Locator("#Form_Result").SelectOptionAsync("Passed");
        await page.Locator("#Form_Grade").FillAsync("4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add learner" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-error-summary]")).ToBeFocusedAsync();
        await AssertAccessibleAsync(page, "learner form with errors");
        await page.Locator("#Form_Grade").FillAsync("8");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add learner" }).ClickAsync();
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
        await AssertAccessibleAsync(page, "cohort page with learners");

        await page.GetByRole(AriaRole.Link, new() { Name = "Import learners from a CSV file" }).ClickAsync();
        await AssertAccessibleAsync(page, "import page");
        await page.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload
        {
            Name = "learners.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes("learner_id;given_names;family_name;result;grade\nE2E-2;Mo;Haddad;passed;7,5\nE2E-1;Lena;Vos;passed;8\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check the import" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("already has the identifier E2E-1");
        await AssertAccessibleAsync(page, "import preview");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add 1 learner" }).ClickAsync();
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(2);
    }
}
