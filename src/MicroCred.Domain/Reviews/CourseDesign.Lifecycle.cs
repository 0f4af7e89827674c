using MicroCred.Domain.Checks;
using MicroCred.Domain.Evaluations;
using MicroCred.Domain.Reviews;

namespace MicroCred.Domain.Designs;

/// <summary>What a submission creates: the frozen version, its review and the timeline entry.</summary>
public sealed record Submission(DesignVersion Version, Review Review, TimelineEntry Entry);

/// <summary>What a gate decision creates: the decision and the timeline entry.</summary>
public sealed record DecisionResult(QualityGateDecision Decision, TimelineEntry Entry);

// The review lifecycle of the design (DOMAIN.md 4.2); the transition table is DesignLifecycle.
public sealed partial class CourseDesign
{
    /// <summary>The number of the last submitted version; 0 before the first submission.</summary>
    public int LastVersionNumber { get; private set; }

    /// <summary>The version waiting for a gate decision, if any.</summary>
    public int? VersionUnderReview { get; private set; }
    public Gate? GateUnderReview { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }

    public bool IsUnderReview => VersionUnderReview is not null;

    /// <summary>While a revision is open: the published version it started from, which stays on offer until the revision is published.</summary>
    public int? RevisionOf { get; private set; }

    /// <summary>A version of the course is published and runs cohorts: the course itself, or a revision in progress beside it.</summary>
    public bool HasPublishedVersion => Status == DesignStatus.Published || (RevisionOf is not null && Status != DesignStatus.Retired);

    /// <summary>The gate the next submission goes to: a minor revision still in draft goes straight to approval for publication.</summary>
    public Gate? GateForSubmission(RevisionKind? revision) =>
        IsMinorRevisionDraft(revision) ? Gate.G3 : NextGate;

    private bool IsMinorRevisionDraft(RevisionKind? revision) =>
        RevisionOf is not null && Status == DesignStatus.Draft && !IsUnderReview && revision == RevisionKind.Minor;

    /// <summary>The gate the next submission goes to, or null when the design cannot be submitted now.</summary>
    public Gate? NextGate => DesignLifecycle.GateForSubmission(Status, IsUnderReview);

    public bool CanDo(LifecycleAction action) => DesignLifecycle.IsAllowed(Status, IsUnderReview, action);

    /// <summary>Whether the team may edit the step now: not after publication, and not while the gate under review covers it.</summary>
    public bool CanEdit(WizardStep step) => WhyLocked(step) is null;

    /// <summary>Why the step cannot be edited now, or null when it can.</summary>
    public string? WhyLocked(WizardStep step)
    {
        if (Status == DesignStatus.Published)
        {
            return "The course is published; start a revision to change it.";
        }

        if (Status == DesignStatus.Retired)
        {
            return "The course design is retired.";
        }

        if (GateUnderReview is { } gate && GateScope.LockedDuring(gate).Contains(step))
        {
            return $"Version {VersionUnderReview} is in {ReviewText.Gate(gate)}; this step can be changed again after the decision.";
        }

        return null;
    }

    /// <summary>
    /// True when <paramref name="last"/> (the latest frozen version) came back with requested changes or was rejected and
    /// neither the design nor its gate records have changed since: submitting it again would ask the same question.
    /// </summary>
    public static bool NothingChangedSince(DesignVersion? last, DesignContent content, GateFacts facts)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(facts);
        if (last is not { Outcome: DecisionOutcome.ChangesRequested or DecisionOutcome.Rejected, DecidedAt: { } decidedAt })
        {
            return false;
        }

        var recordedSince = facts.BoardApprovals.Any(a => a.RecordedAt > decidedAt)
            || facts.Signatures.Any(s => s.RecordedAt > decidedAt)
            || facts.ExternalReviews.Any(r => r.RecordedAt > decidedAt);
        return !recordedSince && string.Equals(DesignSnapshot.Serialize(content), DesignSnapshot.Serialize(last.ReadContent()), StringComparison.Ordinal);
    }

    /// <summary>
    /// The team leader freezes the current content as the next version and sends it to the next gate.
    /// Refused while a version is under review, while any gate condition is unmet, and when a returned version would be
    /// sent again without any change (<paramref name="lastVersion"/>: the latest frozen version, if any).
    /// </summary>
    /// <param name="revision">For a revision of a published course, how far it reaches (see RevisionScope); a minor one still in draft goes to G3.</param>
    public Submission Submit(
        Actor leader, DesignContent content, IReadOnlyList<Finding> findings, GateFacts facts, DateTimeOffset now, DesignVersion? lastVersion = null, RevisionKind? revision = null)
    {
        ArgumentNullException.ThrowIfNull(leader);
        ArgumentNullException.ThrowIfNull(content);
        if (IsUnderReview)
        {
            throw new DomainException(
                $"Version {VersionUnderReview} is already in {ReviewText.Gate(GateUnderReview!.Value)} since {ReviewText.Date(SubmittedAt!.Value)}; wait for the decision before submitting again.");
        }

        var next = DesignLifecycle.Require(Status, IsUnderReview, LifecycleAction.Submit);
        if (!IsLeader(leader.UserId))
        {
            throw new DomainException("Only the team leader can submit the design for review.");
        }

        if (NothingChangedSince(lastVersion, content, facts))
        {
            var what = lastVersion!.Outcome == DecisionOutcome.Rejected ? "was rejected" : "came back with requested changes";
            throw new DomainException(
                $"Nothing has changed since version {lastVersion.Number} {what}. Change the design as the decision and the review comments ask, then submit it again.");
        }

        var minor = IsMinorRevisionDraft(revision);
        if (minor)
        {
            next = DesignStatus.ReadyForApproval;
        }

        var gate = GateForSubmission(revision)!.Value;
        var unmet = GateConditions.Evaluate(gate, content, findings, facts);
        if (unmet.Count > 0)
        {
            var first = string.Join(" ", unmet.Take(3).Select(u => u.Message));
            var more = unmet.Count > 3 ? $" And {unmet.Count - 3} more." : "";
            throw new DomainException($"The design cannot go to {ReviewText.Gate(gate)} yet: {first}{more}");
        }

        var version = new DesignVersion(Id, LastVersionNumber + 1, gate, leader, now, DesignSnapshot.Serialize(content))
        {
            RevisionKind = RevisionOf is null ? null : minor ? RevisionKind.Minor : RevisionKind.Major,
        };
        LastVersionNumber = version.Number;
        VersionUnderReview = version.Number;
        GateUnderReview = gate;
        SubmittedAt = now;
        Status = next;
        Touch(now);
        var kindWords = version.RevisionKind switch
        {
            RevisionKind.Minor => " as a minor revision",
            RevisionKind.Major => " as a major revision",
            _ => "",
        };
        var entry = TimelineEntry.Create(Id, TimelineEvent.Submitted, leader, now,
            $"Version {version.Number} submitted for {ReviewText.Gate(gate)}{kindWords}.", version.Number, gate);
        return new Submission(version, Review.Open(version), entry);
    }

    /// <summary>The reviewer who claimed the review decides; the design moves on, or back to its working state.</summary>
    public DecisionResult Decide(Review review, DesignVersion version, Actor reviewer, DecisionOutcome outcome, string summary,
        IReadOnlyList<CriterionVerdict> verdicts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(reviewer);
        var action = outcome switch
        {
            DecisionOutcome.Approved => LifecycleAction.Approve,
            DecisionOutcome.ChangesRequested => LifecycleAction.RequestChanges,
            _ => LifecycleAction.Reject,
        };
        var next = DesignLifecycle.Require(Status, IsUnderReview, action);

        // A minor revision never went through design or development review: when G3 returns it, it goes back to draft.
        if (action != LifecycleAction.Approve && version.RevisionKind == RevisionKind.Minor)
        {
            next = DesignStatus.Draft;
        }

        if (review.DesignId != Id || version.DesignId != Id || review.VersionId != version.Id)
        {
            throw new DomainException("This review and version do not belong to this course design.");
        }

        if (version.Number != VersionUnderReview)
        {
            throw new DomainException($"Version {version.Number} is not the version under review.");
        }

        Review.EnsureCanReview(reviewer, this);
        review.EnsureDecidableBy(reviewer);
        var decision = QualityGateDecision.Create(review, reviewer, outcome, summary, verdicts, now);

        version.RecordOutcome(outcome, now);
        review.MarkDecided(now);
        var gate = GateUnderReview!.Value;
        VersionUnderReview = null;
        GateUnderReview = null;
        Status = next;
        if (next == DesignStatus.Published)
        {
            RevisionOf = null;
        }

        Touch(now);

        var (what, words) = outcome switch
        {
            DecisionOutcome.Approved => (TimelineEvent.Approved, "approved"),
            DecisionOutcome.ChangesRequested => (TimelineEvent.ChangesRequested, "returned with requested changes"),
            _ => (TimelineEvent.Rejected, "rejected"),
        };
        var entry = TimelineEntry.Create(Id, what, reviewer, now,
            $"Version {version.Number} {words} at {ReviewText.Gate(gate)}; the design is now {ReviewText.Status(Status)}.", version.Number, gate);
        return new DecisionResult(decision, entry);
    }

    /// <summary>The team leader stops a design that is still being worked on.</summary>
    public TimelineEntry Withdraw(Actor leader, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(leader);
        var next = DesignLifecycle.Require(Status, IsUnderReview, LifecycleAction.Withdraw);
        if (!IsLeader(leader.UserId))
        {
            throw new DomainException("Only the team leader can withdraw the design.");
        }

        if (RevisionOf is { } published)
        {
            // Withdrawing retires the design, and with it the published course the revision started from.
            throw new DomainException(
                $"This draft revises published version {published}, which stays on offer meanwhile. Withdrawing it would take the published course off offer too, so it cannot be withdrawn; carry on with the revision and submit it when it is ready.");
        }

        var why = RequireReason(reason, "withdrawing");
        Status = next;
        Touch(now);
        return TimelineEntry.Create(Id, TimelineEvent.Withdrawn, leader, now, $"Design withdrawn by the team leader: {why}");
    }

    /// <summary>The team leader or an institution administrator of the lead institution takes a published course off the offer.</summary>
    public TimelineEntry Retire(Actor actor, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var next = DesignLifecycle.Require(Status, IsUnderReview, LifecycleAction.Retire);
        if (!IsLeader(actor.UserId) && !(actor.IsInstitutionAdmin && actor.InstitutionId == LeadInstitutionId))
        {
            throw new DomainException("Only the team leader or an institution administrator of the lead institution can retire the course.");
        }

        var why = RequireReason(reason, "retiring");
        Status = next;
        Touch(now);
        return TimelineEntry.Create(Id, TimelineEvent.Retired, actor, now, $"Course retired: {why}");
    }

    /// <summary>
    /// A published course goes back to draft as a revision; the published version stays on offer (cohorts keep running on it)
    /// until the revision is approved for publication. The next submission goes to G1, or to G3 when the revision is minor.
    /// </summary>
    public TimelineEntry StartRevision(Actor leader, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(leader);
        var next = DesignLifecycle.Require(Status, IsUnderReview, LifecycleAction.StartRevision);
        if (!IsLeader(leader.UserId))
        {
            throw new DomainException("Only the team leader can start a revision.");
        }

        var why = RequireReason(reason, "revising");
        RevisionOf = LastVersionNumber;
        Status = next;
        Touch(now);
        return TimelineEntry.Create(Id, TimelineEvent.RevisionStarted, leader, now, $"Revision started after version {LastVersionNumber}: {why}");
    }

    /// <summary>
    /// The team leader drops an open revision that is not under review: the design is the published course again (the
    /// caller puts the published version's content back into the steps). Versions the revision submitted stay in the history.
    /// </summary>
    public TimelineEntry DiscardRevision(Actor leader, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(leader);
        if (RevisionOf is not { } published || !DesignLifecycle.IsWorkingState(Status))
        {
            throw new DomainException("There is no open revision to discard.");
        }

        if (!IsLeader(leader.UserId))
        {
            throw new DomainException("Only the team leader can discard the revision.");
        }

        if (VersionUnderReview is { } pending)
        {
            throw new DomainException(
                $"Version {pending} of the revision is under review, so the revision cannot be discarded now. Wait for the reviewer's decision; after it, you can discard the revision.");
        }

        RevisionOf = null;
        Status = DesignStatus.Published;
        Touch(now);
        return TimelineEntry.Create(Id, TimelineEvent.RevisionDiscarded, leader, now,
            $"Revision discarded by the team leader: the design is back to published version {published}, which stays on offer.");
    }

    private static string RequireReason(string reason, string doing)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException($"Give a reason for {doing} the course design.");
        }

        return reason.Trim();
    }
}
