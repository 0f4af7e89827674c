using FluentValidation;
using MicroCred.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace MicroCred.Web.Features.Evaluations;

/// <summary>The annual evaluation of a published course, its comments and sign-off, and the revision opened from it.</summary>
public sealed class EvaluationsController(EvaluationsHandler handler) : Controller
{
    [HttpGet("designs/{id:guid}/evaluations")]
    public async Task<IActionResult> Index(Guid id, CancellationToken ct) =>
        await handler.IndexAsync(id, User.UserId(), ct) is { } model ? View(model) : NotFound();

    [HttpPost("designs/{id:guid}/evaluations"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Start(Guid id, StartEvaluationForm form, [FromServices] IValidator<StartEvaluationForm> validator, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        var outcome = validation.IsValid
            ? await handler.StartAsync(id, User.UserId(), form.Year!.Value, ct)
            : EvaluationOutcome.Refused(validation.Errors[0].ErrorMessage);
        if (outcome.Kind == EvaluationOutcomeKind.Done)
        {
            TempData["Flash"] = outcome.Message;
            return Redirect(EvaluationNotifications.Link(outcome.Id!.Value));
        }

        var model = await handler.IndexAsync(id, User.UserId(), ct, outcome.Message);
        if (model is null || !model.IsTeam)
        {
            return NotFound();
        }

        ModelState.AddModelError(nameof(StartEvaluationForm.Year), outcome.Message);
        return View(nameof(Index), model);
    }

    [HttpGet("evaluations/{evaluationId:guid}")]
    public async Task<IActionResult> Show(Guid evaluationId, CancellationToken ct) =>
        await handler.ShowAsync(evaluationId, User.UserId(), ct) is { } model ? View(model) : NotFound();

    [HttpGet("evaluations/{evaluationId:guid}/edit")]
    public async Task<IActionResult> Edit(Guid evaluationId, CancellationToken ct) =>
        await FormPageAsync(evaluationId, c => EvaluationRecordForm.From(c.Evaluation), ct);

    [HttpPost("evaluations/{evaluationId:guid}/edit"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(Guid evaluationId, EvaluationRecordForm form, [FromServices] IValidator<EvaluationRecordForm> validator, CancellationToken ct) =>
        await SaveAsync(evaluationId, form, validator, () => handler.RecordAsync(evaluationId, User.UserId(), form, ct), "Edit", ct);

    [HttpGet("evaluations/{evaluationId:guid}/partners")]
    public async Task<IActionResult> Partners(Guid evaluationId, CancellationToken ct) =>
        await FormPageAsync(evaluationId, c => PartnersForm.From(c.Evaluation), ct);

    [HttpPost("evaluations/{evaluationId:guid}/partners"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Partners(Guid evaluationId, PartnersForm form, [FromServices] IValidator<PartnersForm> validator, CancellationToken ct) =>
        await SaveAsync(evaluationId, form, validator, () => handler.PartnersAsync(evaluationId, User.UserId(), form, ct), "Partners", ct);

    [HttpGet("evaluations/{evaluationId:guid}/actions/new")]
    public async Task<IActionResult> NewAction(Guid evaluationId, CancellationToken ct) =>
        await FormPageAsync(evaluationId, c => ActionForm.From(c.Evaluation, null), ct, viewName: "Action");

    [HttpPost("evaluations/{evaluationId:guid}/actions/new"), ValidateAntiForgeryToken]
    public async Task<IActionResult> NewAction(Guid evaluationId, ActionForm form, [FromServices] IValidator<ActionForm> validator, CancellationToken ct) =>
        await SaveAsync(evaluationId, form, validator, () => handler.SaveActionAsync(evaluationId, null, User.UserId(), form, ct), "Action", ct);

    [HttpGet("evaluations/{evaluationId:guid}/actions/{actionId:guid}")]
    public async Task<IActionResult> EditAction(Guid evaluationId, Guid actionId, CancellationToken ct)
    {
        var context = await handler.LoadAsync(evaluationId, User.UserId(), ct);
        if (context?.Evaluation.Actions.FirstOrDefault(a => a.Id == actionId) is not { } action)
        {
            return NotFound();
        }

        return await FormPageAsync(evaluationId, c => ActionForm.From(c.Evaluation, action), ct, actionId, "Action");
    }

    [HttpPost("evaluations/{evaluationId:guid}/actions/{actionId:guid}"), ValidateAntiForgeryToken]
    public async Task<IActionResult> EditAction(Guid evaluationId, Guid actionId, ActionForm form, [FromServices] IValidator<ActionForm> validator, CancellationToken ct) =>
        await SaveAsync(evaluationId, form, validator, () => handler.SaveActionAsync(evaluationId, actionId, User.UserId(), form, ct), "Action", ct, actionId);

    [HttpPost("evaluations/{evaluationId:guid}/comments"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Comment(Guid evaluationId, [Bind(Prefix = "CommentForm")] EvaluationCommentForm form, [FromServices] IValidator<EvaluationCommentForm> validator, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        var outcome = validation.IsValid
            ? await handler.CommentAsync(evaluationId, User.UserId(), form.Text!, ct)
            : EvaluationOutcome.Refused(validation.Errors[0].ErrorMessage);
        switch (outcome.Kind)
        {
            case EvaluationOutcomeKind.NotFound:
                return NotFound();
            case EvaluationOutcomeKind.Frozen:
                return await FrozenAsync(evaluationId, outcome.Message, ct);
            case EvaluationOutcomeKind.Done:
                TempData["Flash"] = outcome.Message;
                return Redirect(EvaluationNotifications.Link(evaluationId) + "#comments");
            default:
                var model = await handler.ShowAsync(evaluationId, User.UserId(), ct, form);
                if (model is null)
                {
                    return NotFound();
                }

                ModelState.AddModelError("CommentForm.Text", outcome.Message);
                return View(nameof(Show), model);
        }
    }

    [HttpGet("evaluations/{evaluationId:guid}/sign-off")]
    public async Task<IActionResult> SignOff(Guid evaluationId, CancellationToken ct)
    {
        var model = await handler.ShowAsync(evaluationId, User.UserId(), ct);
        if (model is null || !model.Context.MaySignOff)
        {
            return NotFound();
        }

        return model.Evaluation.FrozenBecause is { } frozen ? await FrozenAsync(evaluationId, frozen, ct) : View(model);
    }

    [HttpPost("evaluations/{evaluationId:guid}/sign-off"), ValidateAntiForgeryToken]
    public async Task<IActionResult> SignOffPost(Guid evaluationId, CancellationToken ct)
    {
        var outcome = await handler.SignOffAsync(evaluationId, User.UserId(), ct);
        switch (outcome.Kind)
        {
            case EvaluationOutcomeKind.NotFound:
                return NotFound();
            case EvaluationOutcomeKind.Frozen:
                return await FrozenAsync(evaluationId, outcome.Message, ct);
            case EvaluationOutcomeKind.Done:
                TempData["Flash"] = outcome.Message;
                return Redirect(EvaluationNotifications.Link(evaluationId));
            default:
                var model = await handler.ShowAsync(evaluationId, User.UserId(), ct);
                if (model is null)
                {
                    return NotFound();
                }

                ModelState.AddModelError("", outcome.Message);
                return View(nameof(SignOff), model);
        }
    }

    [HttpGet("evaluations/{evaluationId:guid}/revision")]
    public async Task<IActionResult> Revision(Guid evaluationId, CancellationToken ct) =>
        await handler.RevisionPageAsync(evaluationId, User.UserId(), ct) is { } model ? View(model) : NotFound();

    [HttpPost("evaluations/{evaluationId:guid}/revision"), ValidateAntiForgeryToken]
    public async Task<IActionResult> RevisionPost(Guid evaluationId, CancellationToken ct)
    {
        var outcome = await handler.OpenRevisionAsync(evaluationId, User.UserId(), ct);
        switch (outcome.Kind)
        {
            case EvaluationOutcomeKind.NotFound:
                return NotFound();
            case EvaluationOutcomeKind.Done:
                TempData["Flash"] = outcome.Message;
                return Redirect($"/evaluations/{evaluationId}/revision");
            default:
                Response.StatusCode = StatusCodes.Status409Conflict;
                var model = await handler.RevisionPageAsync(evaluationId, User.UserId(), ct, outcome.Message);
                return model is null ? NotFound() : View(nameof(Revision), model);
        }
    }

    private async Task<IActionResult> FormPageAsync<TForm>(Guid evaluationId, Func<EvaluationContext, TForm> form, CancellationToken ct, Guid? actionId = null, string? viewName = null)
    {
        var context = await handler.LoadAsync(evaluationId, User.UserId(), ct);
        if (context is null || !context.IsTeam)
        {
            return NotFound();
        }

        if (context.Evaluation.FrozenBecause is { } frozen)
        {
            return await FrozenAsync(evaluationId, frozen, ct);
        }

        var owners = await handler.OwnersAsync(evaluationId, User.UserId(), ct);
        return View(viewName, new EvaluationFormViewModel<TForm>(context, form(context), owners, actionId));
    }

    private async Task<IActionResult> SaveAsync<TForm>(Guid evaluationId, TForm form, IValidator<TForm> validator, Func<Task<EvaluationOutcome>> save,
        string viewName, CancellationToken ct, Guid? actionId = null)
    {
        var context = await handler.LoadAsync(evaluationId, User.UserId(), ct);
        if (context is null || !context.IsTeam)
        {
            return NotFound();
        }

        if (context.Evaluation.FrozenBecause is { } frozen)
        {
            return await FrozenAsync(evaluationId, frozen, ct);
        }

        var validation = await validator.ValidateAsync(form, ct);
        EvaluationOutcome? outcome = null;
        if (validation.IsValid)
        {
            outcome = await save();
            switch (outcome.Kind)
            {
                case EvaluationOutcomeKind.NotFound:
                    return NotFound();
                case EvaluationOutcomeKind.Frozen:
                    return await FrozenAsync(evaluationId, outcome.Message, ct);
                case EvaluationOutcomeKind.Done:
                    TempData["Flash"] = outcome.Message;
                    return Redirect(EvaluationNotifications.Link(evaluationId));
                case EvaluationOutcomeKind.Conflict:
                    Response.StatusCode = StatusCodes.Status409Conflict;
                    ModelState.AddModelError("", outcome.Message);
                    break;
                default:
                    ModelState.AddModelError("", outcome.Message);
                    break;
            }
        }
        else
        {
            validation.AddToModelState(ModelState, "Form");
        }

        var owners = await handler.OwnersAsync(evaluationId, User.UserId(), ct);
        return View(viewName, new EvaluationFormViewModel<TForm>(context, form, owners, actionId));
    }

    private async Task<IActionResult> FrozenAsync(Guid evaluationId, string message, CancellationToken ct)
    {
        var context = await handler.LoadAsync(evaluationId, User.UserId(), ct);
        if (context is null)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Frozen", new FrozenViewModel(evaluationId, context.Design.Id, context.Design.Title, context.Evaluation.Year, message));
    }
}
