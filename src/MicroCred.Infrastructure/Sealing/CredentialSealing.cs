using MicroCred.Domain.Credentials;
using MicroCred.Domain.Credentials.Sealing;
using MicroCred.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MicroCred.Infrastructure.Sealing;

/// <summary>Seals issued credentials (<see cref="CredentialSeal"/>) with their issuing institution's current key.</summary>
public sealed class CredentialSealing(InstitutionKeyStore keys, IServiceScopeFactory scopes, ILogger<CredentialSealing> logger)
{
    private const int Batch = 200;

    /// <summary>Seals new credentials before they are stored: one key look-up per institution, however many credentials.</summary>
    public async Task SealAsync(IEnumerable<IssuedCredential> credentials, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        foreach (var byInstitution in credentials.Where(c => c.Seal is null).GroupBy(c => c.IssuingInstitutionId))
        {
            var key = await keys.CurrentAsync(byInstitution.Key, ct);
            foreach (var credential in byInstitution)
            {
                credential.AttachSeal(InstitutionSealer.Sign(key, CredentialSeal.PayloadFor(credential), CredentialSeal.Type));
            }
        }
    }

    /// <summary>
    /// The start-up pass for credentials issued before seals existed: each one whose stored content still matches the hash
    /// taken at issue is sealed now; one that no longer matches is left unsealed, so it keeps failing verification. Safe on
    /// several instances at once: a row is only written while it has no seal.
    /// </summary>
    public async Task<int> SealUnsealedAsync(CancellationToken ct = default)
    {
        var sealedCount = 0;
        var refused = 0;
        List<Guid> unsealed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            unsealed = await scope.ServiceProvider.GetRequiredService<MicroCredDbContext>().IssuedCredentials
                .Where(c => c.Seal == null).Select(c => c.Id).ToListAsync(ct);
        }

        foreach (var ids in unsealed.Chunk(Batch))
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MicroCredDbContext>();
            var batch = await db.IssuedCredentials.AsNoTracking().Where(c => ids.Contains(c.Id) && c.Seal == null).ToListAsync(ct);
            var intact = batch.Where(c => c.IsIntact()).ToList();
            refused += batch.Count - intact.Count;
            await SealAsync(intact, ct);
            foreach (var credential in intact)
            {
                sealedCount += await db.IssuedCredentials
                    .Where(c => c.Id == credential.Id && c.Seal == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.Seal, credential.Seal), ct);
            }
        }

        if (sealedCount > 0 || refused > 0)
        {
            logger.LogInformation("Sealed {Sealed} credentials issued before seals existed; {Refused} no longer match their hash and stay unsealed", sealedCount, refused);
        }

        return sealedCount;
    }
}
