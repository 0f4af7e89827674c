using System.Net;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Institutions;
using MicroCred.Infrastructure.Identity;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Infrastructure.Seeding;
using MicroCred.Web.Tests.Cohorts;
using MicroCred.Web.Tests.Credentials;
using MicroCred.Web.Tests.Review;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MicroCred.Web.Tests.Scale;

/// <summary>
/// Lists that grow are paged with counts and a labelled search box, never cut off silently: designs on the dashboard, users,
/// institutions, the learners of a cohort on the cohort and issuing pages.
/// </summary>
public sealed class PagingTests(PagingTests.Fixture fixture) : IClassFixture<PagingTests.Fixture>
{
    private MicroCredFactory Factory => fixture.Factory;

    [Fact]
    public async Task The_dashboard_pages_and_searches_the_designs_of_the_user()
    {
        using var browser = await Factory.SignedInAsync(ReviewSetup.Leader);
        var first = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, first.Status);
        var total = 3 + Fixture.Designs;
        AssertShowing(first, 1, 25, total, "course designs");
        Assert.Equal(25, first.Document.QuerySelectorAll("#designs-heading ~ table tbody tr, section[aria-labelledby=designs-heading] tbody tr").Length);
        var pages = (total + 24) / 25;
        Assert.Contains($"Page 1 of {pages}", first.Text, StringComparison.Ordinal);
        var next = first.Document.QuerySelector("nav[aria-label='Pages of course designs'] a[rel=next]");
        Assert.NotNull(next);
        Assert.Equal("/?page=2", next.GetAttribute("href"));

        var second = await browser.GetAsync("/?page=2");
        AssertShowing(second, 26, Math.Min(50, total), total, "course designs");
        Assert.Contains($"Page 2 of {pages}", second.Text, StringComparison.Ordinal);

        // The search box has a visible label tied to it and is a GET form; a search reports what it found.
        var box = first.Document.QuerySelector("input[type=search][name=q]");
        Assert.NotNull(box);
        Assert.NotNull(first.Document.QuerySelector($"label[for='{box.Id}']"));
        Assert.Equal("get", box.Closest("form")!.GetAttribute("method"));
        var found = await browser.GetAsync("/?q=" + Uri.EscapeDataString("paged course 1"));
        Assert.Contains("Showing 1–10 of 10 course designs matching “paged course 1”", found.Text, StringComparison.Ordinal);
        Assert.Equal("paged course 1", found.InputValue(box.Id!));

        // A page past the end shows the last page rather than an empty list.
        AssertShowing(await browser.GetAsync("/?page=999"), ((pages - 1) * 25) + 1, total, total, "course designs");
    }

    [Fact]
    public async Task The_users_list_pages_and_finds_people_by_name_or_e_mail()
    {
        using var browser = await Factory.SignedInAsync(ReviewSetup.PlatformAdmin);
        var first = await browser.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.OK, first.Status);
        var total = await Factory.WithDbAsync(db => db.Users.CountAsync());
        Assert.True(total > 25);
        AssertShowing(first, 1, 25, total, "users");
        Assert.NotNull(first.Document.QuerySelector("label[for=user-search]"));
        var second = await browser.GetAsync("/admin/users?page=2");
        AssertShowing(second, 26, Math.Min(50, total), total, "users");

        var found = await browser.GetAsync("/admin/users?q=paged.person.07%40");
        Assert.Contains("Showing 1–1 of 1 user matching", found.Text, StringComparison.Ordinal);
        Assert.Contains("Paged Person 07", found.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_institutions_list_pages_and_finds_institutions_by_name()
    {
        using var browser = await Factory.SignedInAsync(ReviewSetup.PlatformAdmin);
        var first = await browser.GetAsync("/admin/institutions");
        var total = await Factory.WithDbAsync(db => db.Institutions.CountAsync());
        AssertShowing(first, 1, 25, total, "institutions");
        Assert.NotNull(first.Document.QuerySelector("label[for=institution-search]"));
        var found = await browser.GetAsync("/admin/institutions?q=paged+institute+1");
        Assert.Contains("Showing 1–10 of 10 institutions matching", found.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cohort_and_issuing_pages_show_one_page_of_learners_and_find_a_learner()
    {
        using var browser = await Factory.SignedInAsync(CredentialData.AdminEmail);
        var cohort = await browser.GetAsync($"/cohorts/{fixture.CohortId}");
        AssertShowing(cohort, 1, 25, Fixture.Learners, "learners");
        Assert.Equal(25, cohort.Document.QuerySelectorAll("section[aria-labelledby=learners-heading] tbody tr").Length);
        Assert.Contains($"Page 1 of {(Fixture.Learners + 24) / 25}", cohort.Text, StringComparison.Ordinal);
        var found = await browser.GetAsync($"/cohorts/{fixture.CohortId}?q=PAGE-00042");
        Assert.Contains("Showing 1–1 of 1 learner matching", found.Text, StringComparison.Ordinal);
        Assert.Contains("Family00042", found.Text, StringComparison.Ordinal);

        var issuing = await browser.GetAsync($"/cohorts/{fixture.CohortId}/credentials?page=3");
        Assert.Equal(HttpStatusCode.OK, issuing.Status);
        AssertShowing(issuing, 51, Fixture.Learners, Fixture.Learners, "learners");

        // "Issue to everyone" still counts the whole cohort, not the page.
        Assert.Contains($"Issue to every eligible learner ({Fixture.Learners})", issuing.Text, StringComparison.Ordinal);
        var busy = issuing.Document.QuerySelector($"form[action='/cohorts/{fixture.CohortId}/credentials/issue-all']")!.GetAttribute("data-busy");
        Assert.Contains($"Issuing {Fixture.Learners} micro-credentials", busy, StringComparison.Ordinal);
        var byName = await browser.GetAsync($"/cohorts/{fixture.CohortId}/credentials?q=given00007");
        Assert.Contains("Showing 1–1 of 1 learner matching", byName.Text, StringComparison.Ordinal);
    }

    private static void AssertShowing(TestBrowser.Page page, int first, int last, int total, string nouns) =>
        Assert.Contains($"Showing {first}–{last} of {total} {nouns}", page.Text, StringComparison.Ordinal);

    public sealed class Fixture : IAsyncLifetime
    {
        public const int Designs = 30;
        public const int Learners = 60;

        public MicroCredFactory Factory { get; } = new();

        public Guid CohortId { get; private set; }

        public async Task InitializeAsync()
        {
            _ = Factory.Server;
            await using (var scope = Factory.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<MicroCredDbContext>();
                var leader = await db.Users.Where(u => u.Email == ReviewSetup.Leader).Select(u => u.Id).SingleAsync();
                var now = Factory.Clock.Now;
                for (var n = 1; n <= Designs; n++)
                {
                    db.CourseDesigns.Add(CourseDesign.Start($"Paged course {n:D2}", DemoAccounts.UniversityNl, leader, DemoAccounts.UniversityNl, now.AddMinutes(-n)));
                    db.Institutions.Add(new Institution(Guid.NewGuid(), new InstitutionDetails($"Paged Institute {n:D2}", null, "NL", null, "Utrecht", null, true, null, null), now));
                    db.Users.Add(new AppUser
                    {
                        Id = Guid.NewGuid(),
                        UserName = $"paged.person.{n:D2}@example.org",
                        NormalizedUserName = $"PAGED.PERSON.{n:D2}@EXAMPLE.ORG",
                        Email = $"paged.person.{n:D2}@example.org",
                        NormalizedEmail = $"PAGED.PERSON.{n:D2}@EXAMPLE.ORG",
                        FullName = $"Paged Person {n:D2}",
                        InstitutionId = DemoAccounts.UniversityNl,
                        SecurityStamp = Guid.NewGuid().ToString(),
                        CreatedAt = now,
                    });
                }

                await db.SaveChangesAsync();
            }

            (CohortId, _) = await CredentialData.CohortAsync(Factory, "Paged cohort", CohortQueryGuardTests.Learners(Learners, "PAGE"), finalise: true);
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }
}
