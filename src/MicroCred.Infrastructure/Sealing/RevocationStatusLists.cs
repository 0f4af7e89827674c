using System.Text.Json;
using MicroCred.Domain;
using MicroCred.Domain.Credentials;
using MicroCred.Domain.Credentials.Sealing;
using MicroCred.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Infrastructure.Sealing;

/// <summary>
/// Each institution's revocation list as a W3C Bitstring Status List credential, issued as a VC-JWT (VC Data Model 2.0 secured
/// with JOSE: the credential is the JWT claims set, header typ "vc+jwt", cty "vc") sealed with the institution's key. The list is
/// built from the stored revocations on every request, so a revocation shows at once.
/// </summary>
public sealed class RevocationStatusLists(IInstitutionSealer sealer, IClock clock)
{
    public const string MediaType = "application/vc+jwt";

    /// <summary>
    /// Gives each new credential the next free index of its institution's list. The unique (institution, index) index in the
    /// database settles two issues at once: the loser's save fails and the caller assigns again and retries.
    /// </summary>
    public static async Task AssignAsync(MicroCredDbContext db, IReadOnlyCollection<IssuedCredential> credentials, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(credentials);
        foreach (var byInstitution in credentials.GroupBy(c => c.IssuingInstitutionId))
        {
            var institutionId = byInstitution.Key;
            var next = (await db.IssuedCredentials.Where(c => c.IssuingInstitutionId == institutionId && c.StatusListIndex != null)
                .MaxAsync(c => c.StatusListIndex, ct) ?? -1) + 1;
            foreach (var credential in byInstitution)
            {
                if (next >= StatusBitstring.MinimumEntries)
                {
                    throw new DomainException("This institution's revocation list is full; ask the platform administrator to start a second list.");
                }

                credential.AssignStatusListIndex(next++);
            }
        }
    }

    /// <summary>The signed status list credential of an institution, or null when the institution does not exist.</summary>
    public async Task<string?> RevocationListAsync(MicroCredDbContext db, Guid institutionId, Uri publicBaseUrl, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(publicBaseUrl);
        if (!await db.Institutions.AnyAsync(i => i.Id == institutionId, ct))
        {
            return null;
        }

        var revoked = await db.IssuedCredentials.AsNoTracking()
            .Where(c => c.IssuingInstitutionId == institutionId && c.RevokedAt != null && c.StatusListIndex != null)
            .Select(c => c.StatusListIndex!.Value)
            .ToListAsync(ct);
        var root = publicBaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
        var url = root + CredentialStatusReference.RevocationListPath(institutionId);
        var credential = new Dictionary<string, object>
        {
            ["@context"] = new[] { "https://www.w3.org/ns/credentials/v2" },
            ["id"] = url,
            ["type"] = new[] { "VerifiableCredential", "BitstringStatusListCredential" },
            ["issuer"] = root + $"/institutions/{institutionId}",
            ["validFrom"] = clock.Now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["credentialSubject"] = new Dictionary<string, object>
            {
                ["id"] = url + "#list",
                ["type"] = "BitstringStatusList",
                ["statusPurpose"] = CredentialStatusReference.Purpose,
                ["encodedList"] = StatusBitstring.Encode(revoked),
            },
        };
        return await sealer.SignAsync(institutionId, JsonSerializer.SerializeToUtf8Bytes(credential), "vc+jwt", new Dictionary<string, object> { ["cty"] = "vc" }, ct);
    }
}
