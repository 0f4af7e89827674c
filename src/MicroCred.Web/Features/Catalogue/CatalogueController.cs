using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace MicroCred.Web.Features.Catalogue;

/// <summary>Published courses as JSON for catalogue portals (no sign-in), with conditional requests (ETag, Last-Modified, 304).</summary>
[AllowAnonymous]
public sealed class CatalogueController(CatalogueHandler handler) : Controller
{
    [HttpGet("catalogue")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var catalogue = await handler.BuildAsync(ct);
        Response.Headers[HeaderNames.CacheControl] = "public, max-age=300";
        Response.Headers[HeaderNames.AccessControlAllowOrigin] = "*";
        Response.Headers[HeaderNames.ETag] = catalogue.ETag;
        if (catalogue.LastModified is { } modified)
        {
            Response.Headers[HeaderNames.LastModified] = modified.ToString("R");
        }

        var request = Request.GetTypedHeaders();
        var notModified = request.IfNoneMatch.Count > 0
            ? request.IfNoneMatch.Any(tag => tag.Tag == catalogue.ETag || tag.Equals(EntityTagHeaderValue.Any))
            : request.IfModifiedSince is { } since && catalogue.LastModified is { } last && last.UtcDateTime.AddTicks(-(last.UtcDateTime.Ticks % TimeSpan.TicksPerSecond)) <= since;
        if (notModified)
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        return File(catalogue.Body, "application/json");
    }
}
