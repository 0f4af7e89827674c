using MicroCred.Domain.Designs;
using MicroCred.Web.Features.Wizard.Engine;
using MicroCred.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace MicroCred.Web.Features.Wizard;

[Route("designs/{designId:guid}/steps/{number:int}")]
public sealed class WizardController(StepHandler handler, StepDefinitions definitions, MicroCred.Web.Features.Review.WorkspaceHandler reviews) : Controller
{
    private const long FormLimit = 4 * 1024 * 1024;

    [HttpGet("")]
    public async Task<IActionResult> Step(Guid designId, int number, [FromQuery] Guid? open, CancellationToken ct)
    {
        if (ToStep(number) is not { } step)
        {
            return NotFound();
        }

        // ?open=<row id> unfolds that row's form (the row just added); every other row shows as a summary card.
        var page = await handler.ShowAsync(designId, step, User.UserId(), ct, open);
        if (page is null)
        {
            return NotFound();
        }

        (page.Threads, page.ThreadTotal) = await reviews.TeamStepThreadsAsync(designId, step, ct);
        return View(page);
    }

    [HttpPost("")]
    [RequestSizeLimit(FormLimit), RequestFormLimits(ValueCountLimit = 20_000, ValueLengthLimit = 64 * 1024)]
    [TooLargeMessage("A field holds more text than a step accepts (about 60,000 characters per field), so nothing was saved. Shorten the longest text and save again.")]
    public async Task<IActionResult> Save(Guid designId, int number, CancellationToken ct)
    {
        if (ToStep(number) is not { } step)
        {
            return NotFound();
        }

        var result = await handler.SaveAsync(designId, step, User.UserId(), await Request.ReadFormAsync(ct), ct);
        switch (result.Outcome)
        {
            case StepSaveOutcome.NotFound:
                return NotFound();
            case StepSaveOutcome.Redisplay:
                (result.Page!.Threads, result.Page.ThreadTotal) = await reviews.TeamStepThreadsAsync(designId, step, ct);
                if (result.Page.LockedReason is not null)
                {
                    Response.StatusCode = StatusCodes.Status409Conflict;
                }

                return View(nameof(Step), result.Page);
        }

        var title = StepCatalog.Get(step).Title;
        switch (result.Command)
        {
            case "continue":
                TempData["Flash"] = $"{title} saved.";
                return number < 21 ? Redirect($"/designs/{designId}/steps/{number + 1}") : Redirect($"/designs/{designId}");
            case "return":
                TempData["Flash"] = $"{title} saved.";
                return Redirect($"/designs/{designId}");
            default:
                // After a row command focus lands on the row (or, after Remove, the row before it or the list), with a message.
                TempData["Flash"] = result.Row?.Message ?? $"{title} saved.";
                var open = result.Row?.OpenRow is { } row ? $"?open={row}" : "";
                var anchor = result.Row is { } outcome ? $"#{outcome.Anchor}" : "";
                return Redirect($"/designs/{designId}/steps/{number}{open}{anchor}");
        }
    }

    private WizardStep? ToStep(int number) =>
        number is >= 1 and <= 21 && definitions.Has((WizardStep)number) ? (WizardStep)number : null;
}
