using FluentValidation;
using MicroCred.Domain.Accounts;
using MicroCred.Domain.Designs;
using MicroCred.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MicroCred.Web.Features.Review;

/// <summary>The review screens: submit, the queue, the workspace on a frozen version, comment threads and the gate decision.</summary>
public sealed class ReviewController(ReviewHandler reviews, WorkspaceHandler workspace, DecisionHandler decisions) : Controller
{
    public const string ErrorKey = "ReviewError";

    [HttpGet("designs/{id:guid}/submit")]
    public async Task<IActionResult> Submit(Guid id, CancellationToken ct)
    {
        var model = await reviews.SubmitPageAsync(id, User.UserId(), ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("designs/{id:guid}/submit"), ValidateAntiForgeryToken]
    public async Task<IActionResult> SubmitPost(Guid id, CancellationToken ct)
    {
        var outcome = await reviews.SubmitAsync(id, User.UserId(), ct);
        switch (outcome.Kind)
        {
            case ReviewOutcomeKind.NotFound:
                return NotFound();
            case ReviewOutcomeKind.Refused:
                Response.StatusCode = StatusCodes.Status409Conflict;
                return View(nameof(Submit), await reviews.SubmitPageAsync(id, User.UserId(), ct, outcome.Message));
            default:
                TempData["Flash"] = outcome.Message;
                return Redirect($"/designs/{id}");
        }
    }

    [HttpGet("reviews"), Authorize(Roles = Roles.QaOfficer + "," + Roles.InstitutionAdmin)]
    public async Task<IActionResult> Queue(CancellationToken ct)
    {
        var model = await reviews.QueueAsync(User.UserId(), ct, MicroCred.Web.Features.Shared.PageRequest.From(Request));
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("reviews/{reviewId:guid}/claim"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Claim(Guid reviewId, CancellationToken ct) =>
        Outcome(await reviews.ClaimAsync(reviewId, User.UserId(), ct), $"/reviews/{reviewId}", "/reviews");

    [HttpPost("reviews/{reviewId:guid}/release"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Release(Guid reviewId, CancellationToken ct) =>
        Outcome(await reviews.ReleaseAsync(reviewId, User.UserId(), ct), "/reviews", $"/reviews/{reviewId}");

    [HttpGet("reviews/{reviewId:guid}/reassign")]
    public async Task<IActionResult> Reassign(Guid reviewId, CancellationToken ct)
    {
        var model = await reviews.ReassignPageAsync(reviewId, User.UserId(), ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("reviews/{reviewId:guid}/reassign"), ValidateAntiForgeryToken]
    public async Task<IActionResult> ReassignPost(Guid reviewId, Guid? reviewerId, CancellationToken ct)
    {
        var outcome = await reviews.ReassignAsync(reviewId, User.UserId(), reviewerId, ct);
        switch (outcome.Kind)
        {
            case ReviewOutcomeKind.NotFound:
                return NotFound();
            case ReviewOutcomeKind.Refused:
                var model = await reviews.ReassignPageAsync(reviewId, User.UserId(), ct, outcome.Message);
                return model is null ? NotFound() : View(nameof(Reassign), model);
            default:
                TempData["Flash"] = outcome.Message;
                return Redirect("/reviews");
        }
    }

    [HttpGet("reviews/{reviewId:guid}")]
    public async Task<IActionResult> Workspace(Guid reviewId, int step = 1, string? field = null, Guid? row = null, string? comments = null, CancellationToken ct = default)
    {
        if (step is < 1 or > 21)
        {
            return NotFound();
        }

        var form = new NewCommentForm { Step = step, FieldPath = field, RowId = row };
        var model = await workspace.ShowAsync(reviewId, User.UserId(), (WizardStep)step, form, ct, allThreads: comments == "all");
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("reviews/{reviewId:guid}/comments"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Comment(Guid reviewId, NewCommentForm form, CancellationToken ct)
    {
        if (form.Step is < 1 or > 21)
        {
            return NotFound();
        }

        var outcome = await workspace.OpenAsync(reviewId, User.UserId(), form, ct);
        switch (outcome.Kind)
        {
            case ReviewOutcomeKind.NotFound:
                return NotFound();
            case ReviewOutcomeKind.Refused:
                ModelState.AddModelError(nameof(NewCommentForm.Text), outcome.Message);
                var model = await workspace.ShowAsync(reviewId, User.UserId(), (WizardStep)form.Step, form, ct);
                return model is null ? NotFound() : View(nameof(Workspace), model);
            default:
                TempData["Flash"] = outcome.Message;
                return Redirect($"/reviews/{reviewId}?step={form.Step}");
        }
    }

    [HttpGet("comments/{commentId:guid}")]
    public async Task<IActionResult> Thread(Guid commentId, CancellationToken ct)
    {
        var model = await workspace.ThreadAsync(commentId, User.UserId(), ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("comments/{commentId:guid}/{verb:regex(^(reply|resolve|close|reopen)$)}"), ValidateAntiForgeryToken]
    public async Task<IActionResult> ThreadAction(Guid commentId, string verb, ThreadActionForm form, CancellationToken ct)
    {
        var result = await workspace.ActAsync(commentId, User.UserId(), verb, form, ct);
        if (result.Kind == ReviewOutcomeKind.NotFound)
        {
            return NotFound();
        }

        if (result.Kind == ReviewOutcomeKind.Refused)
        {
            ModelState.AddModelError(nameof(ThreadActionForm.Text), result.Message);
            Response.StatusCode = result.IsConflict ? StatusCodes.Status409Conflict : StatusCodes.Status200OK;
            var model = await workspace.ThreadAsync(commentId, User.UserId(), ct, form, result.Message, result.IsConflict);
            return model is null ? NotFound() : View(nameof(Thread), model);
        }

        TempData["Flash"] = result.Message;
        return Redirect(form.ReturnUrl is { } back && Url.IsLocalUrl(back) ? back : $"/comments/{commentId}");
    }

    [HttpGet("designs/{id:guid}/comments")]
    public async Task<IActionResult> Comments(Guid id, CancellationToken ct)
    {
        var model = await workspace.DesignCommentsAsync(id, User.UserId(), ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("reviews/{reviewId:guid}/decision")]
    public async Task<IActionResult> Decision(Guid reviewId, CancellationToken ct)
    {
        var model = await decisions.PageAsync(reviewId, User.UserId(), null, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("reviews/{reviewId:guid}/decision"), ValidateAntiForgeryToken]
    public async Task<IActionResult> DecisionPost(Guid reviewId, DecisionForm form, [FromServices] IValidator<DecisionForm> validator, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        if (validation.IsValid)
        {
            var outcome = await decisions.DecideAsync(reviewId, User.UserId(), form, ct);
            if (outcome.Kind == ReviewOutcomeKind.NotFound)
            {
                return NotFound();
            }

            if (outcome.Kind == ReviewOutcomeKind.Done)
            {
                TempData["Flash"] = outcome.Message;
                return Redirect("/reviews");
            }

            ModelState.AddModelError("", outcome.Message);
        }
        else
        {
            validation.AddToModelState(ModelState);
        }

        var model = await decisions.PageAsync(reviewId, User.UserId(), form, ct);
        return model is null ? NotFound() : View(nameof(Decision), model);
    }

    [HttpGet("designs/{id:guid}/decisions")]
    public async Task<IActionResult> Decisions(Guid id, CancellationToken ct)
    {
        var model = await decisions.DecisionsAsync(id, User.UserId(), ct);
        return model is null ? NotFound() : View(model);
    }

    private IActionResult Outcome(ReviewOutcome outcome, string doneUrl, string refusedUrl)
    {
        switch (outcome.Kind)
        {
            case ReviewOutcomeKind.NotFound:
                return NotFound();
            case ReviewOutcomeKind.Refused:
                TempData[ErrorKey] = outcome.Message;
                return Redirect(refusedUrl);
            default:
                TempData["Flash"] = outcome.Message;
                return Redirect(doneUrl);
        }
    }
}
