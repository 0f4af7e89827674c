namespace MicroCred.Domain.Designs;

/// <summary>
/// The aggregate root of a joint micro-credential course design: its identity, lifecycle state and team.
/// The content of the 21 wizard steps is stored per step (see DesignStep) so that each step has its own
/// concurrency token and history.
/// </summary>
public sealed partial class CourseDesign
{
    public const int TitleMaxLength = 200;

    private readonly List<DesignMember> _members = [];

    private CourseDesign()
    {
    }

    private CourseDesign(Guid id, string title, Guid leadInstitutionId, Guid createdById, DateTimeOffset now)
    {
        Id = id;
        Title = title;
        LeadInstitutionId = leadInstitutionId;
        CreatedById = createdById;
        CreatedAt = now;
        UpdatedAt = now;
        Status = DesignStatus.Draft;
        Version = Guid.NewGuid();
    }

    public Guid Id { get; private set; }
    public string Title { get; private set; } = "";
    public Guid LeadInstitutionId { get; private set; }
    public DesignStatus Status { get; private set; }
    public Guid CreatedById { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public Guid Version { get; private set; }

    public IReadOnlyCollection<DesignMember> Members => _members;

    /// <summary>Starts a design; the creator becomes its team leader.</summary>
    public static CourseDesign Start(string title, Guid leadInstitutionId, Guid leaderUserId, Guid leaderInstitutionId, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainException("A course design needs a working title.");
        }

        var design = new CourseDesign(Guid.NewGuid(), title.Trim(), leadInstitutionId, leaderUserId, now);
        design._members.Add(new DesignMember(design.Id, leaderUserId, leaderInstitutionId, DesignRole.TeamLeader, now));
        return design;
    }

    public bool IsMember(Guid userId) => _members.Any(m => m.UserId == userId);

    public bool IsLeader(Guid userId) => _members.Any(m => m.UserId == userId && m.Role == DesignRole.TeamLeader);

    /// <summary>
    /// Gives the design a new title (the course title of step 7). Returns the timeline entry that records it, or null when the
    /// title does not change.
    /// </summary>
    public Reviews.TimelineEntry? Rename(string title, Guid byId, string byName, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainException("A course design needs a working title.");
        }

        var previous = Title;
        var next = title.Trim();
        if (string.Equals(previous, next, StringComparison.Ordinal))
        {
            return null;
        }

        Title = next;
        Touch(now);
        return Reviews.TimelineEntry.Create(Id, Reviews.TimelineEvent.Renamed, byId, byName, now, RenameSummary(previous, next));
    }

    /// <summary>How a rename reads in the history and on the timeline.</summary>
    public static string RenameSummary(string previous, string next) => $"The design was renamed from \"{previous}\" to \"{next}\".";

    public DesignMember AddMember(Guid userId, Guid institutionId, DateTimeOffset now)
    {
        if (IsMember(userId))
        {
            throw new DomainException("This person is already on the course team.");
        }

        var member = new DesignMember(Id, userId, institutionId, DesignRole.TeamMember, now);
        _members.Add(member);
        Touch(now);
        return member;
    }

    public void RemoveMember(Guid userId, DateTimeOffset now)
    {
        var member = _members.SingleOrDefault(m => m.UserId == userId)
            ?? throw new DomainException("This person is not on the course team.");
        if (member.Role == DesignRole.TeamLeader)
        {
            throw new DomainException("The team leader cannot be removed from the team.");
        }

        _members.Remove(member);
        Touch(now);
    }

    public void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }
}

public sealed class DesignMember
{
    private DesignMember()
    {
    }

    internal DesignMember(Guid designId, Guid userId, Guid institutionId, DesignRole role, DateTimeOffset now)
    {
        DesignId = designId;
        UserId = userId;
        InstitutionId = institutionId;
        Role = role;
        JoinedAt = now;
    }

    public Guid DesignId { get; private set; }
    public Guid UserId { get; private set; }
    public Guid InstitutionId { get; private set; }
    public DesignRole Role { get; private set; }
    public DateTimeOffset JoinedAt { get; private set; }
}

public enum DesignRole
{
    TeamLeader,
    TeamMember,
}

/// <summary>Lifecycle states of DOMAIN.md 4.2.</summary>
public enum DesignStatus
{
    Draft,
    DesignReview,
    InDevelopment,
    DevelopmentReview,
    ReadyForApproval,
    Published,
    Retired,
}
