using MicroCred.Domain.Designs;
using MicroCred.Web.Features.Designs;
using MicroCred.Web.Tests.Cohorts;
using MicroCred.Web.Tests.Review;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Tests.Scale;

/// <summary>
/// The pages that only read a design (task list, step page, Check your design) read the design, its team and the tokens of its
/// saved state in one command. A state seen before needs neither its steps' content nor the institutions' facts again; a save
/// or a changed institution, made here straight in the database as another instance would, is read on the next request.
/// </summary>
public sealed class DesignHeadTests : IDisposable
{
    private readonly MicroCredFactory _factory = new MicroCredFactory().Counting();

    private static bool ReadsContent(string sql) => sql.Contains("\"ContentJson\"", StringComparison.Ordinal);

    private static bool ReadsInstitutionFacts(string sql) => sql.Contains("\"HoursPerEctsMin\"", StringComparison.Ordinal);

    [Fact]
    public async Task A_saved_state_seen_before_is_read_in_one_command_and_a_change_elsewhere_is_read_at_once()
    {
        var designId = await _factory.CopyOfCompleteDesignAsync("Read by its head");
        using var browser = await _factory.SignedInAsync(ReviewSetup.Leader);
        var counter = QueryCounter.Of(_factory);
        string[] urls = [$"/designs/{designId}", $"/designs/{designId}/steps/{(int)WizardStep.Assessment}", $"/designs/{designId}/checks"];
        foreach (var url in urls)
        {
            await counter.GetAsync(browser, url);
        }

        foreach (var url in urls)
        {
            var warm = await counter.GetAsync(browser, url);
            Assert.Equal(System.Net.HttpStatusCode.OK, warm.Status);
            Assert.DoesNotContain(warm.Sql, ReadsContent);
            Assert.DoesNotContain(warm.Sql, ReadsInstitutionFacts);
        }

        // A step saved elsewhere (a new concurrency token): its content is read again, and the page shows the new value.
        await _factory.WithDbAsync(async db =>
        {
            var step = await db.DesignSteps.SingleAsync(s => s.DesignId == designId && s.Step == WizardStep.Assessment);
            var content = DesignContentJson.Deserialize(WizardStep.Assessment, step.ContentJson);
            ((MicroCred.Domain.Designs.Steps.AssessmentStep)content).Components[0].Title = "Portfolio saved on another instance";
            step.Save(DesignContentJson.Serialize(content), step.MarkedComplete, step.LastEditedById!.Value, _factory.Clock.Now);
            return await db.SaveChangesAsync();
        });
        var afterSave = await counter.GetAsync(browser, urls[1]);
        Assert.Contains(afterSave.Sql, ReadsContent);
        Assert.Contains("Portfolio saved on another instance", (await browser.GetAsync(urls[1])).Html, StringComparison.Ordinal);

        // An institution changed elsewhere (a new token): its facts are read again.
        await _factory.WithDbAsync(async db =>
        {
            var institution = await db.Institutions.OrderBy(i => i.Name).FirstAsync();
            institution.ChangeSettings(institution.Settings with { HoursPerEctsMax = institution.Settings.HoursPerEctsMax + 1 }, _factory.Clock.Now);
            return await db.SaveChangesAsync();
        });
        var afterInstitution = await counter.GetAsync(browser, urls[2]);
        Assert.Contains(afterInstitution.Sql, ReadsInstitutionFacts);
        Assert.DoesNotContain(afterInstitution.Sql, ReadsContent);
        Assert.DoesNotContain((await counter.GetAsync(browser, urls[2])).Sql, ReadsInstitutionFacts);
    }

    [Fact]
    public async Task The_dashboard_names_each_designs_lead_institution_and_a_renamed_one_at_once()
    {
        _ = _factory.Server;
        using var browser = await _factory.SignedInAsync(ReviewSetup.Leader);
        var lead = await _factory.WithDbAsync(db => db.CourseDesigns.Join(db.DesignMembers, d => d.Id, m => m.DesignId, (d, m) => new { d, m })
            .Where(x => x.m.UserId == db.Users.Single(u => u.Email == ReviewSetup.Leader).Id)
            .Join(db.Institutions, x => x.d.LeadInstitutionId, i => i.Id, (x, i) => new { i.Id, i.Name }).FirstAsync());
        Assert.Contains(lead.Name, await LeadInstitutionsAsync(browser));

        // Renamed elsewhere (a new token): the next dashboard shows the new name.
        await _factory.WithDbAsync(async db =>
        {
            var institution = await db.Institutions.SingleAsync(i => i.Id == lead.Id);
            institution.Update(new(institution.Name + " (renamed)", institution.LocalName, institution.CountryCode, institution.Region, institution.City,
                institution.Website, institution.IsDegreeAwarding, institution.ErasmusCode, institution.LegalIdentifier), _factory.Clock.Now);
            return await db.SaveChangesAsync();
        });
        var after = await LeadInstitutionsAsync(browser);
        Assert.Contains(lead.Name + " (renamed)", after);
        Assert.DoesNotContain(lead.Name, after);
    }

    private static async Task<IReadOnlyList<string>> LeadInstitutionsAsync(TestBrowser browser) =>
        [.. (await browser.GetAsync("/")).Document.QuerySelectorAll("td[data-label='Lead institution']").Select(td => td.TextContent.Trim())];

    [Fact]
    public void The_stamp_of_listed_institutions_is_the_stamp_of_their_rows_in_any_order()
    {
        var rows = Enumerable.Range(0, 5).Select(_ => (Id: Guid.NewGuid(), Version: Guid.NewGuid())).ToList();
        var stamp = InstitutionFactsSnapshot.StampOf(rows);
        var listed = string.Join(",", rows.AsEnumerable().Reverse().Select(r => $"{r.Id.ToString().ToUpperInvariant()}:{r.Version}"));

        Assert.Equal(stamp, InstitutionFactsSnapshot.StampOfListed(listed));
        Assert.NotEqual(stamp, InstitutionFactsSnapshot.StampOfListed(string.Join(",", rows.Skip(1).Select(r => $"{r.Id}:{r.Version}"))));
        Assert.Null(InstitutionFactsSnapshot.StampOfListed("not a list"));
        Assert.Equal(InstitutionFactsSnapshot.StampOf([]), InstitutionFactsSnapshot.StampOfListed(""));
    }

    public void Dispose() => _factory.Dispose();
}
