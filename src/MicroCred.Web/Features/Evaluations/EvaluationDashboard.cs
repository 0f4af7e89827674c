using MicroCred.Domain;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Evaluations;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace MicroCred.Web.Features.Evaluations;

/// <summary>One thing about a published course that waits for its team, for the dashboard.</summary>
public sealed record AfterDeliveryItem(Guid DesignId, string Title, string Message, string Link, bool Urgent);

/// <summary>What the dashboard tells a course team after delivery: an evaluation due or overdue, improvement actions past their deadline.</summary>
public sealed class EvaluationDashboard(MicroCredDbContext db, RunReports.RunReportQuery reports, IClock clock, EvaluationMonths months)
{
    /// <summary>How long before the evaluation month the dashboard starts mentioning it.</summary>
    public const int UpcomingDays = 45;

    public async Task<IReadOnlyList<AfterDeliveryItem>> ForAsync(Guid userId, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.Now.UtcDateTime);
        var designs = await AfterDeliveryQueries.Published.For(db)(db, userId).ToListAsync(ct);
        var items = new List<AfterDeliveryItem>();
        if (designs.Count == 0)
        {
            return items;
        }

        // The evaluations of all these designs in one command whatever their number; the evaluation month is read once per frozen
        // version and remembered.
        var ids = designs.Select(d => d.Id).ToList();
        var allEvaluations = (await AfterDeliveryQueries.Evaluations.For(db)(db, ids).ToListAsync(ct))
            .OrderByDescending(e => e.Year).ToLookup(e => e.DesignId);
        var monthOf = await months.MonthsAsync(db, [.. designs.Select(d => d.LatestPublication).OfType<Guid>()], ct);

        // Check 21: a run whose measured study load is flagged waits for an improvement action on the course plan or activities
        // in the design's latest evaluation. The flagged runs of every design without one are read at once.
        var unaddressed = designs.Where(d => !AddressesStudyLoad(allEvaluations[d.Id].FirstOrDefault())).Select(d => d.Id).ToList();
        var flaggedRuns = (await reports.FlaggedRunsAsync(unaddressed, ct)).ToLookup(r => r.DesignId);
        foreach (var design in designs)
        {
            var evaluations = allEvaluations[design.Id].ToList();
            var due = design is { LatestPublication: { } latestPublication, FirstPublishedAt: { } firstPublishedAt }
                ? EvaluationsHandler.Due(monthOf[latestPublication], firstPublishedAt, evaluations, today)
                : EvaluationsHandler.Due([], evaluations, today);
            var link = $"/designs/{design.Id}/evaluations";
            switch (due.State)
            {
                case EvaluationDueState.Overdue:
                    items.Add(new(design.Id, design.Title, $"The annual evaluation {due.Year} is overdue: it was due by {Shared.Display.Date(due.MonthEnds!.Value)}.", link, true));
                    break;
                case EvaluationDueState.Due:
                    items.Add(new(design.Id, design.Title, $"The annual evaluation {due.Year} is due this month, by {Shared.Display.Date(due.MonthEnds!.Value)}.", link, true));
                    break;
                case EvaluationDueState.Upcoming when due.MonthStarts is { } starts && starts.DayNumber - today.DayNumber <= UpcomingDays:
                    items.Add(new(design.Id, design.Title, $"The annual evaluation {due.Year} is due in {EvaluationWords.Month(due)}.", link, false));
                    break;
            }

            foreach (var run in flaggedRuns[design.Id])
            {
                var units = run.FlaggedUnits.Count;
                items.Add(new(design.Id, design.Title,
                    $"In the run “{run.CohortName}” the measured study load of {units} unit{(units == 1 ? "" : "s")} is more than 20 % off the plan, and no improvement action addresses the course plan yet.",
                    $"/cohorts/{run.CohortId}/report", true));
            }

            var latestEvaluation = evaluations.FirstOrDefault();
            if (latestEvaluation is { } latest)
            {
                var late = latest.Actions.Count(a => a.IsOpen && a.Deadline < today);
                if (late > 0)
                {
                    items.Add(new(design.Id, design.Title,
                        $"{late} improvement action{(late == 1 ? " is" : "s are")} past {(late == 1 ? "its" : "their")} deadline in the evaluation {latest.Year}.",
                        EvaluationNotifications.Link(latest.Id), true));
                }
            }
        }

        return items;
    }

    /// <summary>Whether an evaluation has an improvement action, not dropped, on the course plan or the learning activities.</summary>
    private static bool AddressesStudyLoad(AnnualEvaluation? evaluation) =>
        evaluation?.Actions.Any(a => a.Status != ActionStatus.Dropped && a.Steps.Any(s => s is WizardStep.CoursePlan or WizardStep.LearningActivities)) == true;
}

/// <summary>
/// The dashboard's after-delivery queries, compiled once per model (<see cref="MicroCred.Web.Hosting.PerModel{TQuery}"/>): they run
/// on every dashboard request, and EF Core then skips turning their LINQ expressions into parameters and looking their SQL up.
/// </summary>
public static class AfterDeliveryQueries
{
    /// <summary>A published (or revised) design of the user's, with when it was first published and its latest publication.</summary>
    public sealed record PublishedDesign(Guid Id, string Title, DateTimeOffset? FirstPublishedAt, Guid? LatestPublication);

    // Driven by the few published or revised designs (two index lookups; RevisionOf, a version number, is positive when set, a
    // range the index answers), each checked for the user's membership: starting from the user's memberships instead made SQLite
    // visit every design of a busy leader (200 on the benchmark's dashboard) to find them. With each design, its publication:
    // when the first approved publication version (G3) was approved, and the latest one, in the same command.
    public static readonly MicroCred.Web.Hosting.PerModel<Func<MicroCredDbContext, Guid, IAsyncEnumerable<PublishedDesign>>> Published = new(() => EF.CompileAsyncQuery(
        (MicroCredDbContext db, Guid userId) =>
            db.CourseDesigns.AsNoTracking()
                .Where(d => (d.Status == DesignStatus.Published || (d.RevisionOf > 0 && d.Status != DesignStatus.Retired)) && d.Members.Any(m => m.UserId == userId))
                .OrderBy(d => d.Title)
                .Select(d => new PublishedDesign(
                    d.Id,
                    d.Title,
                    db.DesignVersions.Where(v => v.DesignId == d.Id && v.Gate == Gate.G3 && v.Outcome == DecisionOutcome.Approved)
                        .OrderBy(v => v.Number).Select(v => (DateTimeOffset?)(v.DecidedAt ?? v.SubmittedAt)).FirstOrDefault(),
                    db.DesignVersions.Where(v => v.DesignId == d.Id && v.Gate == Gate.G3 && v.Outcome == DecisionOutcome.Approved)
                        .OrderByDescending(v => v.Number).Select(v => (Guid?)v.Id).FirstOrDefault()))));

    /// <summary>The annual evaluations of the given designs, with their improvement actions.</summary>
    public static readonly MicroCred.Web.Hosting.PerModel<Func<MicroCredDbContext, List<Guid>, IAsyncEnumerable<AnnualEvaluation>>> Evaluations = new(() => EF.CompileAsyncQuery(
        (MicroCredDbContext db, List<Guid> designIds) =>
            db.AnnualEvaluations.AsNoTracking().Include(e => e.Actions).Where(e => designIds.Contains(e.DesignId))));
}

/// <summary>
/// The annual evaluation month (W20) of approved publication versions, read once per version: a submitted version's content
/// never changes, so the month read from it is right forever and is kept by the version's id (in memory, bounded).
/// </summary>
public sealed class EvaluationMonths : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 2_000 });

    public async Task<IReadOnlyDictionary<Guid, int?>> MonthsAsync(MicroCredDbContext db, IReadOnlyCollection<Guid> versionIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(versionIds);
        var result = new Dictionary<Guid, int?>();
        var missing = new List<Guid>();
        foreach (var id in versionIds.Distinct())
        {
            if (_cache.TryGetValue(id, out Month? known) && known is not null)
            {
                result[id] = known.Value;
            }
            else
            {
                missing.Add(id);
            }
        }

        if (missing.Count > 0)
        {
            var rows = await db.DesignVersions.AsNoTracking().Where(v => missing.Contains(v.Id)).Select(v => new { v.Id, v.ContentJson }).ToListAsync(ct);
            foreach (var row in rows)
            {
                var month = new Month(DesignSnapshot.Deserialize(row.ContentJson).Sustainability.AnnualEvaluationMonth);
                _cache.Set(row.Id, month, new MemoryCacheEntryOptions { Size = 1 });
                result[row.Id] = month.Value;
            }
        }

        return result;
    }

    public void Dispose() => _cache.Dispose();

    private sealed record Month(int? Value);
}
