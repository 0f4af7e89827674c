using System.Diagnostics;
using System.Text.Json;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Credentials;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Infrastructure.Seeding;
using MicroCred.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MicroCred.Bench.Load;

/// <summary>
/// Makes the grown database of issue 12: the portal's own migrations and demo data (DatabaseInitializer + DemoDataSeeder, run
/// through the portal's own service registration), then 197 more designs on the demo leader's dashboard (200 in all), one of
/// them under review with 100 comments on step 13, and 20 finalised cohorts of the published demo course with 10,000 learners
/// (one of 5,000), plus one empty cohort for the import, and a pool of further copies for the step save's point (started by
/// the Spanish partner, so not on the leader's dashboard). Rows are added through the domain's own methods and stored in a few
/// large SaveChanges batches. Writes the ids the load run needs to a JSON file and prints the database's size.
/// </summary>
internal static class Seeder
{
    public const int Designs = 200;
    public const int Cohorts = 20;
    public const int Learners = 10_000;
    public const int LargeCohort = 5_000;
    public const int Comments = 100;
    public const int PostDesigns = 64;

    /// <summary>
    /// The save point's pool: each save uses up one design's known concurrency token, so one point (warm-up and measured
    /// window, 12 s by default) needs one design per save: enough for 1,000 saves/s. The load run re-reads the used ones between points.
    /// </summary>
    public const int SaveDesigns = 13_000;

    private const int SaveBatch = 500;

    public static async Task<int> RunAsync(Options options)
    {
        var clock = Stopwatch.StartNew();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development", Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = options.Provider,
            ["ConnectionStrings:MicroCred"] = options.ConnectionString,
            ["DataFolder"] = options.DataFolder,
            ["Database:SeedDemoData"] = "true",
            ["Security:RequireHttps"] = "false",
            ["App:PublicBaseUrl"] = "http://127.0.0.1",
            ["Reminders:Enabled"] = "false",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        });
        builder.AddMicroCred();
        await using var app = builder.Build();
        await DatabaseInitializer.InitializeAsync(app.Services);
        Console.WriteLine($"Migrated and seeded the demo data in {clock.Elapsed.TotalSeconds:0.0} s");

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MicroCredDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = DateTimeOffset.UtcNow;
        var users = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Email!);
        var leader = users["leader@microcred.demo"];
        var ids = new SeededIds();

        // 1. Designs: copies of the complete sample (every step stored and marked complete), led by the demo leader with the two partners.
        var step = Stopwatch.StartNew();
        var existing = await db.CourseDesigns.CountAsync(d => d.CreatedById == leader.Id);
        var source = await db.CourseDesigns.Where(d => d.Title == SampleDesigns.CompleteTitle).Select(d => d.Id).SingleAsync();
        var steps = await db.DesignSteps.AsNoTracking().Where(s => s.DesignId == source).ToListAsync();
        var designs = new List<CourseDesign>();
        for (var n = 1; n <= Designs - existing; n++)
        {
            var design = CourseDesign.Start($"Load course {n:D3}", DemoAccounts.UniversityNl, leader.Id, DemoAccounts.UniversityNl, now.AddMinutes(-n));
            design.AddMember(users["partner.es@microcred.demo"].Id, DemoAccounts.UniversityEs, now);
            design.AddMember(users["partner.pt@microcred.demo"].Id, DemoAccounts.UniversityPt, now);
            db.CourseDesigns.Add(design);
            AddCopiesOfSteps(db, design, steps, leader.Id, now);

            designs.Add(design);
        }

        await SaveAsync(db);
        Console.WriteLine($"{designs.Count} designs added ({Designs} on the leader's dashboard) in {step.Elapsed.TotalSeconds:0.0} s");
        ids.PostDesigns = designs.Take(PostDesigns).Select(d => d.Id).ToList();
        ids.PageDesign = designs[PostDesigns].Id;

        // 1b. The save pool: more copies of the complete sample, started (and saved by the load run) by the Spanish partner with
        // the Portuguese partner on the team; the leader is not on them, so her dashboard keeps its 200 designs.
        step.Restart();
        var saver = users["partner.es@microcred.demo"];
        for (var n = 1; n <= options.SaveDesigns; n++)
        {
            var design = CourseDesign.Start($"Save course {n:D5}", DemoAccounts.UniversityEs, saver.Id, DemoAccounts.UniversityEs, now.AddMinutes(-Designs - n));
            design.AddMember(users["partner.pt@microcred.demo"].Id, DemoAccounts.UniversityPt, now);
            db.CourseDesigns.Add(design);
            AddCopiesOfSteps(db, design, steps, saver.Id, now);

            ids.SaveDesigns.Add(design.Id);
            if (n % SaveBatch == 0 || n == options.SaveDesigns)
            {
                await SaveAsync(db);
            }
        }

        Console.WriteLine($"{options.SaveDesigns:N0} designs for the save point added (partner.es@microcred.demo leads them) in {step.Elapsed.TotalSeconds:0.0} s");

        // 2. One design under review, claimed by the QA officer, with 100 reviewer comments on the assessment step (13).
        step.Restart();
        var reviewed = designs[^1];
        var qa = await ActorAsync(db, "qa.officer@microcred.demo");
        var designer = await ActorAsync(db, "leader@microcred.demo");
        {
            var design = await db.CourseDesigns.Include(d => d.Members).SingleAsync(d => d.Id == reviewed.Id);
            var designSteps = await db.DesignSteps.Where(s => s.DesignId == design.Id).ToListAsync();
            var submission = design.Submit(designer, DesignContentJson.Assemble(designSteps), [], GateFacts.None, now);
            db.AddRange(submission.Version, submission.Review);
            db.TimelineEntries.Add(submission.Entry);
            db.TimelineEntries.Add(submission.Review.Claim(qa, design, now.AddMinutes(1)));
            var author = CommentAuthor.Reviewer(qa, design);
            for (var n = 1; n <= Comments; n++)
            {
                var (comment, entry) = ReviewComment.Open(submission.Review, author, WizardStep.Assessment, null, null,
                    $"Question {n} about the assessment: how does the rubric weigh the group work against the individual report?", now.AddMinutes(1 + n));
                db.ReviewComments.Add(comment);
                db.TimelineEntries.Add(entry);
            }

            db.ChangeTracker.DetectChanges();
            await SaveAsync(db);
            ids.ReviewId = submission.Review.Id;
            ids.ReviewDesign = design.Id;
        }

        Console.WriteLine($"1 design under review with {Comments} comments in {step.Elapsed.TotalSeconds:0.0} s");

        // 3. Cohorts of the published demo course: one of 5,000 learners, 19 sharing the other 5,000; all results finalised, nothing issued.
        step.Restart();
        var admin = await ActorAsync(db, "institution.admin@microcred.demo");
        var published = await db.CourseDesigns.AsNoTracking().SingleAsync(d => d.Title == SampleDesigns.PublishedTitle);
        var version = await db.DesignVersions.AsNoTracking().Where(v => v.DesignId == published.Id && v.Gate == Gate.G3 && v.Outcome == DecisionOutcome.Approved)
            .OrderByDescending(v => v.Number).FirstAsync();
        var learnerNumber = 0;
        for (var c = 1; c <= Cohorts; c++)
        {
            var size = c == 1 ? LargeCohort : ((Learners - LargeCohort) / (Cohorts - 1)) + (c - 2 < (Learners - LargeCohort) % (Cohorts - 1) ? 1 : 0);
            var cohort = Cohort.Start(published, version, new CohortDetails(c == 1 ? "Large run" : $"Run {c:D2}", $"LOAD-{c:D2}",
                new DateOnly(2027, 2, 1), new DateOnly(2027, 4, 30), DeliveryMode.Blended), admin, now);
            for (var i = 0; i < size; i++)
            {
                learnerNumber++;
                cohort.AddLearner(Learner(learnerNumber), admin, now);
            }

            cohort.FinaliseResults(admin, now);
            db.Cohorts.Add(cohort);
            if (c == 1)
            {
                ids.LargeCohort = cohort.Id;
            }
        }

        var import = Cohort.Start(published, version, new CohortDetails("Imported run", "LOAD-IMPORT",
            new DateOnly(2027, 2, 1), new DateOnly(2027, 4, 30), DeliveryMode.Blended), admin, now);
        db.Cohorts.Add(import);
        ids.ImportCohort = import.Id;
        db.ChangeTracker.DetectChanges();
        await SaveAsync(db);
        Console.WriteLine($"{Cohorts} cohorts with {learnerNumber:N0} learners (largest {LargeCohort:N0}) and an empty one for the import in {step.Elapsed.TotalSeconds:0.0} s");

        // 4. A credential of the demo's past run (issued and sealed by the demo seeding) for the verification page and the PDF.
        var credential = await db.IssuedCredentials.AsNoTracking().Where(x => x.RevokedAt == null).OrderBy(x => x.IssuedAt).FirstAsync();
        ids.CredentialId = credential.Id;
        ids.CredentialPublicId = credential.PublicId;

        Console.WriteLine($"Database size: {await DatabaseBytesAsync(db) / 1024.0 / 1024.0:N0} MiB");
        await File.WriteAllTextAsync(options.IdsFile, JsonSerializer.Serialize(ids, new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"Seeded in {clock.Elapsed.TotalSeconds:0.0} s; ids written to {options.IdsFile}");
        return 0;
    }

    /// <summary>Mostly passed; every hundredth failed and every hundredth attended only, as a real cohort.</summary>
    public static LearnerDetails Learner(int n)
    {
        var id = $"LOAD-{n:D5}";
        return (n % 100) switch
        {
            0 => new LearnerDetails($"Given{n:D5}", $"Family{n:D5}", id, null, null, LearnerResult.Failed, 3m, null),
            1 => new LearnerDetails($"Given{n:D5}", $"Family{n:D5}", id, null, null, LearnerResult.AttendanceOnly, null, null),
            _ => new LearnerDetails($"Given{n:D5}", $"Family{n:D5}", id, new DateOnly(1990, 1, 5), $"load{n:D5}@learners.example", LearnerResult.Passed, 7.5m, new DateOnly(2027, 4, 20)),
        };
    }

    /// <summary>The sample's stored steps, copied into a new design, every step marked complete.</summary>
    private static void AddCopiesOfSteps(MicroCredDbContext db, CourseDesign design, IEnumerable<DesignStep> steps, Guid by, DateTimeOffset now)
    {
        foreach (var stored in steps)
        {
            var copy = new DesignStep(design.Id, stored.Step);
            copy.Save(stored.ContentJson, markedComplete: true, by, now);
            db.DesignSteps.Add(copy);
        }
    }

    private static async Task SaveAsync(MicroCredDbContext db)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    /// <summary>The database's size as the database itself counts it (SQLite: pages in use; PostgreSQL: the whole database).</summary>
    private static async Task<long> DatabaseBytesAsync(MicroCredDbContext db)
    {
        var provider = db.Database.ProviderName ?? "";
        var sql = provider.Contains("Sqlite", StringComparison.Ordinal)
            ? "SELECT c.page_count * s.page_size AS \"Value\" FROM pragma_page_count() c, pragma_page_size() s"
            : provider.Contains("Npgsql", StringComparison.Ordinal)
                ? "SELECT pg_database_size(current_database()) AS \"Value\""
                : null;
        return sql is null ? -1 : await db.Database.SqlQueryRaw<long>(sql).SingleAsync();
    }

    private static async Task<Actor> ActorAsync(MicroCredDbContext db, string email)
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == user.Id select r.Name!).ToArrayAsync();
        return Actor.Of(user.Id, user.FullName, user.InstitutionId ?? Guid.Empty, roles);
    }
}

/// <summary>What the load run needs to find in the seeded database.</summary>
internal sealed class SeededIds
{
    public List<Guid> PostDesigns { get; set; } = [];

    /// <summary>The save point's pool (Seeder.SaveDesigns), led by partner.es@microcred.demo.</summary>
    public List<Guid> SaveDesigns { get; set; } = [];

    public Guid PageDesign { get; set; }

    public Guid ReviewId { get; set; }

    public Guid ReviewDesign { get; set; }

    public Guid LargeCohort { get; set; }

    public Guid ImportCohort { get; set; }

    public Guid CredentialId { get; set; }

    public string CredentialPublicId { get; set; } = "";
}
