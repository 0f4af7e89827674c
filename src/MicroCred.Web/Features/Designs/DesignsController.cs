using MicroCred.Domain.Accounts;
using MicroCred.Domain.Checks;
using MicroCred.Infrastructure.Persistence;
using FluentValidation;
using MicroCred.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Designs;

[Route("designs")]
public sealed class DesignsController(DesignsHandler handler, DesignWorkspaces workspaces, MicroCredDbContext db, MicroCred.Web.Features.Cohorts.CohortAccess cohorts) : Controller
{
    [HttpGet("new"), Authorize(Roles = Roles.CourseDesigner + "," + Roles.InstitutionAdmin)]
    public IActionResult New() => User.InstitutionId() is null ? NoInstitution() : View(new NewDesignForm());

    [HttpPost("new"), Authorize(Roles = Roles.CourseDesigner + "," + Roles.InstitutionAdmin)]
    public async Task<IActionResult> New(NewDesignForm form, [FromServices] IValidator<NewDesignForm> validator, CancellationToken ct)
    {
        if (User.InstitutionId() is not { } institution)
        {
            return NoInstitution();
        }

        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState);
            return View(form);
        }

        var id = await handler.StartAsync(form.Title!, User.UserId(), institution, ct);
        TempData["Flash"] = "Course design started. Work through the steps in any order; the checks update as you save.";
        return RedirectToAction(nameof(Home), new { id });
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Home(Guid id, [FromServices] MicroCred.Web.Features.Review.ReviewAccess access,
        [FromServices] MicroCred.Web.Features.Evaluations.RevisionCheck revisions, CancellationToken ct)
    {
        var workspace = await workspaces.ReadAsync(id, User.UserId(), ct);
        if (workspace is null)
        {
            return NotFound();
        }

        var editors = workspace.Steps.Values.Select(s => s.LastEditedById).OfType<Guid>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => editors.Contains(u.Id)).Select(u => new { u.Id, u.FullName }).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        var counts = await db.ReviewComments.AsNoTracking()
            .Where(c => c.DesignId == id && c.Status == MicroCred.Domain.Reviews.CommentStatus.Open)
            .GroupBy(c => c.Step).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var openReview = await db.Reviews.AsNoTracking()
            .FirstOrDefaultAsync(r => r.DesignId == id && r.State != MicroCred.Domain.Reviews.ReviewState.Decided, ct);
        var lastDecision = await db.QualityGateDecisions.AsNoTracking().Where(d => d.DesignId == id)
            .OrderByDescending(d => d.VersionNumber).FirstOrDefaultAsync(ct);
        var review = new ReviewSummary(openReview, lastDecision, counts, await access.GateFactsAsync(id, ct));
        var managesCohorts = await cohorts.DesignAsync(id, User, ct) is not null;
        var lastVersion = workspace.Design.LastVersionNumber == 0 ? null
            : await db.DesignVersions.AsNoTracking().FirstOrDefaultAsync(v => v.DesignId == id && v.Number == workspace.Design.LastVersionNumber, ct);
        var toAnswer = await db.ReviewComments.AsNoTracking()
            .Where(c => c.DesignId == id && c.Status == MicroCred.Domain.Reviews.CommentStatus.Open)
            .OrderBy(c => c.Step).ThenBy(c => c.CreatedAt).Take(20)
            .Select(c => new CommentToAnswer(c.Id, c.Step, c.Text, c.AuthorName)).ToListAsync(ct);
        var model = DesignHomeViewModel.From(workspace, names, review) with
        {
            ManagesCohorts = managesCohorts,
            NothingChangedSinceReturn = MicroCred.Domain.Designs.CourseDesign.NothingChangedSince(lastVersion, workspace.Content, review.Facts),
            CommentsToAnswer = toAnswer,
        };

        // A minor revision of a published course goes straight to approval for publication (G3).
        if (!workspace.Design.IsUnderReview && await revisions.VerdictAsync(workspace.Design, workspace.Content, ct) is { IsMinor: true })
        {
            model = model with { NextGate = Gate.G3, Unmet = MicroCred.Domain.Reviews.GateConditions.Evaluate(Gate.G3, workspace.Content, workspace.Findings, review.Facts, workspace.MissingOf) };
        }

        return View(model);
    }

    [HttpGet("{id:guid}/checks")]
    public async Task<IActionResult> Checks(Guid id, CancellationToken ct)
    {
        var workspace = await workspaces.ReadAsync(id, User.UserId(), ct);
        return workspace is null
            ? NotFound()
            : View(new ChecksViewModel(id, workspace.Design.Title, workspace.Findings, AlignmentMatrix.Build(workspace.Content), workspace.Content)
            {
                NextGate = workspace.Design.NextGate,
                Groups = CheckReport.Build(workspace.Findings, workspace.Design.NextGate),
            });
    }

    [HttpGet("{id:guid}/team")]
    public async Task<IActionResult> Team(Guid id, CancellationToken ct)
    {
        var model = await handler.TeamAsync(id, User.UserId(), ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("{id:guid}/team/add")]
    public async Task<IActionResult> AddMember(Guid id, Guid? userId, CancellationToken ct) =>
        TeamResult(id, await handler.AddMemberAsync(id, User.UserId(), userId, ct));

    [HttpPost("{id:guid}/team/{userId:guid}/remove")]
    public async Task<IActionResult> RemoveMember(Guid id, Guid userId, CancellationToken ct) =>
        TeamResult(id, await handler.RemoveMemberAsync(id, User.UserId(), userId, ct));

    /// <summary>The course description of the current draft (marked DRAFT), or the list of what is still missing for it.</summary>
    [HttpGet("{id:guid}/course-description")]
    public async Task<IActionResult> CourseDescription(Guid id, [FromServices] MicroCred.Documents.Rendering.PdfRenderer renderer, [FromServices] MicroCred.Domain.IClock clock, CancellationToken ct)
    {
        var workspace = await workspaces.LoadAsync(id, User.UserId(), ct);
        if (workspace is null)
        {
            return NotFound();
        }

        var missing = MicroCred.Documents.Templates.CourseDescriptionDocument.MissingItems(workspace.CheckContext);
        if (missing.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("CourseDescriptionMissing", new ChecksViewModel(id, workspace.Design.Title, missing, AlignmentMatrix.Build(workspace.Content), workspace.Content));
        }

        var model = MicroCred.Documents.Templates.CourseDescriptionDocument.Build(new MicroCred.Documents.Templates.CourseDescriptionInput(
            workspace.Content, workspace.CheckContext.Institutions, workspace.Design.LastVersionNumber, Approved: false, ApprovedOn: null, clock.Now));
        var bytes = renderer.Render(model);
        return File(bytes, "application/pdf", $"course-description-{Slug(workspace.Design.Title)}-draft.pdf");
    }

    [HttpGet("{id:guid}/history")]
    public async Task<IActionResult> History(Guid id, CancellationToken ct)
    {
        var model = await handler.HistoryAsync(id, User.UserId(), MicroCred.Web.Features.Shared.PageRequest.From(Request), ct);
        return model is null ? NotFound() : View(model);
    }

    private static string Slug(string title)
    {
        var chars = title.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length > 60 ? slug[..60] : slug;
    }

    private IActionResult TeamResult(Guid id, TeamOutcome outcome)
    {
        switch (outcome.Kind)
        {
            case TeamOutcomeKind.NotFound:
                return NotFound();
            case TeamOutcomeKind.Forbidden:
                return Forbid();
            case TeamOutcomeKind.Refused:
                TempData["TeamError"] = outcome.Message;
                return RedirectToAction(nameof(Team), new { id });
            default:
                TempData["Flash"] = outcome.Message;
                return RedirectToAction(nameof(Team), new { id });
        }
    }

    private ViewResult NoInstitution()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("NoInstitution");
    }
}

public sealed class NewDesignForm
{
    [System.ComponentModel.DataAnnotations.Display(Name = "Working title of the course")]
    public string? Title { get; set; }

    public sealed class Validator : AbstractValidator<NewDesignForm>
    {
        public Validator()
        {
            RuleFor(f => f.Title)
                .NotEmpty().WithMessage("Enter a working title for the course.")
                .MaximumLength(MicroCred.Domain.Designs.CourseDesign.TitleMaxLength)
                .WithMessage($"The title can have at most {MicroCred.Domain.Designs.CourseDesign.TitleMaxLength} characters.");
        }
    }
}

public sealed record ChecksViewModel(Guid DesignId, string Title, IReadOnlyList<Finding> Findings, AlignmentMatrix Matrix, MicroCred.Domain.Designs.DesignContent Content)
{
    /// <summary>The gate the design goes to next; null once published.</summary>
    public Gate? NextGate { get; init; }

    /// <summary>Findings merged, grouped by step and split by the gate that needs them.</summary>
    public IReadOnlyList<CheckGroup> Groups { get; init; } = [];
}
