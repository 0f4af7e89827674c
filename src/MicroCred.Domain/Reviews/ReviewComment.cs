using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;

namespace MicroCred.Domain.Reviews;

public enum CommentStatus
{
    Open,
    Resolved,
    Closed,
}

/// <summary>In which capacity someone takes part in a comment thread.</summary>
public enum CommentRole
{
    /// <summary>A QA officer who is not on the course team.</summary>
    Reviewer,

    /// <summary>An external guest reviewer: may read and comment, nothing else.</summary>
    Guest,

    /// <summary>A member of the course team: answers and resolves.</summary>
    Team,
}

/// <summary>The author of a comment, checked once when created: a QA reviewer, an active guest, or a team member.</summary>
public sealed record CommentAuthor(Guid Id, string Name, CommentRole Role)
{
    public static CommentAuthor Reviewer(Actor actor, CourseDesign design)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(design);
        Review.EnsureCanReview(actor, design);
        return new(actor.UserId, actor.Name, CommentRole.Reviewer);
    }

    public static CommentAuthor Team(Actor actor, CourseDesign design)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(design);
        if (!design.IsMember(actor.UserId))
        {
            throw new DomainException($"{actor.Name} is not on the course team of this design.");
        }

        return new(actor.UserId, actor.Name, CommentRole.Team);
    }

    public static CommentAuthor Guest(GuestReviewer guest, CourseDesign design, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(guest);
        ArgumentNullException.ThrowIfNull(design);
        if (guest.DesignId != design.Id)
        {
            throw new DomainException("This guest was invited to another course design.");
        }

        guest.EnsureActive(now);
        return new(guest.Id, guest.FullName, CommentRole.Guest);
    }
}

/// <summary>A reply in a comment thread.</summary>
public sealed record CommentReply(Guid Id, Guid AuthorId, string AuthorName, CommentRole AuthorRole, string Text, DateTimeOffset At);

/// <summary>
/// A reviewer's comment on a step (and optionally a field and row) of a submitted version, with its thread of replies.
/// Reviewers open comments while the version is under review; the team resolves them, the reviewer closes or reopens them.
/// </summary>
public sealed class ReviewComment
{
    public const int TextMaxLength = 4000;
    public const int FieldPathMaxLength = 300;

    private readonly List<CommentReply> _replies = [];

    private ReviewComment()
    {
    }

    private ReviewComment(Review review, CommentAuthor author, WizardStep step, string? fieldPath, Guid? rowId, string text, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        DesignId = review.DesignId;
        ReviewId = review.Id;
        VersionId = review.VersionId;
        VersionNumber = review.VersionNumber;
        Step = step;
        FieldPath = fieldPath;
        RowId = rowId;
        AuthorId = author.Id;
        AuthorName = author.Name;
        AuthorRole = author.Role;
        Text = text;
        CreatedAt = now;
        Status = CommentStatus.Open;
        Version = Guid.NewGuid();
    }

    public Guid Id { get; private set; }
    public Guid DesignId { get; private set; }
    public Guid ReviewId { get; private set; }
    public Guid VersionId { get; private set; }
    public int VersionNumber { get; private set; }
    public WizardStep Step { get; private set; }
    public string? FieldPath { get; private set; }
    public Guid? RowId { get; private set; }
    public Guid AuthorId { get; private set; }
    public string AuthorName { get; private set; } = "";
    public CommentRole AuthorRole { get; private set; }
    public string Text { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public CommentStatus Status { get; private set; }
    public Guid? ResolvedById { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public Guid? ClosedById { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Changes with every reply and status change: the replies are one column, so a stale save must be refused, not overwrite.</summary>
    public Guid Version { get; private set; }

    public IReadOnlyList<CommentReply> Replies => _replies;

    /// <summary>A reviewer or guest opens a thread on a version that is under review.</summary>
    public static (ReviewComment Comment, TimelineEntry Entry) Open(
        Review review, CommentAuthor author, WizardStep step, string? fieldPath, Guid? rowId, string text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(author);
        if (!review.IsOpen)
        {
            throw new DomainException($"Version {review.VersionNumber} is no longer under review; comments can only be added to a version under review.");
        }

        if (author.Role == CommentRole.Team)
        {
            throw new DomainException("The course team answers review comments; only reviewers open them.");
        }

        if (!Enum.IsDefined(step))
        {
            throw new DomainException("Choose the step the comment is about.");
        }

        if (fieldPath is { Length: > FieldPathMaxLength })
        {
            throw new DomainException("The field the comment points at is not valid.");
        }

        var comment = new ReviewComment(review, author, step, string.IsNullOrWhiteSpace(fieldPath) ? null : fieldPath.Trim(), rowId, CheckText(text), now);
        var entry = TimelineEntry.Create(review.DesignId, TimelineEvent.CommentOpened, author.Id, author.Name, now,
            $"{author.Name} commented on {Describe.Step(step)} of version {review.VersionNumber}.", review.VersionNumber, review.Gate);
        return (comment, entry);
    }

    /// <summary>Anyone in the review answers in the thread, until it is closed; a guest only in a thread they opened.</summary>
    public CommentReply Reply(CommentAuthor author, string text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(author);
        if (author.Role == CommentRole.Guest && (AuthorRole != CommentRole.Guest || AuthorId != author.Id))
        {
            throw new DomainException("A guest reviewer can reply only in the threads they started.");
        }

        if (Status == CommentStatus.Closed)
        {
            throw new DomainException("This comment is closed; ask the reviewer to reopen it if more needs to be said.");
        }

        var reply = new CommentReply(Guid.NewGuid(), author.Id, author.Name, author.Role, CheckText(text), now);
        _replies.Add(reply);
        Version = Guid.NewGuid();
        return reply;
    }

    /// <summary>The team marks the comment as dealt with, optionally saying how.</summary>
    public TimelineEntry Resolve(CommentAuthor author, string? note, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(author);
        if (author.Role != CommentRole.Team)
        {
            throw new DomainException("Only the course team can mark a comment as resolved.");
        }

        if (Status != CommentStatus.Open)
        {
            throw new DomainException($"Only an open comment can be resolved; this one is {Status.ToString().ToLowerInvariant()}.");
        }

        if (!string.IsNullOrWhiteSpace(note))
        {
            Reply(author, note, now);
        }

        Status = CommentStatus.Resolved;
        ResolvedById = author.Id;
        ResolvedAt = now;
        Version = Guid.NewGuid();
        return Entry(TimelineEvent.CommentResolved, author, now, "resolved");
    }

    /// <summary>A QA reviewer accepts the resolution (or drops the comment) and closes the thread.</summary>
    public TimelineEntry Close(CommentAuthor author, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(author);
        if (author.Role != CommentRole.Reviewer)
        {
            throw new DomainException("Only a quality assurance reviewer can close a comment.");
        }

        if (Status == CommentStatus.Closed)
        {
            throw new DomainException("This comment is already closed.");
        }

        Status = CommentStatus.Closed;
        ClosedById = author.Id;
        ClosedAt = now;
        Version = Guid.NewGuid();
        return Entry(TimelineEvent.CommentClosed, author, now, "closed");
    }

    /// <summary>A QA reviewer is not satisfied with the resolution, or a closed matter comes back; the thread is open again.</summary>
    public TimelineEntry Reopen(CommentAuthor author, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(author);
        if (author.Role != CommentRole.Reviewer)
        {
            throw new DomainException("Only a quality assurance reviewer can reopen a comment.");
        }

        if (Status == CommentStatus.Open)
        {
            throw new DomainException("This comment is already open.");
        }

        var reply = new CommentReply(Guid.NewGuid(), author.Id, author.Name, author.Role, CheckText(reason), now);
        _replies.Add(reply);
        Status = CommentStatus.Open;
        ResolvedById = null;
        ResolvedAt = null;
        ClosedById = null;
        ClosedAt = null;
        Version = Guid.NewGuid();
        return Entry(TimelineEvent.CommentReopened, author, now, "reopened");
    }

    private TimelineEntry Entry(TimelineEvent what, CommentAuthor author, DateTimeOffset now, string verb) =>
        TimelineEntry.Create(DesignId, what, author.Id, author.Name, now,
            $"{author.Name} {verb} a comment on {Describe.Step(Step)} of version {VersionNumber}.", VersionNumber);

    private static string CheckText(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException("Write the comment before sending it.");
        }

        var t = text.Trim();
        if (t.Length > TextMaxLength)
        {
            throw new DomainException($"A comment can be at most {TextMaxLength} characters; this one has {t.Length}.");
        }

        return t;
    }
}
