using MicroCred.Domain.Checks;

namespace MicroCred.Domain.Reviews;

/// <summary>What happened to a design, shown on its timeline. Every review and lifecycle method returns one.</summary>
public sealed record TimelineEntry(
    Guid Id,
    Guid DesignId,
    TimelineEvent Event,
    Guid? ActorId,
    string ActorName,
    DateTimeOffset At,
    string Summary)
{
    public int? VersionNumber { get; init; }
    public Gate? Gate { get; init; }

    internal static TimelineEntry Create(Guid designId, TimelineEvent what, Actor? who, DateTimeOffset at, string summary, int? version = null, Gate? gate = null) =>
        new(Guid.NewGuid(), designId, what, who?.UserId, who?.Name ?? "MicroCred", at, summary) { VersionNumber = version, Gate = gate };

    internal static TimelineEntry Create(Guid designId, TimelineEvent what, Guid? whoId, string whoName, DateTimeOffset at, string summary, int? version = null, Gate? gate = null) =>
        new(Guid.NewGuid(), designId, what, whoId, whoName, at, summary) { VersionNumber = version, Gate = gate };
}

public enum TimelineEvent
{
    Submitted,
    ReviewClaimed,
    ReviewReleased,
    ReviewReassigned,
    Approved,
    ChangesRequested,
    Rejected,
    Withdrawn,
    Retired,
    RevisionStarted,
    CommentOpened,
    CommentResolved,
    CommentClosed,
    CommentReopened,
    GuestInvited,
    GuestInvitationRevoked,
    ExternalReviewRecorded,
    ProgrammeBoardApprovalRecorded,
    AgreementSigned,
    ProgrammeBoardApprovalRemoved,
    AgreementSignatureRemoved,
    ExternalReviewRemoved,
    EvaluationSignedOff,

    /// <summary>The course title (the design's name everywhere) was changed.</summary>
    Renamed,

    /// <summary>A draft revision was discarded: the steps went back to the published version.</summary>
    RevisionDiscarded,
}
