using MicroCred.Domain.Accounts;
using MicroCred.Domain.Credentials.Formats;
using MicroCred.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace MicroCred.Web.Features.Documents;

/// <summary>Course descriptions of frozen versions and the consortium agreement of a design.</summary>
[Route("designs/{id:guid}")]
public sealed class DocumentsController(DocumentsHandler handler) : Controller
{
    [HttpGet("documents")]
    public async Task<IActionResult> Index(Guid id, CancellationToken ct)
    {
        var page = await handler.PageAsync(id, User.UserId(), User.InstitutionId(), User.IsInRole(Roles.InstitutionAdmin), ct);
        return page is null ? NotFound() : View(page);
    }

    [HttpGet("versions/{number:int}/course-description")]
    public async Task<IActionResult> CourseDescription(Guid id, int number, CancellationToken ct)
    {
        var result = await handler.CourseDescriptionAsync(id, number, User.UserId(), User.InstitutionId(), User.IsInRole(Roles.InstitutionAdmin), ct);
        if (result is null)
        {
            return NotFound();
        }

        if (result.Pdf is null)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Missing", new MissingViewModel(id, result.DesignTitle, number, result.Missing));
        }

        return File(result.Pdf, "application/pdf", result.FileName);
    }

    /// <summary>An approved version as an ELM learning opportunity with its learning achievement specification (JSON-LD).</summary>
    [HttpGet("versions/{number:int}/learning-opportunity.jsonld")]
    public async Task<IActionResult> LearningOpportunity(Guid id, int number, [FromServices] PublicAddress address, CancellationToken ct)
    {
        var result = await handler.LearningOpportunityAsync(
            id, number, User.UserId(), User.InstitutionId(), User.IsInRole(Roles.InstitutionAdmin),
            address.Absolute($"/designs/{id}/versions/{number}/learning-opportunity.jsonld"), institution => address.Absolute($"/institutions/{institution}/profile"), ct);
        return result?.Pdf is null ? NotFound() : File(result.Pdf, LearningOpportunityBuilder.MediaType, result.FileName);
    }

    [HttpGet("consortium-agreement")]
    public async Task<IActionResult> ConsortiumAgreement(Guid id, CancellationToken ct)
    {
        var result = await handler.AgreementAsync(id, User.UserId(), ct);
        return result?.Pdf is null ? NotFound() : File(result.Pdf, "application/pdf", result.FileName);
    }
}

public sealed record MissingViewModel(Guid DesignId, string Title, int Number, IReadOnlyList<MicroCred.Domain.Checks.Finding> Missing);
