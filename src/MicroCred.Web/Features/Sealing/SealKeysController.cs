using MicroCred.Infrastructure.Sealing;
using MicroCred.Web.Features.Admin;
using MicroCred.Web.Features.Admin.Institutions;
using MicroCred.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MicroCred.Web.Features.Sealing;

/// <summary>
/// An institution administrator's view of the institution's seal key, and its replacement (rotation). Scoped like the
/// institution page itself: administrators of another institution get 404.
/// </summary>
[Route("admin/institutions/{id:guid}/seal"), Authorize(Policy = Policies.ManagesInstitution)]
public sealed class SealKeysController(InstitutionsHandler institutions, InstitutionKeyStore keys, ILogger<SealKeysController> logger) : Controller
{
    /// <summary>The current key in plain words, earlier keys, the public addresses, and the confirmation form to replace the key.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, CancellationToken ct)
    {
        var institution = await institutions.FindAsync(AdminScope.Of(User), id, ct);
        return institution is null ? NotFound() : View(new SealKeysViewModel(id, institution.Name, await keys.PublishedAsync(id, ct)));
    }

    [HttpPost("rotate")]
    public async Task<IActionResult> Rotate(Guid id, CancellationToken ct)
    {
        var institution = await institutions.FindAsync(AdminScope.Of(User), id, ct);
        if (institution is null)
        {
            return NotFound();
        }

        if (keys.UsesConfiguredCertificate(id))
        {
            TempData["Flash"] = "This institution seals with its own certificate, named in the portal's configuration. To replace it, ask the platform administrator to configure the new certificate.";
            return Redirect($"/admin/institutions/{id}/seal");
        }

        var before = (await keys.PublishedAsync(id, ct)).FirstOrDefault(k => k.RetiredAt is null)?.KeyId;
        var keyId = await keys.RotateAsync(id, ct);
        logger.LogInformation("Seal key of institution {InstitutionId} replaced by user {UserId}: {RetiredKeyId} retired, {KeyId} current", id, User.UserId(), before, keyId);
        TempData["Flash"] = before is null
            ? "The institution now has a seal key. Everything it issues from now on is sealed with it."
            : "The seal key was replaced. New micro-credentials are sealed with the new key; everything sealed before still checks as valid with the earlier key, which stays published.";
        return Redirect($"/admin/institutions/{id}/seal");
    }
}

public sealed record SealKeysViewModel(Guid InstitutionId, string InstitutionName, IReadOnlyList<PublishedSealingKey> Keys)
{
    public PublishedSealingKey? Current => Keys.FirstOrDefault(k => k.RetiredAt is null);

    public IEnumerable<PublishedSealingKey> Retired => Keys.Where(k => k.RetiredAt is not null);
}
