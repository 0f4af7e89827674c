using MicroCred.Domain.Accounts;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Credentials;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Web.Features.Designs;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MicroCred.Web.Tests.Cohorts;

/// <summary>The seeded published demo course, and cohorts, learners and credentials saved through the SQLite migrations.</summary>
public sealed class CredentialPersistenceTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    [Fact]
    public async Task The_demo_data_holds_a_published_course_issued_by_the_demo_institution_administrators_university()
    {
        _ = factory.Server;
        var (design, versions, decisions, admin) = await factory.WithDbAsync(async db =>
        {
            var d = await db.CourseDesigns.SingleAsync(x => x.Title == SampleDesigns.PublishedTitle);
            return (d,
                await db.DesignVersions.Where(v => v.DesignId == d.Id).OrderBy(v => v.Number).ToListAsync(),
                await db.QualityGateDecisions.CountAsync(q => q.DesignId == d.Id),
                await db.Users.SingleAsync(u => u.Email == "institution.admin@microcred.demo"));
        });

        Assert.Equal(DesignStatus.Published, design.Status);
        Assert.Equal([Gate.G1, Gate.G2, Gate.G3], versions.Select(v => v.Gate));
        Assert.All(versions, v => Assert.Equal(DecisionOutcome.Approved, v.Outcome));
        Assert.Equal(3, decisions);
        Assert.Equal(SampleDesigns.PublishedTitle, versions[^1].ReadContent().CoursePlan.Title);
        Assert.Equal(admin.InstitutionId, Cohort.IssuingInstitutionOf(versions[^1].ReadContent()));
    }

    [Fact]
    public async Task A_cohort_its_learners_and_issued_credentials_survive_a_round_trip()
    {
        _ = factory.Server;
        var admin = await AdminAsync();
        var now = factory.Clock.Now;
        var cohortId = await factory.WithDbAsync(async db =>
        {
            var (design, version) = await PublishedAsync(db);
            var cohort = Cohort.Start(design, version, new CohortDetails("Round trip", "RT-1", new DateOnly(2027, 2, 1), new DateOnly(2027, 4, 30), DeliveryMode.Blended), admin, now);
            cohort.AddLearner(new LearnerDetails("Noor", "Bakker", "RT-001", new DateOnly(1990, 1, 5), "noor@example.org", LearnerResult.Passed, 7.5m, new DateOnly(2027, 4, 20)), admin, now);
            cohort.AddLearner(new LearnerDetails("Tim", "Smit", "RT-002", null, null, LearnerResult.AttendanceOnly, null, null), admin, now);
            db.Cohorts.Add(cohort);
            await db.SaveChangesAsync();
            return cohort.Id;
        });

        var issued = await factory.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.Include(c => c.Learners).SingleAsync(c => c.Id == cohortId);
            Assert.Equal(["RT-001", "RT-002"], cohort.Learners.Select(l => l.LearnerIdentifier).Order());
            cohort.FinaliseResults(admin, now);
            var (_, version) = await PublishedAsync(db);
            var facts = DesignWorkspaces.FactsOf(await db.Institutions.ToListAsync());
            var result = CredentialIssuance.Issue(cohort, version, facts, [.. cohort.Learners.Select(l => l.Id)], [], admin, now);
            db.IssuedCredentials.AddRange(result.Issued);
            await db.SaveChangesAsync();
            return result.Issued.Select(c => c.PublicId).ToList();
        });

        await factory.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.Include(c => c.Learners).SingleAsync(c => c.Id == cohortId);
            Assert.True(cohort.IsFinalised);
            var credentials = await db.IssuedCredentials.Where(c => c.CohortId == cohortId).ToListAsync();
            Assert.Equal(issued.Order(), credentials.Select(c => c.PublicId).Order());
            Assert.All(credentials, c => Assert.True(c.IsIntact()));
            var ects = credentials.Single(c => c.Award == CredentialAward.EctsCertificate);
            Assert.Equal("Bakker", ects.ReadContent().LearnerFamilyName);
            Assert.Equal(SampleDesigns.PublishedTitle, ects.ReadContent().Title);
            return 0;
        });
    }

    [Fact]
    public async Task The_database_refuses_a_second_credential_for_the_same_learner_and_a_duplicate_identifier()
    {
        _ = factory.Server;
        var admin = await AdminAsync();
        var now = factory.Clock.Now;
        await factory.WithDbAsync(async db =>
        {
            var (design, version) = await PublishedAsync(db);
            var cohort = Cohort.Start(design, version, new CohortDetails("Twice", null, new DateOnly(2027, 2, 1), new DateOnly(2027, 4, 30), DeliveryMode.Blended), admin, now);
            var learner = cohort.AddLearner(new LearnerDetails("Eva", "Mulder", "TW-001", null, null, LearnerResult.Passed, 8m, null), admin, now);
            cohort.FinaliseResults(admin, now);
            db.Cohorts.Add(cohort);
            await db.SaveChangesAsync();

            var facts = DesignWorkspaces.FactsOf(await db.Institutions.ToListAsync());
            db.IssuedCredentials.AddRange(CredentialIssuance.Issue(cohort, version, facts, [learner.Id], [], admin, now).Issued);
            await db.SaveChangesAsync();

            // A second request that did not see the first one's credential.
            db.IssuedCredentials.AddRange(CredentialIssuance.Issue(cohort, version, facts, [learner.Id], [], admin, now).Issued);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            return 0;
        });
    }

    [Fact]
    public async Task A_stale_learner_edit_is_refused_by_the_concurrency_token()
    {
        _ = factory.Server;
        var admin = await AdminAsync();
        var now = factory.Clock.Now;
        var (cohortId, learnerId) = await factory.WithDbAsync(async db =>
        {
            var (design, version) = await PublishedAsync(db);
            var cohort = Cohort.Start(design, version, new CohortDetails("Stale", null, new DateOnly(2027, 2, 1), new DateOnly(2027, 4, 30), DeliveryMode.Blended), admin, now);
            var learner = cohort.AddLearner(new LearnerDetails("Eva", "Mulder", "ST-001", null, null, null, null, null), admin, now);
            db.Cohorts.Add(cohort);
            await db.SaveChangesAsync();
            return (cohort.Id, learner.Id);
        });

        await using var first = factory.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<MicroCredDbContext>();
        await using var second = factory.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<MicroCredDbContext>();
        var a = await first.Cohorts.Include(c => c.Learners).SingleAsync(c => c.Id == cohortId);
        var b = await second.Cohorts.Include(c => c.Learners).SingleAsync(c => c.Id == cohortId);
        a.EditLearner(learnerId, new LearnerDetails("Eva", "Mulder", "ST-001", null, null, LearnerResult.Passed, 9m, null), admin, now);
        await first.SaveChangesAsync();
        b.EditLearner(learnerId, new LearnerDetails("Eva", "Mulder", "ST-001", null, null, LearnerResult.Failed, 3m, null), admin, now);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    private async Task<Actor> AdminAsync()
    {
        var user = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == "institution.admin@microcred.demo"));
        return Actor.Of(user.Id, user.FullName, user.InstitutionId!.Value, Roles.InstitutionAdmin);
    }

    private static async Task<(CourseDesign Design, DesignVersion Version)> PublishedAsync(MicroCredDbContext db)
    {
        var design = await db.CourseDesigns.SingleAsync(x => x.Title == SampleDesigns.PublishedTitle);
        var version = await db.DesignVersions.Where(v => v.DesignId == design.Id).OrderByDescending(v => v.Number).FirstAsync();
        return (design, version);
    }
}
