using FluentValidation;
using MicroCred.Domain.Designs;
using MicroCred.Web.Features.Review;
using MicroCred.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace MicroCred.Web.Features.Guests;

/// <summary>Guest reviewer invitations of a design (its covering QA officers only), and the guest's own pages behind their link.</summary>
public sealed class GuestsController(GuestInvitationsHandler handler, GuestReviewHandler guests) : Controller
{
    [HttpGet("designs/{id:guid}/guests")]
    public async Task<IActionResult> Guests(Guid id, CancellationToken ct)
    {
        var model = await handler.PageAsync(id, User.Actor(), null, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("designs/{id:guid}/guests"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Invite(Guid id, [Bind(Prefix = "Form")] GuestInvitationForm form, [FromServices] IValidator<GuestInvitationForm> validator, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, "Form");
            return await Again(id, form, ct);
        }

        var outcome = await handler.InviteAsync(id, User.Actor(), form, ct);
        switch (outcome.Kind)
        {
            case GuestOutcomeKind.NotFound:
                return NotFound();
            case GuestOutcomeKind.Refused:
                ModelState.AddModelError(outcome.Field is null ? "" : "Form." + outcome.Field, outcome.Message!);
                return await Again(id, form, ct);
            default:
                TempData["Flash"] = outcome.Message;
                return RedirectToAction(nameof(Guests), new { id });
        }
    }

    [HttpPost("designs/{id:guid}/guests/{guestId:guid}/withdraw"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Withdraw(Guid id, Guid guestId, CancellationToken ct)
    {
        var outcome = await handler.WithdrawAsync(id, User.Actor(), guestId, ct);
        switch (outcome.Kind)
        {
            case GuestOutcomeKind.NotFound:
                return NotFound();
            case GuestOutcomeKind.Refused:
                ModelState.AddModelError("", outcome.Message!);
                return await Again(id, null, ct);
            default:
                TempData["Flash"] = outcome.Message;
                return RedirectToAction(nameof(Guests), new { id });
        }
    }

    /// <summary>
    /// Where the guest's e-mailed link lands: the version under review, one step at a time, with the guest's own comments.
    /// Unknown, expired and withdrawn links get a clear page, never an error.
    /// </summary>
    [HttpGet("guest/{token}"), AllowAnonymous, EnableRateLimiting(MicroCredHostingExtensions.InvitationRateLimit)]
    public async Task<IActionResult> Landing(string token, int step = 1, string? field = null, Guid? row = null, CancellationToken ct = default)
    {
        if (step is < 1 or > 21)
        {
            return NotFound();
        }

        var form = new NewCommentForm { Step = step, FieldPath = field, RowId = row };
        return Page(await guests.ReadAsync(token, (WizardStep)step, form, ct));
    }

    /// <summary>The guest opens a comment. Anonymous, so the link is checked again: an expired or withdrawn link stores nothing.</summary>
    [HttpPost("guest/{token}/comments"), AllowAnonymous, ValidateAntiForgeryToken, EnableRateLimiting(MicroCredHostingExtensions.InvitationRateLimit)]
    public async Task<IActionResult> Comment(string token, NewCommentForm form, CancellationToken ct)
    {
        if (form.Step is < 1 or > 21)
        {
            return NotFound();
        }

        var outcome = await guests.CommentAsync(token, form, ct);
        switch (outcome.Kind)
        {
            case GuestActionKind.Unusable:
                return Unusable(outcome.Problem!.Value);
            case GuestActionKind.NotFound:
                return NotFound();
            case GuestActionKind.Refused:
                ModelState.AddModelError(nameof(NewCommentForm.Text), outcome.Message);
                return Page(await guests.ReadAsync(token, (WizardStep)form.Step, form, ct));
            default:
                TempData["Flash"] = outcome.Message;
                return Redirect($"/guest/{Uri.EscapeDataString(token)}?step={form.Step}#threads");
        }
    }

    /// <summary>The guest replies in one of their own threads.</summary>
    [HttpPost("guest/{token}/comments/{commentId:guid}/reply"), AllowAnonymous, ValidateAntiForgeryToken, EnableRateLimiting(MicroCredHostingExtensions.InvitationRateLimit)]
    public async Task<IActionResult> Reply(string token, Guid commentId, ThreadActionForm form, CancellationToken ct)
    {
        var outcome = await guests.ReplyAsync(token, commentId, form, ct);
        switch (outcome.Kind)
        {
            case GuestActionKind.Unusable:
                return Unusable(outcome.Problem!.Value);
            case GuestActionKind.NotFound:
                return NotFound();
            case GuestActionKind.Refused:
                var page = await guests.ReadAsync(token, outcome.Step!.Value, null, ct, new KeptReply(commentId, form.Text, outcome.Message));
                return Page(page);
            default:
                TempData["Flash"] = outcome.Message;
                return Redirect($"/guest/{Uri.EscapeDataString(token)}?step={(int)outcome.Step!.Value}#thread-{commentId:N}");
        }
    }

    private IActionResult Page(GuestPage page)
    {
        if (page.Problem is { } problem)
        {
            return Unusable(problem);
        }

        return page.Model is null ? NotFound() : View("Landing", page.Model);
    }

    private ViewResult Unusable(GuestLinkProblem problem)
    {
        Response.StatusCode = problem == GuestLinkProblem.Unknown ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone;
        return View("GuestLinkUnusable", problem);
    }

    private async Task<IActionResult> Again(Guid id, GuestInvitationForm? form, CancellationToken ct)
    {
        var model = await handler.PageAsync(id, User.Actor(), form, ct);
        return model is null ? NotFound() : View(nameof(Guests), model);
    }
}
