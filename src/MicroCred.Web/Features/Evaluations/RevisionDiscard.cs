using MicroCred.Domain;
using MicroCred.Domain.Designs;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Web.Features.Review;
using MicroCred.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Evaluations;

/// <summary>
/// The team leader discards an open revision that is not under review: every step gets the published version's content
/// back, the design is the published course again, and the history and timeline say so. Versions the revision submitted
/// earlier (a major revision's design review, for example) stay in the history.
/// </summary>
public sealed class RevisionDiscardHandler(MicroCredDbContext db, ReviewAccess access, IClock clock, ILogger<RevisionDiscardHandler> logger)
{
    public async Task<DiscardRevisionViewModel?> PageAsync(Guid designId, Guid userId, CancellationToken ct, string? error = null)
    {
        var grant = await access.LoadAsync(designId, userId, ct);
        if (grant is not { IsTeam: true })
        {
            return null;
        }

        var design = grant.Design;
        if (design.RevisionOf is not { } published)
        {
            return new DiscardRevisionViewModel(design.Id, design.Title, null, false, null, [], error ?? "There is no open revision to discard.");
        }

        var content = await PublishedContentAsync(design.Id, published, ct);
        var steps = await db.DesignSteps.AsNoTracking().Where(s => s.DesignId == design.Id).ToListAsync(ct);
        var changed = Changed(content, steps).Select(s => $"{(int)s}. {StepCatalog.Get(s).Title}").ToList();
        return new DiscardRevisionViewModel(design.Id, design.Title, published, design.IsLeader(userId), design.VersionUnderReview, changed, error);
    }

    public async Task<DiscardOutcome> DiscardAsync(Guid designId, Guid userId, CancellationToken ct)
    {
        var grant = await access.LoadAsync(designId, userId, ct, track: true);
        if (grant is not { IsTeam: true })
        {
            return DiscardOutcome.NotFound;
        }

        var design = grant.Design;
        var published = design.RevisionOf;
        var now = clock.Now;
        var restored = 0;
        try
        {
            var entry = design.DiscardRevision(grant.Actor, now);
            var content = await PublishedContentAsync(design.Id, published!.Value, ct);
            var steps = await db.DesignSteps.Where(s => s.DesignId == design.Id).ToListAsync(ct);
            foreach (var step in Changed(content, steps))
            {
                var row = steps.SingleOrDefault(s => s.Step == step);
                if (row is null)
                {
                    row = new DesignStep(design.Id, step);
                    db.DesignSteps.Add(row);
                }

                row.Save(DesignContentJson.Serialize(content.Get(step)), true, userId, now);
                restored++;
            }

            db.TimelineEntries.Add(entry);
            db.DesignChanges.Add(new DesignChange(design.Id, null, userId, now,
                $"Revision discarded: the design is back to published version {published}" +
                (restored == 0 ? "." : $"; {restored} changed step{(restored == 1 ? " was" : "s were")} set back.")));
            await db.SaveChangesAsync(ct);
        }
        catch (DomainException ex)
        {
            return DiscardOutcome.Refused(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return DiscardOutcome.Refused("The design changed while you were discarding the revision; nothing was discarded. Look at the task list and try again.");
        }

        logger.LogInformation("Revision of design {DesignId} discarded by user {UserId}: back to version {Version}, {Steps} steps set back", design.Id, userId, published, restored);
        return DiscardOutcome.Done($"Revision discarded: version {published} is the course again, as it was published.");
    }

    /// <summary>The steps whose content differs from the published version (compared in the same serialized form).</summary>
    private static List<WizardStep> Changed(DesignContent published, IReadOnlyList<DesignStep> steps) =>
        [.. Enum.GetValues<WizardStep>().Where(step =>
        {
            var target = DesignContentJson.Serialize(published.Get(step));
            var row = steps.SingleOrDefault(s => s.Step == step);
            return row is null ? true : DesignContentJson.Serialize(DesignContentJson.Deserialize(step, row.ContentJson)) != target;
        })];

    private async Task<DesignContent> PublishedContentAsync(Guid designId, int number, CancellationToken ct)
    {
        var version = await db.DesignVersions.AsNoTracking().SingleAsync(v => v.DesignId == designId && v.Number == number, ct);
        return version.ReadContent();
    }
}

public sealed record DiscardRevisionViewModel(Guid DesignId, string Title, int? RevisionOf, bool IsLeader, int? VersionUnderReview,
    IReadOnlyList<string> ChangedSteps, string? Error);

public sealed record DiscardOutcome(DiscardOutcomeKind Kind, string Message)
{
    public static DiscardOutcome NotFound { get; } = new(DiscardOutcomeKind.NotFound, "");

    public static DiscardOutcome Refused(string message) => new(DiscardOutcomeKind.Refused, message);

    public static DiscardOutcome Done(string message) => new(DiscardOutcomeKind.Done, message);
}

public enum DiscardOutcomeKind
{
    NotFound,
    Refused,
    Done,
}

/// <summary>Discarding an open revision: a confirmation page and the discard itself (team leader; the team sees why not).</summary>
public sealed class RevisionsController(RevisionDiscardHandler handler) : Controller
{
    [HttpGet("designs/{id:guid}/revision/discard")]
    public async Task<IActionResult> Discard(Guid id, CancellationToken ct) =>
        await handler.PageAsync(id, User.UserId(), ct) is { } model ? View("Discard", model) : NotFound();

    [HttpPost("designs/{id:guid}/revision/discard"), ValidateAntiForgeryToken]
    public async Task<IActionResult> DiscardPost(Guid id, CancellationToken ct)
    {
        var outcome = await handler.DiscardAsync(id, User.UserId(), ct);
        switch (outcome.Kind)
        {
            case DiscardOutcomeKind.NotFound:
                return NotFound();
            case DiscardOutcomeKind.Done:
                TempData["Flash"] = outcome.Message;
                return Redirect($"/designs/{id}");
            default:
                Response.StatusCode = StatusCodes.Status409Conflict;
                var model = await handler.PageAsync(id, User.UserId(), ct, outcome.Message);
                return model is null ? NotFound() : View("Discard", model);
        }
    }
}
