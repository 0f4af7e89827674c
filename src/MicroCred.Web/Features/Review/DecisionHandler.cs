using FluentValidation;
using MicroCred.Domain;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Review;

/// <summary>The gate decision at the end of a review: the checklist, a summary and the outcome, stored once with the design's move.</summary>
public sealed class DecisionHandler(
    MicroCredDbContext db, ReviewAccess access, ReviewNotifications notifications, IClock clock, ILogger<DecisionHandler> logger)
{
    /// <summary>The form for the reviewer who claimed the review; null when the user may not see the review at all.</summary>
    public async Task<DecisionPageViewModel?> PageAsync(Guid reviewId, Guid userId, DecisionForm? form, CancellationToken ct)
    {
        var review = await db.Reviews.AsNoTracking().SingleOrDefaultAsync(r => r.Id == reviewId, ct);
        var grant = review is null ? null : await access.LoadAsync(review.DesignId, userId, ct);
        if (review is null || grant is null)
        {
            return null;
        }

        var criteria = GateChecklist.For(review.Gate);
        form ??= new DecisionForm();
        if (form.Verdicts.Count != criteria.Count)
        {
            form.Verdicts = [.. criteria.Select(c => form.Verdicts.FirstOrDefault(v => v.CriterionId == c.Id) ?? new VerdictInput { CriterionId = c.Id })];
        }

        var openComments = await db.ReviewComments.AsNoTracking()
            .CountAsync(c => c.DesignId == review.DesignId && c.Status == CommentStatus.Open, ct);
        string? blocked = review.State switch
        {
            ReviewState.Decided => $"Version {review.VersionNumber} has already been decided.",
            ReviewState.Waiting => "Claim the review before deciding on it.",
            _ when review.ReviewerId != userId => $"Only {review.ReviewerName}, who claimed this review, can decide on it.",
            _ => null,
        };
        return new DecisionPageViewModel(review.Id, review.DesignId, grant.Design.Title, review.Gate, review.VersionNumber, criteria, form, openComments, blocked);
    }

    public async Task<ReviewOutcome> DecideAsync(Guid reviewId, Guid userId, DecisionForm form, CancellationToken ct)
    {
        var review = await db.Reviews.SingleOrDefaultAsync(r => r.Id == reviewId, ct);
        var grant = review is null ? null : await access.LoadAsync(review.DesignId, userId, ct, track: true);
        if (review is null || grant is null)
        {
            return ReviewOutcome.NotFound;
        }

        var version = await db.DesignVersions.SingleAsync(v => v.Id == review.VersionId, ct);
        TimelineEntry entry;
        try
        {
            var verdicts = form.Verdicts.Select(v => new CriterionVerdict(v.CriterionId ?? "", v.Verdict!.Value, v.Remark)).ToList();
            var result = grant.Design.Decide(review, version, grant.Actor, form.Outcome!.Value, form.Summary ?? "", verdicts, clock.Now);
            db.QualityGateDecisions.Add(result.Decision);
            db.TimelineEntries.Add(result.Entry);
            entry = result.Entry;
            await notifications.DecisionMadeAsync(grant.Design, result.Decision, ct);
            await db.SaveChangesAsync(ct);
        }
        catch (DomainException ex)
        {
            return ReviewOutcome.Refused(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ReviewOutcome.Refused("The review or the design changed while you were deciding (it may have been reassigned or decided). Nothing was stored; open the review again.");
        }

        await notifications.SendEmailsAsync(ct);
        logger.LogInformation("Review {ReviewId} of design {DesignId} decided: {Outcome} by user {UserId}", reviewId, review.DesignId, form.Outcome, userId);
        return ReviewOutcome.Done(entry.Summary);
    }

    /// <summary>Every gate decision on the design, newest first, for its team and its reviewers.</summary>
    public async Task<DecisionsViewModel?> DecisionsAsync(Guid designId, Guid userId, CancellationToken ct)
    {
        var grant = await access.LoadAsync(designId, userId, ct);
        if (grant is null)
        {
            return null;
        }

        var decisions = await db.QualityGateDecisions.AsNoTracking().Where(d => d.DesignId == designId).ToListAsync(ct);
        return new DecisionsViewModel(designId, grant.Design.Title, grant.Design.Status, [.. decisions.OrderByDescending(d => d.DecidedAt)]);
    }
}

public sealed class VerdictInput
{
    public string? CriterionId { get; set; }

    public Verdict? Verdict { get; set; }

    public string? Remark { get; set; }
}

public sealed class DecisionForm
{
    public DecisionOutcome? Outcome { get; set; }

    public string? Summary { get; set; }

    public bool Confirmed { get; set; }

    public List<VerdictInput> Verdicts { get; set; } = [];

    public sealed class Validator : AbstractValidator<DecisionForm>
    {
        public Validator()
        {
            RuleFor(f => f.Outcome).NotNull().WithMessage("Choose a decision: approve, request changes or reject.");
            RuleFor(f => f.Summary)
                .NotEmpty().WithMessage("Write a summary of the decision for the course team.")
                .MaximumLength(QualityGateDecision.SummaryMaxLength).WithMessage($"The summary can have at most {QualityGateDecision.SummaryMaxLength} characters.");
            RuleFor(f => f.Confirmed).Equal(true).WithMessage("Confirm that you have read the whole version and its comments before deciding.");
            RuleForEach(f => f.Verdicts).ChildRules(v =>
            {
                v.RuleFor(x => x.Verdict).NotNull().WithMessage("Give a verdict on this criterion.");
                v.RuleFor(x => x.Remark)
                    .NotEmpty().When(x => x.Verdict is Domain.Reviews.Verdict.PartlyMet or Domain.Reviews.Verdict.NotMet)
                    .WithMessage("Explain in a remark what is lacking.");
                v.RuleFor(x => x.Remark).MaximumLength(GateChecklist.RemarkMaxLength)
                    .WithMessage($"A remark can have at most {GateChecklist.RemarkMaxLength} characters.");
            });
        }
    }
}

public sealed record DecisionPageViewModel(
    Guid ReviewId, Guid DesignId, string DesignTitle, Gate Gate, int VersionNumber, IReadOnlyList<ChecklistCriterion> Criteria,
    DecisionForm Form, int OpenComments, string? Blocked);

public sealed record DecisionsViewModel(Guid DesignId, string Title, Domain.Designs.DesignStatus Status, IReadOnlyList<QualityGateDecision> Decisions)
{
    public static string CriterionText(string id) => GateChecklist.All.FirstOrDefault(c => c.Id == id)?.Text ?? id;
}
