using MicroCred.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace MicroCred.Web.Features.Versions;

/// <summary>The design's timeline, its frozen versions and what changed in each; for the team and covering QA officers (404 for anyone else).</summary>
[Route("designs/{id:guid}")]
public sealed class VersionsController(VersionsHandler handler) : Controller
{
    [HttpGet("timeline")]
    public async Task<IActionResult> Timeline(Guid id, CancellationToken ct)
    {
        var model = await handler.TimelineAsync(id, User.UserId(), ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("versions")]
    public async Task<IActionResult> Versions(Guid id, CancellationToken ct)
    {
        var model = await handler.VersionsAsync(id, User.UserId(), ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("versions/{number:int}/changes")]
    public async Task<IActionResult> Changes(Guid id, int number, CancellationToken ct)
    {
        var model = await handler.ChangesAsync(id, number, User.UserId(), ct);
        return model is null ? NotFound() : View(model);
    }
}
