using MicroCred.Domain;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Web.Features.Notifications;
using MicroCred.Web.Hosting;
using MicroCred.Web.Features.Versions;
using MicroCred.Web.Features.Wizard.Engine;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Review;

/// <summary>
/// The review workspace: a frozen version read step by step with the wizard's own labels, and the comment threads on it.
/// Reviewers open threads; the team answers and resolves; reviewers close and reopen.
/// </summary>
public sealed class WorkspaceHandler(
    MicroCredDbContext db,
    ReviewAccess access,
    StepDefinitions definitions,
    DependencyFinder dependencies,
    ReviewNotifications notifications,
    VersionsHandler versions,
    FrozenStepViews frozen,
    IClock clock,
    ILogger<WorkspaceHandler> logger)
{
    // The comment queries every workspace and step page sends, compiled once: EF does not rebuild and look up their expression
    // trees on every request.
    private static readonly PerModel<Func<MicroCredDbContext, Guid, int, WizardStep, int, IAsyncEnumerable<CommentRow>>> WorkspaceThreads = new(() =>
        EF.CompileAsyncQuery((MicroCredDbContext db, Guid designId, int versionNumber, WizardStep step, int take) =>
            db.ReviewComments.AsNoTracking()
                .Where(c => c.DesignId == designId && c.VersionNumber <= versionNumber && c.Step == step)
                .OrderBy(c => c.Status == CommentStatus.Open ? 0 : c.Status == CommentStatus.Resolved ? 1 : 2).ThenBy(c => c.CreatedAt)
                .Take(take)
                .Select(c => new CommentRow(c, db.ReviewComments.Count(o => o.DesignId == designId && o.VersionNumber <= versionNumber && o.Step == step)))));

    private static readonly PerModel<Func<MicroCredDbContext, Guid, int, IAsyncEnumerable<StepCount>>> OpenCountsPerStep = new(() =>
        EF.CompileAsyncQuery((MicroCredDbContext db, Guid designId, int versionNumber) =>
            db.ReviewComments.AsNoTracking()
                .Where(c => c.DesignId == designId && c.VersionNumber <= versionNumber && c.Status == CommentStatus.Open)
                .GroupBy(c => c.Step).Select(g => new StepCount(g.Key, g.Count()))));

    private static readonly PerModel<Func<MicroCredDbContext, Guid, WizardStep, int, IAsyncEnumerable<CommentRow>>> TeamStepThreads = new(() =>
        EF.CompileAsyncQuery((MicroCredDbContext db, Guid designId, WizardStep step, int take) =>
            db.ReviewComments.AsNoTracking()
                .Where(c => c.DesignId == designId && c.Step == step && c.Status != CommentStatus.Closed)
                .OrderBy(c => c.Status).ThenBy(c => c.CreatedAt)
                .Take(take)
                .Select(c => new CommentRow(c, db.ReviewComments.Count(o => o.DesignId == designId && o.Step == step && o.Status != CommentStatus.Closed)))));

    private static readonly PerModel<Func<MicroCredDbContext, Guid, Task<HeadRow?>>> WorkspaceHead = new(() =>
        EF.CompileAsyncQuery((MicroCredDbContext db, Guid reviewId) =>
            (from r in db.Reviews.AsNoTracking()
             where r.Id == reviewId
             from v in db.DesignVersions.Where(v => v.Id == r.VersionId)
             select new HeadRow(r, v.Id, v.DesignId, v.Number, v.SubmittedByName, v.SubmittedAt,
                 db.DesignVersions.Where(p => p.DesignId == v.DesignId && p.Number == v.Number - 1).Select(p => (Guid?)p.Id).FirstOrDefault()))
            .SingleOrDefault()));

    /// <summary>A review with its version's heading and the id of the version before it.</summary>
    private sealed record HeadRow(MicroCred.Domain.Reviews.Review Review, Guid Id, Guid DesignId, int Number, string SubmittedByName, DateTimeOffset SubmittedAt, Guid? PreviousId);

    /// <summary>Threads a page shows before "Show all n comments": open ones first, so a step with 100 comments stays a short page.</summary>
    public const int ThreadLimit = 10;

    /// <summary>Threads the wizard's step page shows before its "Show all n comments" link.</summary>
    public const int StepPageThreadLimit = 10;

    public async Task<WorkspaceViewModel?> ShowAsync(Guid reviewId, Guid userId, WizardStep step, NewCommentForm? form, CancellationToken ct, bool allThreads = false)
    {
        // The review with its version's heading and the id of the version before it, in one command; the version's content
        // (which never changes) is read once per version and kept.
        var head = await WorkspaceHead.For(db)(db, reviewId);
        var review = head?.Review;
        var grant = review is null ? null : await access.LoadAsync(review.DesignId, userId, ct);
        if (head is null || review is null || grant is null || !definitions.Has(step))
        {
            return null;
        }

        var version = new FrozenVersionHeading(head.Id, head.DesignId, head.Number, head.SubmittedByName, head.SubmittedAt);
        var content = await frozen.ContentAsync(version.Id,
            () => db.DesignVersions.AsNoTracking().Where(v => v.Id == version.Id).Select(v => v.ContentJson).SingleAsync(ct));
        var options = await FrozenStepReader.OptionsAsync(db, content, ct);
        var shown = frozen.Step(version.Id, step, options, () =>
        {
            var view = new StepFormView(definitions.Get(step), content.Get(step), null, new Dictionary<string, string>(), options, new HashSet<string>(), dependencies);
            return new FrozenStepView(view.Sections, FrozenValues.Labels(view.Sections));
        });
        var labels = shown.Labels;

        // The threads shown (open first) with how many there are on the step, and the open ones per step: two commands whatever
        // the number of comments.
        var shownThreads = allThreads ? int.MaxValue : ThreadLimit;
        var rows = new List<CommentRow>();
        await foreach (var row in WorkspaceThreads.For(db)(db, review.DesignId, review.VersionNumber, step, shownThreads).WithCancellation(ct))
        {
            rows.Add(row);
        }

        var counts = new Dictionary<WizardStep, int>();
        await foreach (var count in OpenCountsPerStep.For(db)(db, review.DesignId, review.VersionNumber).WithCancellation(ct))
        {
            counts.Add(count.Step, count.Count);
        }

        var isReviewer = grant.IsReviewer && review.State == ReviewState.InReview && review.ReviewerId == userId;
        var returnUrl = $"/reviews/{reviewId}?step={(int)step}";
        var threads = rows.Select(r => ThreadView.Of(r.Comment, labels.GetValueOrDefault(r.Comment.FieldPath ?? ""), grant, returnUrl)).ToList();
        form ??= new NewCommentForm { Step = (int)step };

        // A resubmission: what changed since the version before, for the step nav and the step shown (both versions are frozen).
        VersionChanges? changes = null;
        if (version.Number > 1 && head.PreviousId is { } previousId)
        {
            changes = await frozen.ChangesAsync(previousId, version.Id, options.InstitutionNames, async () =>
            {
                var pair = await db.DesignVersions.AsNoTracking().Where(v => v.Id == previousId || v.Id == version.Id).ToListAsync(ct);
                return versions.ChangesBetween(pair.Single(v => v.Id == previousId), pair.Single(v => v.Id == version.Id), options.InstitutionNames);
            });
        }

        return new WorkspaceViewModel(review, version, grant.Design.Title, grant.IsTeam, isReviewer,
            CanClaim: grant.IsReviewer && review.State == ReviewState.Waiting,
            StepCatalog.Get(step), shown.Sections, threads, counts, form,
            form.FieldPath is { Length: > 0 } path ? labels.GetValueOrDefault(path) : null)
        {
            Changes = changes,
            ThreadTotal = rows.Count == 0 ? 0 : rows[0].Total,
        };
    }

    /// <summary>The reviewer who claimed the review opens a thread on a step, a field or a row of the version under review.</summary>
    public async Task<ReviewOutcome> OpenAsync(Guid reviewId, Guid userId, NewCommentForm form, CancellationToken ct)
    {
        var review = await db.Reviews.AsNoTracking().SingleOrDefaultAsync(r => r.Id == reviewId, ct);
        var grant = review is null ? null : await access.LoadAsync(review.DesignId, userId, ct);
        if (review is null || grant is null)
        {
            return ReviewOutcome.NotFound;
        }

        try
        {
            var author = CommentAuthor.Reviewer(grant.Actor, grant.Design);
            if (review.State == ReviewState.Waiting)
            {
                throw new DomainException("Claim the review before commenting on it.");
            }

            if (review.State == ReviewState.InReview && review.ReviewerId != userId)
            {
                throw new DomainException($"Only {review.ReviewerName}, who claimed this review, can comment on it.");
            }

            if (!string.IsNullOrWhiteSpace(form.FieldPath) && !await IsFieldOfStepAsync(review, (WizardStep)form.Step, form.FieldPath, form.RowId, ct))
            {
                throw new DomainException("The field this comment points at is not part of this step of the version; comment on the whole step instead.");
            }

            var (comment, entry) = ReviewComment.Open(review, author, (WizardStep)form.Step, form.FieldPath, form.RowId, form.Text ?? "", clock.Now);
            db.ReviewComments.Add(comment);
            db.TimelineEntries.Add(entry);
            await notifications.CommentAddedAsync(grant.Design, comment, ct);
            await db.SaveChangesAsync(ct);
        }
        catch (DomainException ex)
        {
            return ReviewOutcome.Refused(ex.Message);
        }

        await notifications.SendEmailsAsync(ct);
        logger.LogInformation("Comment opened on design {DesignId} step {Step} of version {Version} by user {UserId}", review.DesignId, form.Step, review.VersionNumber, userId);
        return ReviewOutcome.Done("Comment added. The course team sees it on the step and on their review comments page.");
    }

    public async Task<ThreadPageViewModel?> ThreadAsync(Guid commentId, Guid userId, CancellationToken ct, ThreadActionForm? form = null, string? error = null, bool conflict = false)
    {
        var comment = await db.ReviewComments.AsNoTracking().SingleOrDefaultAsync(c => c.Id == commentId, ct);
        var grant = comment is null ? null : await access.LoadAsync(comment.DesignId, userId, ct);
        if (comment is null || grant is null)
        {
            return null;
        }

        var version = await db.DesignVersions.AsNoTracking().SingleAsync(v => v.Id == comment.VersionId, ct);
        var content = version.ReadContent();
        var view = new StepFormView(definitions.Get(comment.Step), content.Get(comment.Step), null, new Dictionary<string, string>(),
            await OptionsAsync(content, ct), new HashSet<string>(), dependencies);
        var label = FrozenValues.Labels(view.Sections).GetValueOrDefault(comment.FieldPath ?? "");
        var returnUrl = form?.ReturnUrl ?? $"/comments/{commentId}";
        return new ThreadPageViewModel(grant.Design.Id, grant.Design.Title, ThreadView.Of(comment, label, grant, returnUrl, form?.Text), comment.ReviewId, grant.IsTeam, error, conflict);
    }

    /// <summary>Reply, resolve, close or reopen. A thread changed by someone else since the form was shown is not overwritten.</summary>
    public async Task<ThreadActionResult> ActAsync(Guid commentId, Guid userId, string action, ThreadActionForm form, CancellationToken ct)
    {
        var comment = await db.ReviewComments.SingleOrDefaultAsync(c => c.Id == commentId, ct);
        var grant = comment is null ? null : await access.LoadAsync(comment.DesignId, userId, ct);
        if (comment is null || grant is null)
        {
            return ThreadActionResult.NotFound;
        }

        if (form.Version is { } seen && seen != comment.Version)
        {
            return ThreadActionResult.Conflict;
        }

        string done;
        try
        {
            var author = grant.IsTeam ? CommentAuthor.Team(grant.Actor, grant.Design) : CommentAuthor.Reviewer(grant.Actor, grant.Design);
            var now = clock.Now;
            CommentReply? answer = null;
            switch (action)
            {
                case "reply":
                    answer = comment.Reply(author, form.Text ?? "", now);
                    done = "Reply sent.";
                    break;
                case "resolve":
                    var replies = comment.Replies.Count;
                    db.TimelineEntries.Add(comment.Resolve(author, form.Text, now));
                    answer = comment.Replies.Count > replies ? comment.Replies[^1] : null;
                    done = "Comment marked as resolved. The reviewer will check it and close it.";
                    break;
                case "close":
                    db.TimelineEntries.Add(comment.Close(author, now));
                    done = "Comment closed.";
                    break;
                case "reopen":
                    if (string.IsNullOrWhiteSpace(form.Text))
                    {
                        throw new DomainException("Say why the comment is reopened.");
                    }

                    db.TimelineEntries.Add(comment.Reopen(author, form.Text, now));
                    done = "Comment reopened.";
                    break;
                default:
                    return ThreadActionResult.NotFound;
            }

            if (form.Version is { } original)
            {
                db.Entry(comment).Property(c => c.Version).OriginalValue = original;
            }

            // The reviewer hears about the team's answers (a reply, or the note given when resolving).
            if (answer is not null && grant.IsTeam)
            {
                await notifications.CommentAnsweredAsync(grant.Design, comment, answer, ct);
            }

            await db.SaveChangesAsync(ct);
        }
        catch (DomainException ex)
        {
            return ThreadActionResult.Refused(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ThreadActionResult.Conflict;
        }

        await notifications.SendEmailsAsync(ct);
        logger.LogInformation("Comment {CommentId} on design {DesignId}: {Action} by user {UserId}", commentId, comment.DesignId, action, userId);
        return ThreadActionResult.Done(done);
    }

    /// <summary>All threads of a design for its team (and its reviewers), open ones first, per step.</summary>
    public async Task<CommentsPageViewModel?> DesignCommentsAsync(Guid designId, Guid userId, CancellationToken ct)
    {
        var grant = await access.LoadAsync(designId, userId, ct);
        if (grant is null)
        {
            return null;
        }

        var comments = await db.ReviewComments.AsNoTracking().Where(c => c.DesignId == designId).ToListAsync(ct);
        var versions = await db.DesignVersions.AsNoTracking().Where(v => v.DesignId == designId).ToDictionaryAsync(v => v.Id, ct);
        var returnUrl = $"/designs/{designId}/comments";
        var groups = new List<StepThreads>();
        foreach (var group in comments.GroupBy(c => c.Step).OrderBy(g => g.Key))
        {
            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var byVersion in group.GroupBy(c => c.VersionId))
            {
                var content = versions[byVersion.Key].ReadContent();
                var view = new StepFormView(definitions.Get(group.Key), content.Get(group.Key), null, new Dictionary<string, string>(),
                    await OptionsAsync(content, ct), new HashSet<string>(), dependencies);
                foreach (var (path, label) in FrozenValues.Labels(view.Sections))
                {
                    labels.TryAdd(path, label);
                }
            }

            groups.Add(new StepThreads(StepCatalog.Get(group.Key), [.. group
                .OrderBy(c => c.Status).ThenBy(c => c.CreatedAt)
                .Select(c => ThreadView.Of(c, labels.GetValueOrDefault(c.FieldPath ?? ""), grant, returnUrl))]));
        }

        return new CommentsPageViewModel(designId, grant.Design.Title, grant.IsTeam, groups);
    }

    /// <summary>
    /// The threads still open or waiting for the reviewer on one step, for the panel on the team's own step page, whose handler has just loaded the design and found the user on its team:
    /// only the comments are read (the design is not loaded a second time).
    /// </summary>
    /// <summary>
    /// The step page's review comments that are not closed: open ones first, at most <see cref="StepPageThreadLimit"/>, with how
    /// many there are in all. One SQL command, whatever the number of comments.
    /// </summary>
    public async Task<(IReadOnlyList<ThreadView> Threads, int Total)> TeamStepThreadsAsync(Guid designId, WizardStep step, CancellationToken ct)
    {
        var rows = new List<CommentRow>(StepPageThreadLimit);
        await foreach (var row in TeamStepThreads.For(db)(db, designId, step, StepPageThreadLimit).WithCancellation(ct))
        {
            rows.Add(row);
        }

        var returnUrl = $"/designs/{designId}/steps/{(int)step}";
        return ([.. rows.Select(r => ThreadView.OfTeam(r.Comment, returnUrl))], rows.Count == 0 ? 0 : rows[0].Total);
    }

    /// <summary>A field path (and row) posted with a comment must exist in that step of the frozen version.</summary>
    private async Task<bool> IsFieldOfStepAsync(Domain.Reviews.Review review, WizardStep step, string fieldPath, Guid? rowId, CancellationToken ct)
    {
        var version = await db.DesignVersions.AsNoTracking().SingleAsync(v => v.Id == review.VersionId, ct);
        return await FrozenStepReader.IsFieldOfStepAsync(db, definitions, dependencies, version, step, fieldPath, rowId, ct);
    }

    private Task<ReferenceOptions> OptionsAsync(DesignContent content, CancellationToken ct) => FrozenStepReader.OptionsAsync(db, content, ct);
}

public sealed class NewCommentForm
{
    public int Step { get; set; }

    public string? FieldPath { get; set; }

    public Guid? RowId { get; set; }

    public string? Text { get; set; }
}

public sealed class ThreadActionForm
{
    public string? Text { get; set; }

    public Guid? Version { get; set; }

    public string? ReturnUrl { get; set; }
}

/// <summary>One thread as a reader sees it, with the actions this reader may take on it.</summary>
public sealed record ThreadView(
    ReviewComment Comment, string? FieldLabel, bool CanReply, bool CanResolve, bool CanClose, bool CanReopen, string ReturnUrl, string? KeptText = null)
{
    /// <summary>Where the thread's forms post to (".../reply" is appended); guests post through their own link.</summary>
    public string? PostBase { get; init; }

    /// <summary>A thread as a member of the design's team sees it (reply and resolve; closing is for reviewers).</summary>
    public static ThreadView OfTeam(ReviewComment comment, string returnUrl)
    {
        ArgumentNullException.ThrowIfNull(comment);
        var open = comment.Status == CommentStatus.Open;
        return new ThreadView(comment, comment.FieldPath is null ? null : "a field of this step",
            CanReply: comment.Status != CommentStatus.Closed, CanResolve: open, CanClose: false, CanReopen: false, returnUrl);
    }

    public static ThreadView Of(ReviewComment comment, string? fieldLabel, ReviewAccessGrant grant, string returnUrl, string? keptText = null)
    {
        ArgumentNullException.ThrowIfNull(comment);
        ArgumentNullException.ThrowIfNull(grant);
        var open = comment.Status == CommentStatus.Open;
        return new ThreadView(comment, fieldLabel ?? (comment.FieldPath is null ? null : "a field of this step"),
            CanReply: comment.Status != CommentStatus.Closed,
            CanResolve: grant.IsTeam && open,
            CanClose: grant.IsReviewer && comment.Status != CommentStatus.Closed,
            CanReopen: grant.IsReviewer && !open,
            returnUrl, keptText);
    }
}

public sealed record WorkspaceViewModel(
    Domain.Reviews.Review Review, FrozenVersionHeading Version, string DesignTitle, bool IsTeam, bool IsClaimedReviewer, bool CanClaim,
    StepInfo Step, IReadOnlyList<SectionView> Sections, IReadOnlyList<ThreadView> Threads, IReadOnlyDictionary<WizardStep, int> OpenCounts,
    NewCommentForm Form, string? FormFieldLabel)
{
    public string StepUrl(WizardStep step) => $"/reviews/{Review.Id}?step={(int)step}";

    /// <summary>For a resubmission, the changes against the version before it; null for a first version.</summary>
    public VersionChanges? Changes { get; init; }

    /// <summary>Comments on this step in all; <see cref="Threads"/> may show fewer (open first) with a link to show them all.</summary>
    public int ThreadTotal { get; init; }

    public bool StepChanged(WizardStep step) => Changes?.Steps.Any(s => s.Step == step && s.IsChanged) == true;

    /// <summary>The changes of the step shown only, in the shape the shared changes partial reads.</summary>
    public VersionChanges? ChangesOfStep => Changes is null ? null : Changes with { Steps = [.. Changes.Steps.Where(s => s.Step == Step.Step)] };

    /// <summary>The step as the shared read-only rendering shows it; only the reviewer who claimed the review gets comment links.</summary>
    public FrozenStepModel Frozen => new(Step, Sections, Threads, OpenCounts, IsClaimedReviewer, $"/reviews/{Review.Id}")
    {
        ChangedSteps = Changes is null ? new HashSet<WizardStep>() : [.. Changes.Steps.Where(s => s.IsChanged).Select(s => s.Step)],
        SectionsKept = true,
    };
}

/// <summary>A comment read for a page with how many comments the page's selection holds in all.</summary>
internal sealed record CommentRow(ReviewComment Comment, int Total);

/// <summary>How many comments of a kind a step has.</summary>
internal sealed record StepCount(WizardStep Step, int Count);

/// <summary>What the workspace shows of the version under review besides its content.</summary>
public sealed record FrozenVersionHeading(Guid Id, Guid DesignId, int Number, string SubmittedByName, DateTimeOffset SubmittedAt);

public sealed record ThreadPageViewModel(Guid DesignId, string DesignTitle, ThreadView Thread, Guid ReviewId, bool IsTeam, string? Error, bool Conflict);

public sealed record StepThreads(StepInfo Step, IReadOnlyList<ThreadView> Threads);

public sealed record CommentsPageViewModel(Guid DesignId, string Title, bool IsTeam, IReadOnlyList<StepThreads> Steps)
{
    public int Open => Steps.Sum(s => s.Threads.Count(t => t.Comment.Status == CommentStatus.Open));
}

public sealed record ThreadActionResult(ReviewOutcomeKind Kind, string Message, bool IsConflict)
{
    public static ThreadActionResult NotFound { get; } = new(ReviewOutcomeKind.NotFound, "", false);

    public static ThreadActionResult Conflict { get; } = new(ReviewOutcomeKind.Refused,
        "Someone replied to this thread or changed it while you were writing. Nothing was sent; your text is kept below — read the thread again, then send it.", true);

    public static ThreadActionResult Done(string message) => new(ReviewOutcomeKind.Done, message, false);

    public static ThreadActionResult Refused(string message) => new(ReviewOutcomeKind.Refused, message, false);
}
