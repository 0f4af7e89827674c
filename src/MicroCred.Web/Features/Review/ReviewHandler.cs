using MicroCred.Domain;
using MicroCred.Domain.Accounts;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Web.Features.Designs;
using MicroCred.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Review;

/// <summary>Submitting a design to its next gate, the review queue, and who holds a review (claim, hand back, reassign).</summary>
public sealed class ReviewHandler(
    MicroCredDbContext db,
    DesignWorkspaces workspaces,
    ReviewAccess access,
    ReviewNotifications notifications,
    Evaluations.RevisionCheck revisions,
    IClock clock,
    ILogger<ReviewHandler> logger)
{
    public async Task<SubmitViewModel?> SubmitPageAsync(Guid designId, Guid userId, CancellationToken ct, string? error = null)
    {
        var workspace = await workspaces.LoadAsync(designId, userId, ct);
        if (workspace is null)
        {
            return null;
        }

        var design = workspace.Design;
        var revision = await revisions.VerdictAsync(design, workspace.Content, ct);
        var gate = design.GateForSubmission(revision?.Kind);
        var facts = await access.GateFactsAsync(designId, ct);
        var unmet = gate is { } g ? GateConditions.Evaluate(g, workspace.Content, workspace.Findings, facts) : [];
        var blocked = gate is null
            ? design.IsUnderReview
                ? $"Version {design.VersionUnderReview} is in {ReviewWords.Gate(design.GateUnderReview!.Value)}; wait for the decision before submitting again."
                : DesignLifecycle.Refusal(design.Status, design.IsUnderReview, LifecycleAction.Submit)
            : !workspace.IsLeader ? "Only the team leader can submit the design for review." : null;
        if (blocked is null && CourseDesign.NothingChangedSince(await LastVersionAsync(design, ct), workspace.Content, facts))
        {
            blocked = $"Nothing has changed since version {design.LastVersionNumber} came back from review. Change the design as the decision and the review comments ask, then submit it again.";
        }

        return new SubmitViewModel(designId, design.Title, gate, design.LastVersionNumber + 1, unmet, blocked, error)
        {
            Revision = revision,
            RevisionOf = design.RevisionOf,
        };
    }

    /// <summary>The latest frozen version of the design, or null before the first submission.</summary>
    public Task<DesignVersion?> LastVersionAsync(CourseDesign design, CancellationToken ct) =>
        design.LastVersionNumber == 0
            ? Task.FromResult<DesignVersion?>(null)
            : db.DesignVersions.AsNoTracking().FirstOrDefaultAsync(v => v.DesignId == design.Id && v.Number == design.LastVersionNumber, ct);

    /// <summary>
    /// Freezes the design as its next version and opens the review, in one save. Two submits at once both pass the domain
    /// check; the design's concurrency token (and the unique version number) lets only the first one store anything.
    /// </summary>
    public async Task<ReviewOutcome> SubmitAsync(Guid designId, Guid userId, CancellationToken ct)
    {
        var workspace = await workspaces.LoadAsync(designId, userId, ct, track: true);
        var actor = await access.ActorAsync(userId, ct);
        if (workspace is null || actor is null)
        {
            return ReviewOutcome.NotFound;
        }

        Submission submission;
        try
        {
            var facts = await access.GateFactsAsync(designId, ct);
            var last = await LastVersionAsync(workspace.Design, ct);
            var revision = await revisions.VerdictAsync(workspace.Design, workspace.Content, ct);
            submission = workspace.Design.Submit(actor, workspace.Content, workspace.Findings, facts, clock.Now, last, revision?.Kind);
        }
        catch (DomainException ex)
        {
            return ReviewOutcome.Refused(ex.Message);
        }

        db.DesignVersions.Add(submission.Version);
        db.Reviews.Add(submission.Review);
        db.TimelineEntries.Add(submission.Entry);
        await notifications.VersionSubmittedAsync(workspace.Design, submission.Version, submission.Review, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (!DatabaseFailures.IsUnavailable(e))
        {
            db.ChangeTracker.Clear();
            var current = await db.CourseDesigns.AsNoTracking().SingleAsync(d => d.Id == designId, ct);
            logger.LogInformation("Design {DesignId}: a second submit was refused, version {Version} is already under review", designId, current.VersionUnderReview);
            return ReviewOutcome.Refused(current.IsUnderReview
                ? $"The design was submitted a moment ago: version {current.VersionUnderReview} is already in {ReviewWords.Gate(current.GateUnderReview!.Value)}. Nothing more was submitted."
                : "The design changed while you were submitting it. Nothing was submitted; check the task list and try again.");
        }

        await notifications.SendEmailsAsync(ct);
        var version = submission.Version;
        logger.LogInformation("Design {DesignId} version {Version} submitted for gate {Gate} by user {UserId}", designId, version.Number, version.Gate, userId);
        return ReviewOutcome.Done($"Version {version.Number} submitted for {ReviewWords.Gate(version.Gate)}.");
    }

    /// <summary>The reviews a QA officer can take (designs of the institutions they cover, waiting longest first) and their own.</summary>
    public async Task<QueueViewModel?> QueueAsync(Guid userId, CancellationToken ct, MicroCred.Web.Features.Shared.PageRequest? request = null)
    {
        var actor = await access.ActorAsync(userId, ct);
        if (actor is null)
        {
            return null;
        }

        // Only reviews of designs the actor's institution leads or is named in as a partner are read (a partner institution's id
        // appears in the partnership step's JSON); the exact coverage rule below then decides on those few.
        if (actor.InstitutionId == Guid.Empty)
        {
            return new QueueViewModel(actor.IsQaOfficer, actor.IsInstitutionAdmin, [], [], 0);
        }

        var institution = actor.InstitutionId;
        var institutionText = institution.ToString();
        var open = await db.Reviews.AsNoTracking()
            .Where(r => r.State != ReviewState.Decided)
            .Where(r => db.CourseDesigns.Any(d => d.Id == r.DesignId && d.LeadInstitutionId == institution)
                || db.DesignSteps.Any(s => s.DesignId == r.DesignId && s.Step == WizardStep.Partnership && s.ContentJson.Contains(institutionText)))
            .ToListAsync(ct);
        var designIds = open.Select(r => r.DesignId).Distinct().ToList();
        var designs = await db.CourseDesigns.AsNoTracking().Include(d => d.Members).Where(d => designIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        var partnerships = await db.DesignSteps.AsNoTracking()
            .Where(s => designIds.Contains(s.DesignId) && s.Step == WizardStep.Partnership)
            .ToDictionaryAsync(s => s.DesignId, s => s.ContentJson, ct);
        var versionIds = open.Select(r => r.VersionId).ToList();
        var versions = await db.DesignVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id))
            .Select(v => new { v.Id, v.SubmittedAt, v.SubmittedByName }).ToDictionaryAsync(v => v.Id, ct);

        var rows = new List<QueueRow>();
        var ownTeam = 0;
        foreach (var review in open.OrderBy(r => r.OpenedAt))
        {
            var design = designs[review.DesignId];
            var partners = ReviewAccess.PartnerInstitutions(design.LeadInstitutionId, partnerships.GetValueOrDefault(design.Id));
            var covers = ReviewAccess.Covers(actor, partners);
            var administers = actor.IsInstitutionAdmin && actor.InstitutionId == design.LeadInstitutionId;
            if (covers && design.IsMember(userId))
            {
                ownTeam++;
                covers = false;
            }

            if (!covers && !administers)
            {
                continue;
            }

            var v = versions[review.VersionId];
            rows.Add(new QueueRow(review.Id, design.Id, design.Title, review.Gate, review.VersionNumber, v.SubmittedAt, v.SubmittedByName,
                review.State, review.ReviewerId, review.ReviewerName, CanOpen: covers, CanClaim: covers && review.State == ReviewState.Waiting, CanReassign: administers));
        }

        request ??= new MicroCred.Web.Features.Shared.PageRequest(1, null);
        List<QueueRow> others = [.. rows.Where(r => r.ReviewerId != userId)];
        var term = request.Term;
        List<QueueRow> found = term is null ? others : [.. others.Where(r => r.DesignTitle.Contains(term, StringComparison.OrdinalIgnoreCase))];
        return new QueueViewModel(actor.IsQaOfficer, actor.IsInstitutionAdmin, [.. rows.Where(r => r.ReviewerId == userId)], others, ownTeam)
        {
            OthersPage = MicroCred.Web.Features.Shared.Paging.Page(found, request),
        };
    }

    public async Task<ReviewOutcome> ClaimAsync(Guid reviewId, Guid userId, CancellationToken ct)
    {
        var review = await db.Reviews.SingleOrDefaultAsync(r => r.Id == reviewId, ct);
        var grant = review is null ? null : await access.LoadAsync(review.DesignId, userId, ct);
        if (review is null || grant is null)
        {
            return ReviewOutcome.NotFound;
        }

        try
        {
            db.TimelineEntries.Add(review.Claim(grant.Actor, grant.Design, clock.Now));
            await notifications.ReviewClaimedAsync(grant.Design, review, ct);
            await db.SaveChangesAsync(ct);
        }
        catch (DomainException ex)
        {
            return ReviewOutcome.Refused(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone claimed (or the admin reassigned) between our read and our write: tell who has it now.
            db.ChangeTracker.Clear();
            var now = await db.Reviews.AsNoTracking().SingleAsync(r => r.Id == reviewId, ct);
            return ReviewOutcome.Refused(now.ReviewerName is { } name
                ? $"{name} already claimed this review."
                : "The review changed while you were claiming it; look at the queue again.");
        }

        await notifications.SendEmailsAsync(ct);
        logger.LogInformation("Review {ReviewId} of design {DesignId} claimed by user {UserId}", reviewId, review.DesignId, userId);
        return ReviewOutcome.Done($"You claimed the {ReviewWords.Gate(review.Gate)} of version {review.VersionNumber} of \u201c{grant.Design.Title}\u201d.");
    }

    public async Task<ReviewOutcome> ReleaseAsync(Guid reviewId, Guid userId, CancellationToken ct)
    {
        var review = await db.Reviews.SingleOrDefaultAsync(r => r.Id == reviewId, ct);
        var grant = review is null ? null : await access.LoadAsync(review.DesignId, userId, ct);
        if (review is null || grant is null)
        {
            return ReviewOutcome.NotFound;
        }

        try
        {
            db.TimelineEntries.Add(review.Release(grant.Actor, clock.Now));
            await db.SaveChangesAsync(ct);
        }
        catch (DomainException ex)
        {
            return ReviewOutcome.Refused(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ReviewOutcome.Refused("The review changed while you were handing it back; look at the queue again.");
        }

        logger.LogInformation("Review {ReviewId} handed back by user {UserId}", reviewId, userId);
        return ReviewOutcome.Done($"You handed back the review of version {review.VersionNumber}; another quality assurance officer can claim it now.");
    }

    public async Task<ReassignViewModel?> ReassignPageAsync(Guid reviewId, Guid userId, CancellationToken ct, string? error = null)
    {
        var context = await ReassignContextAsync(reviewId, userId, track: false, ct);
        if (context is null)
        {
            return null;
        }

        var (review, design, _, eligible) = context.Value;
        return new ReassignViewModel(review.Id, design.Id, design.Title, review.Gate, review.VersionNumber, review.State, review.ReviewerName, eligible, error);
    }

    public async Task<ReviewOutcome> ReassignAsync(Guid reviewId, Guid userId, Guid? newReviewerId, CancellationToken ct)
    {
        var context = await ReassignContextAsync(reviewId, userId, track: true, ct);
        if (context is null)
        {
            return ReviewOutcome.NotFound;
        }

        var (review, design, admin, eligible) = context.Value;
        if (newReviewerId is not { } chosen || eligible.All(o => o.UserId != chosen))
        {
            return ReviewOutcome.Refused("Choose one of the quality assurance officers listed.");
        }

        var newReviewer = await access.ActorAsync(chosen, ct);
        try
        {
            db.TimelineEntries.Add(review.Reassign(admin, newReviewer!, design, clock.Now));
            await db.SaveChangesAsync(ct);
        }
        catch (DomainException ex)
        {
            return ReviewOutcome.Refused(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ReviewOutcome.Refused("The review changed while you were reassigning it; look at it again.");
        }

        logger.LogInformation("Review {ReviewId} reassigned to user {ReviewerId} by user {UserId}", reviewId, chosen, userId);
        return ReviewOutcome.Done($"The review of version {review.VersionNumber} now belongs to {newReviewer!.Name}.");
    }

    /// <summary>Only an institution administrator of the lead institution may reassign; eligible are QA officers covering the design, off its team.</summary>
    private async Task<(Domain.Reviews.Review Review, CourseDesign Design, Actor Admin, IReadOnlyList<OfficerOption> Eligible)?> ReassignContextAsync(
        Guid reviewId, Guid userId, bool track, CancellationToken ct)
    {
        var query = db.Reviews.Where(r => r.Id == reviewId);
        var review = await (track ? query : query.AsNoTracking()).SingleOrDefaultAsync(ct);
        var admin = await access.ActorAsync(userId, ct);
        if (review is null || admin is null || review.State == ReviewState.Decided)
        {
            return null;
        }

        var designQuery = db.CourseDesigns.Include(d => d.Members).Where(d => d.Id == review.DesignId);
        var design = await (track ? designQuery : designQuery.AsNoTracking()).SingleAsync(ct);
        if (!admin.IsInstitutionAdmin || admin.InstitutionId != design.LeadInstitutionId)
        {
            return null;
        }

        var partners = await access.PartnerInstitutionsAsync(design, ct);
        var officers = await (from u in db.Users
                              join ur in db.UserRoles on u.Id equals ur.UserId
                              join r in db.Roles on ur.RoleId equals r.Id
                              where r.Name == Roles.QaOfficer && u.IsActive && u.InstitutionId != null
                              orderby u.FullName
                              select new { u.Id, u.FullName, u.InstitutionId }).AsNoTracking().ToListAsync(ct);
        var names = await db.Institutions.AsNoTracking().Select(i => new { i.Id, i.Name }).ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        var eligible = officers
            .Where(o => partners.Contains(o.InstitutionId!.Value) && !design.IsMember(o.Id) && o.Id != review.ReviewerId)
            .Select(o => new OfficerOption(o.Id, o.FullName, names.GetValueOrDefault(o.InstitutionId!.Value, "")))
            .ToList();
        return (review, design, admin, eligible);
    }
}

public sealed record SubmitViewModel(Guid DesignId, string Title, Gate? Gate, int NextVersion, IReadOnlyList<UnmetCondition> Unmet, string? Blocked, string? Error)
{
    /// <summary>For a revision of a published course still in draft: minor or major, and why.</summary>
    public Domain.Evaluations.RevisionVerdict? Revision { get; init; }

    public int? RevisionOf { get; init; }

    public bool CanSubmit => Gate is not null && Blocked is null && Unmet.Count == 0;
}

public sealed record QueueRow(
    Guid ReviewId, Guid DesignId, string DesignTitle, Gate Gate, int VersionNumber, DateTimeOffset SubmittedAt, string SubmittedBy,
    ReviewState State, Guid? ReviewerId, string? ReviewerName, bool CanOpen, bool CanClaim, bool CanReassign);

public sealed record QueueViewModel(bool IsQaOfficer, bool IsInstitutionAdmin, IReadOnlyList<QueueRow> Mine, IReadOnlyList<QueueRow> Others, int LeftOutOwnTeam)
{
    /// <summary>The page of <see cref="Others"/> shown (searched by design title).</summary>
    public MicroCred.Web.Features.Shared.Paged<QueueRow> OthersPage { get; init; } = new([], 1, MicroCred.Web.Features.Shared.Paging.PageSize, 0, null);
}

public sealed record OfficerOption(Guid UserId, string Name, string Institution);

public sealed record ReassignViewModel(
    Guid ReviewId, Guid DesignId, string DesignTitle, Gate Gate, int VersionNumber, ReviewState State, string? ReviewerName,
    IReadOnlyList<OfficerOption> Eligible, string? Error);
