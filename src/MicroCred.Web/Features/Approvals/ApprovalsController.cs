using FluentValidation;
using MicroCred.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace MicroCred.Web.Features.Approvals;

/// <summary>External peer reviews (G2), programme board approvals and agreement signatures (G3) of one design.</summary>
[Route("designs/{id:guid}/approvals")]
public sealed class ApprovalsController(DesignRecordsHandler handler) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Records(Guid id, CancellationToken ct)
    {
        var model = await handler.PageAsync(id, User.Actor(), ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("boards"), ValidateAntiForgeryToken]
    public async Task<IActionResult> RecordBoard(Guid id, [Bind(Prefix = "Board")] BoardApprovalForm form, [FromServices] IValidator<BoardApprovalForm> validator, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, "Board");
            return await Again(id, m => m.Board = form, ct);
        }

        return await Result(id, await handler.RecordBoardApprovalAsync(id, User.Actor(), form, ct), "Board", m => m.Board = form, ct);
    }

    [HttpPost("boards/{recordId:guid}/remove"), ValidateAntiForgeryToken]
    public async Task<IActionResult> RemoveBoard(Guid id, Guid recordId, CancellationToken ct) =>
        await Result(id, await handler.RemoveBoardApprovalAsync(id, User.Actor(), recordId, ct), null, _ => { }, ct);

    [HttpPost("signatures"), ValidateAntiForgeryToken]
    public async Task<IActionResult> RecordSignature(Guid id, [Bind(Prefix = "Signature")] SignatureForm form, [FromServices] IValidator<SignatureForm> validator, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, "Signature");
            return await Again(id, m => m.Signature = form, ct);
        }

        return await Result(id, await handler.RecordSignatureAsync(id, User.Actor(), form, ct), "Signature", m => m.Signature = form, ct);
    }

    [HttpPost("signatures/{recordId:guid}/remove"), ValidateAntiForgeryToken]
    public async Task<IActionResult> RemoveSignature(Guid id, Guid recordId, CancellationToken ct) =>
        await Result(id, await handler.RemoveSignatureAsync(id, User.Actor(), recordId, ct), null, _ => { }, ct);

    [HttpPost("external-reviews"), ValidateAntiForgeryToken]
    public async Task<IActionResult> RecordExternal(Guid id, [Bind(Prefix = "External")] ExternalReviewForm form, [FromServices] IValidator<ExternalReviewForm> validator, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, "External");
            return await Again(id, m => m.External = form, ct);
        }

        return await Result(id, await handler.RecordExternalReviewAsync(id, User.Actor(), form, ct), "External", m => m.External = form, ct);
    }

    [HttpPost("external-reviews/{recordId:guid}/remove"), ValidateAntiForgeryToken]
    public async Task<IActionResult> RemoveExternal(Guid id, Guid recordId, CancellationToken ct) =>
        await Result(id, await handler.RemoveExternalReviewAsync(id, User.Actor(), recordId, ct), null, _ => { }, ct);

    private async Task<IActionResult> Result(Guid id, RecordOutcome outcome, string? prefix, Action<RecordsViewModel> keep, CancellationToken ct)
    {
        switch (outcome.Kind)
        {
            case RecordOutcomeKind.NotFound:
                return NotFound();
            case RecordOutcomeKind.Refused:
                var key = prefix is null ? "" : outcome.Field is null ? "" : $"{prefix}.{outcome.Field}";
                ModelState.AddModelError(key, outcome.Message!);
                return await Again(id, keep, ct);
            default:
                TempData["Flash"] = outcome.Message;
                return RedirectToAction(nameof(Records), new { id });
        }
    }

    private async Task<IActionResult> Again(Guid id, Action<RecordsViewModel> keep, CancellationToken ct)
    {
        var model = await handler.PageWithAsync(id, User.Actor(), keep, ct);
        if (model is null)
        {
            return NotFound();
        }

        return View(nameof(Records), model);
    }
}
