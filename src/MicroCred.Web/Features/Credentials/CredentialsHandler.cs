using System.Globalization;
using System.Runtime.CompilerServices;
using MicroCred.Domain;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Credentials;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Infrastructure.Sealing;
using MicroCred.Web.Features.Cohorts;
using MicroCred.Web.Features.Designs;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Credentials;

/// <summary>
/// Issuing, revoking and printing credentials of one cohort. Everything is scoped to the institution administrators of the
/// cohort's issuing institution: anyone else gets nothing back, and the controller answers 404.
/// </summary>
public sealed class CredentialsHandler(
    MicroCredDbContext db, IClock clock, CredentialSealing sealing, CohortLearnerCounts learnerCounts, IssueReadiness readiness, ILogger<CredentialsHandler> logger)
{
    /// <summary>The cohort with its learners when the actor may manage it; null otherwise.</summary>
    public async Task<Cohort?> CohortAsync(Guid cohortId, Actor? actor, CancellationToken ct)
    {
        if (actor is null)
        {
            return null;
        }

        var cohort = await db.Cohorts.AsNoTracking().Include(c => c.Learners).SingleOrDefaultAsync(c => c.Id == cohortId, ct);
        return cohort is not null && Cohort.MayManage(actor, cohort.IssuingInstitutionId) ? cohort : null;
    }

    /// <summary>Name, code and number of unrevoked credentials of a cohort the actor may manage, without loading its learners.</summary>
    public async Task<CohortDownload?> DownloadAsync(Guid cohortId, Actor? actor, CancellationToken ct)
    {
        if (actor is null)
        {
            return null;
        }

        var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId)
            .Select(c => new { c.Name, c.Code, c.IssuingInstitutionId }).SingleOrDefaultAsync(ct);
        if (cohort is null || !Cohort.MayManage(actor, cohort.IssuingInstitutionId))
        {
            return null;
        }

        var count = await db.IssuedCredentials.CountAsync(c => c.CohortId == cohortId && c.RevokedAt == null, ct);
        return new CohortDownload(cohort.Name, cohort.Code, count) { IssuingInstitutionId = cohort.IssuingInstitutionId };
    }

    /// <summary>
    /// The issuing page: counts from aggregate SQL and one page of learners, so its cost does not grow with the cohort. Whether a
    /// learner can receive a credential depends on the course (the same for every learner with the same award) and on the
    /// learner's own details: the course is checked once per award for the counts, and each learner on the page on their own.
    /// "Issue to every eligible learner" still checks every learner when it issues (all or nothing).
    /// </summary>
    public async Task<CohortCredentialsPage?> PageAsync(Guid cohortId, Actor? actor, CancellationToken ct, MicroCred.Web.Features.Shared.PageRequest? request = null)
    {
        if (actor is null)
        {
            return null;
        }

        var cohort = await db.Cohorts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cohortId, ct);
        if (cohort is null || !Cohort.MayManage(actor, cohort.IssuingInstitutionId))
        {
            return null;
        }

        var version = await VersionAsync(cohort, ct);
        var course = readiness.CourseOf(version);
        var credentialCounts = await db.IssuedCredentials.AsNoTracking().Where(c => c.CohortId == cohortId && c.SupersededAt == null)
            .GroupBy(c => c.RevokedAt != null).Select(g => new { Revoked = g.Key, Count = g.Count() }).ToListAsync(ct);
        var current = credentialCounts.Sum(c => c.Count);

        // Learners still waiting for a credential, per result: all learners (kept per finalised cohort) less those who hold a
        // current one (a corrected credential's replacement is current, so every holder has exactly one).
        var learners = await learnerCounts.ForAsync(db, cohort, ct);
        var holders = current == 0
            ? LearnerTally.Empty
            : new LearnerTally((await (
                    from c in db.IssuedCredentials.AsNoTracking()
                    join l in db.Learners.AsNoTracking() on c.LearnerId equals l.Id
                    where c.CohortId == cohortId && c.SupersededAt == null
                    group l by l.Result into g
                    select new { Result = g.Key, Count = g.Count() })
                .ToListAsync(ct)).Select(h => (h.Result, h.Count)));
        var waitingByResult = learners.Without(holders).ByResult;

        // The course's own problems, once per award (a stand-in learner with a name and an identifier).
        var issuedOn = DateOnly.FromDateTime(clock.Now.UtcDateTime);
        var needsCheck = cohort.IsFinalised && waitingByResult.Any(w => course.AwardFor(w.Result) is not null);
        var checks = needsCheck ? readiness.ChecksOf(version, course, await InstitutionFactsSnapshot.LoadAsync(db, ct), issuedOn) : null;
        string? Problem(LearnerResult? result, CertificateLearner learner) => checks?.Problem(result, learner);

        var ready = 0;
        var noAward = 0;
        var blocked = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (result, count) in waitingByResult)
        {
            if (course.AwardFor(result) is null)
            {
                noAward += count;
                continue;
            }

            var problem = Problem(result, new CertificateLearner("This", "learner", "ID", result == LearnerResult.AttendanceOnly));
            if (problem is null)
            {
                ready += count;
            }
            else
            {
                blocked[problem] = blocked.GetValueOrDefault(problem) + count;
            }
        }

        // One page of learners, searched and ordered in SQL, with the credentials of those learners only.
        request ??= new MicroCred.Web.Features.Shared.PageRequest(1, null);
        var page = await CohortsHandler.LearnerPageAsync(db, cohortId, request, learners.Total, ct);
        var ids = page.Items.Select(l => l.Id).ToList();
        var all = ids.Count == 0 || current == 0
            ? []
            : await db.IssuedCredentials.AsNoTracking().Where(c => c.CohortId == cohortId && ids.Contains(c.LearnerId))
                .Select(c => new { c.Id, c.LearnerId, c.PublicId, c.Award, c.IssuedAt, c.IssuedByName, c.RevokedAt, c.RevokedByName, c.RevocationReason, c.SupersededAt, c.CorrectedAt, c.CorrectedByName, c.CorrectionReason, c.CorrectionChanges })
                .ToListAsync(ct);

        // A learner's row shows the current credential; credentials replaced by a correction are listed under it as its history.
        var byLearner = all.Where(c => c.SupersededAt == null).ToDictionary(c => c.LearnerId);
        var earlier = all.Where(c => c.SupersededAt != null).ToLookup(c => c.LearnerId);
        var rows = page.Items.Select(l =>
            {
                var award = course.AwardFor(l.Result);
                var credential = byLearner.GetValueOrDefault(l.Id);
                var problem = credential is null && cohort.IsFinalised
                    ? award is null
                        ? l.Result switch
                        {
                            // As issuing says it (CredentialIssuance): why this learner receives nothing.
                            LearnerResult.Failed => "did not pass, so receives no credential",
                            LearnerResult.AttendanceOnly => "took part without assessment and this course offers no attendance badge",
                            _ => "has no result",
                        }
                        : Problem(l.Result, new CertificateLearner(l.GivenNames, l.FamilyName, l.LearnerIdentifier, l.Result == LearnerResult.AttendanceOnly))
                    : null;
                return new LearnerCredentialRow(
                    l.Id, l.FullName, l.LearnerIdentifier, ResultText(l.Result), award is { } a ? AwardText(a) : "None",
                    Eligible: cohort.IsFinalised && credential is null && award is not null && problem is null,
                    problem,
                    credential is null ? null : new CredentialRow(
                        credential.Id, credential.PublicId, AwardText(credential.Award), credential.IssuedAt, credential.IssuedByName,
                        credential.RevokedAt, credential.RevokedByName, credential.RevocationReason)
                    {
                        CorrectedAt = credential.CorrectedAt,
                        CorrectedBy = credential.CorrectedByName,
                        CorrectionReason = credential.CorrectionReason,
                        CorrectionChanges = credential.CorrectionChanges,
                        Superseded = [.. earlier[l.Id].OrderByDescending(e => e.SupersededAt).Select(e => new SupersededRow(e.Id, e.PublicId, e.SupersededAt!.Value, e.RevokedAt))],
                    });
            })
            .ToList();

        var issued = credentialCounts.Where(c => !c.Revoked).Sum(c => c.Count);
        var revoked = credentialCounts.Where(c => c.Revoked).Sum(c => c.Count);
        return new CohortCredentialsPage(
            cohort.Id, cohort.Name, cohort.Code, course.Title, cohort.DesignId, cohort.DesignVersionNumber,
            cohort.IsFinalised, cohort.ResultsFinalisedAt, rows, issued)
        {
            EligibleCount = cohort.IsFinalised ? ready : 0,
            LearnerCount = issued + revoked + waitingByResult.Sum(w => w.Count),
            RevokedCount = revoked,
            NoAwardCount = noAward,
            Blocked = cohort.IsFinalised ? [.. blocked.Select(b => (b.Key, b.Value))] : [],
            Paging = new MicroCred.Web.Features.Shared.Paged<LearnerCredentialRow>(rows, page.Page, page.PageSize, page.Total, page.Search),
        };
    }

    /// <summary>Issues credentials to the selected learners in one transaction: all of them or, if any is refused, none.</summary>
    public async Task<IssueOutcome> IssueAsync(Guid cohortId, Actor? actor, IReadOnlyCollection<Guid> learnerIds, CancellationToken ct)
    {
        var cohort = await CohortAsync(cohortId, actor, ct);
        if (cohort is null)
        {
            return IssueOutcome.NotFound;
        }

        if (learnerIds.Count == 0)
        {
            return IssueOutcome.Refused("Select at least one learner to issue to.");
        }

        var members = cohort.Learners.Select(l => l.Id).ToHashSet();
        if (learnerIds.Any(id => !members.Contains(id)))
        {
            return IssueOutcome.Refused("The selection included someone who is not in this cohort. Reload the page and select again.");
        }

        var version = await VersionAsync(cohort, ct);
        return await IssueToAsync(cohort, version, actor!, learnerIds, Selection.Chosen, ct);
    }

    /// <summary>
    /// Issues to every learner of the cohort whose result earns a credential and who holds none yet, chosen here rather than
    /// posted by the browser, so a cohort of any size is one small request. All or nothing and idempotent like
    /// <see cref="IssueAsync"/>: the unique (cohort, learner) index in the database, not a lock in this process, stops two
    /// requests at once from issuing twice.
    /// </summary>
    public async Task<IssueOutcome> IssueAllAsync(Guid cohortId, Actor? actor, CancellationToken ct)
    {
        var cohort = await CohortAsync(cohortId, actor, ct);
        if (cohort is null)
        {
            return IssueOutcome.NotFound;
        }

        if (!cohort.IsFinalised)
        {
            return IssueOutcome.Refused("Credentials can only be issued after the results are finalised.");
        }

        var version = await VersionAsync(cohort, ct);
        var award = version.ReadContent().Award;
        var holders = (await HoldersAsync(cohort.Id, ct)).ToHashSet();
        var eligible = cohort.Learners
            .Where(l => !holders.Contains(l.Id) && CredentialContentBuilder.AwardFor(l.Result, award) is not null)
            .Select(l => l.Id)
            .ToList();
        if (eligible.Count == 0)
        {
            return IssueOutcome.Done("Nothing new to issue: everyone whose result earns a micro-credential already holds one.");
        }

        return await IssueToAsync(cohort, version, actor!, eligible, Selection.AllEligible, ct);
    }

    private enum Selection
    {
        Chosen,
        AllEligible,
    }

    private async Task<IssueOutcome> IssueToAsync(Cohort cohort, DesignVersion version, Actor actor, IReadOnlyCollection<Guid> learnerIds, Selection selection, CancellationToken ct)
    {
        var cohortId = cohort.Id;
        var noun = selection == Selection.Chosen ? "selected learner" : "learner";
        var already = await HoldersAsync(cohortId, ct);
        IssuanceResult result;
        try
        {
            result = CredentialIssuance.Issue(cohort, version, await FactsAsync(ct), learnerIds, already, actor, clock.Now);
        }
        catch (DomainException e)
        {
            return IssueOutcome.Refused(e.Message);
        }

        if (result.Skipped.Count > 0)
        {
            var names = cohort.Learners.ToDictionary(l => l.Id, l => $"{l.FullName} ({l.LearnerIdentifier})");
            logger.LogInformation("Issuing for cohort {CohortId} refused: {Refused} of {Selected} learners cannot receive a credential", cohortId, result.Skipped.Count, learnerIds.Count);
            var advice = selection == Selection.Chosen
                ? "Leave them out of the selection, or correct the course or their result first."
                : "Correct the course or their details first, or select the other learners and issue to them.";
            return IssueOutcome.Refused(
                $"Nothing was issued: {Count(result.Skipped.Count, noun)} cannot receive a credential. {advice}",
                [.. result.Skipped.Select(s => $"{names[s.LearnerId]} {s.Reason}")]);
        }

        if (result.Issued.Count == 0)
        {
            return IssueOutcome.Done($"Nothing new to issue: {Count(result.AlreadyIssued.Count, noun)} already {(result.AlreadyIssued.Count == 1 ? "holds" : "hold")} a micro-credential.");
        }

        // Every credential is sealed by its institution before it is stored, so no unsealed record is ever visible.
        await sealing.SealAsync(result.Issued, ct);
        for (var attempt = 1; ; attempt++)
        {
            await RevocationStatusLists.AssignAsync(db, result.Issued, ct);
            db.IssuedCredentials.AddRange(result.Issued);
            try
            {
                // One SaveChanges is one transaction: every credential of this request is stored, or none is.
                await db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateException e) when (!DatabaseFailures.IsUnavailable(e))
            {
                db.ChangeTracker.Clear();
                var issuedIds = result.Issued.Select(c => c.LearnerId).ToList();
                var collided = await db.IssuedCredentials.AnyAsync(c => c.CohortId == cohortId && issuedIds.Contains(c.LearnerId), ct);
                if (!collided && DatabaseFailures.IsUniqueViolation(e) && attempt < 5)
                {
                    // Another issue of the same institution took the same status list places a moment earlier: take the next ones.
                    continue;
                }

                // The unique (cohort, learner) index: another issue for the same learners was saved first. This request stored nothing.
                logger.LogWarning("Issuing for cohort {CohortId} collided with another issue and was rolled back", cohortId);
                return IssueOutcome.Refused("Someone issued credentials for this cohort at the same moment, so nothing from your request was stored. The list now shows who holds a credential; issue again for anyone still without one.");
            }
        }

        logger.LogInformation("Issued {Issued} credentials for cohort {CohortId}; {Already} learners already held one", result.Issued.Count, cohortId, result.AlreadyIssued.Count);
        var message = $"{Count(result.Issued.Count, "micro-credential")} issued.";
        if (result.AlreadyIssued.Count > 0)
        {
            message += $" {Count(result.AlreadyIssued.Count, noun)} already held one and {(result.AlreadyIssued.Count == 1 ? "was" : "were")} left as they were.";
        }

        return IssueOutcome.Done(message);
    }

    private async Task<List<Guid>> HoldersAsync(Guid cohortId, CancellationToken ct) =>
        await db.IssuedCredentials.Where(c => c.CohortId == cohortId).Select(c => c.LearnerId).ToListAsync(ct);

    /// <summary>A credential the actor may manage (administrator of its issuing institution); null otherwise.</summary>
    public async Task<CredentialSummary?> CredentialAsync(Guid credentialId, Actor? actor, CancellationToken ct)
    {
        if (actor is null)
        {
            return null;
        }

        var credential = await db.IssuedCredentials.AsNoTracking().SingleOrDefaultAsync(c => c.Id == credentialId, ct);
        if (credential is null || !Cohort.MayManage(actor, credential.IssuingInstitutionId))
        {
            return null;
        }

        var content = credential.ReadContent();
        var cohortName = await db.Cohorts.Where(c => c.Id == credential.CohortId).Select(c => c.Name).SingleAsync(ct);
        return new CredentialSummary(
            credential.Id, credential.CohortId, cohortName, content.LearnerFullName, content.LearnerIdentifier, content.Title, AwardText(credential.Award),
            credential.IssuedAt, credential.RevokedAt, credential.RevokedByName, credential.RevocationReason,
            new StoredCertificate(credential.PublicId, content.LearnerIdentifier, credential.ContentJson, credential.ContentHash)
            {
                IssuedAt = credential.IssuedAt,
                IssuingInstitutionId = credential.IssuingInstitutionId,
                StatusListIndex = credential.StatusListIndex,
            })
        {
            SupersededAt = credential.SupersededAt,
        };
    }

    /// <summary>
    /// Corrects an issued credential and issues its replacement: the original is marked superseded and the corrected credential
    /// is sealed and given a status list place as at issue, both stored in one transaction.
    /// </summary>
    public async Task<CorrectOutcome> CorrectAsync(Guid credentialId, Actor? actor, CorrectedFacts facts, string? reason, CancellationToken ct)
    {
        if (actor is null)
        {
            return CorrectOutcome.NotFound;
        }

        var original = await db.IssuedCredentials.SingleOrDefaultAsync(c => c.Id == credentialId, ct);
        if (original is null || !Cohort.MayManage(actor, original.IssuingInstitutionId))
        {
            return CorrectOutcome.NotFound;
        }

        CorrectionResult result;
        try
        {
            result = CredentialCorrection.Correct(original, facts, reason, actor, clock.Now);
        }
        catch (CorrectionRefusedException e)
        {
            return new CorrectOutcome(CorrectOutcomeKind.Refused, e.Message, e.Field);
        }

        await sealing.SealAsync([result.Replacement], ct);
        await RevocationStatusLists.AssignAsync(db, [result.Replacement], ct);
        db.IssuedCredentials.Add(result.Replacement);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (!DatabaseFailures.IsUnavailable(e))
        {
            // The filtered unique index (one current credential per learner of a cohort) or the status list place: another
            // correction was stored a moment earlier. This request stored nothing.
            db.ChangeTracker.Clear();
            logger.LogWarning("Correcting credential {CredentialId} collided with another change and was rolled back", credentialId);
            return new CorrectOutcome(CorrectOutcomeKind.Refused, "Someone changed this credential at the same moment, so your correction was not stored. Open it again to see its current state.");
        }

        logger.LogInformation("Credential {CredentialId} corrected and replaced by {ReplacementId}", credentialId, result.Replacement.Id);
        return new CorrectOutcome(CorrectOutcomeKind.Done, $"The micro-credential of {result.Replacement.ReadContent().LearnerFullName} is corrected. The earlier one now shows as superseded; the corrected one keeps the original award date.", CohortId: original.CohortId)
        {
            ReplacementId = result.Replacement.Id,
        };
    }

    /// <summary>Revokes once: a second revocation, even one racing the first, is refused with the date of the first.</summary>
    public async Task<RevokeOutcome> RevokeAsync(Guid credentialId, Actor? actor, string reason, CancellationToken ct)
    {
        if (actor is null)
        {
            return RevokeOutcome.NotFound;
        }

        var credential = await db.IssuedCredentials.AsNoTracking().SingleOrDefaultAsync(c => c.Id == credentialId, ct);
        if (credential is null || !Cohort.MayManage(actor, credential.IssuingInstitutionId))
        {
            return RevokeOutcome.NotFound;
        }

        try
        {
            credential.Revoke(actor, reason, clock.Now);
        }
        catch (DomainException e)
        {
            return new RevokeOutcome(RevokeOutcomeKind.Refused, e.Message, credential.CohortId);
        }

        // Conditional update: only a credential that is still unrevoked changes, so two revocations at once cannot both win.
        var changed = await db.IssuedCredentials
            .Where(c => c.Id == credentialId && c.RevokedAt == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.RevokedAt, credential.RevokedAt)
                .SetProperty(c => c.RevokedById, credential.RevokedById)
                .SetProperty(c => c.RevokedByName, credential.RevokedByName)
                .SetProperty(c => c.RevocationReason, credential.RevocationReason), ct);
        if (changed == 0)
        {
            return new RevokeOutcome(RevokeOutcomeKind.Refused, "This credential was revoked by someone else a moment ago.", credential.CohortId);
        }

        logger.LogInformation("Credential {CredentialId} of cohort {CohortId} revoked", credentialId, credential.CohortId);
        return new RevokeOutcome(RevokeOutcomeKind.Done, $"The micro-credential of {credential.ReadContent().LearnerFullName} is revoked. Anyone who checks it now sees it as revoked, with your reason.", credential.CohortId);
    }

    /// <summary>The cohort's unrevoked certificates, read one by one from the database (never all in memory).</summary>
    public async IAsyncEnumerable<StoredCertificate> CertificatesAsync(Guid cohortId, [EnumeratorCancellation] CancellationToken ct)
    {
        var query = from c in db.IssuedCredentials.AsNoTracking()
                    join l in db.Learners.AsNoTracking() on c.LearnerId equals l.Id
                    where c.CohortId == cohortId && c.RevokedAt == null
                    orderby l.IdentifierKey
                    select new StoredCertificate(c.PublicId, l.LearnerIdentifier, c.ContentJson, c.ContentHash) { IssuedAt = c.IssuedAt, IssuingInstitutionId = c.IssuingInstitutionId, StatusListIndex = c.StatusListIndex };
        await foreach (var certificate in query.AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return certificate;
        }
    }

    public static string AwardText(CredentialAward award) => award switch
    {
        CredentialAward.EctsCertificate => "ECTS certificate",
        CredentialAward.BadgeOfAttendance => "Badge of attendance",
        CredentialAward.BadgeOfParticipation => "Badge of participation",
        _ => "Badge of completion",
    };

    public static string ResultText(LearnerResult? result) => result switch
    {
        LearnerResult.Passed => "Passed",
        LearnerResult.AttendanceOnly => "Attendance only",
        LearnerResult.Failed => "Failed",
        _ => "No result yet",
    };

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? noun : noun + "s");

    private async Task<DesignVersion> VersionAsync(Cohort cohort, CancellationToken ct) =>
        await db.DesignVersions.AsNoTracking().SingleAsync(v => v.DesignId == cohort.DesignId && v.Number == cohort.DesignVersionNumber, ct);

    private async Task<IReadOnlyDictionary<Guid, MicroCred.Domain.Checks.InstitutionFacts>> FactsAsync(CancellationToken ct) =>
        (await InstitutionFactsSnapshot.LoadAsync(db, ct)).Facts;
}

public sealed record CohortCredentialsPage(
    Guid CohortId, string CohortName, string? CohortCode, string CourseTitle, Guid DesignId, int VersionNumber,
    bool Finalised, DateTimeOffset? FinalisedAt, IReadOnlyList<LearnerCredentialRow> Learners, int DownloadableCount)
{
    /// <summary>Learners of the whole cohort (not only this page) who can receive a micro-credential now.</summary>
    public int EligibleCount { get; init; }

    /// <summary>Learners of the whole cohort.</summary>
    public int LearnerCount { get; init; }

    /// <summary>Revoked micro-credentials of the cohort (the issued ones are <see cref="DownloadableCount"/>).</summary>
    public int RevokedCount { get; init; }

    /// <summary>Learners without a credential whose result earns none (did not pass, no result, attendance without a badge).</summary>
    public int NoAwardCount { get; init; }

    /// <summary>Learners whose result earns a credential that cannot be issued now, counted by the reason.</summary>
    public IReadOnlyList<(string Reason, int Count)> Blocked { get; init; } = [];

    /// <summary>Where <see cref="Learners"/> (one page) sits in the cohort's list.</summary>
    public required MicroCred.Web.Features.Shared.Paged<LearnerCredentialRow> Paging { get; init; }
}

public sealed record CohortDownload(string Name, string? Code, int Certificates)
{
    public Guid IssuingInstitutionId { get; init; }
}

public sealed record LearnerCredentialRow(
    Guid LearnerId, string Name, string Identifier, string Result, string Award, bool Eligible, string? Problem, CredentialRow? Credential);

public sealed record CredentialRow(
    Guid Id, string PublicId, string Award, DateTimeOffset IssuedAt, string IssuedBy, DateTimeOffset? RevokedAt, string? RevokedBy, string? RevocationReason)
{
    public DateTimeOffset? CorrectedAt { get; init; }
    public string? CorrectedBy { get; init; }
    public string? CorrectionReason { get; init; }

    /// <summary>What the correction changed, one "Field: old → new" per line.</summary>
    public string? CorrectionChanges { get; init; }

    /// <summary>The learner's earlier credentials that corrections replaced, newest first.</summary>
    public IReadOnlyList<SupersededRow> Superseded { get; init; } = [];
}

public sealed record CredentialSummary(
    Guid Id, Guid CohortId, string CohortName, string LearnerName, string LearnerIdentifier, string CourseTitle, string Award,
    DateTimeOffset IssuedAt, DateTimeOffset? RevokedAt, string? RevokedBy, string? RevocationReason, StoredCertificate Certificate)
{
    public DateTimeOffset? SupersededAt { get; init; }
}

public enum IssueOutcomeKind
{
    NotFound,
    Refused,
    Done,
}

public sealed record IssueOutcome(IssueOutcomeKind Kind, string? Message = null, IReadOnlyList<string>? Details = null)
{
    public static IssueOutcome NotFound { get; } = new(IssueOutcomeKind.NotFound);

    public static IssueOutcome Refused(string message, IReadOnlyList<string>? details = null) => new(IssueOutcomeKind.Refused, message, details);

    public static IssueOutcome Done(string message) => new(IssueOutcomeKind.Done, message);
}

public sealed record SupersededRow(Guid Id, string PublicId, DateTimeOffset SupersededAt, DateTimeOffset? RevokedAt);

public enum CorrectOutcomeKind
{
    NotFound,
    Refused,
    Done,
}

public sealed record CorrectOutcome(CorrectOutcomeKind Kind, string? Message = null, string? Field = null, Guid CohortId = default)
{
    public static CorrectOutcome NotFound { get; } = new(CorrectOutcomeKind.NotFound);

    public Guid? ReplacementId { get; init; }
}

public enum RevokeOutcomeKind
{
    NotFound,
    Refused,
    Done,
}

public sealed record RevokeOutcome(RevokeOutcomeKind Kind, string? Message = null, Guid CohortId = default)
{
    public static RevokeOutcome NotFound { get; } = new(RevokeOutcomeKind.NotFound);
}
