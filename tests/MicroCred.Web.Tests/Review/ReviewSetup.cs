using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Infrastructure.Seeding;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MicroCred.Web.Tests.Review;

/// <summary>
/// Puts designs into review states by calling the domain through the app's DbContext, as the review screens will:
/// each test gets its own copy of the seeded complete design, led by the demo leader with the Spanish and Portuguese designers.
/// </summary>
internal static class ReviewSetup
{
    public const string Leader = "leader@microcred.demo";
    public const string PartnerEs = "partner.es@microcred.demo";
    public const string PartnerPt = "partner.pt@microcred.demo";
    public const string Qa = "qa.officer@microcred.demo";
    public const string InstitutionAdmin = "institution.admin@microcred.demo";
    public const string Outsider = "outsider@microcred.demo";
    public const string PlatformAdmin = "admin@microcred.demo";

    /// <summary>A new design with the content of the seeded complete design, every step marked complete.</summary>
    public static async Task<Guid> CopyOfCompleteDesignAsync(this MicroCredFactory factory, string title)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MicroCredDbContext>();
        var users = await db.Users.ToDictionaryAsync(u => u.Email!);
        var source = await db.CourseDesigns.SingleAsync(d => d.Title == SampleDesigns.CompleteTitle);
        var now = factory.Clock.Now;
        var design = CourseDesign.Start(title, DemoAccounts.UniversityNl, users[Leader].Id, DemoAccounts.UniversityNl, now);
        design.AddMember(users[PartnerEs].Id, DemoAccounts.UniversityEs, now);
        design.AddMember(users[PartnerPt].Id, DemoAccounts.UniversityPt, now);
        db.CourseDesigns.Add(design);
        foreach (var step in await db.DesignSteps.AsNoTracking().Where(s => s.DesignId == source.Id).ToListAsync())
        {
            var copy = new DesignStep(design.Id, step.Step);
            copy.Save(step.ContentJson, markedComplete: true, users[Leader].Id, now);
            db.DesignSteps.Add(copy);
        }

        await db.SaveChangesAsync();
        return design.Id;
    }

    public static async Task<Actor> ActorAsync(this MicroCredDbContext db, string email)
    {
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == user.Id select r.Name!).ToArrayAsync();
        return Actor.Of(user.Id, user.FullName, user.InstitutionId ?? Guid.Empty, roles);
    }

    public static Task<Guid> UserIdAsync(this MicroCredFactory factory, string email) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    /// <summary>The leader submits the design's current content (after an optional change to it) as the next version.</summary>
    public static async Task<Submission> SubmitAsync(this MicroCredFactory factory, Guid designId, Action<DesignContent>? change = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MicroCredDbContext>();
        var design = await db.CourseDesigns.Include(d => d.Members).SingleAsync(d => d.Id == designId);
        var steps = await db.DesignSteps.Where(s => s.DesignId == designId).ToListAsync();
        var content = DesignContentJson.Assemble(steps);
        var leader = await db.ActorAsync(Leader);
        if (change is not null)
        {
            change(content);
            foreach (var step in steps)
            {
                step.Save(DesignContentJson.Serialize(content.Get(step.Step)), step.MarkedComplete, leader.UserId, factory.Clock.Now);
            }
        }

        var submission = design.Submit(leader, content, [], GateFacts.None, factory.Clock.Now);
        db.AddRange(submission.Version, submission.Review);
        db.TimelineEntries.Add(submission.Entry);
        await db.SaveChangesAsync();
        return submission;
    }

    /// <summary>The demo QA officer claims the waiting review and decides it.</summary>
    public static async Task<QualityGateDecision> DecideAsync(this MicroCredFactory factory, Guid designId, DecisionOutcome outcome, string summary)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MicroCredDbContext>();
        var design = await db.CourseDesigns.Include(d => d.Members).SingleAsync(d => d.Id == designId);
        var version = await db.DesignVersions.SingleAsync(v => v.DesignId == designId && v.Number == design.VersionUnderReview);
        var review = await db.Reviews.SingleAsync(r => r.VersionId == version.Id);
        var qa = await db.ActorAsync(Qa);
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        db.TimelineEntries.Add(review.Claim(qa, design, factory.Clock.Now));
        var verdict = outcome == DecisionOutcome.Approved ? Verdict.Met : Verdict.PartlyMet;
        var verdicts = GateChecklist.For(version.Gate)
            .Select(c => new CriterionVerdict(c.Id, verdict, verdict == Verdict.Met ? null : "Needs another look.")).ToList();
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var result = design.Decide(review, version, qa, outcome, summary, verdicts, factory.Clock.Now);
        db.QualityGateDecisions.Add(result.Decision);
        db.TimelineEntries.Add(result.Entry);
        await db.SaveChangesAsync();
        return result.Decision;
    }
}
