namespace MicroCred.Domain.Notifications;

/// <summary>Something a user should know about, shown in their in-app list until they mark it read.</summary>
public sealed class Notification
{
    public const int TextMaxLength = 500;
    public const int LinkMaxLength = 300;

    private Notification()
    {
    }

    private Notification(Guid userId, Guid? designId, NotificationKind kind, string text, string link, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        DesignId = designId;
        Kind = kind;
        Text = text;
        Link = link;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public Guid? DesignId { get; private set; }
    public NotificationKind Kind { get; private set; }
    public string Text { get; private set; } = "";

    /// <summary>A path inside the portal ("/designs/…/timeline"), never an absolute URL.</summary>
    public string Link { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    public bool IsRead => ReadAt is not null;

    public static Notification Create(Guid userId, Guid? designId, NotificationKind kind, string text, string link, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException("A notification needs a text.");
        }

        if (string.IsNullOrWhiteSpace(link) || !link.StartsWith('/') || link.StartsWith("//", StringComparison.Ordinal) || link.Length > LinkMaxLength)
        {
            throw new DomainException("A notification links to a page of the portal.");
        }

        var trimmed = text.Trim();
        if (trimmed.Length > TextMaxLength)
        {
            trimmed = trimmed[..(TextMaxLength - 1)] + "…";
        }

        return new Notification(userId, designId, kind, trimmed, link, now);
    }

    /// <summary>Marks it read; reading it again keeps the first time.</summary>
    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}

public enum NotificationKind
{
    VersionSubmitted,
    ReviewClaimed,
    CommentAdded,
    CommentAnswered,
    DecisionMade,
    EvaluationCommented,
    EvaluationSignedOff,
    EvaluationDue,
    EvaluationOverdue,
    ActionDeadline,
    SurveyClosed,
}
