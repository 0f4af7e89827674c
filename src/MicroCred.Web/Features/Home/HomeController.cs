using MicroCred.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace MicroCred.Web.Features.Home;

public sealed class HomeController(DashboardHandler handler) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(await handler.BuildAsync(User.UserId(), User, MicroCred.Web.Features.Shared.PageRequest.From(Request), ct));
}
