using System.Security.Cryptography;
using System.Text;
using MicroCred.Domain.Credentials;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Web.Features.Designs;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Credentials;

/// <summary>
/// What decides the bytes of one credential's certificate PDF, read with two small queries: the credential's frozen content
/// (its hash), the issuing institution's look (its row version: logo, signatory, name, city) and current seal key, the facts
/// of the institutions that its European Digital Credential attachment prints, and the printed verification link. Equal
/// keys give equal PDFs, so a download whose key was seen before is answered from <see cref="CertificateFiles"/> without
/// reading the content, building the attachment or loading the seal. The key comes from the database, so every portal
/// instance sees a change (a new logo, a rotated key, a renamed partner) on the next download.
/// </summary>
public sealed class CertificateDownloads(MicroCredDbContext db)
{
    /// <summary>The credential's download key, or null when the actor may not see it (or it does not exist).</summary>
    public async Task<string?> KeyAsync(Guid credentialId, Actor? actor, Func<string, string> verificationUrl, CancellationToken ct)
    {
        if (actor is null)
        {
            return null;
        }

        var row = await db.IssuedCredentials.AsNoTracking().Where(c => c.Id == credentialId)
            .Select(c => new
            {
                c.PublicId,
                c.ContentHash,
                c.IssuingInstitutionId,
                InstitutionVersion = db.Institutions.Where(i => i.Id == c.IssuingInstitutionId).Select(i => (Guid?)i.Version).FirstOrDefault(),
                SealKeyId = db.InstitutionSigningKeys.Where(k => k.InstitutionId == c.IssuingInstitutionId && k.RetiredAt == null).Select(k => k.KeyId).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (row is null || !Cohort.MayManage(actor, row.IssuingInstitutionId))
        {
            return null;
        }

        var facts = await InstitutionFactsSnapshot.LoadAsync(db, ct);
        return Key(credentialId, row.ContentHash, row.InstitutionVersion, row.SealKeyId, facts.Stamp, verificationUrl(row.PublicId));
    }

    public static string Key(Guid credentialId, string contentHash, Guid? institutionVersion, string? sealKeyId, string factsStamp, string verificationUrl)
    {
        var text = string.Join('\n', credentialId.ToString("N"), contentHash, institutionVersion?.ToString("N") ?? "-", sealKeyId ?? "-", factsStamp, verificationUrl);
        return "download:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
