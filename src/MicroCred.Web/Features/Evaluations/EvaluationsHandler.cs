using MicroCred.Domain;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Evaluations;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Web.Features.Cohorts;
using MicroCred.Web.Features.Review;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Evaluations;

public enum EvaluationOutcomeKind
{
    Done,
    NotFound,
    Refused,
    Conflict,
    Frozen,
}

public sealed record EvaluationOutcome(EvaluationOutcomeKind Kind, string Message = "", Guid? Id = null)
{
    public static EvaluationOutcome NotFound { get; } = new(EvaluationOutcomeKind.NotFound);

    public static EvaluationOutcome Done(string message, Guid? id = null) => new(EvaluationOutcomeKind.Done, message, id);

    public static EvaluationOutcome Refused(string message) => new(EvaluationOutcomeKind.Refused, message);

    public static EvaluationOutcome Frozen(string message) => new(EvaluationOutcomeKind.Frozen, message);

    public static EvaluationOutcome Conflict { get; } = new(EvaluationOutcomeKind.Conflict,
        "Someone else changed this evaluation while you were editing. Your input is still below; open the evaluation in a new tab to see their changes, then save again.");
}

/// <summary>An evaluation loaded for a user with who they are to the course.</summary>
public sealed record EvaluationContext(AnnualEvaluation Evaluation, ReviewAccessGrant Grant)
{
    public CourseDesign Design => Grant.Design;

    public bool IsTeam => Grant.IsTeam;

    public bool IsLeader => Design.IsLeader(Grant.Actor.UserId);

    /// <summary>A QA officer of the lead institution, off the team: the one who signs off.</summary>
    public bool MaySignOff => Grant.IsReviewer && Grant.Actor.IsQaOfficer && Grant.Actor.InstitutionId == Design.LeadInstitutionId;
}

/// <summary>
/// The annual evaluations of a published course: the team records them, QA officers of the partner institutions read and
/// comment, the lead institution's QA officer signs off, and the team leader opens a revision from one. Who may see what is
/// ReviewAccess (the team and covering QA officers); everyone else gets nothing and the controller answers 404.
/// </summary>
public sealed class EvaluationsHandler(
    MicroCredDbContext db, ReviewAccess access, EvaluationNotifications notifications, RunReports.RunReportQuery reports, IClock clock, ILogger<EvaluationsHandler> logger)
{
    public async Task<EvaluationsIndexViewModel?> IndexAsync(Guid designId, Guid userId, CancellationToken ct, string? error = null)
    {
        var grant = await access.LoadAsync(designId, userId, ct);
        if (grant is null)
        {
            return null;
        }

        var published = await PublishedVersionsAsync(designId, ct);
        var evaluations = await db.AnnualEvaluations.AsNoTracking().Where(e => e.DesignId == designId).Include(e => e.Actions)
            .OrderByDescending(e => e.Year).ToListAsync(ct);
        var due = Due(published, evaluations, Today);
        var rows = evaluations.Select(e => new EvaluationRow(e.Id, e.Year, e.VersionNumber, e.SignedOffAt, e.SignedOffByName,
            e.Actions.Count, e.Actions.Count(a => a.IsOpen))).ToList();
        var suggested = due.Year is { } y && evaluations.All(e => e.Year != y) ? y : Today.Year;
        return new EvaluationsIndexViewModel(designId, grant.Design.Title, grant.IsTeam, published.Count > 0 && grant.Design.HasPublishedVersion,
            due, rows, suggested, error);
    }

    public async Task<EvaluationOutcome> StartAsync(Guid designId, Guid userId, int year, CancellationToken ct)
    {
        var grant = await access.LoadAsync(designId, userId, ct);
        if (grant is null || !grant.IsTeam)
        {
            return EvaluationOutcome.NotFound;
        }

        var published = await PublishedVersionsAsync(designId, ct);
        if (published.Count == 0)
        {
            return EvaluationOutcome.Refused("Only a published course is evaluated each year.");
        }

        if (await db.AnnualEvaluations.AnyAsync(e => e.DesignId == designId && e.Year == year, ct))
        {
            return EvaluationOutcome.Refused($"The evaluation {year} already exists; open it from the list.");
        }

        var previous = await db.AnnualEvaluations.AsNoTracking().Include(e => e.Actions)
            .Where(e => e.DesignId == designId && e.Year < year).OrderByDescending(e => e.Year).FirstOrDefaultAsync(ct);
        var version = published[^1];
        var content = version.ReadContent();
        var names = await db.Institutions.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        var partners = content.Partnership.Partners.Select(p => p.InstitutionId).OfType<Guid>().Prepend(grant.Design.LeadInstitutionId)
            .Distinct().Select(id => (id, names.GetValueOrDefault(id, "Partner institution")));
        AnnualEvaluation evaluation;
        try
        {
            evaluation = AnnualEvaluation.Start(grant.Design, version.Number, year, partners, previous, grant.Actor, clock.Now);
        }
        catch (DomainException ex)
        {
            return EvaluationOutcome.Refused(ex.Message);
        }

        db.AnnualEvaluations.Add(evaluation);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (!DatabaseFailures.IsUnavailable(e))
        {
            // The unique (design, year) index: a colleague started the same year a moment ago.
            db.ChangeTracker.Clear();
            return EvaluationOutcome.Refused($"The evaluation {year} was started a moment ago by someone else; open it from the list.");
        }

        logger.LogInformation("Evaluation {EvaluationId} of design {DesignId} started for {Year} with {Carried} actions carried over",
            evaluation.Id, designId, year, evaluation.Actions.Count);
        var carried = evaluation.Actions.Count;
        return EvaluationOutcome.Done(carried == 0
            ? $"Evaluation {year} started."
            : $"Evaluation {year} started; {carried} open action{(carried == 1 ? " was" : "s were")} carried over from the last evaluation.", evaluation.Id);
    }

    public async Task<EvaluationContext?> LoadAsync(Guid evaluationId, Guid userId, CancellationToken ct, bool track = false)
    {
        var query = db.AnnualEvaluations.Include(e => e.Partners).Include(e => e.Actions).Include(e => e.Comments).Where(e => e.Id == evaluationId);
        var evaluation = await (track ? query : query.AsNoTracking()).AsSplitQuery().SingleOrDefaultAsync(ct);
        if (evaluation is null)
        {
            return null;
        }

        var grant = await access.LoadAsync(evaluation.DesignId, userId, ct, track);
        return grant is null ? null : new EvaluationContext(evaluation, grant);
    }

    public async Task<EvaluationViewModel?> ShowAsync(Guid evaluationId, Guid userId, CancellationToken ct, EvaluationCommentForm? comment = null)
    {
        var context = await LoadAsync(evaluationId, userId, ct);
        if (context is null)
        {
            return null;
        }

        var e = context.Evaluation;
        var runs = await RunsAsync(e, ct);
        var version = await db.DesignVersions.AsNoTracking().SingleAsync(v => v.DesignId == e.DesignId && v.Number == e.VersionNumber, ct);
        var review = BusinessPlanReview.Of(version.ReadContent(), runs.Count, e.ActualLearners, e.ActualIncome);
        var openDeviation = runs.Any(r => r.Flagged.Count > 0);
        var canRevise = context.IsLeader && context.Design.Status == DesignStatus.Published && !context.Design.IsUnderReview;
        return new EvaluationViewModel(context, context.Design.Title, runs, review, e.MissingForSignOff(), canRevise, openDeviation,
            comment ?? new EvaluationCommentForm());
    }

    public async Task<EvaluationOutcome> RecordAsync(Guid evaluationId, Guid userId, EvaluationRecordForm form, CancellationToken ct) =>
        await ChangeAsync(evaluationId, userId, form.Version, (c, now) => c.Evaluation.Record(c.Design, c.Grant.Actor, form.ToRecord(), now),
            "Evaluation saved.", ct);

    public async Task<EvaluationOutcome> PartnersAsync(Guid evaluationId, Guid userId, PartnersForm form, CancellationToken ct) =>
        await ChangeAsync(evaluationId, userId, form.Version, (c, now) =>
        {
            foreach (var row in form.Rows)
            {
                c.Evaluation.ConfirmPartner(c.Design, c.Grant.Actor, row.InstitutionId, row.Answer ?? PartnerAnswer.NotYetAsked,
                    row.ConfirmedBy, FormValues.Date(row.ConfirmedOn), row.Note, now);
            }
        }, "Partner confirmations saved.", ct);

    public async Task<EvaluationOutcome> SaveActionAsync(Guid evaluationId, Guid? actionId, Guid userId, ActionForm form, CancellationToken ct)
    {
        var owners = await OwnersAsync(evaluationId, userId, ct);
        var owner = owners.FirstOrDefault(o => o.UserId == form.OwnerId);
        if (owner is null)
        {
            return EvaluationOutcome.Refused("Choose an owner from the course team.");
        }

        var details = new ActionDetails(form.Title ?? "", owner.UserId, owner.Name, FormValues.Date(form.Deadline)!.Value, form.Status!.Value, form.Steps, form.FollowUp);
        return await ChangeAsync(evaluationId, userId, form.Version, (c, now) =>
        {
            if (actionId is { } id)
            {
                if (c.Evaluation.Actions.All(a => a.Id != id))
                {
                    throw new DomainException("This action is not part of the evaluation.");
                }

                c.Evaluation.UpdateAction(c.Design, c.Grant.Actor, id, details, now);
            }
            else
            {
                c.Evaluation.AddAction(c.Design, c.Grant.Actor, details, now);
            }
        }, actionId is null ? "Action added to the improvement plan." : "Action saved.", ct);
    }

    public async Task<EvaluationOutcome> CommentAsync(Guid evaluationId, Guid userId, string text, CancellationToken ct)
    {
        // A comment does not conflict with anyone's edit: on a concurrent change, read again and add it once more.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var context = await LoadAsync(evaluationId, userId, ct, track: true);
            if (context is null)
            {
                return EvaluationOutcome.NotFound;
            }

            if (context.Evaluation.FrozenBecause is { } frozen)
            {
                return EvaluationOutcome.Frozen(frozen);
            }

            EvaluationComment comment;
            try
            {
                comment = context.Evaluation.Comment(context.Design, context.Grant.Actor, context.Grant.IsReviewer, text, clock.Now);
            }
            catch (DomainException ex)
            {
                return EvaluationOutcome.Refused(ex.Message);
            }

            await notifications.CommentedAsync(context.Design, context.Evaluation, comment, ct);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                notifications.Discard();
                continue;
            }

            await notifications.SendEmailsAsync(ct);
            logger.LogInformation("Comment added to evaluation {EvaluationId} of design {DesignId}", evaluationId, context.Design.Id);
            return EvaluationOutcome.Done("Comment added.");
        }

        return EvaluationOutcome.Refused("The evaluation is changing a lot right now; your comment was not stored. Try again in a moment.");
    }

    public async Task<EvaluationOutcome> SignOffAsync(Guid evaluationId, Guid userId, CancellationToken ct)
    {
        var context = await LoadAsync(evaluationId, userId, ct, track: true);
        if (context is null || !context.MaySignOff)
        {
            return EvaluationOutcome.NotFound;
        }

        if (context.Evaluation.FrozenBecause is { } frozen)
        {
            return EvaluationOutcome.Frozen(frozen);
        }

        try
        {
            db.TimelineEntries.Add(context.Evaluation.SignOff(context.Design, context.Grant.Actor, clock.Now));
        }
        catch (DomainException ex)
        {
            return EvaluationOutcome.Refused(ex.Message);
        }

        await notifications.SignedOffAsync(context.Design, context.Evaluation, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return EvaluationOutcome.Refused("The team changed the evaluation while you were signing it off. Nothing was signed off; read it again, then sign off.");
        }

        await notifications.SendEmailsAsync(ct);
        logger.LogInformation("Evaluation {EvaluationId} of design {DesignId} signed off by user {UserId}", evaluationId, context.Design.Id, userId);
        return EvaluationOutcome.Done($"The evaluation {context.Evaluation.Year} is signed off; it can no longer change.");
    }

    /// <summary>The team leader opens the revision: the design goes back to draft while the published version stays on offer.</summary>
    public async Task<EvaluationOutcome> OpenRevisionAsync(Guid evaluationId, Guid userId, CancellationToken ct)
    {
        var context = await LoadAsync(evaluationId, userId, ct, track: true);
        if (context is null || !context.IsTeam)
        {
            return EvaluationOutcome.NotFound;
        }

        var e = context.Evaluation;
        var actions = e.Actions.Count(a => a.IsOpen);
        try
        {
            db.TimelineEntries.Add(context.Design.StartRevision(context.Grant.Actor,
                $"after the annual evaluation {e.Year}, with {actions} open improvement action{(actions == 1 ? "" : "s")}", clock.Now));
            e.MarkRevisionOpened(clock.Now);
            await db.SaveChangesAsync(ct);
        }
        catch (DomainException ex)
        {
            return EvaluationOutcome.Refused(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return EvaluationOutcome.Refused("The course changed while you were opening the revision; nothing was opened. Look at the task list and try again.");
        }

        logger.LogInformation("Revision of design {DesignId} opened from evaluation {EvaluationId}", context.Design.Id, evaluationId);
        return EvaluationOutcome.Done($"Revision opened: version {context.Design.RevisionOf} stays published while the team works on the next version.");
    }

    public async Task<RevisionViewModel?> RevisionPageAsync(Guid evaluationId, Guid userId, CancellationToken ct, string? error = null)
    {
        var context = await LoadAsync(evaluationId, userId, ct);
        if (context is null || !context.IsTeam)
        {
            return null;
        }

        var byStep = context.Evaluation.Actions.Where(a => a.IsOpen)
            .SelectMany(a => a.Steps.Count == 0 ? [((WizardStep?)null, a)] : a.Steps.Select(s => ((WizardStep?)s, a)))
            .GroupBy(x => x.Item1).OrderBy(g => g.Key ?? (WizardStep)99)
            .Select(g => new StepActions(g.Key, [.. g.Select(x => x.a)])).ToList();
        var design = context.Design;
        return new RevisionViewModel(context.Evaluation, design.Id, design.Title, design.Status, design.RevisionOf, context.IsLeader,
            design.Status == DesignStatus.Published && !design.IsUnderReview, byStep, error);
    }

    public async Task<IReadOnlyList<OwnerOption>> OwnersAsync(Guid evaluationId, Guid userId, CancellationToken ct)
    {
        var context = await LoadAsync(evaluationId, userId, ct);
        if (context is null)
        {
            return [];
        }

        var ids = context.Design.Members.Select(m => m.UserId).ToList();
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.FullName)
            .Select(u => new OwnerOption(u.Id, u.FullName)).ToListAsync(ct);
    }

    /// <summary>The published (G3-approved) versions of the design, oldest first.</summary>
    public Task<List<DesignVersion>> PublishedVersionsAsync(Guid designId, CancellationToken ct) =>
        db.DesignVersions.AsNoTracking()
            .Where(v => v.DesignId == designId && v.Gate == Gate.G3 && v.Outcome == DecisionOutcome.Approved)
            .OrderBy(v => v.Number).ToListAsync(ct);

    /// <summary>Where the course stands with its evaluation: the month from the latest published version's sustainability step.</summary>
    public static EvaluationDue Due(IReadOnlyList<DesignVersion> published, IReadOnlyList<AnnualEvaluation> evaluations, DateOnly today)
    {
        if (published.Count == 0)
        {
            return new EvaluationDue(EvaluationDueState.NotScheduled, null, null, null);
        }

        return Due(published[^1].ReadContent().Sustainability.AnnualEvaluationMonth, published[0].DecidedAt ?? published[0].SubmittedAt, evaluations, today);
    }

    /// <summary>As above, from the evaluation month of the latest publication version and when the first one was approved.</summary>
    public static EvaluationDue Due(int? month, DateTimeOffset firstPublishedAt, IReadOnlyList<AnnualEvaluation> evaluations, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        var first = DateOnly.FromDateTime(firstPublishedAt.UtcDateTime);
        return EvaluationSchedule.For(month, first, today, [.. evaluations.Where(e => e.IsSignedOff).Select(e => e.Year)]);
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.Now.UtcDateTime);

    private async Task<List<RunRow>> RunsAsync(AnnualEvaluation e, CancellationToken ct)
    {
        var from = new DateOnly(e.Year, 1, 1);
        var to = new DateOnly(e.Year, 12, 31);
        var runs = await db.Cohorts.AsNoTracking().Where(c => c.DesignId == e.DesignId && c.EndsOn >= from && c.EndsOn <= to)
            .OrderBy(c => c.StartsOn)
            .Select(c => new RunRow(c.Id, c.Name, c.StartsOn, c.EndsOn, c.DesignVersionNumber, c.Learners.Count, c.ResultsFinalisedAt != null))
            .ToListAsync(ct);

        // The run report's figures (check 21): pass rate and the units whose measured study load is flagged.
        for (var i = 0; i < runs.Count; i++)
        {
            if (await reports.FiguresAsync(runs[i].CohortId, ct) is { } report)
            {
                runs[i] = runs[i] with { PassRatePercent = report.PassRatePercent, Flagged = report.FlaggedUnits };
            }
        }

        return runs;
    }

    private async Task<EvaluationOutcome> ChangeAsync(Guid evaluationId, Guid userId, Guid? token, Action<EvaluationContext, DateTimeOffset> change, string done, CancellationToken ct)
    {
        var context = await LoadAsync(evaluationId, userId, ct, track: true);
        if (context is null || !context.IsTeam)
        {
            return EvaluationOutcome.NotFound;
        }

        if (context.Evaluation.FrozenBecause is { } frozen)
        {
            return EvaluationOutcome.Frozen(frozen);
        }

        if (token != context.Evaluation.Version)
        {
            return EvaluationOutcome.Conflict;
        }

        try
        {
            change(context, clock.Now);
            await db.SaveChangesAsync(ct);
        }
        catch (DomainException ex)
        {
            return EvaluationOutcome.Refused(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return EvaluationOutcome.Conflict;
        }

        logger.LogInformation("Evaluation {EvaluationId} of design {DesignId} changed by user {UserId}", evaluationId, context.Design.Id, userId);
        return EvaluationOutcome.Done(done);
    }
}

public sealed record EvaluationRow(Guid Id, int Year, int VersionNumber, DateTimeOffset? SignedOffAt, string? SignedOffBy, int Actions, int OpenActions);

public sealed record EvaluationsIndexViewModel(Guid DesignId, string Title, bool IsTeam, bool CanStart, EvaluationDue Due, IReadOnlyList<EvaluationRow> Evaluations,
    int SuggestedYear, string? Error);

public sealed record RunRow(Guid CohortId, string Name, DateOnly StartsOn, DateOnly EndsOn, int VersionNumber, int Learners, bool Finalised)
{
    public decimal? PassRatePercent { get; init; }

    /// <summary>Units whose measured study load is more than 20 % off the plan, from the run report.</summary>
    public IReadOnlyList<Domain.Surveys.UnitWorkload> Flagged { get; init; } = [];
}

public sealed record EvaluationViewModel(EvaluationContext Context, string Title, IReadOnlyList<RunRow> Runs, BusinessPlanReview Business,
    IReadOnlyList<string> MissingForSignOff, bool CanOpenRevision, bool OpenDeviation, EvaluationCommentForm CommentForm)
{
    public AnnualEvaluation Evaluation => Context.Evaluation;
}

public sealed record OwnerOption(Guid UserId, string Name);

public sealed record StepActions(WizardStep? Step, IReadOnlyList<ImprovementAction> Actions);

public sealed record RevisionViewModel(AnnualEvaluation Evaluation, Guid DesignId, string Title, DesignStatus Status, int? RevisionOf, bool IsLeader, bool CanOpen,
    IReadOnlyList<StepActions> ByStep, string? Error);

public sealed record EvaluationFormViewModel<TForm>(EvaluationContext Context, TForm Form, IReadOnlyList<OwnerOption> Owners, Guid? ActionId = null)
{
    public AnnualEvaluation Evaluation => Context.Evaluation;
}

public sealed record FrozenViewModel(Guid EvaluationId, Guid DesignId, string Title, int Year, string Message);
