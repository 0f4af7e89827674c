using MicroCred.Domain.Checks;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Web.Features.Designs;
using MicroCred.Web.Features.Review;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Versions;

/// <summary>
/// Reads a design's timeline, its frozen versions and the changes between them, for the design's team and, read-only,
/// for the QA officers who may review it (ReviewAccess rules); everyone else gets nothing.
/// </summary>
public sealed class VersionsHandler(MicroCredDbContext db, DesignWorkspaces workspaces, ReviewAccess access)
{
    public const int TimelineSize = 500;

    public async Task<TimelineViewModel?> TimelineAsync(Guid designId, Guid userId, CancellationToken ct)
    {
        var workspace = await LoadAsync(designId, userId, ct);
        if (workspace is null)
        {
            return null;
        }

        var entries = await db.TimelineEntries.AsNoTracking()
            .Where(e => e.DesignId == designId)
            .OrderByDescending(e => e.At)
            .Take(TimelineSize)
            .ToListAsync(ct);
        var decisions = await db.QualityGateDecisions.AsNoTracking()
            .Where(d => d.DesignId == designId)
            .Select(d => new { d.VersionNumber, d.Gate, d.Summary })
            .ToListAsync(ct);
        var rows = entries
            .Select(e => new TimelineRow(
                e.At, e.ActorName, TimelineWords.Event(e.Event), e.Summary, e.VersionNumber, e.Gate,
                IsDecision(e.Event) ? decisions.FirstOrDefault(d => d.VersionNumber == e.VersionNumber && d.Gate == e.Gate)?.Summary : null))
            .ToList();
        return new TimelineViewModel(designId, workspace.Design.Title, rows, workspace.Design.IsMember(userId));
    }

    public async Task<VersionsViewModel?> VersionsAsync(Guid designId, Guid userId, CancellationToken ct)
    {
        var workspace = await LoadAsync(designId, userId, ct);
        if (workspace is null)
        {
            return null;
        }

        var versions = await db.DesignVersions.AsNoTracking()
            .Where(v => v.DesignId == designId)
            .OrderByDescending(v => v.Number)
            .Select(v => new VersionRow(v.Number, v.Gate, v.SubmittedByName, v.SubmittedAt, v.Outcome, v.DecidedAt))
            .ToListAsync(ct);
        return new VersionsViewModel(designId, workspace.Design.Title, workspace.IsLeader, versions, workspace.Design.IsMember(userId));
    }

    public async Task<ChangesViewModel?> ChangesAsync(Guid designId, int number, Guid userId, CancellationToken ct)
    {
        var workspace = await LoadAsync(designId, userId, ct);
        if (workspace is null)
        {
            return null;
        }

        var pair = await db.DesignVersions.AsNoTracking()
            .Where(v => v.DesignId == designId && (v.Number == number || v.Number == number - 1))
            .ToListAsync(ct);
        var version = pair.SingleOrDefault(v => v.Number == number);
        if (version is null)
        {
            return null;
        }

        var changes = ChangesBetween(pair.SingleOrDefault(v => v.Number == number - 1), version, workspace.InstitutionNames);
        return new ChangesViewModel(designId, workspace.Design.Title, version.Number, version.Gate, version.SubmittedByName, version.SubmittedAt, changes, workspace.Design.IsMember(userId));
    }

    /// <summary>The changes view of a version against the one before it; the review workspace can show it with the same partial.</summary>
    public VersionChanges ChangesBetween(DesignVersion? previous, DesignVersion version, IReadOnlyDictionary<Guid, string> institutionNames) =>
        VersionChanges.Between(previous, version, institutionNames);

    /// <summary>The team, or a QA officer covering the design.</summary>
    private Task<DesignWorkspace?> LoadAsync(Guid designId, Guid userId, CancellationToken ct) =>
        workspaces.LoadAsync(designId, userId, (design, token) => access.IsCoveringReviewerAsync(design, userId, token), ct);

    private static bool IsDecision(TimelineEvent e) => e is TimelineEvent.Approved or TimelineEvent.ChangesRequested or TimelineEvent.Rejected;
}

public sealed record TimelineViewModel(Guid DesignId, string Title, IReadOnlyList<TimelineRow> Entries, bool IsTeam);

public sealed record TimelineRow(DateTimeOffset At, string Who, string What, string Summary, int? Version, Gate? Gate, string? DecisionSummary);

public sealed record VersionsViewModel(Guid DesignId, string Title, bool IsLeader, IReadOnlyList<VersionRow> Versions, bool IsTeam);

public sealed record VersionRow(int Number, Gate Gate, string SubmittedBy, DateTimeOffset SubmittedAt, DecisionOutcome? Outcome, DateTimeOffset? DecidedAt);

public sealed record ChangesViewModel(Guid DesignId, string Title, int Number, Gate Gate, string SubmittedBy, DateTimeOffset SubmittedAt, VersionChanges Changes, bool IsTeam);

/// <summary>How review events, gates and outcomes read on screen.</summary>
public static class TimelineWords
{
    public static string Event(TimelineEvent e) => e switch
    {
        TimelineEvent.Submitted => "Version submitted",
        TimelineEvent.ReviewClaimed => "Review started",
        TimelineEvent.ReviewReleased => "Review handed back",
        TimelineEvent.ReviewReassigned => "Review reassigned",
        TimelineEvent.Approved => "Approved",
        TimelineEvent.ChangesRequested => "Changes requested",
        TimelineEvent.Rejected => "Rejected",
        TimelineEvent.Withdrawn => "Design withdrawn",
        TimelineEvent.Retired => "Course retired",
        TimelineEvent.RevisionStarted => "Revision started",
        TimelineEvent.RevisionDiscarded => "Revision discarded",
        TimelineEvent.CommentOpened => "Comment",
        TimelineEvent.CommentResolved => "Comment resolved",
        TimelineEvent.CommentClosed => "Comment closed",
        TimelineEvent.CommentReopened => "Comment reopened",
        TimelineEvent.GuestInvited => "Guest reviewer invited",
        TimelineEvent.GuestInvitationRevoked => "Guest access withdrawn",
        TimelineEvent.ExternalReviewRecorded => "External review recorded",
        TimelineEvent.ProgrammeBoardApprovalRecorded => "Board approval recorded",
        TimelineEvent.AgreementSigned => "Agreement signed",
        TimelineEvent.ProgrammeBoardApprovalRemoved => "Board approval removed",
        TimelineEvent.AgreementSignatureRemoved => "Signature removed",
        TimelineEvent.ExternalReviewRemoved => "External review removed",
        TimelineEvent.EvaluationSignedOff => "Annual evaluation signed off",
        TimelineEvent.Renamed => "Design renamed",
        _ => e.ToString(),
    };

    public static string Gate(Gate gate) => gate switch
    {
        MicroCred.Domain.Checks.Gate.G1 => "Design review",
        MicroCred.Domain.Checks.Gate.G2 => "Development review",
        _ => "Approval for publication",
    };

    public static string Outcome(DecisionOutcome? outcome) => outcome switch
    {
        null => "Under review",
        DecisionOutcome.Approved => "Approved",
        DecisionOutcome.ChangesRequested => "Changes requested",
        _ => "Rejected",
    };

    public static string OutcomeCss(DecisionOutcome? outcome) => outcome switch
    {
        null => "tag-blue",
        DecisionOutcome.Approved => "tag-green",
        DecisionOutcome.ChangesRequested => "tag-yellow",
        _ => "tag-red",
    };
}
