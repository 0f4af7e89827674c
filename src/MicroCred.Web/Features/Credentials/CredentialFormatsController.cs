using MicroCred.Domain.Credentials.Formats;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace MicroCred.Web.Features.Credentials;

/// <summary>
/// A credential in the interoperable formats (European Digital Credential, Open Badges 3.0), for the same people who may
/// download its certificate; and each institution's public Open Badges issuer profile.
/// </summary>
public sealed class CredentialFormatsController(CredentialFormats formats) : Controller
{
    [HttpGet("credentials/{id:guid}/edc.jws")]
    public Task<IActionResult> EdcSealed(Guid id, CancellationToken ct) => DownloadAsync(id, CredentialFormat.EdcSealed, ct);

    [HttpGet("credentials/{id:guid}/edc.jsonld")]
    public Task<IActionResult> EdcJsonLd(Guid id, CancellationToken ct) => DownloadAsync(id, CredentialFormat.EdcJsonLd, ct);

    [HttpGet("credentials/{id:guid}/open-badge.jwt")]
    public Task<IActionResult> OpenBadge(Guid id, CancellationToken ct) => DownloadAsync(id, CredentialFormat.OpenBadgeJwt, ct);

    /// <summary>The institution as an Open Badges 3.0 issuer Profile (JSON, no sign-in), with the address of its JWK set.</summary>
    [AllowAnonymous, HttpGet("institutions/{institutionId:guid}/profile")]
    public async Task<IActionResult> IssuerProfile(Guid institutionId, [FromServices] MicroCredDbContext db, [FromServices] PublicAddress address, CancellationToken ct)
    {
        var institution = await db.Institutions.AsNoTracking().Where(i => i.Id == institutionId)
            .Select(i => new { i.Name, i.CountryCode, i.LegalIdentifier, i.Website }).SingleOrDefaultAsync(ct);
        if (institution is null)
        {
            return NotFound();
        }

        var profile = OpenBadgeCredentialBuilder.IssuerProfile(
            address.Absolute($"/institutions/{institutionId}/profile"), institution.Name, institution.CountryCode, institution.LegalIdentifier,
            institution.Website, address.Absolute($"/institutions/{institutionId}/jwks.json"));
        Response.Headers[HeaderNames.CacheControl] = "public, max-age=300";
        Response.Headers[HeaderNames.AccessControlAllowOrigin] = "*";
        return Content(OpenBadgeCredentialBuilder.ToJson(profile), "application/json");
    }

    private async Task<IActionResult> DownloadAsync(Guid id, CredentialFormat format, CancellationToken ct)
    {
        var file = await formats.DownloadAsync(id, CredentialAccess.ActorOf(User), format, ct);
        return file is null ? NotFound() : File(file.Bytes, file.ContentType, file.FileName);
    }
}
