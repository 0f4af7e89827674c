using Microsoft.AspNetCore.Mvc;

namespace MicroCred.Web.Features.Bench;

/// <summary>
/// The floor of the load benchmark (bench/load.sh): a signed-in page through the same middleware, layout and antiforgery
/// token as every other page, with no work of its own. Only answers when <c>Bench:Floor</c> is true; 404 otherwise.
/// </summary>
public sealed class FloorController(IConfiguration configuration) : Controller
{
    public const string Setting = "Bench:Floor";

    [HttpGet("bench/floor")]
    public IActionResult Floor() => configuration.GetValue(Setting, false) ? View() : NotFound();
}
