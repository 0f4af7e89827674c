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

    /// <summary>A certificate PDF uploaded for checking: its seal, its issuer and the credential's record, said in words.</summary>
    [HttpPost("verify/pdf"), RequestSizeLimit(PdfVerifyHandler.MaxBytes + (64 * 1024)), RequestFormLimits(MultipartBodyLengthLimit = PdfVerifyHandler.MaxBytes + (64 * 1024))]
    public async Task<IActionResult> Pdf(IFormFile? file, [FromServices] PdfVerifyHandler pdfs, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Choose the certificate PDF to check.");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), new VerifyForm());
        }

        if (file.Length > PdfVerifyHandler.MaxBytes)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("PdfResult", pdfs.TooLarge());
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        var result = await pdfs.VerifyAsync(buffer.ToArray(), ct);
        if (result.Verdict is PdfVerdict.NotPdf)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return View("PdfResult", result);
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
