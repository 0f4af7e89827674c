using MicroCred.Infrastructure.Persistence;
using MicroCred.Infrastructure.Sealing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace MicroCred.Web.Features.Sealing;

/// <summary>
/// The institutions' public sealing keys at stable addresses, without sign-in, for anyone checking a seal offline: the JWK set
/// (current and retired keys) and the current seal certificate.
/// </summary>
[AllowAnonymous]
public sealed class PublicKeysController(MicroCredDbContext db, InstitutionKeyStore keys) : Controller
{
    /// <summary>Verifiers may keep a key set for a few minutes; a rotation shows within that time.</summary>
    private const int CacheSeconds = 300;

    [HttpGet("institutions/{institutionId:guid}/jwks.json")]
    public async Task<IActionResult> KeySet(Guid institutionId, CancellationToken ct)
    {
        if (!await db.Institutions.AnyAsync(i => i.Id == institutionId, ct))
        {
            return NotFound();
        }

        var published = await keys.PublishedAsync(institutionId, ct);
        SetCaching();
        return File(JsonWebKeySet.Write(published), JsonWebKeySet.MediaType);
    }

    [HttpGet("institutions/{institutionId:guid}/seal.cer")]
    public async Task<IActionResult> Certificate(Guid institutionId, CancellationToken ct)
    {
        var published = await keys.PublishedAsync(institutionId, ct);
        if (published.FirstOrDefault(k => k.RetiredAt is null) is not { } current)
        {
            // Unknown institution, or one that has sealed nothing yet.
            return NotFound();
        }

        SetCaching();
        return File(current.Certificate, "application/pkix-cert", "seal.cer");
    }

    private void SetCaching()
    {
        Response.Headers[HeaderNames.CacheControl] = $"public, max-age={CacheSeconds}";
        Response.Headers[HeaderNames.AccessControlAllowOrigin] = "*";
    }
}
