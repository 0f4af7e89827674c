using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;

namespace MicroCred.Domain.Reviews;

public enum ReviewState
{
    Waiting,
    InReview,
    Decided,
}

/// <summary>The review of one submitted version: which QA officer has claimed it and whether it is decided.</summary>
public sealed class Review
{
    private Review()
    {
    }

    private Review(DesignVersion version)
    {
        Id = Guid.NewGuid();
        DesignId = version.DesignId;
        VersionId = version.Id;
        VersionNumber = version.Number;
        Gate = version.Gate;
        OpenedAt = version.SubmittedAt;
        State = ReviewState.Waiting;
        Version = Guid.NewGuid();
    }

    public Guid Id { get; private set; }
    public Guid DesignId { get; private set; }
    public Guid VersionId { get; private set; }
    public int VersionNumber { get; private set; }
    public Gate Gate { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public ReviewState State { get; private set; }
    public Guid? ReviewerId { get; private set; }
    public string? ReviewerName { get; private set; }
    public DateTimeOffset? ClaimedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>Changes on every claim, hand-back, reassignment and decision, so two officers claiming at once cannot both win.</summary>
    public Guid Version { get; private set; }

    public bool IsOpen => State != ReviewState.Decided;

    internal static Review Open(DesignVersion version) => new(version);

    /// <summary>A QA officer who is not on the design's team takes the review. Refused when someone else already has it.</summary>
    public TimelineEntry Claim(Actor reviewer, CourseDesign design, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        EnsureSameDesign(design);
        EnsureCanReview(reviewer, design);
        switch (State)
        {
            case ReviewState.Decided:
                throw new DomainException($"The review of version {VersionNumber} is already decided.");
            case ReviewState.InReview when ReviewerId == reviewer.UserId:
                throw new DomainException("You have already claimed this review.");
            case ReviewState.InReview:
                throw new DomainException($"{ReviewerName} already claimed this review on {ReviewText.Date(ClaimedAt!.Value)}; ask an institution administrator to reassign it.");
        }

        Assign(reviewer, now);
        return TimelineEntry.Create(DesignId, TimelineEvent.ReviewClaimed, reviewer, now,
            $"{reviewer.Name} started the {ReviewText.Gate(Gate)} of version {VersionNumber}.", VersionNumber, Gate);
    }

    /// <summary>The reviewer hands the review back so that another QA officer can claim it.</summary>
    public TimelineEntry Release(Actor reviewer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        if (State != ReviewState.InReview || ReviewerId != reviewer.UserId)
        {
            throw new DomainException("Only the reviewer who claimed this review can hand it back, and only before deciding.");
        }

        State = ReviewState.Waiting;
        ReviewerId = null;
        ReviewerName = null;
        ClaimedAt = null;
        Version = Guid.NewGuid();
        return TimelineEntry.Create(DesignId, TimelineEvent.ReviewReleased, reviewer, now,
            $"{reviewer.Name} handed back the review of version {VersionNumber}.", VersionNumber, Gate);
    }

    /// <summary>An institution administrator of the lead institution gives the review to another QA officer.</summary>
    public TimelineEntry Reassign(Actor admin, Actor newReviewer, CourseDesign design, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(admin);
        ArgumentNullException.ThrowIfNull(newReviewer);
        EnsureSameDesign(design);
        if (!admin.IsInstitutionAdmin || admin.InstitutionId != design.LeadInstitutionId)
        {
            throw new DomainException("Only an institution administrator of the lead institution can reassign a review.");
        }

        if (State == ReviewState.Decided)
        {
            throw new DomainException($"The review of version {VersionNumber} is already decided.");
        }

        if (ReviewerId == newReviewer.UserId)
        {
            throw new DomainException($"{newReviewer.Name} already has this review.");
        }

        EnsureCanReview(newReviewer, design);
        var from = ReviewerName;
        Assign(newReviewer, now);
        var summary = from is null
            ? $"{admin.Name} gave the review of version {VersionNumber} to {newReviewer.Name}."
            : $"{admin.Name} moved the review of version {VersionNumber} from {from} to {newReviewer.Name}.";
        return TimelineEntry.Create(DesignId, TimelineEvent.ReviewReassigned, admin, now, summary, VersionNumber, Gate);
    }

    internal void EnsureDecidableBy(Actor reviewer)
    {
        if (State == ReviewState.Decided)
        {
            throw new DomainException($"Version {VersionNumber} has already been decided.");
        }

        if (State == ReviewState.Waiting)
        {
            throw new DomainException("Claim the review before deciding on it.");
        }

        if (ReviewerId != reviewer.UserId)
        {
            throw new DomainException($"Only {ReviewerName}, who has claimed this review, can decide on it.");
        }
    }

    internal void MarkDecided(DateTimeOffset now)
    {
        State = ReviewState.Decided;
        DecidedAt = now;
        Version = Guid.NewGuid();
    }

    private void Assign(Actor reviewer, DateTimeOffset now)
    {
        State = ReviewState.InReview;
        ReviewerId = reviewer.UserId;
        ReviewerName = reviewer.Name;
        ClaimedAt = now;
        Version = Guid.NewGuid();
    }

    private void EnsureSameDesign(CourseDesign design)
    {
        ArgumentNullException.ThrowIfNull(design);
        if (design.Id != DesignId)
        {
            throw new DomainException("This review belongs to another course design.");
        }
    }

    internal static void EnsureCanReview(Actor reviewer, CourseDesign design)
    {
        if (!reviewer.IsQaOfficer)
        {
            throw new DomainException($"{reviewer.Name} is not a quality assurance officer and cannot review designs.");
        }

        if (design.IsMember(reviewer.UserId))
        {
            throw new DomainException($"{reviewer.Name} is on the course team of this design and cannot review it.");
        }
    }
}
