using System.Diagnostics;
using MicroCred.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace MicroCred.Web.Features.Errors;

/// <summary>Friendly error pages: never a stack trace, always a reference that support can find in the logs.</summary>
[AllowAnonymous, IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController(ILogger<ErrorsController> logger) : Controller
{
    /// <summary>Status codes with a page of their own; any other code asked for directly is "not found".</summary>
    private static readonly HashSet<int> Known =
    [
        StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status405MethodNotAllowed,
        StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status429TooManyRequests,
        StatusCodes.Status500InternalServerError, StatusCodes.Status503ServiceUnavailable,
    ];

    [Route("error")]
    public IActionResult ServerError()
    {
        var feature = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var reference = Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;
        if (feature?.Error is { } error && HttpContext.RequestAborted.IsCancellationRequested
            && error is OperationCanceledException or IOException)
        {
            // The browser went away; nobody reads this answer and nothing is wrong on the server.
            logger.LogInformation("Client closed the connection during {Path}", feature.Path);
            Response.StatusCode = StatusCodes.Status499ClientClosedRequest;
            return new EmptyResult();
        }

        if (feature?.Error is null)
        {
            // Asked for directly, with no failure behind it: there is no such page.
            Response.StatusCode = StatusCodes.Status404NotFound;
            ViewData[ErrorPages.NoDatabase] = true;
            return View("NotFound");
        }

        logger.LogError(feature.Error, "Unhandled error on {Path}; reference {ErrorReference}", feature.Path, reference);
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("ServerError", reference);
    }

    /// <summary>
    /// Shown for an empty error answer or asked for directly. Re-executed with the original method and body, so nothing
    /// here may bind from the body (a form that failed to read once fails again): the code is read from the route only.
    /// </summary>
    [Route("error/{code:int}")]
    public IActionResult Status()
    {
        var code = int.TryParse(RouteData.Values["code"] as string, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        if (!Known.Contains(code))
        {
            if (reExecuted is null || code < 400 || code > 599)
            {
                code = StatusCodes.Status404NotFound;
            }
            else
            {
                Response.StatusCode = code;
                return View(code >= 500 ? "ServerError" : "BadRequest", Reference());
            }
        }

        Response.StatusCode = code;
        ViewData[ErrorPages.NoDatabase] = true;
        return code switch
        {
            StatusCodes.Status404NotFound or StatusCodes.Status405MethodNotAllowed => View("NotFound"),
            StatusCodes.Status429TooManyRequests => TooManyRequests(),
            StatusCodes.Status413PayloadTooLarge => View("TooLarge", new TooLargeViewModel(
                HttpContext.Items[RequestLimitsMiddleware.MessageKey] as string, reExecuted is null ? null : BackLink(reExecuted))),
            StatusCodes.Status503ServiceUnavailable => View("Unavailable", HttpContext.Items[DatabaseUnavailableMiddleware.RetryFormKey] as RetryForm),
            StatusCodes.Status500InternalServerError => View("ServerError", Reference()),
            _ => View("BadRequest", Reference()),
        };
    }

    private ViewResult TooManyRequests()
    {
        if (!Response.Headers.ContainsKey("Retry-After"))
        {
            Response.Headers.RetryAfter = "60";
        }

        return View("TooManyRequests");
    }

    private string Reference() => Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;

    /// <summary>The page the refused form was sent to (its address shows the form again for a GET), if it is one of ours.</summary>
    private string? BackLink(IStatusCodeReExecuteFeature original)
    {
        var path = original.OriginalPathBase + original.OriginalPath;
        return Url.IsLocalUrl(path) && !path.StartsWith("/error", StringComparison.OrdinalIgnoreCase) ? path : null;
    }
}

public sealed record TooLargeViewModel(string? Message, string? BackLink);

public static class ErrorPages
{
    /// <summary>ViewData flag: the layout does not query the database (which may be the thing that failed).</summary>
    public const string NoDatabase = "MicroCred.NoDatabase";
}
