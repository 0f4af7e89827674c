using System.Net;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Tests.Cohorts;

public sealed class CohortTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    [Fact]
    public async Task The_issuing_administrator_reaches_the_cohorts_from_the_dashboard_and_starts_one()
    {
        using var admin = await factory.SignedInAsync();
        var designId = await factory.PublishedDesignIdAsync();

        var dashboard = await admin.GetAsync("/");
        Assert.NotNull(dashboard.Document.QuerySelector($"a[href='/designs/{designId}/cohorts']"));

        var cohortId = await factory.StartCohortAsync(admin, "Spring 2028");
        var page = await admin.GetAsync($"/cohorts/{cohortId}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Cohort \"Spring 2028\" started", page.Text, StringComparison.Ordinal);
        Assert.Contains("1 September 2027 to 15 December 2027", page.Text, StringComparison.Ordinal);
        Assert.Contains("No learners yet", page.Text, StringComparison.Ordinal);

        var list = await admin.GetAsync($"/designs/{designId}/cohorts");
        Assert.Contains("Spring 2028", list.Text, StringComparison.Ordinal);
        var stored = await factory.WithDbAsync(db => db.Cohorts.SingleAsync(c => c.Id == cohortId));
        Assert.Equal(3, stored.DesignVersionNumber);
        Assert.Equal("FRW-27A", stored.Code);
    }

    [Fact]
    public async Task A_cohort_without_a_name_or_ending_before_it_starts_is_refused_with_the_input_kept()
    {
        using var admin = await factory.SignedInAsync();
        var designId = await factory.PublishedDesignIdAsync();
        var before = await factory.WithDbAsync(db => db.Cohorts.CountAsync());

        var page = await admin.SubmitAsync($"/designs/{designId}/cohorts/new", CohortTestSupport.CohortFields("", starts: "2027-09-01", ends: "2027-08-01"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Give the cohort a name", page.FieldError("Form_Name"), StringComparison.Ordinal);
        Assert.Contains("cannot be before the first day", page.FieldError("Form_EndsOn"), StringComparison.Ordinal);
        Assert.Equal(2, page.ErrorSummary().Count);
        Assert.Equal("2027-08-01", page.InputValue("Form_EndsOn"));
        Assert.Equal(before, await factory.WithDbAsync(db => db.Cohorts.CountAsync()));
    }

    [Fact]
    public async Task A_learner_added_by_hand_is_listed_with_their_result()
    {
        using var admin = await factory.SignedInAsync();
        var cohortId = await factory.StartCohortAsync(admin);

        var saved = await admin.SubmitAsync($"/cohorts/{cohortId}/learners/new", CohortTestSupport.LearnerFields("S-100"));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);

        var page = await admin.GetAsync($"/cohorts/{cohortId}");
        Assert.Contains("Noor Bakker added to the cohort.", page.Text, StringComparison.Ordinal);
        var row = page.Document.QuerySelectorAll("tbody tr").Single();
        Assert.Contains("S-100", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Passed", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("7.5", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("10 December 2027", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_grade_below_the_pass_mark_for_a_passed_learner_is_refused_next_to_the_grade()
    {
        using var admin = await factory.SignedInAsync();
        var cohortId = await factory.StartCohortAsync(admin);

        var page = await admin.SubmitAsync($"/cohorts/{cohortId}/learners/new", CohortTestSupport.LearnerFields("S-101", grade: "4.2"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("below the pass mark of 5.5", page.FieldError("Form_Grade"), StringComparison.Ordinal);
        Assert.Equal("S-101", page.InputValue("Form_LearnerIdentifier"));
        Assert.Empty(await factory.LearnerIdsAsync(cohortId));
    }

    [Fact]
    public async Task Unreadable_values_and_a_duplicate_identifier_get_messages_next_to_their_fields()
    {
        using var admin = await factory.SignedInAsync();
        var cohortId = await factory.StartCohortAsync(admin);
        await admin.SubmitAsync($"/cohorts/{cohortId}/learners/new", CohortTestSupport.LearnerFields("S-102"));

        var fields = CohortTestSupport.LearnerFields("s-102");
        var duplicate = await admin.SubmitAsync($"/cohorts/{cohortId}/learners/new", fields);
        Assert.Contains("already has the identifier", duplicate.FieldError("Form_LearnerIdentifier"), StringComparison.Ordinal);

        fields = CohortTestSupport.LearnerFields("S-103", grade: "seven");
        fields["Form.Email"] = "not-an-address";
        var bad = await admin.SubmitAsync($"/cohorts/{cohortId}/learners/new", fields);
        Assert.Contains("as a number", bad.FieldError("Form_Grade"), StringComparison.Ordinal);
        Assert.Contains("name@example.org", bad.FieldError("Form_Email"), StringComparison.Ordinal);
        Assert.Equal("seven", bad.InputValue("Form_Grade"));
        Assert.Equal(["S-102"], await factory.LearnerIdsAsync(cohortId));
    }

    [Fact]
    public async Task Saving_a_learner_someone_else_changed_meanwhile_is_refused_and_keeps_the_input()
    {
        using var admin = await factory.SignedInAsync();
        var cohortId = await factory.StartCohortAsync(admin);
        await admin.SubmitAsync($"/cohorts/{cohortId}/learners/new", CohortTestSupport.LearnerFields("S-104", result: "", grade: ""));
        var learnerId = await factory.WithDbAsync(db => db.Learners.Where(l => l.CohortId == cohortId).Select(l => l.Id).SingleAsync());
        var url = $"/cohorts/{cohortId}/learners/{learnerId}";
        var stale = await admin.GetAsync(url);
        var version = stale.InputValue("Form_Version")!;

        var first = CohortTestSupport.LearnerFields("S-104", grade: "8");
        first["Form.Version"] = version;
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync(url, first, stale.AntiforgeryToken())).Status);

        var second = CohortTestSupport.LearnerFields("S-104", result: "Failed", grade: "3");
        second["Form.Version"] = version;
        var conflict = await admin.PostAsync(url, second, stale.AntiforgeryToken());

        Assert.Equal(HttpStatusCode.OK, conflict.Status);
        Assert.Contains("Someone else changed this learner", string.Join(" ", conflict.ErrorSummary()), StringComparison.Ordinal);
        Assert.Equal("3", conflict.InputValue("Form_Grade"));
        Assert.Equal(8m, await factory.WithDbAsync(db => db.Learners.Where(l => l.Id == learnerId).Select(l => l.Grade).SingleAsync()));
    }

    [Fact]
    public async Task A_removed_learner_leaves_the_cohort_after_confirmation()
    {
        using var admin = await factory.SignedInAsync();
        var cohortId = await factory.StartCohortAsync(admin);
        await admin.SubmitAsync($"/cohorts/{cohortId}/learners/new", CohortTestSupport.LearnerFields("S-105"));
        var learnerId = await factory.WithDbAsync(db => db.Learners.Where(l => l.CohortId == cohortId).Select(l => l.Id).SingleAsync());

        var removed = await admin.SubmitAsync($"/cohorts/{cohortId}/learners/{learnerId}/remove", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, removed.Status);
        Assert.Empty(await factory.LearnerIdsAsync(cohortId));
        Assert.Contains("Noor Bakker removed from the cohort.", (await admin.GetAsync($"/cohorts/{cohortId}")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finalising_is_refused_while_a_learner_has_no_result_and_then_locks_the_cohort()
    {
        using var admin = await factory.SignedInAsync();
        var cohortId = await factory.StartCohortAsync(admin);
        await admin.SubmitAsync($"/cohorts/{cohortId}/learners/new", CohortTestSupport.LearnerFields("S-106"));
        await admin.SubmitAsync($"/cohorts/{cohortId}/learners/new", CohortTestSupport.LearnerFields("S-107", result: "", grade: "", family: "Visser"));
        var finalisePage = await admin.GetAsync($"/cohorts/{cohortId}/finalise");
        Assert.Contains("1 learner has no result yet", finalisePage.Text, StringComparison.Ordinal);
        Assert.Contains("Noor Visser (S-107)", finalisePage.Text, StringComparison.Ordinal);

        // A stale or crafted post is refused by the domain with the same list.
        var version = await factory.WithDbAsync(db => db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.Version).SingleAsync());
        var refused = await admin.PostAsync($"/cohorts/{cohortId}/finalise", new Dictionary<string, string> { ["version"] = version.ToString() }, finalisePage.AnyAntiforgeryToken());
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Noor Visser (S-107)", string.Join(" ", refused.ErrorSummary()), StringComparison.Ordinal);
        Assert.Null(await factory.WithDbAsync(db => db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.ResultsFinalisedAt).SingleAsync()));

        var learnerId = await factory.WithDbAsync(db => db.Learners.Where(l => l.CohortId == cohortId && l.LearnerIdentifier == "S-107").Select(l => l.Id).SingleAsync());
        var edit = await admin.GetAsync($"/cohorts/{cohortId}/learners/{learnerId}");
        var fields = CohortTestSupport.LearnerFields("S-107", result: "AttendanceOnly", grade: "", family: "Visser");
        fields["Form.Version"] = edit.InputValue("Form_Version")!;
        var changed = await admin.PostAsync($"/cohorts/{cohortId}/learners/{learnerId}", fields, edit.AntiforgeryToken());
        Assert.True(changed.Status == HttpStatusCode.Redirect, string.Join(" ", changed.ErrorSummary()));

        var confirm = await admin.GetAsync($"/cohorts/{cohortId}/finalise");
        var current = confirm.Document.QuerySelector("input[name=version]")!.GetAttribute("value")!;
        var finalised = await admin.PostAsync($"/cohorts/{cohortId}/finalise", new Dictionary<string, string> { ["version"] = current }, confirm.AntiforgeryToken());
        Assert.Equal(HttpStatusCode.Redirect, finalised.Status);
        var page = await admin.GetAsync($"/cohorts/{cohortId}");
        Assert.Contains("Results finalised.", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector($"a[href='/cohorts/{cohortId}/learners/new']"));

        var late = await admin.PostAsync($"/cohorts/{cohortId}/learners/new", CohortTestSupport.LearnerFields("S-108"), page.AnyAntiforgeryToken() ?? finalisePage.AnyAntiforgeryToken());
        Assert.Contains("finalised", string.Join(" ", late.ErrorSummary()), StringComparison.Ordinal);
        Assert.Equal(["S-106", "S-107"], await factory.LearnerIdsAsync(cohortId));
    }

    [Fact]
    public async Task People_who_do_not_administer_the_issuing_institution_get_404_everywhere()
    {
        Guid cohortId;
        using (var admin = await factory.SignedInAsync())
        {
            cohortId = await factory.StartCohortAsync(admin);
        }

        var designId = await factory.PublishedDesignIdAsync();
        var otherAdmin = await factory.OtherInstitutionAdminAsync();
        foreach (var email in new[] { otherAdmin, "leader@microcred.demo", "qa.officer@microcred.demo", "admin@microcred.demo" })
        {
            using var browser = await factory.SignedInAsync(email);
            foreach (var url in new[]
            {
                $"/designs/{designId}/cohorts", $"/designs/{designId}/cohorts/new", $"/cohorts/{cohortId}", $"/cohorts/{cohortId}/learners/new",
                $"/cohorts/{cohortId}/import", $"/cohorts/{cohortId}/import/template.csv", $"/cohorts/{cohortId}/finalise", $"/cohorts/{cohortId}/edit",
            })
            {
                var page = await browser.GetAsync(url);
                Assert.True(page.Status == HttpStatusCode.NotFound, $"{email} got {(int)page.Status} for {url}");
            }
        }

        using var spanish = await factory.SignedInAsync(otherAdmin);
        var token = (await spanish.GetAsync("/")).AnyAntiforgeryToken();
        var post = await spanish.PostAsync($"/cohorts/{cohortId}/learners/new", CohortTestSupport.LearnerFields("X-1"), token);
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await spanish.GetAsync($"/cohorts/{cohortId}")).Status);
        Assert.Empty(await factory.LearnerIdsAsync(cohortId));
    }

    [Fact]
    public async Task Cohort_details_change_and_a_stale_save_is_refused_with_the_input_kept()
    {
        using var admin = await factory.SignedInAsync();
        var cohortId = await factory.StartCohortAsync(admin, "Before rename");
        var url = $"/cohorts/{cohortId}/edit";
        var form = await admin.GetAsync(url);
        var version = form.InputValue("Form_Version")!;

        var fields = CohortTestSupport.CohortFields("After rename", ends: "2028-01-31");
        fields["Form.Version"] = version;
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync(url, fields, form.AntiforgeryToken())).Status);
        var stored = await factory.WithDbAsync(db => db.Cohorts.SingleAsync(c => c.Id == cohortId));
        Assert.Equal("After rename", stored.Name);
        Assert.Equal(new DateOnly(2028, 1, 31), stored.EndsOn);

        var stale = CohortTestSupport.CohortFields("Stale rename");
        stale["Form.Version"] = version;
        var conflict = await admin.PostAsync(url, stale, form.AntiforgeryToken());
        Assert.Equal(HttpStatusCode.OK, conflict.Status);
        Assert.Contains("Someone else changed this cohort", string.Join(" ", conflict.ErrorSummary()), StringComparison.Ordinal);
        Assert.Equal("Stale rename", conflict.InputValue("Form_Name"));
        Assert.Equal("After rename", await factory.WithDbAsync(db => db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.Name).SingleAsync()));
    }
}
