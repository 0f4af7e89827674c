using MicroCred.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace MicroCred.Web.Features.Verify;

/// <summary>The public verification pages that certificates link to (no sign-in; rate-limited per client).</summary>
[AllowAnonymous, EnableRateLimiting(MicroCredHostingExtensions.VerificationRateLimit)]
public sealed class VerifyController(VerifyHandler handler) : Controller
{
    /// <summary>A form to type the credential id printed on a certificate; a submitted id goes to its page.</summary>
    [HttpGet("verify")]
    public IActionResult Index([FromQuery] string? id)
    {
        if (!Request.Query.ContainsKey("id"))
        {
            return View(new VerifyForm());
        }

        var trimmed = id?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            ModelState.AddModelError(nameof(VerifyForm.Id), "Enter the credential id printed on the certificate.");
            return View(new VerifyForm());
        }

        return Redirect("/verify/" + Uri.EscapeDataString(trimmed));
    }

    [HttpGet("verify/{publicId}")]
    public async Task<IActionResult> Credential(string publicId, CancellationToken ct)
    {
        var verification = await handler.VerifyAsync(publicId, ct);
        if (verification.Status is VerificationStatus.NotFound or VerificationStatus.Tampered)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View("NotVerified", verification);
        }

        return View(verification);
    }
}

public sealed class VerifyForm
{
    [System.ComponentModel.DataAnnotations.Display(Name = "Credential id")]
    public string? Id { get; set; }
}
