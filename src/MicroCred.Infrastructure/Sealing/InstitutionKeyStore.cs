using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MicroCred.Domain;
using MicroCred.Domain.Credentials.Sealing;
using MicroCred.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MicroCred.Infrastructure.Sealing;

/// <summary>A key as the sealer uses it: the public half (and the private half of a current key, once needed) kept in memory.</summary>
public sealed class SealingKey
{
    private readonly Func<ECParameters>? _loadPrivate;
    private ECParameters? _private;

    internal SealingKey(Guid institutionId, string keyId, byte[] certificate, Func<ECParameters>? loadPrivate)
    {
        InstitutionId = institutionId;
        KeyId = keyId;
        Certificate = certificate;
        PublicKey = SealingKeyMaterial.PublicKeyOf(certificate);
        _loadPrivate = loadPrivate;
    }

    public Guid InstitutionId { get; }
    public string KeyId { get; }

    /// <summary>DER of the seal certificate.</summary>
    public byte[] Certificate { get; }

    public ECParameters PublicKey { get; }

    /// <summary>A new ECDsa object with the private key (ECDsa objects are not shared between threads). The caller disposes it.</summary>
    internal ECDsa CreatePrivate()
    {
        var parameters = _private ??= (_loadPrivate ?? throw new InvalidOperationException("This key has no private half here."))();
        return ECDsa.Create(parameters);
    }

    internal ECDsa CreatePublic() => ECDsa.Create(PublicKey);
}

/// <summary>A published key of an institution, current or retired.</summary>
public sealed record PublishedSealingKey(string KeyId, byte[] Certificate, DateTimeOffset CreatedAt, DateTimeOffset? RetiredAt);

/// <summary>
/// The institutions' signing keys: made on first use, private halves protected with ASP.NET Core Data Protection (whose own
/// keys live in the database, so every instance can read them), rotated on request. Every call uses its own short-lived
/// DbContext, so sealing never saves a caller's pending changes. Key rows never change except for their retirement, so the
/// loaded keys are cached by key id; which key is current is read from the database on every seal.
/// </summary>
public sealed class InstitutionKeyStore(
    IServiceScopeFactory scopes, IDataProtectionProvider dataProtection, IClock clock, ILogger<InstitutionKeyStore> logger, SealingOptions? options = null)
{
    public const string ProtectorPurpose = "MicroCred.Sealing.InstitutionPrivateKey.v1";

    /// <summary>Marks a key row whose private key is not stored: it lives in a configured certificate.</summary>
    private const string ConfiguredMarker = "configured-certificate";

    private readonly IReadOnlyDictionary<Guid, ConfiguredSealCertificate> _configured = (options ?? new SealingOptions()).ByInstitution();
    private readonly ConcurrentDictionary<Guid, Lazy<(string KeyId, byte[] Certificate, ECParameters Private)>> _configuredKeys = new();

    /// <summary>True when the institution seals with its own configured certificate, which the portal does not rotate.</summary>
    public bool UsesConfiguredCertificate(Guid institutionId) => _configured.ContainsKey(institutionId);

    private readonly IDataProtector _protector = dataProtection.CreateProtector(ProtectorPurpose);
    private readonly ConcurrentDictionary<string, SealingKey> _byKeyId = new(StringComparer.Ordinal);

    /// <summary>The institution's current key, made now when it has none.</summary>
    public async Task<SealingKey> CurrentAsync(Guid institutionId, CancellationToken ct = default)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MicroCredDbContext>();
            var current = await db.InstitutionSigningKeys.AsNoTracking()
                .Where(k => k.InstitutionId == institutionId && k.RetiredAt == null)
                .Select(k => new { k.KeyId })
                .SingleOrDefaultAsync(ct);
            if (_configured.ContainsKey(institutionId))
            {
                var configured = Configured(institutionId);
                if (current?.KeyId == configured.KeyId)
                {
                    return await LoadAsync(db, current.KeyId, ct) ?? throw new InvalidOperationException("A current key vanished while it was read.");
                }

                // The configured certificate is new (or replaced): publish it as the current key, keeping earlier keys published.
                await db.InstitutionSigningKeys.Where(k => k.InstitutionId == institutionId && k.RetiredAt == null && k.KeyId != configured.KeyId)
                    .ExecuteUpdateAsync(s => s.SetProperty(k => k.RetiredAt, clock.Now), ct);
                if (await db.InstitutionSigningKeys.AnyAsync(k => k.KeyId == configured.KeyId, ct))
                {
                    // Recorded by another instance a moment ago, or configured again after a while: it is the key to seal with.
                    return await LoadAsync(db, configured.KeyId, ct) ?? throw new InvalidOperationException("A configured key vanished while it was read.");
                }

                db.InstitutionSigningKeys.Add(new InstitutionSigningKey(institutionId, configured.KeyId, configured.Certificate, ConfiguredMarker, clock.Now));
                try
                {
                    await db.SaveChangesAsync(ct);
                    logger.LogInformation("Configured seal certificate {KeyId} is now the current key of institution {InstitutionId}", configured.KeyId, institutionId);
                }
                catch (DbUpdateException e) when (DatabaseFailures.IsUniqueViolation(e))
                {
                    // Another instance recorded it a moment earlier.
                }

                continue;
            }

            if (current is not null)
            {
                return await LoadAsync(db, current.KeyId, ct) ?? throw new InvalidOperationException("A current key vanished while it was read.");
            }

            if (await TryCreateAsync(db, institutionId, ct) is { } created)
            {
                return created;
            }

            // Another request or instance made the first key a moment earlier: read theirs.
        }

        throw new InvalidOperationException("The institution's signing key could not be made or read.");
    }

    /// <summary>A key (current or retired) of any institution by its published id; null when no institution here has it.</summary>
    public async Task<SealingKey?> FindAsync(string keyId, CancellationToken ct = default)
    {
        if (_byKeyId.TryGetValue(keyId, out var cached))
        {
            return cached;
        }

        await using var scope = scopes.CreateAsyncScope();
        return await LoadAsync(scope.ServiceProvider.GetRequiredService<MicroCredDbContext>(), keyId, ct);
    }

    /// <summary>Every key of the institution, current first, then retired ones newest first.</summary>
    public async Task<IReadOnlyList<PublishedSealingKey>> PublishedAsync(Guid institutionId, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MicroCredDbContext>();
        var keys = await db.InstitutionSigningKeys.AsNoTracking()
            .Where(k => k.InstitutionId == institutionId)
            .Select(k => new PublishedSealingKey(k.KeyId, k.Certificate, k.CreatedAt, k.RetiredAt))
            .ToListAsync(ct);
        return [.. keys.OrderBy(k => k.RetiredAt is not null).ThenByDescending(k => k.CreatedAt)];
    }

    /// <summary>
    /// Retires the current key and makes a new one. Everything sealed before still verifies with the retired key, which stays
    /// published. Returns the new key's id.
    /// </summary>
    public async Task<string> RotateAsync(Guid institutionId, CancellationToken ct = default)
    {
        if (UsesConfiguredCertificate(institutionId))
        {
            throw new InvalidOperationException("This institution seals with a configured certificate; replace the certificate in the configuration instead.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MicroCredDbContext>();
        var now = clock.Now;

        // Retire first, in its own statement: the new key may only be stored once no other key of the institution is current.
        var retired = await db.InstitutionSigningKeys
            .Where(k => k.InstitutionId == institutionId && k.RetiredAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.RetiredAt, now), ct);
        var created = await TryCreateAsync(db, institutionId, ct);
        if (created is null)
        {
            // Someone rotated at the same moment and their new key won; it is as fresh as ours would have been.
            return (await CurrentAsync(institutionId, ct)).KeyId;
        }

        logger.LogInformation("Sealing key {KeyId} of institution {InstitutionId} replaces {RetiredCount} retired key(s)", created.KeyId, institutionId, retired);
        return created.KeyId;
    }

    private async Task<SealingKey?> TryCreateAsync(MicroCredDbContext db, Guid institutionId, CancellationToken ct)
    {
        var institution = await db.Institutions.AsNoTracking().SingleOrDefaultAsync(i => i.Id == institutionId, ct)
            ?? throw new InvalidOperationException($"There is no institution {institutionId} to make a signing key for.");
        var (key, certificate) = SealingKeyMaterial.Create(institution, clock.Now);
        using (key)
        {
            var parameters = key.ExportParameters(true);
            var keyId = SealingKeyMaterial.KeyIdOf(parameters);
            var row = new InstitutionSigningKey(institutionId, keyId, certificate, _protector.Protect(Convert.ToBase64String(key.ExportPkcs8PrivateKey())), clock.Now);
            db.InstitutionSigningKeys.Add(row);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (DatabaseFailures.IsUniqueViolation(e))
            {
                db.ChangeTracker.Clear();
                return null;
            }

            logger.LogInformation("Sealing key {KeyId} made for institution {InstitutionId}", keyId, institutionId);
            var loaded = new SealingKey(institutionId, keyId, certificate, () => parameters);
            return _byKeyId.GetOrAdd(keyId, loaded);
        }
    }

    private async Task<SealingKey?> LoadAsync(MicroCredDbContext db, string keyId, CancellationToken ct)
    {
        if (_byKeyId.TryGetValue(keyId, out var cached))
        {
            return cached;
        }

        var row = await db.InstitutionSigningKeys.AsNoTracking().SingleOrDefaultAsync(k => k.KeyId == keyId, ct);
        if (row is null)
        {
            return null;
        }

        var protectedKey = row.ProtectedPrivateKey;
        var institutionId = row.InstitutionId;
        Func<ECParameters> loadPrivate = protectedKey == ConfiguredMarker
            ? () => _configured.ContainsKey(institutionId) && Configured(institutionId).KeyId == keyId
                ? Configured(institutionId).Private
                : throw new InvalidOperationException("This key's certificate is no longer configured; it can only verify.")
            : () => Unprotect(protectedKey);
        return _byKeyId.GetOrAdd(keyId, new SealingKey(row.InstitutionId, row.KeyId, row.Certificate, loadPrivate));
    }

    private (string KeyId, byte[] Certificate, ECParameters Private) Configured(Guid institutionId) => _configuredKeys.GetOrAdd(institutionId, id => new(() =>
    {
        using var certificate = _configured[id].Load(id);
        using var key = certificate.GetECDsaPrivateKey()!;
        var parameters = key.ExportParameters(true);
        return (SealingKeyMaterial.KeyIdOf(parameters), certificate.RawData, parameters);
    })).Value;

    private ECParameters Unprotect(string protectedKey)
    {
        using var key = ECDsa.Create();
        try
        {
            key.ImportPkcs8PrivateKey(Convert.FromBase64String(_protector.Unprotect(protectedKey)), out _);
        }
        catch (CryptographicException e)
        {
            // The data-protection key ring that protected it is gone (a different database or application name).
            throw new InvalidOperationException("The institution's private signing key cannot be unprotected with this portal's data-protection keys.", e);
        }

        return key.ExportParameters(true);
    }
}
