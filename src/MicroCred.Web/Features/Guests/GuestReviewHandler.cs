using MicroCred.Domain;
using MicroCred.Domain.Accounts;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Web.Features.Notifications;
using MicroCred.Web.Features.Review;
using MicroCred.Web.Features.Wizard.Engine;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Guests;

/// <summary>
/// What a guest reviewer does through their link: read the version under review step by step, open comments on it and
/// reply in their own threads. The link is the only credential; it is checked on every request, so an expired or
/// withdrawn link reads and stores nothing.
/// </summary>
public sealed class GuestReviewHandler(
    MicroCredDbContext db, StepDefinitions definitions, DependencyFinder dependencies, ReviewNotifications notifications, IClock clock, ILogger<GuestReviewHandler> logger)
{
    public async Task<GuestPage> ReadAsync(string? token, WizardStep step, NewCommentForm? form, CancellationToken ct, KeptReply? kept = null)
    {
        var link = await OpenAsync(token, ct);
        if (link.Problem is { } problem)
        {
            return GuestPage.Unusable(problem);
        }

        if (!definitions.Has(step))
        {
            return GuestPage.NotFound;
        }

        var (guest, design) = (link.Guest!, link.Design!);
        var under = await UnderReviewAsync(design, ct);
        var header = new GuestHeader(token!, design.Title, guest.FullName, guest.ExpiresAt, under?.Version.Number, under?.Version.SubmittedAt);
        form ??= new NewCommentForm { Step = (int)step };
        if (under is null)
        {
            return GuestPage.Of(new GuestReadingViewModel(header, null, form, null, kept?.Error));
        }

        var (review, version) = under.Value;
        var view = await FrozenStepReader.ReadAsync(db, definitions, dependencies, version.ReadContent(), step, ct);
        var labels = FrozenValues.Labels(view.Sections);
        var own = await OwnThreadsAsync(guest, review, ct);
        var threads = own.Where(c => c.Step == step).Select(c =>
            {
                var label = labels.GetValueOrDefault(c.FieldPath ?? "") ?? (c.FieldPath is null ? null : "a field of this step");
                var text = kept is { } k && k.CommentId == c.Id ? k.Text : null;
                return new ThreadView(c, label, CanReply: c.Status != CommentStatus.Closed, false, false, false, $"/guest/{token}?step={(int)step}", text)
                {
                    PostBase = $"/guest/{token}/comments/{c.Id}",
                };
            }).ToList();
        var counts = own.Where(c => c.Status == CommentStatus.Open).GroupBy(c => c.Step).ToDictionary(g => g.Key, g => g.Count());
        var frozen = new FrozenStepModel(StepCatalog.Get(step), view.Sections, threads, counts, CanComment: true, $"/guest/{token}");
        return GuestPage.Of(new GuestReadingViewModel(header, frozen, form,
            form.FieldPath is { Length: > 0 } path ? labels.GetValueOrDefault(path) : null, kept?.Error));
    }

    /// <summary>The guest opens a thread on a step, a field or a row of the version under review.</summary>
    public async Task<GuestAction> CommentAsync(string? token, NewCommentForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var link = await OpenAsync(token, ct);
        if (link.Problem is { } problem)
        {
            return GuestAction.Unusable(problem);
        }

        var (guest, design) = (link.Guest!, link.Design!);
        var step = (WizardStep)form.Step;
        if (!definitions.Has(step))
        {
            return GuestAction.NotFound;
        }

        var under = await UnderReviewAsync(design, ct);
        try
        {
            if (under is null)
            {
                throw new DomainException("No version of this design is under review any more, so comments cannot be added. Thank you for your help.");
            }

            var (review, version) = under.Value;
            if (!string.IsNullOrWhiteSpace(form.FieldPath)
                && !await FrozenStepReader.IsFieldOfStepAsync(db, definitions, dependencies, version, step, form.FieldPath, form.RowId, ct))
            {
                throw new DomainException("The field this comment points at is not part of this step of the version; comment on the whole step instead.");
            }

            var now = clock.Now;
            var author = CommentAuthor.Guest(guest, design, now);
            var (comment, entry) = ReviewComment.Open(review, author, step, form.FieldPath, form.RowId, form.Text ?? "", now);
            db.ReviewComments.Add(comment);
            db.TimelineEntries.Add(entry);
            await notifications.CommentAddedAsync(design, comment, ct);
            await db.SaveChangesAsync(ct);
        }
        catch (DomainException ex)
        {
            return GuestAction.Refused(ex.Message);
        }

        await notifications.SendEmailsAsync(ct);

        logger.LogInformation("Guest reviewer {GuestId} commented on design {DesignId} step {Step}", guest.Id, design.Id, form.Step);
        return GuestAction.Done("Your comment is saved. The reviewer and the course team can now read it.");
    }

    /// <summary>The guest replies in a thread they opened themselves; any other thread is not theirs to see.</summary>
    public async Task<GuestAction> ReplyAsync(string? token, Guid commentId, ThreadActionForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var link = await OpenAsync(token, ct);
        if (link.Problem is { } problem)
        {
            return GuestAction.Unusable(problem);
        }

        var (guest, design) = (link.Guest!, link.Design!);
        var comment = await db.ReviewComments.SingleOrDefaultAsync(
            c => c.Id == commentId && c.DesignId == design.Id && c.AuthorRole == CommentRole.Guest && c.AuthorId == guest.Id, ct);
        if (comment is null)
        {
            return GuestAction.NotFound;
        }

        var step = comment.Step;
        if (form.Version is { } seen && seen != comment.Version)
        {
            return GuestAction.Conflict(step);
        }

        try
        {
            var now = clock.Now;
            var reply = comment.Reply(CommentAuthor.Guest(guest, design, now), form.Text ?? "", now);
            if (form.Version is { } original)
            {
                db.Entry(comment).Property(c => c.Version).OriginalValue = original;
            }

            await notifications.CommentAnsweredAsync(design, comment, reply, ct);
            await db.SaveChangesAsync(ct);
        }
        catch (DomainException ex)
        {
            return GuestAction.Refused(ex.Message, step);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return GuestAction.Conflict(step);
        }

        await notifications.SendEmailsAsync(ct);
        logger.LogInformation("Guest reviewer {GuestId} replied to comment {CommentId} on design {DesignId}", guest.Id, commentId, design.Id);
        return GuestAction.Done("Reply sent.", step);
    }

    /// <summary>The guest behind a link, or why the link cannot be used. The first use of a valid link records that it was opened.</summary>
    private async Task<GuestLink> OpenAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return new GuestLink(GuestLinkProblem.Unknown, null, null);
        }

        var hash = SecretToken.Hash(token);
        var guest = await db.GuestReviewers.SingleOrDefaultAsync(g => g.TokenHash == hash, ct);
        if (guest is null)
        {
            return new GuestLink(GuestLinkProblem.Unknown, null, null);
        }

        var now = clock.Now;
        switch (guest.StateAt(now))
        {
            case InvitationState.Revoked:
                return new GuestLink(GuestLinkProblem.Withdrawn, null, null);
            case InvitationState.Expired:
                return new GuestLink(GuestLinkProblem.Expired, null, null);
        }

        var design = await db.CourseDesigns.AsNoTracking().Include(d => d.Members).SingleAsync(d => d.Id == guest.DesignId, ct);
        if (guest.AcceptedAt is null)
        {
            guest.Accept(token, now);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Opened in two tabs at once: the other request stored the first opening.
                db.ChangeTracker.Clear();
                guest = await db.GuestReviewers.SingleAsync(g => g.TokenHash == hash, ct);
            }
        }

        return new GuestLink(null, guest, design);
    }

    /// <summary>The open review and its frozen version, if a version of the design is under review now.</summary>
    private async Task<(Domain.Reviews.Review Review, DesignVersion Version)?> UnderReviewAsync(CourseDesign design, CancellationToken ct)
    {
        if (design.VersionUnderReview is not { } number)
        {
            return null;
        }

        var version = await db.DesignVersions.AsNoTracking().SingleOrDefaultAsync(v => v.DesignId == design.Id && v.Number == number, ct);
        var review = version is null ? null : await db.Reviews.AsNoTracking().SingleOrDefaultAsync(r => r.VersionId == version.Id, ct);
        return review is null || !review.IsOpen ? null : (review, version!);
    }

    private async Task<List<ReviewComment>> OwnThreadsAsync(GuestReviewer guest, Domain.Reviews.Review review, CancellationToken ct) =>
        await db.ReviewComments.AsNoTracking()
            .Where(c => c.ReviewId == review.Id && c.AuthorRole == CommentRole.Guest && c.AuthorId == guest.Id)
            .OrderBy(c => c.CreatedAt).ToListAsync(ct);

    private sealed record GuestLink(GuestLinkProblem? Problem, GuestReviewer? Guest, CourseDesign? Design);
}

/// <summary>Who is reading what, shown at the top of every guest page.</summary>
public sealed record GuestHeader(string Token, string DesignTitle, string GuestName, DateTimeOffset ExpiresAt, int? VersionNumber, DateTimeOffset? SubmittedAt);

/// <param name="Frozen">The step of the version under review; null when no version is under review now.</param>
public sealed record GuestReadingViewModel(GuestHeader Header, FrozenStepModel? Frozen, NewCommentForm Form, string? FormFieldLabel, string? Error);

/// <summary>A refused reply, shown again in its thread with the text kept.</summary>
public sealed record KeptReply(Guid CommentId, string? Text, string Error);

public sealed record GuestPage(GuestLinkProblem? Problem, GuestReadingViewModel? Model)
{
    public static GuestPage NotFound { get; } = new(null, null);

    public static GuestPage Unusable(GuestLinkProblem problem) => new(problem, null);

    public static GuestPage Of(GuestReadingViewModel model) => new(null, model);
}

public sealed record GuestAction(GuestActionKind Kind, string Message = "", GuestLinkProblem? Problem = null, WizardStep? Step = null)
{
    public static GuestAction NotFound { get; } = new(GuestActionKind.NotFound);

    public static GuestAction Unusable(GuestLinkProblem problem) => new(GuestActionKind.Unusable, "", problem);

    public static GuestAction Refused(string message, WizardStep? step = null) => new(GuestActionKind.Refused, message, null, step);

    public static GuestAction Conflict(WizardStep step) => new(GuestActionKind.Refused,
        "This thread changed while you were writing. Nothing was sent; your text is kept below — read the thread again, then send it.", null, step);

    public static GuestAction Done(string message, WizardStep? step = null) => new(GuestActionKind.Done, message, null, step);
}

public enum GuestActionKind
{
    Done,
    Refused,
    NotFound,
    Unusable,
}
