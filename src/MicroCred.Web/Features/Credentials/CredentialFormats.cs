using System.Text;
using MicroCred.Documents.Layout;
using MicroCred.Documents.Rendering;
using MicroCred.Domain;
using MicroCred.Domain.Credentials;
using MicroCred.Domain.Credentials.Formats;
using MicroCred.Domain.Credentials.Sealing;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Web.Features.Designs;
using MicroCred.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Credentials;

/// <summary>The interoperable formats a credential can be downloaded in, besides the certificate PDF.</summary>
public enum CredentialFormat
{
    /// <summary>The European Digital Credential sealed as a JWS (what a Europass wallet takes).</summary>
    EdcSealed,

    /// <summary>The European Digital Credential as plain JSON-LD (readable, not sealed on its own).</summary>
    EdcJsonLd,

    /// <summary>The Open Badges 3.0 credential as a VC-JWT.</summary>
    OpenBadgeJwt,
}

/// <summary>One downloadable file: bytes, media type and a file name made from the learner's name.</summary>
public sealed record CredentialDownload(byte[] Bytes, string ContentType, string FileName);

/// <summary>
/// Builds the interoperable formats of issued credentials from their frozen content and design version, and seals them with
/// the issuing institution's key. The same code serves single downloads and the cohort ZIP.
/// </summary>
public sealed class CredentialFormats(MicroCredDbContext db, PublicAddress address, IInstitutionSealer sealer, IClock clock)
{
    /// <summary>One credential in one format, when the actor may see the credential (institution administrators of its issuer).</summary>
    public async Task<CredentialDownload?> DownloadAsync(Guid credentialId, Actor? actor, CredentialFormat format, CancellationToken ct)
    {
        if (actor is null)
        {
            return null;
        }

        var credential = await db.IssuedCredentials.AsNoTracking().SingleOrDefaultAsync(c => c.Id == credentialId, ct);
        if (credential is null || !Cohort.MayManage(actor, credential.IssuingInstitutionId))
        {
            return null;
        }

        var context = await ContextAsync(credential.DesignId, credential.DesignVersionNumber, ct);
        return await RenderAsync(context.Input(credential.ReadContent(), credential.IssuingInstitutionId, credential.IssuedAt, credential.StatusListIndex), format, ct);
    }

    /// <summary>What every credential of one cohort shares (its design version and the institutions), loaded once for a ZIP.</summary>
    public async Task<FormatContext> ContextAsync(Guid designId, int versionNumber, CancellationToken ct)
    {
        var version = await db.DesignVersions.AsNoTracking().SingleAsync(v => v.DesignId == designId && v.Number == versionNumber, ct);
        // A projection of what the formats print about institutions: no logo bytes, no settings rows beyond the facts.
        var institutions = (await InstitutionFactsSnapshot.LoadAsync(db, ct)).Facts;
        return new FormatContext(version.ReadContent(), institutions, address.BaseUrl);
    }

    /// <summary>The three digital formats of each certificate of a cohort, for the ZIP (the cohort's design version is loaded once).</summary>
    public async Task<Func<StoredCertificate, CancellationToken, Task<IReadOnlyList<CompanionFile>>>> CompanionsAsync(Guid cohortId, CancellationToken ct)
    {
        var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId).Select(c => new { c.DesignId, c.DesignVersionNumber }).SingleAsync(ct);
        var context = await ContextAsync(cohort.DesignId, cohort.DesignVersionNumber, ct);
        return async (certificate, token) =>
        {
            var input = context.Input(CredentialJson.Deserialize(certificate.ContentJson), certificate.IssuingInstitutionId, certificate.IssuedAt, certificate.StatusListIndex);
            var files = new List<CompanionFile>();
            foreach (var (format, suffix) in new[] { (CredentialFormat.EdcSealed, "-edc-sealed.jws"), (CredentialFormat.EdcJsonLd, "-edc.jsonld"), (CredentialFormat.OpenBadgeJwt, "-open-badge.jwt") })
            {
                files.Add(new CompanionFile(suffix, (await RenderAsync(input, format, token)).Bytes));
            }

            return files;
        };
    }

    /// <summary>
    /// The files a certificate PDF carries inside it, for each certificate of a cohort: the same EDC JSON-LD attachment as
    /// the single download's (<see cref="AsAttachment"/>), so every PDF in the cohort ZIP has the content of the single download.
    /// </summary>
    public async Task<Func<StoredCertificate, CancellationToken, Task<IReadOnlyList<EmbeddedFile>>>> AttachmentsAsync(Guid cohortId, CancellationToken ct)
    {
        var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId).Select(c => new { c.DesignId, c.DesignVersionNumber }).SingleAsync(ct);
        var context = await ContextAsync(cohort.DesignId, cohort.DesignVersionNumber, ct);
        return async (certificate, token) =>
        {
            var input = context.Input(CredentialJson.Deserialize(certificate.ContentJson), certificate.IssuingInstitutionId, certificate.IssuedAt, certificate.StatusListIndex);
            return [AsAttachment(await RenderAsync(input, CredentialFormat.EdcJsonLd, token))];
        };
    }

    /// <summary>The European Digital Credential as the PDF's machine-readable twin, as the Europass PDFs carry theirs.</summary>
    public static EmbeddedFile AsAttachment(CredentialDownload edc)
    {
        ArgumentNullException.ThrowIfNull(edc);
        return new EmbeddedFile(edc.FileName, edc.ContentType, edc.Bytes, EmbeddedFileRelationship.Alternative) { Description = "European Digital Credential (JSON-LD)" };
    }

    public async Task<CredentialDownload> RenderAsync(CredentialFormatInput input, CredentialFormat format, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var name = FileStem(input.Content);
        switch (format)
        {
            case CredentialFormat.EdcJsonLd:
                return new CredentialDownload(
                    EuropeanDigitalCredentialBuilder.ToUtf8(EuropeanDigitalCredentialBuilder.Build(input)), EuropeanDigitalCredentialBuilder.MediaType, name + "-edc.jsonld");
            case CredentialFormat.EdcSealed:
                var jws = await new CredentialFormatSigner(sealer).SealEuropeanDigitalCredentialAsync(input, clock.Now, ct);
                return new CredentialDownload(Encoding.ASCII.GetBytes(jws), "application/jose", name + "-edc-sealed.jws");
            default:
                var jwt = await new CredentialFormatSigner(sealer).IssueOpenBadgeJwtAsync(input, ct);
                return new CredentialDownload(Encoding.ASCII.GetBytes(jwt), "application/jwt", name + "-open-badge.jwt");
        }
    }

    /// <summary>
    /// A file name from the learner's name in any script (letters and digits of every alphabet are kept; everything else,
    /// path characters included, becomes a dash), so "Αθηνά Παπαδοπούλου" gives "αθηνά-παπαδοπούλου-micro-credential".
    /// </summary>
    public static string FileStem(CredentialContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var chars = content.LearnerFullName.Normalize(NormalizationForm.FormC).ToLowerInvariant()
            .Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray();
        var stem = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (stem.Length > 60)
        {
            stem = stem[..60].TrimEnd('-');
        }

        return (stem.Length == 0 ? "learner" : stem) + "-micro-credential";
    }
}

/// <summary>The frozen design version and institution facts that the formats of a cohort's credentials are built with.</summary>
public sealed record FormatContext(Domain.Designs.DesignContent Design, IReadOnlyDictionary<Guid, Domain.Checks.InstitutionFacts> Institutions, Uri SiteBaseUrl)
{
    /// <param name="statusListIndex">The credential's bit in its institution's revocation list; null (credentials stored before status lists) leaves the formats without a status entry.</param>
    public CredentialFormatInput Input(CredentialContent content, Guid issuingInstitutionId, DateTimeOffset issuedAt, int? statusListIndex = null)
    {
        var input = new CredentialFormatInput(content, Design, Institutions, issuingInstitutionId, issuedAt, SiteBaseUrl)
        {
            Status = statusListIndex is { } index
                ? new CredentialStatusEntry(
                    new Uri(SiteBaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + CredentialStatusReference.RevocationListPath(issuingInstitutionId)), index)
                : null,
        };

        // The picture EDC viewers show: the QR code of the verification link, as the certificate prints it.
        return input with { DisplayImagePng = QrCodeImage.CreatePng(input.VerificationUrl.ToString()) };
    }
}
