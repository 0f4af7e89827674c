using MicroCred.Infrastructure.Persistence;
using MicroCred.Infrastructure.Sealing;
using MicroCred.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace MicroCred.Web.Features.Sealing;

/// <summary>
/// What the institutions publish for anyone checking their seals, at stable addresses without sign-in: the JWK set (current and
/// retired keys), the current seal certificate, and the revocation status list.
/// </summary>
[AllowAnonymous]
public sealed class SealingController(MicroCredDbContext db, InstitutionKeyStore keys, RevocationStatusLists statusLists, PublicAddress address) : Controller
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

    /// <summary>
    /// The institution's revocation list: a Bitstring Status List credential as a VC-JWT sealed by the institution. Built from
    /// the stored revocations on each request; verifiers may keep it for a minute.
    /// </summary>
    [HttpGet("institutions/{institutionId:guid}/status/revocation")]
    public async Task<IActionResult> RevocationList(Guid institutionId, CancellationToken ct)
    {
        var jwt = await statusLists.RevocationListAsync(db, institutionId, address.BaseUrl, ct);
        if (jwt is null)
        {
            return NotFound();
        }

        SetCaching(60);
        return Content(jwt, RevocationStatusLists.MediaType);
    }

    private void SetCaching(int seconds = CacheSeconds)
    {
        Response.Headers[HeaderNames.CacheControl] = $"public, max-age={seconds}";
        Response.Headers[HeaderNames.AccessControlAllowOrigin] = "*";
    }
}
