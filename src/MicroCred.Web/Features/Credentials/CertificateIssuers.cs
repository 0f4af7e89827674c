using System.Security.Cryptography;
using MicroCred.Documents.Layout;
using MicroCred.Documents.Sealing;
using MicroCred.Domain.Credentials.Sealing;
using MicroCred.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Credentials;

/// <summary>
/// Reads how an institution presents its certificates: its logo and signatory from the database, and its seal certificate
/// from the sealing port. Without a sealer registered the certificate is printed unsealed.
/// </summary>
public sealed class CertificateIssuers(MicroCredDbContext db, IServiceProvider services, ILogger<CertificateIssuers> logger)
{
    public async Task<CertificateIssuer> ForAsync(Guid institutionId, CancellationToken ct)
    {
        if (institutionId == Guid.Empty)
        {
            return CertificateIssuer.None;
        }

        var institution = await db.Institutions.AsNoTracking().Where(i => i.Id == institutionId)
            .Select(i => new { i.Name, i.City, i.CertificateSignatoryName, i.CertificateSignatoryRole, Logo = i.Logo == null ? null : i.Logo.Content })
            .SingleOrDefaultAsync(ct);
        if (institution is null)
        {
            return CertificateIssuer.None;
        }

        var signatory = institution.CertificateSignatoryName is { Length: > 0 } name
            ? new Signatory(name, institution.CertificateSignatoryRole ?? "")
            : null;
        PdfSeal? seal = null;
        string? keyId = null;
        if (services.GetService<IInstitutionSealer>() is { } sealer)
        {
            var certificate = await sealer.GetSealCertificateAsync(institutionId, ct);
            seal = new PdfSeal(certificate) { Reason = $"Micro-credential issued by {institution.Name}", Location = institution.City };
            keyId = Convert.ToHexStringLower(SHA256.HashData(certificate.RawData));
        }
        else
        {
            logger.LogDebug("No institution sealer registered: certificates are printed unsealed");
        }

        return new CertificateIssuer(institution.Logo, signatory, seal, keyId);
    }
}
