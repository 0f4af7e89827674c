using System.Text;
using MicroCred.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace MicroCred.Web.Features.Verify;

/// <summary>Checking a downloaded digital credential (sealed EDC, JSON-LD, Open Badge JWT): pasted or uploaded, no sign-in.</summary>
[AllowAnonymous, EnableRateLimiting(MicroCredHostingExtensions.VerificationRateLimit)]
public sealed class VerifyDocumentController(DocumentVerification verification) : Controller
{
    [HttpPost("verify/document"), RequestSizeLimit(2 * DocumentVerification.MaxCharacters)]
    public async Task<IActionResult> Document([FromForm] VerifyDocumentForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var text = form.Document;
        if (form.Upload is { Length: > 0 } upload)
        {
            if (upload.Length > DocumentVerification.MaxCharacters)
            {
                return Refuse("The file is too large for a credential. Choose the credential file you downloaded (.jws, .jsonld or .jwt).");
            }

            using var reader = new StreamReader(upload.OpenReadStream(), Encoding.UTF8);
            text = await reader.ReadToEndAsync(ct);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Refuse("Paste the credential or choose its file.");
        }

        if (text.Length > DocumentVerification.MaxCharacters)
        {
            return Refuse("This text is too long for a credential. Paste only the credential itself.");
        }

        var verdict = await verification.CheckAsync(text, ct);
        if (verdict.Outcome == DocumentOutcome.Unreadable)
        {
            return Refuse("This is not a credential this page can read. Paste a sealed European Digital Credential, its JSON-LD, or an Open Badge (JWT or JSON) downloaded from MicroCred.");
        }

        return View(verdict);
    }

    private ViewResult Refuse(string message)
    {
        ModelState.AddModelError(nameof(VerifyDocumentForm.Document), message);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Index", new VerifyForm());
    }
}

public sealed class VerifyDocumentForm
{
    [System.ComponentModel.DataAnnotations.Display(Name = "Credential")]
    public string? Document { get; set; }

    public IFormFile? Upload { get; set; }
}
