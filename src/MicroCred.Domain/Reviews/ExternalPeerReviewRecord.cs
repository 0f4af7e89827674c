using MicroCred.Domain.Designs;

namespace MicroCred.Domain.Reviews;

/// <summary>That an external peer (academic or employer) reviewed the design or the developed course, as W18 may ask.</summary>
public sealed class ExternalPeerReviewRecord
{
    public const int SummaryMaxLength = 4000;

    private ExternalPeerReviewRecord()
    {
    }

    private ExternalPeerReviewRecord(Guid designId, ExternalReviewStage stage, string reviewerName, GuestKind reviewerKind, Guid? guestReviewerId, string summary, Actor? recordedBy, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        DesignId = designId;
        Stage = stage;
        ReviewerName = reviewerName;
        ReviewerKind = reviewerKind;
        GuestReviewerId = guestReviewerId;
        Summary = summary;
        RecordedById = recordedBy?.UserId;
        RecordedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid DesignId { get; private set; }
    public ExternalReviewStage Stage { get; private set; }
    public string ReviewerName { get; private set; } = "";
    public GuestKind ReviewerKind { get; private set; }

    /// <summary>Set when the report came from a guest reviewer invited in the portal.</summary>
    public Guid? GuestReviewerId { get; private set; }
    public string Summary { get; private set; } = "";
    public Guid? RecordedById { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>A QA officer or the team leader records a report received outside the portal.</summary>
    public static (ExternalPeerReviewRecord Record, TimelineEntry Entry) Record(
        CourseDesign design, ExternalReviewStage stage, string reviewerName, GuestKind reviewerKind, string summary, Actor recordedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(recordedBy);
        if (!recordedBy.IsQaOfficer && !design.IsLeader(recordedBy.UserId))
        {
            throw new DomainException("Only a quality assurance officer or the team leader can record an external review.");
        }

        if (string.IsNullOrWhiteSpace(reviewerName))
        {
            throw new DomainException("Give the name of the external reviewer.");
        }

        return Create(design.Id, stage, reviewerName.Trim(), reviewerKind, null, summary, recordedBy, recordedBy.Name, now);
    }

    /// <summary>A guest reviewer hands in their report in the portal while the invitation is valid.</summary>
    public static (ExternalPeerReviewRecord Record, TimelineEntry Entry) FromGuest(GuestReviewer guest, ExternalReviewStage stage, string summary, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(guest);
        guest.EnsureActive(now);
        return Create(guest.DesignId, stage, guest.FullName, guest.Kind, guest.Id, summary, null, guest.FullName, now);
    }

    /// <summary>Removes a report recorded by mistake; refused once the design is published or while a version is under review.</summary>
    public TimelineEntry Remove(CourseDesign design, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(by);
        if (!by.IsQaOfficer && !design.IsLeader(by.UserId))
        {
            throw new DomainException("Only a quality assurance officer or the team leader can remove an external review.");
        }

        RecordRemoval.EnsureAllowed(design);
        return TimelineEntry.Create(DesignId, TimelineEvent.ExternalReviewRemoved, by, now, $"The external review by {ReviewerName} was removed from the record.");
    }

    private static (ExternalPeerReviewRecord, TimelineEntry) Create(
        Guid designId, ExternalReviewStage stage, string reviewerName, GuestKind kind, Guid? guestId, string summary, Actor? recordedBy, string byName, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(summary) || summary.Trim().Length > SummaryMaxLength)
        {
            throw new DomainException($"Summarise the external review (at most {SummaryMaxLength} characters).");
        }

        var record = new ExternalPeerReviewRecord(designId, stage, reviewerName, kind, guestId, summary.Trim(), recordedBy, now);
        var stageWords = stage == ExternalReviewStage.Design ? "the design" : "the developed course";
        var entry = TimelineEntry.Create(designId, TimelineEvent.ExternalReviewRecorded, recordedBy?.UserId, byName, now,
            $"External review of {stageWords} by {reviewerName} recorded.");
        return (record, entry);
    }
}

public enum ExternalReviewStage
{
    Design,
    Development,
}
