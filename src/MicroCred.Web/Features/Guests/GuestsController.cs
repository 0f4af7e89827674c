using FluentValidation;
using MicroCred.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace MicroCred.Web.Features.Guests;

/// <summary>Guest reviewer invitations of a design (its covering QA officers only) and the guest's landing page.</summary>
public sealed class GuestsController(GuestInvitationsHandler handler) : Controller
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

    /// <summary>Where the guest's e-mailed link lands. Unknown, expired and withdrawn links get a clear page, never an error.</summary>
    [HttpGet("guest/{token}"), AllowAnonymous, EnableRateLimiting(MicroCredHostingExtensions.InvitationRateLimit)]
    public async Task<IActionResult> Landing(string token, CancellationToken ct)
    {
        var view = await handler.OpenLinkAsync(token, ct);
        if (view.Problem is not null)
        {
            Response.StatusCode = view.Problem == GuestLinkProblem.Unknown ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone;
            return View("GuestLinkUnusable", view.Problem.Value);
        }

        return View(view);
    }

    private async Task<IActionResult> Again(Guid id, GuestInvitationForm? form, CancellationToken ct)
    {
        var model = await handler.PageAsync(id, User.Actor(), form, ct);
        return model is null ? NotFound() : View(nameof(Guests), model);
    }
}
