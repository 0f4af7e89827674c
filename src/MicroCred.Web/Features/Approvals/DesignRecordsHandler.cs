using MicroCred.Domain;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Web.Features.Designs;
using MicroCred.Web.Features.Notifications;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Approvals;

/// <summary>
/// The gate records kept outside the design's content: external peer reviews (G2), programme board approvals and the
/// partners' signatures of the consortium agreement (G3). Seen by the team, the QA officers and the institution
/// administrators of the partner institutions; everyone else gets 404.
/// </summary>
public sealed class DesignRecordsHandler(
    MicroCredDbContext db, DesignWorkspaces workspaces, DesignAudience audience, IClock clock, ILogger<DesignRecordsHandler> logger)
{
    public async Task<RecordsViewModel?> PageAsync(Guid designId, Actor actor, CancellationToken ct)
    {
        var state = await LoadAsync(designId, actor, ct);
        return state is null ? null : View(state);
    }

    /// <summary>Shows the page again with one form's input kept and its messages in ModelState.</summary>
    public async Task<RecordsViewModel?> PageWithAsync(Guid designId, Actor actor, Action<RecordsViewModel> keepInput, CancellationToken ct)
    {
        var model = await PageAsync(designId, actor, ct);
        if (model is not null)
        {
            keepInput(model);
        }

        return model;
    }

    public async Task<RecordOutcome> RecordBoardApprovalAsync(Guid designId, Actor actor, BoardApprovalForm form, CancellationToken ct)
    {
        var state = await LoadAsync(designId, actor, ct, track: true);
        if (state is null)
        {
            return RecordOutcome.NotFound;
        }

        var board = BoardsFor(state).FirstOrDefault(b => b.Id == form.BoardId);
        if (board is null)
        {
            return RecordOutcome.Refused(nameof(form.BoardId), "Choose a programme board of your own institution from the list; only its institution administrators record its approval.");
        }

        // A second click, or a second administrator: one approval per board is kept; a wrong one is removed first.
        if (state.Approvals.Any(a => a.BoardId == board.Id))
        {
            return RecordOutcome.Refused(null, $"An approval of {board.BoardName} is already on record. Remove it first if it needs correcting.");
        }

        return await SaveAsync(state, () =>
        {
            var (approval, entry) = ProgrammeBoardApproval.Record(state.Design, board.Id, form.Body!, form.ApprovedOn!.Value, form.Reference!, actor, clock.Now);
            db.ProgrammeBoardApprovals.Add(approval);
            return (entry, $"The approval by {approval.Body} is recorded.");
        }, ct, duplicate: $"An approval of {board.BoardName} is already on record. Remove it first if it needs correcting.");
    }

    public async Task<RecordOutcome> RemoveBoardApprovalAsync(Guid designId, Actor actor, Guid approvalId, CancellationToken ct)
    {
        var state = await LoadAsync(designId, actor, ct, track: true);
        var approval = state?.Approvals.FirstOrDefault(a => a.Id == approvalId);
        if (state is null || approval is null)
        {
            return RecordOutcome.NotFound;
        }

        if (!BoardsFor(state).Any(b => b.Id == approval.BoardId))
        {
            return RecordOutcome.Refused(null, "Only an institution administrator of the board's institution can remove this approval.");
        }

        return await SaveAsync(state, () =>
        {
            var entry = approval.Remove(state.Design, actor, clock.Now);
            db.ProgrammeBoardApprovals.Remove(approval);
            return (entry, $"The approval by {approval.Body} is no longer on record.");
        }, ct);
    }

    public async Task<RecordOutcome> RecordSignatureAsync(Guid designId, Actor actor, SignatureForm form, CancellationToken ct)
    {
        var state = await LoadAsync(designId, actor, ct, track: true);
        if (state is null)
        {
            return RecordOutcome.NotFound;
        }

        var partner = SignablePartners(state).FirstOrDefault(p => p.Id == form.PartnerId);
        if (partner is null)
        {
            return RecordOutcome.Refused(nameof(form.PartnerId), "Choose a partner from the list. You can record the signature of your own institution, or of any partner as team leader.");
        }

        var signedAt = new DateTimeOffset(form.SignedOn!.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return await SaveAsync(state, () =>
        {
            var (signature, entry) = AgreementSignature.Record(state.Design, state.Content, partner.Id, form.SignerName!, form.SignerRole!, signedAt, state.Signatures, actor, clock.Now);
            db.AgreementSignatures.Add(signature);
            return (entry, $"The signature for {state.PartnerName(partner)} is recorded.");
        }, ct, duplicate: "This partner's signature was recorded a moment ago by someone else.");
    }

    public async Task<RecordOutcome> RemoveSignatureAsync(Guid designId, Actor actor, Guid signatureId, CancellationToken ct)
    {
        var state = await LoadAsync(designId, actor, ct, track: true);
        var signature = state?.Signatures.FirstOrDefault(s => s.Id == signatureId);
        if (state is null || signature is null)
        {
            return RecordOutcome.NotFound;
        }

        if (!MaySign(state, state.Content.PartnerById(signature.PartnerId)?.InstitutionId ?? signature.InstitutionId))
        {
            return RecordOutcome.Refused(null, "Only the team leader, or a team member or institution administrator of the partner's institution, can remove this signature.");
        }

        return await SaveAsync(state, () =>
        {
            var entry = signature.Remove(state.Design, actor, clock.Now);
            db.AgreementSignatures.Remove(signature);
            return (entry, $"The signature of {signature.SignerName} is no longer on record.");
        }, ct);
    }

    public async Task<RecordOutcome> RecordExternalReviewAsync(Guid designId, Actor actor, ExternalReviewForm form, CancellationToken ct)
    {
        var state = await LoadAsync(designId, actor, ct, track: true);
        if (state is null)
        {
            return RecordOutcome.NotFound;
        }

        if (!state.MayRecordExternal)
        {
            return RecordOutcome.Refused(null, "Only a quality assurance officer of a partner institution or the team leader can record an external review.");
        }

        return await SaveAsync(state, () =>
        {
            var (record, entry) = ExternalPeerReviewRecord.Record(state.Design, form.Stage!.Value, form.ReviewerName!, form.ReviewerKind!.Value, form.Summary!, actor, clock.Now);
            db.ExternalPeerReviewRecords.Add(record);
            return (entry, $"The external review by {record.ReviewerName} is recorded.");
        }, ct);
    }

    public async Task<RecordOutcome> RemoveExternalReviewAsync(Guid designId, Actor actor, Guid recordId, CancellationToken ct)
    {
        var state = await LoadAsync(designId, actor, ct, track: true);
        var record = state?.ExternalReviews.FirstOrDefault(r => r.Id == recordId);
        if (state is null || record is null)
        {
            return RecordOutcome.NotFound;
        }

        if (!state.MayRecordExternal)
        {
            return RecordOutcome.Refused(null, "Only a quality assurance officer of a partner institution or the team leader can remove an external review.");
        }

        return await SaveAsync(state, () =>
        {
            var entry = record.Remove(state.Design, actor, clock.Now);
            db.ExternalPeerReviewRecords.Remove(record);
            return (entry, $"The external review by {record.ReviewerName} is no longer on record.");
        }, ct);
    }

    private async Task<RecordOutcome> SaveAsync(RecordsState state, Func<(TimelineEntry Entry, string Message)> act, CancellationToken ct, string? duplicate = null)
    {
        TimelineEntry entry;
        string message;
        try
        {
            (entry, message) = act();
        }
        catch (DomainException e)
        {
            return RecordOutcome.Refused(null, e.Message);
        }

        db.TimelineEntries.Add(entry);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return RecordOutcome.Refused(null, "Someone else changed these records at the same moment. Nothing was saved; check the list and try again.");
        }
        catch (DbUpdateException e) when (duplicate is not null && DatabaseFailures.IsUniqueViolation(e))
        {
            return RecordOutcome.Refused(null, duplicate);
        }

        logger.LogInformation("Gate record {Event} saved for design {DesignId}", entry.Event, state.Design.Id);
        return RecordOutcome.Done(message);
    }

    private async Task<RecordsState?> LoadAsync(Guid designId, Actor actor, CancellationToken ct, bool track = false)
    {
        var isQa = false;
        var isAdmin = false;
        var workspace = await workspaces.LoadAsync(designId, actor.UserId, async (design, token) =>
        {
            isQa = actor.IsQaOfficer && await audience.IsCoveringQaOfficerAsync(design, actor.UserId, token);
            isAdmin = actor.IsInstitutionAdmin && await audience.IsInstitutionAdminAsync(design, actor.UserId, token);
            return isQa || isAdmin;
        }, ct, track);
        if (workspace is null)
        {
            return null;
        }

        var approvals = await db.ProgrammeBoardApprovals.Where(a => a.DesignId == designId).OrderBy(a => a.ApprovedOn).ToListAsync(ct);
        var signatures = await db.AgreementSignatures.Where(s => s.DesignId == designId).OrderBy(s => s.SignedAt).ToListAsync(ct);
        var external = await db.ExternalPeerReviewRecords.Where(r => r.DesignId == designId).OrderBy(r => r.RecordedAt).ToListAsync(ct);
        return new RecordsState(workspace, actor, approvals, signatures, external,
            isQa || (actor.IsQaOfficer && workspace.Design.IsMember(actor.UserId)) || workspace.IsLeader);
    }

    /// <summary>Boards whose approval this user records: an institution administrator, for the boards of their institution's partner row.</summary>
    private static IReadOnlyList<ProgrammeBoard> BoardsFor(RecordsState state)
    {
        if (!state.Actor.IsInstitutionAdmin)
        {
            return [];
        }

        return [.. state.Content.SupportServices.ProgrammeBoards.Where(b =>
            (state.Content.PartnerById(b.PartnerId)?.InstitutionId ?? state.Design.LeadInstitutionId) == state.Actor.InstitutionId)];
    }

    private static bool MaySign(RecordsState state, Guid? partnerInstitution) =>
        state.Design.IsLeader(state.Actor.UserId)
        || (partnerInstitution is { } institution && state.Actor.InstitutionId == institution
            && (state.Actor.IsInstitutionAdmin || state.Design.Members.Any(m => m.UserId == state.Actor.UserId && m.InstitutionId == institution)));

    private static IReadOnlyList<Partner> SignablePartners(RecordsState state) =>
        [.. state.Content.Partnership.Partners.Where(p => MaySign(state, p.InstitutionId) && !state.Signatures.Any(s => s.PartnerId == p.Id))];

    private static RecordsViewModel View(RecordsState state)
    {
        var content = state.Content;
        var blocked = RecordRemoval.WhyNot(state.Design);
        var boards = BoardsFor(state);
        var boardNames = content.SupportServices.ProgrammeBoards.ToDictionary(b => b.Id, b => b.BoardName);
        var facts = new GateFacts(state.Approvals, state.Signatures, state.ExternalReviews);
        var unmet = GateConditions.Evaluate(Gate.G3, content, state.Workspace.Findings, facts);
        var asked = content.QualityAssurance.ExternalPeerReview is ExternalPeerReview.AfterDesign or ExternalPeerReview.AfterDevelopment or ExternalPeerReview.Both;

        return new RecordsViewModel
        {
            DesignId = state.Design.Id,
            Title = state.Design.Title,
            Status = state.Design.Status,
            IsTeam = state.Design.IsMember(state.Actor.UserId),
            RemovalBlockedReason = blocked,
            BoardsNeeded = StepCompleteness.NeedsProgrammeBoard(content) || content.SupportServices.ProgrammeBoards.Count > 0,
            BoardsListed = [.. content.SupportServices.ProgrammeBoards.Select(b => new ListedBoard(
                string.IsNullOrWhiteSpace(b.BoardName) ? "A board without a name" : b.BoardName.Trim(), state.PartnerName(content.PartnerById(b.PartnerId) ?? content.Lead()),
                state.Approvals.Any(a => a.BoardId == b.Id)))],
            BoardOptions = [.. boards.Where(b => !state.Approvals.Any(a => a.BoardId == b.Id)).Select(b => new SelectListItem($"{b.BoardName} — {state.PartnerName(content.PartnerById(b.PartnerId))}", b.Id.ToString()))],
            Approvals = [.. state.Approvals.Select(a => new ApprovalRow(
                a.Id, a.Body, boardNames.GetValueOrDefault(a.BoardId, "a board no longer listed in step 5"), a.ApprovedOn, a.Reference, a.RecordedByName,
                blocked is null && boards.Any(b => b.Id == a.BoardId)))],
            PartnerOptions = [.. SignablePartners(state).Select(p => new SelectListItem(state.PartnerName(p), p.Id.ToString()))],
            Signatures = [.. state.Signatures.Select(s => new SignatureRow(
                s.Id, state.PartnerName(content.PartnerById(s.PartnerId)), s.SignerName, s.SignerRole, s.SignedAt,
                blocked is null && MaySign(state, content.PartnerById(s.PartnerId)?.InstitutionId ?? s.InstitutionId)))],
            ExternalAsked = asked,
            ExternalAskedWords = content.QualityAssurance.ExternalPeerReview switch
            {
                ExternalPeerReview.AfterDesign => "after the design phase",
                ExternalPeerReview.AfterDevelopment => "after the development phase",
                ExternalPeerReview.Both => "after the design phase and after the development phase",
                _ => null,
            },
            CanRecordExternal = state.MayRecordExternal,
            ExternalReviews = [.. state.ExternalReviews.Select(r => new ExternalRow(
                r.Id, r.Stage, r.ReviewerName, r.ReviewerKind, r.Summary, r.RecordedAt, blocked is null && state.MayRecordExternal))],
            Conditions = ConditionGroups(unmet, StepCompleteness.NeedsProgrammeBoard(content) || content.SupportServices.ProgrammeBoards.Count > 0, asked),
        };
    }

    private static IReadOnlyList<ConditionGroup> ConditionGroups(IReadOnlyList<UnmetCondition> unmet, bool boardsNeeded, bool externalAsked)
    {
        ConditionGroup Group(string title, Func<UnmetCondition, bool> which, string? metNote = null)
        {
            var messages = unmet.Where(which).Select(u => u.Message).Distinct().ToList();
            return new ConditionGroup(title, messages.Count == 0, messages, metNote);
        }

        static bool IsAgreementStep(UnmetCondition u) => u.ConditionId == GateConditions.Ids.StepComplete && u.Step == WizardStep.ConsortiumAgreement;

        var known = new[]
        {
            GateConditions.Ids.ProgrammeBoardApproval, GateConditions.Ids.AgreementAgreed, GateConditions.Ids.AgreementSigned,
            GateConditions.Ids.PublicInformation, GateConditions.Ids.CourseDescription, GateConditions.Ids.ExternalPeerReview,
        };
        return
        [
            Group("Programme boards have approved the course", u => u.ConditionId == GateConditions.Ids.ProgrammeBoardApproval,
                boardsNeeded ? null : "The course does not need a programme board's approval."),
            Group("The consortium agreement is agreed", u => u.ConditionId == GateConditions.Ids.AgreementAgreed || IsAgreementStep(u)),
            Group("Every lead and full partner has signed the agreement", u => u.ConditionId == GateConditions.Ids.AgreementSigned),
            Group("The public course information is complete", u => u.ConditionId == GateConditions.Ids.PublicInformation),
            Group("The course description can be exported", u => u.ConditionId == GateConditions.Ids.CourseDescription),
            Group("External peer reviews are on record as the quality plan asks", u => u.ConditionId == GateConditions.Ids.ExternalPeerReview,
                externalAsked ? null : "The quality plan does not ask for an external peer review."),
            Group("The design and development conditions still hold", u => !known.Contains(u.ConditionId) && !IsAgreementStep(u)),
        ];
    }
}

/// <summary>Everything one request needs about the design's records.</summary>
internal sealed record RecordsState(
    DesignWorkspace Workspace, Actor Actor, List<ProgrammeBoardApproval> Approvals, List<AgreementSignature> Signatures,
    List<ExternalPeerReviewRecord> ExternalReviews, bool MayRecordExternal)
{
    public CourseDesign Design => Workspace.Design;

    public DesignContent Content => Workspace.Content;

    public string PartnerName(Partner? partner) =>
        partner is null ? "a former partner"
        : partner.InstitutionId is { } id && Workspace.InstitutionNames.TryGetValue(id, out var name) ? name
        : partner.ContactName ?? "a partner without a name";
}

public sealed record RecordOutcome(RecordOutcomeKind Kind, string? Field = null, string? Message = null)
{
    public static RecordOutcome NotFound { get; } = new(RecordOutcomeKind.NotFound);

    public static RecordOutcome Refused(string? field, string message) => new(RecordOutcomeKind.Refused, field, message);

    public static RecordOutcome Done(string message) => new(RecordOutcomeKind.Done, null, message);
}

public enum RecordOutcomeKind
{
    Done,
    Refused,
    NotFound,
}

public sealed class RecordsViewModel
{
    public Guid DesignId { get; init; }
    public string Title { get; init; } = "";
    public DesignStatus Status { get; init; }
    public bool IsTeam { get; init; }
    public string? RemovalBlockedReason { get; init; }
    public bool BoardsNeeded { get; init; }

    /// <summary>The programme boards step 5 lists, each with whether its approval is on record.</summary>
    public IReadOnlyList<ListedBoard> BoardsListed { get; init; } = [];
    public IReadOnlyList<SelectListItem> BoardOptions { get; init; } = [];
    public IReadOnlyList<ApprovalRow> Approvals { get; init; } = [];
    public IReadOnlyList<SelectListItem> PartnerOptions { get; init; } = [];
    public IReadOnlyList<SignatureRow> Signatures { get; init; } = [];
    public bool ExternalAsked { get; init; }
    public string? ExternalAskedWords { get; init; }
    public bool CanRecordExternal { get; init; }
    public IReadOnlyList<ExternalRow> ExternalReviews { get; init; } = [];
    public IReadOnlyList<ConditionGroup> Conditions { get; init; } = [];

    public BoardApprovalForm Board { get; set; } = new();
    public SignatureForm Signature { get; set; } = new();
    public ExternalReviewForm External { get; set; } = new();
}

public sealed record ListedBoard(string Name, string Partner, bool Approved);

public sealed record ApprovalRow(Guid Id, string Body, string Board, DateOnly ApprovedOn, string Reference, string RecordedBy, bool CanRemove);

public sealed record SignatureRow(Guid Id, string Partner, string SignerName, string SignerRole, DateTimeOffset SignedAt, bool CanRemove);

public sealed record ExternalRow(Guid Id, ExternalReviewStage Stage, string ReviewerName, GuestKind Kind, string Summary, DateTimeOffset RecordedAt, bool CanRemove);

public sealed record ConditionGroup(string Title, bool Met, IReadOnlyList<string> Messages, string? MetNote);
