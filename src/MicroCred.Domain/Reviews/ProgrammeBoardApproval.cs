using MicroCred.Domain.Designs;

namespace MicroCred.Domain.Reviews;

/// <summary>A programme board's (or faculty's) recorded decision to approve the course, with its minutes reference.</summary>
public sealed class ProgrammeBoardApproval
{
    public const int BodyMaxLength = 200;
    public const int ReferenceMaxLength = 200;

    private ProgrammeBoardApproval()
    {
    }

    private ProgrammeBoardApproval(Guid designId, Guid boardId, string body, DateOnly approvedOn, string reference, Actor recordedBy, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        DesignId = designId;
        BoardId = boardId;
        Body = body;
        ApprovedOn = approvedOn;
        Reference = reference;
        RecordedById = recordedBy.UserId;
        RecordedByName = recordedBy.Name;
        RecordedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid DesignId { get; private set; }

    /// <summary>The row id of the board in step W5 (SupportServices.ProgrammeBoards).</summary>
    public Guid BoardId { get; private set; }
    public string Body { get; private set; } = "";
    public DateOnly ApprovedOn { get; private set; }
    public string Reference { get; private set; } = "";
    public Guid RecordedById { get; private set; }
    public string RecordedByName { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Records a board approval; only an institution administrator (or a QA officer) may do so, never with a future date.</summary>
    public static (ProgrammeBoardApproval Approval, TimelineEntry Entry) Record(
        CourseDesign design, Guid boardId, string body, DateOnly approvedOn, string reference, Actor recordedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(recordedBy);
        if (!recordedBy.IsInstitutionAdmin && !recordedBy.IsQaOfficer)
        {
            throw new DomainException("Only an institution administrator or a quality assurance officer can record a programme board approval.");
        }

        if (string.IsNullOrWhiteSpace(body) || body.Trim().Length > BodyMaxLength)
        {
            throw new DomainException($"Name the board that approved the course (at most {BodyMaxLength} characters).");
        }

        if (string.IsNullOrWhiteSpace(reference) || reference.Trim().Length > ReferenceMaxLength)
        {
            throw new DomainException($"Give the reference of the board's decision, such as the minutes number (at most {ReferenceMaxLength} characters).");
        }

        if (approvedOn > DateOnly.FromDateTime(now.UtcDateTime))
        {
            throw new DomainException("A board approval cannot be dated in the future.");
        }

        var approval = new ProgrammeBoardApproval(design.Id, boardId, body.Trim(), approvedOn, reference.Trim(), recordedBy, now);
        var entry = TimelineEntry.Create(design.Id, TimelineEvent.ProgrammeBoardApprovalRecorded, recordedBy, now,
            $"{approval.Body} approved the course on {ReviewText.Date(approvedOn)} (reference {approval.Reference}).");
        return (approval, entry);
    }

    /// <summary>The reference given to approvals carried over from step 5, which did not ask for one.</summary>
    public const string CarriedOverReference = "Approval typed in step 5";

    /// <summary>
    /// Turns an approval once typed into step 5 (before the records became the one place for approvals) into a record, dated
    /// as the team typed it (or the day the step was last saved) and noted on the timeline. Used once per board by the
    /// start-up data move.
    /// </summary>
    public static (ProgrammeBoardApproval Approval, TimelineEntry Entry) CarriedOverFromStep5(
        Guid designId, Designs.Steps.ProgrammeBoard board, DateOnly approvedOn, Guid recordedById, string recordedByName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(board);
        var body = string.IsNullOrWhiteSpace(board.BoardName) ? "Programme board" : board.BoardName.Trim();
        body = body.Length > BodyMaxLength ? body[..BodyMaxLength] : body;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var approval = new ProgrammeBoardApproval(designId, board.Id, body, approvedOn > today ? today : approvedOn, CarriedOverReference,
            new Actor(recordedById, recordedByName, Guid.Empty, []), now);
        var entry = TimelineEntry.Create(designId, TimelineEvent.ProgrammeBoardApprovalRecorded, recordedById, recordedByName, now,
            $"The approval by {body} of {ReviewText.Date(approval.ApprovedOn)}, typed in step 5, is now on record with the other approvals.");
        return (approval, entry);
    }

    /// <summary>Removes an approval recorded by mistake; refused once the design is published or while a version is under review.</summary>
    public TimelineEntry Remove(CourseDesign design, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(by);
        if (!by.IsInstitutionAdmin && !by.IsQaOfficer)
        {
            throw new DomainException("Only an institution administrator or a quality assurance officer can remove a programme board approval.");
        }

        RecordRemoval.EnsureAllowed(design);
        return TimelineEntry.Create(DesignId, TimelineEvent.ProgrammeBoardApprovalRemoved, by, now,
            $"The approval by {Body} of {ReviewText.Date(ApprovedOn)} (reference {Reference}) was removed from the record.");
    }
}
