using System.Security.Claims;
using FluentValidation;
using MicroCred.Domain;
using MicroCred.Domain.Credentials;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Web.Hosting;
using MicroCred.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Cohorts;

public enum CohortSaveStatus
{
    Saved,
    NotFound,
    Refused,
    Conflict,
}

/// <summary>How a save went; <see cref="Field"/> names the form field a refusal belongs to, if any.</summary>
public sealed record CohortOutcome(CohortSaveStatus Status, string? Message = null, string? Field = null, Guid? Id = null)
{
    public static CohortOutcome NotFound { get; } = new(CohortSaveStatus.NotFound);

    public static CohortOutcome Conflict { get; } = new(CohortSaveStatus.Conflict);

    public static CohortOutcome Saved(Guid? id = null, string? message = null) => new(CohortSaveStatus.Saved, message, Id: id);

    public static CohortOutcome Refused(string message, string? field = null) => new(CohortSaveStatus.Refused, message, field);
}

/// <summary>Cohorts of a published design: starting them, keeping their learners and results, importing and finalising.</summary>
public sealed class CohortsHandler(
    MicroCredDbContext db, CohortAccess access, CohortLearnerCounts learnerCounts, PendingImports imports, IValidator<LearnerForm> learnerValidator, IClock clock, ILogger<CohortsHandler> logger)
{
    public async Task<CohortListViewModel?> ListAsync(Guid designId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.DesignAsync(designId, user, ct) is not { } published)
        {
            return null;
        }

        var cohorts = await db.Cohorts.AsNoTracking().Where(c => c.DesignId == designId)
            .Select(c => new CohortRow(c.Id, c.Name, c.Code, c.StartsOn, c.EndsOn, c.DesignVersionNumber, c.Learners.Count, c.ResultsFinalisedAt))
            .ToListAsync(ct);
        return new CohortListViewModel(designId, published.Design.Title, published.Version.Number, [.. cohorts.OrderByDescending(c => c.StartsOn)],
            CohortParticipation.PlannedMobility(published.Version.ReadContent()));
    }

    public async Task<CohortOutcome> CreateAsync(Guid designId, CohortForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.DesignAsync(designId, user, ct) is not { } published)
        {
            return CohortOutcome.NotFound;
        }

        try
        {
            var cohort = Cohort.Start(published.Design, published.Version, form.ToDetails(), CohortAccess.ActorOf(user), clock.Now);
            db.Cohorts.Add(cohort);
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Cohort {CohortId} started on design {DesignId} version {Version}", cohort.Id, designId, published.Version.Number);
            return CohortOutcome.Saved(cohort.Id);
        }
        catch (DomainException e)
        {
            return CohortOutcome.Refused(e.Message);
        }
    }

    public async Task<CohortOutcome> EditAsync(Guid cohortId, CohortForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.CohortAsync(cohortId, user, ct, tracking: true) is not { } cohort)
        {
            return CohortOutcome.NotFound;
        }

        db.Entry(cohort).Property(c => c.Version).OriginalValue = form.Version ?? Guid.Empty;
        return await SaveAsync(() =>
        {
            cohort.Edit(form.ToDetails(), CohortAccess.ActorOf(user), clock.Now);
            return cohort.Id;
        }, id => logger.LogInformation("Cohort {CohortId} changed", id), ct);
    }

    public async Task<CohortPageViewModel?> PageAsync(Guid cohortId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.CohortAsync(cohortId, user, ct) is not { } cohort)
        {
            return null;
        }

        var title = await db.CourseDesigns.AsNoTracking().Where(d => d.Id == cohort.DesignId).Select(d => d.Title).SingleAsync(ct);
        var credentials = await db.IssuedCredentials.AsNoTracking().Where(c => c.CohortId == cohortId)
            .GroupBy(c => c.RevokedAt != null).Select(g => new { Revoked = g.Key, Count = g.Count() }).ToListAsync(ct);
        return new CohortPageViewModel(cohort, title)
        {
            IssuedCount = credentials.Sum(c => c.Count),
            RevokedCount = credentials.Where(c => c.Revoked).Sum(c => c.Count),
        };
    }

    /// <summary>
    /// The cohort page: its details, counts from SQL and one page of its learners (searched by name or identifier), so the
    /// page costs the same number of queries and about the same HTML with 5 learners or 5,000.
    /// </summary>
    public async Task<CohortShowViewModel?> ShowAsync(Guid cohortId, ClaimsPrincipal user, PageRequest request, CancellationToken ct)
    {
        if (await access.CohortWithoutLearnersAsync(cohortId, user, ct) is not { } cohort)
        {
            return null;
        }

        var title = await db.CourseDesigns.AsNoTracking().Where(d => d.Id == cohort.DesignId).Select(d => d.Title).SingleAsync(ct);
        var credentials = await db.IssuedCredentials.AsNoTracking().Where(c => c.CohortId == cohortId)
            .GroupBy(c => c.RevokedAt != null).Select(g => new { Revoked = g.Key, Count = g.Count() }).ToListAsync(ct);
        var counts = await learnerCounts.ForAsync(db, cohort, ct);
        var learners = await LearnerPageAsync(db, cohortId, request, counts.Total, ct);
        return new CohortShowViewModel(
            new CohortPageViewModel(cohort, title)
            {
                IssuedCount = credentials.Sum(c => c.Count),
                RevokedCount = credentials.Where(c => c.Revoked).Sum(c => c.Count),
            },
            learners,
            counts.Total,
            counts.WithoutResult);
    }

    /// <summary>
    /// One page of a cohort's learners, searched by name or identifier and ordered by family name, given names and identifier
    /// (the order of the index on those columns, so the database reads one page instead of sorting the cohort). Without a search
    /// the number of learners is already known (<paramref name="learnerCount"/>) and not counted again.
    /// </summary>
    public static Task<Paged<Learner>> LearnerPageAsync(MicroCredDbContext db, Guid cohortId, PageRequest request, int learnerCount, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        var term = request.Term;
        var learners = db.Learners.AsNoTracking().Where(l => l.CohortId == cohortId);
        if (term is not null)
        {
            learners = learners.Where(l => (l.GivenNames + " " + l.FamilyName).ToLower().Contains(term) || l.LearnerIdentifier.ToLower().Contains(term));
        }

        var ordered = learners.OrderBy(l => l.FamilyName).ThenBy(l => l.GivenNames).ThenBy(l => l.IdentifierKey);
        return term is null ? Paging.PageAsync(ordered, request, learnerCount, ct) : Paging.PageAsync(ordered, request, ct);
    }

    public async Task<CohortOutcome> AddLearnerAsync(Guid cohortId, LearnerForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.CohortAsync(cohortId, user, ct, tracking: true) is not { } cohort)
        {
            return CohortOutcome.NotFound;
        }

        var details = form.ToDetails();
        if (!cohort.IsFinalised && LearnerRules.Check(details, cohort, null) is { } problem)
        {
            return CohortOutcome.Refused(problem.Message, problem.Field);
        }

        return await SaveAsync(() => cohort.AddLearner(details, CohortAccess.ActorOf(user), clock.Now).Id, id => logger.LogInformation("Learner {LearnerId} added to cohort {CohortId}", id, cohortId), ct);
    }

    public async Task<CohortOutcome> EditLearnerAsync(Guid cohortId, Guid learnerId, LearnerForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.CohortAsync(cohortId, user, ct, tracking: true) is not { } cohort || cohort.Learners.All(l => l.Id != learnerId))
        {
            return CohortOutcome.NotFound;
        }

        var learner = cohort.Learners.Single(l => l.Id == learnerId);
        var details = form.ToDetails();
        if (!cohort.IsFinalised && LearnerRules.Check(details, cohort, learnerId) is { } problem)
        {
            return CohortOutcome.Refused(problem.Message, problem.Field);
        }

        // The version the user started from: if someone saved in between, EF refuses the update.
        db.Entry(learner).Property(l => l.Version).OriginalValue = form.Version ?? Guid.Empty;
        return await SaveAsync(() => cohort.EditLearner(learnerId, details, CohortAccess.ActorOf(user), clock.Now).Id, id => logger.LogInformation("Learner {LearnerId} of cohort {CohortId} changed", id, cohortId), ct);
    }

    public async Task<CohortOutcome> RemoveLearnerAsync(Guid cohortId, Guid learnerId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.CohortAsync(cohortId, user, ct, tracking: true) is not { } cohort || cohort.Learners.All(l => l.Id != learnerId))
        {
            return CohortOutcome.NotFound;
        }

        return await SaveAsync(() => cohort.RemoveLearner(learnerId, CohortAccess.ActorOf(user), clock.Now).Id, id => logger.LogInformation("Learner {LearnerId} removed from cohort {CohortId}", id, cohortId), ct);
    }

    public async Task<CohortOutcome> FinaliseAsync(Guid cohortId, Guid? version, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.CohortAsync(cohortId, user, ct, tracking: true) is not { } cohort)
        {
            return CohortOutcome.NotFound;
        }

        db.Entry(cohort).Property(c => c.Version).OriginalValue = version ?? Guid.Empty;
        return await SaveAsync(() =>
        {
            cohort.FinaliseResults(CohortAccess.ActorOf(user), clock.Now);
            return cohort.Id;
        }, id => logger.LogInformation("Results of cohort {CohortId} finalised", id), ct);
    }

    /// <summary>Reads an upload and keeps it server-side for the preview; nothing is stored in the cohort yet.</summary>
    public async Task<CohortOutcome> PreviewImportAsync(Guid cohortId, byte[] bytes, string fileName, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.CohortAsync(cohortId, user, ct) is not { } cohort)
        {
            return CohortOutcome.NotFound;
        }

        if (cohort.IsFinalised)
        {
            return CohortOutcome.Refused("The results of this cohort are finalised, so no learners can be imported.", "File");
        }

        var reading = LearnerCsv.Read(bytes, cohort, learnerValidator);
        if (reading.FileProblem is not null)
        {
            logger.LogInformation("Import into cohort {CohortId} refused as a whole", cohortId);
            return CohortOutcome.Refused(reading.FileProblem, "File");
        }

        var import = new PendingImport(cohortId, user.UserId(), clock.Now, Path.GetFileName(fileName),
            [.. reading.Rows.Where(r => r.IsGood).Select(r => new PendingLearner(r.Line, r.Details!))],
            [.. reading.Rows.Where(r => !r.IsGood).Select(r => new PendingProblem(r.Line, r.LearnerIdentifier, r.Name, r.Problem!, r.Duplicate))]);
        var id = await imports.SaveAsync(import, ct);
        logger.LogInformation("Import into cohort {CohortId} previewed: {Good} good and {Bad} bad rows", cohortId, import.Good.Count, import.Bad.Count);
        return new CohortOutcome(CohortSaveStatus.Saved, id);
    }

    /// <summary>
    /// The preview page: counts, the first <see cref="ImportPreviewViewModel.ProblemsShown"/> lines with a problem and one page of
    /// the learners to be added. The cohort is read without its learners (the stored preview already says who is new), so the
    /// page costs the same SQL commands and about the same HTML for 5 lines or 5,000.
    /// </summary>
    public async Task<ImportPreviewViewModel?> ImportPreviewAsync(Guid cohortId, string importId, ClaimsPrincipal user, PageRequest request, CancellationToken ct)
    {
        if (await access.CohortWithoutLearnersAsync(cohortId, user, ct) is not { } cohort
            || await imports.LoadAsync(importId, cohortId, user.UserId(), clock.Now, ct) is not { } import)
        {
            return null;
        }

        var duplicates = import.Bad.Count(p => p.Duplicate);
        return new ImportPreviewViewModel(
            cohort.Id,
            cohort.Name,
            importId,
            import.FileName,
            new ImportCounts(import.Good.Count + import.Bad.Count, import.Good.Count, duplicates, import.Bad.Count - duplicates),
            [.. import.Bad.Take(ImportPreviewViewModel.ProblemsShown)],
            Paging.Page(import.Good, new PageRequest(request.Page, null)));
    }

    /// <summary>Every line of a pending import that will be left out, as CSV (line, identifier, name, reason), for the uploader only.</summary>
    public async Task<(string FileName, byte[] Csv)?> ImportProblemsCsvAsync(Guid cohortId, string importId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.CohortWithoutLearnersAsync(cohortId, user, ct) is null
            || await imports.LoadAsync(importId, cohortId, user.UserId(), clock.Now, ct) is not { } import)
        {
            return null;
        }

        return (ImportProblemsCsv.FileName(import.FileName), ImportProblemsCsv.Write(import.Bad));
    }

    /// <summary>Stores exactly the good rows of the preview, all or nothing.</summary>
    public async Task<CohortOutcome> ConfirmImportAsync(Guid cohortId, string importId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.CohortAsync(cohortId, user, ct, tracking: true) is not { } cohort
            || await imports.LoadAsync(importId, cohortId, user.UserId(), clock.Now, ct) is not { } import)
        {
            return CohortOutcome.NotFound;
        }

        if (import.Good.Count == 0)
        {
            return CohortOutcome.Refused("The file has no learners that can be imported. Correct the lines listed below and upload it again.");
        }

        var actor = CohortAccess.ActorOf(user);
        var now = clock.Now;
        try
        {
            foreach (var row in import.Good)
            {
                try
                {
                    cohort.AddLearner(row.Details, actor, now);
                }
                catch (DomainException e)
                {
                    // The cohort changed since the preview (someone added the same learner): store nothing.
                    db.ChangeTracker.Clear();
                    return CohortOutcome.Refused($"Nothing was imported: line {row.Line} can no longer be stored. {e.Message} Upload the file again to see a fresh preview.");
                }
            }

            // The import is used up in the same transaction: a second confirmation (another tab, another instance) fails whole.
            imports.RemoveWithNextSave(importId);
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (!DatabaseFailures.IsUnavailable(e))
        {
            db.ChangeTracker.Clear();
            return CohortOutcome.Refused("Nothing was imported: the cohort changed while you were reviewing the file. Upload it again to see a fresh preview.");
        }

        logger.LogInformation("Import into cohort {CohortId} stored {Count} learners", cohortId, import.Good.Count);
        return CohortOutcome.Saved(cohortId, $"{import.Good.Count} learner{(import.Good.Count == 1 ? "" : "s")} imported.");
    }

    public async Task<bool> CancelImportAsync(Guid cohortId, string importId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.CohortAsync(cohortId, user, ct) is null
            || await imports.LoadAsync(importId, cohortId, user.UserId(), clock.Now, ct) is null)
        {
            return false;
        }

        await imports.DeleteAsync(importId, ct);
        logger.LogInformation("Import into cohort {CohortId} cancelled", cohortId);
        return true;
    }

    private async Task<CohortOutcome> SaveAsync(Func<Guid> change, Action<Guid> log, CancellationToken ct)
    {
        Guid id;
        try
        {
            id = change();
            await db.SaveChangesAsync(ct);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return CohortOutcome.Refused(e.Message);
        }
        catch (DbUpdateException e) when (!DatabaseFailures.IsUnavailable(e))
        {
            db.ChangeTracker.Clear();
            return CohortOutcome.Conflict;
        }

        log(id);
        return CohortOutcome.Saved(id);
    }
}

public sealed record CohortRow(Guid Id, string Name, string? Code, DateOnly StartsOn, DateOnly EndsOn, int Version, int Learners, DateTimeOffset? FinalisedAt);

/// <param name="PlannedMobility">The international mobility the published version plans (titles), or null when it plans none.</param>
public sealed record CohortListViewModel(Guid DesignId, string DesignTitle, int PublishedVersion, IReadOnlyList<CohortRow> Cohorts, string? PlannedMobility = null);

public sealed record CohortPageViewModel(Cohort Cohort, string DesignTitle)
{
    /// <summary>Credentials issued to learners of this cohort, revoked ones included.</summary>
    public int IssuedCount { get; init; }

    public int RevokedCount { get; init; }

    public IReadOnlyList<Learner> Learners => [.. Cohort.Learners.OrderBy(l => l.FamilyName, StringComparer.CurrentCulture).ThenBy(l => l.GivenNames, StringComparer.CurrentCulture)];
}

/// <summary>The cohort page: details, learner counts and one page of learners.</summary>
public sealed record CohortShowViewModel(CohortPageViewModel Page, Paged<Learner> Learners, int LearnerCount, int WithoutResult);

/// <summary>What a previewed import amounts to: lines read = ready + duplicates + problems.</summary>
public sealed record ImportCounts(int LinesRead, int Ready, int Duplicates, int Problems)
{
    public int LeftOut => Duplicates + Problems;
}

/// <summary>The import preview: counts, the first lines that will be left out, and one page of the learners to be added.</summary>
public sealed record ImportPreviewViewModel(
    Guid CohortId, string CohortName, string ImportId, string FileName, ImportCounts Counts, IReadOnlyList<PendingProblem> FirstProblems, Paged<PendingLearner> Learners)
{
    /// <summary>How many lines with a problem the page lists; the rest are in the downloadable CSV.</summary>
    public const int ProblemsShown = 50;
}
