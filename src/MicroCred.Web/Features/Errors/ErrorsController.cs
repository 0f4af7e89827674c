using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace MicroCred.Web.Features.Errors;

/// <summary>Friendly error pages: never a stack trace, always a reference that support can find in the logs.</summary>
[AllowAnonymous, IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController(ILogger<ErrorsController> logger) : Controller
{
    [Route("error")]
    public IActionResult ServerError()
    {
        var feature = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var reference = Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;
        if (feature?.Error is not null)
        {
            logger.LogError(feature.Error, "Unhandled error on {Path}; reference {ErrorReference}", feature.Path, reference);
        }

        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("ServerError", reference);
    }

    [Route("error/{code:int}")]
    public IActionResult Status(int code)
    {
        Response.StatusCode = code;
        var reference = Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;
        return code switch
        {
            StatusCodes.Status404NotFound => View("NotFound"),
            StatusCodes.Status429TooManyRequests => View("TooManyRequests"),
            StatusCodes.Status400BadRequest => View("BadRequest", reference),
            _ => View("ServerError", reference),
        };
    }
}
