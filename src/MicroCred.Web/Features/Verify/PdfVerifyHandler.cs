using MicroCred.Documents.Sealing;
using MicroCred.Documents.Templates;
using MicroCred.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Verify;

/// <summary>
/// Checks an uploaded certificate PDF: its electronic seal over the bytes, whose seal it is, and what the stored record says
/// about the credential it names. Logs only the outcome, never anything from the file.
/// </summary>
public sealed class PdfVerifyHandler(MicroCredDbContext db, VerifyHandler records, ILogger<PdfVerifyHandler> logger)
{
    /// <summary>Certificates are about 40 KB; 2 MB leaves room for large logos and attachments.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    public async Task<PdfVerification> VerifyAsync(byte[] pdf, CancellationToken ct)
    {
        var inspection = SealedPdf.Inspect(pdf);
        if (!inspection.IsPdf)
        {
            return Outcome(PdfVerdict.NotPdf);
        }

        inspection.Properties.TryGetValue(CertificateDocument.VerificationUrlProperty, out var url);
        var publicId = url is null ? null : url[(url.LastIndexOf('/') + 1)..];
        var attachments = inspection.Attachments.Select(a => a.FileName).ToList();
        switch (inspection.Seal)
        {
            case SealState.None:
                return Outcome(PdfVerdict.Unsealed, publicId: publicId);
            case SealState.Broken:
                return Outcome(PdfVerdict.ChangedAfterSealing, publicId: publicId);
            case SealState.ChangedAfterSealing:
                return Outcome(PdfVerdict.AddedToAfterSealing, publicId: publicId);
        }

        var verification = await records.VerifyAsync(publicId, ct);
        if (verification.Status is VerificationStatus.NotFound or VerificationStatus.Tampered)
        {
            return Outcome(verification.Status == VerificationStatus.NotFound ? PdfVerdict.UnknownCredential : PdfVerdict.RecordNotIntact, inspection.SealedAt, publicId);
        }

        var institutionId = await db.IssuedCredentials.AsNoTracking().Where(c => c.PublicId == publicId).Select(c => c.IssuingInstitutionId).SingleAsync(ct);
        var certificates = await db.InstitutionSigningKeys.AsNoTracking().Where(k => k.InstitutionId == institutionId).Select(k => k.Certificate).ToListAsync(ct);
        var signer = inspection.Signer!.RawData;
        if (!certificates.Any(c => c.AsSpan().SequenceEqual(signer)))
        {
            return Outcome(PdfVerdict.NotTheIssuersSeal, inspection.SealedAt, publicId, verification);
        }

        inspection.Properties.TryGetValue(CertificateDocument.ContentHashProperty, out var printedHash);
        if (!string.Equals(printedHash, verification.ContentHash, StringComparison.OrdinalIgnoreCase))
        {
            return Outcome(PdfVerdict.DoesNotMatchRecord, inspection.SealedAt, publicId, verification);
        }

        var verdict = verification.Status == VerificationStatus.Revoked ? PdfVerdict.SealValidButRevoked
            : verification.SupersededAt is not null ? PdfVerdict.SealValidButSuperseded
            : PdfVerdict.SealValid;
        return Outcome(verdict, inspection.SealedAt, publicId, verification, attachments);
    }

    public PdfVerification TooLarge() => Outcome(PdfVerdict.TooLarge);

    private PdfVerification Outcome(PdfVerdict verdict, DateTimeOffset? sealedAt = null, string? publicId = null, Verification? record = null, IReadOnlyList<string>? attachments = null)
    {
        logger.LogInformation("PDF verification: {Outcome}", verdict);
        return new PdfVerification(verdict, sealedAt, publicId, record, attachments ?? []);
    }
}

public enum PdfVerdict
{
    NotPdf,
    TooLarge,
    Unsealed,
    ChangedAfterSealing,
    AddedToAfterSealing,
    UnknownCredential,
    RecordNotIntact,
    NotTheIssuersSeal,
    DoesNotMatchRecord,
    SealValid,
    SealValidButRevoked,
    SealValidButSuperseded,
}

public sealed record PdfVerification(PdfVerdict Verdict, DateTimeOffset? SealedAt, string? PublicId, Verification? Record, IReadOnlyList<string> Attachments)
{
    public bool IsValid => Verdict == PdfVerdict.SealValid;

    /// <summary>The verdict in plain words: headline and explanation.</summary>
    public (string Headline, string Detail) Words() => Verdict switch
    {
        PdfVerdict.NotPdf => ("This file is not a PDF", "Upload the certificate exactly as it was downloaded: a PDF file."),
        PdfVerdict.TooLarge => ("This file is too large", $"A certificate PDF is much smaller than {PdfVerifyHandler.MaxBytes / (1024 * 1024)} MB. Upload the certificate exactly as it was downloaded."),
        PdfVerdict.Unsealed => ("This PDF carries no electronic seal", "It cannot be checked as a file. Certificates issued through MicroCred are sealed by the issuing institution; if the PDF shows a credential id, check that id instead."),
        PdfVerdict.ChangedAfterSealing => ("Not valid: the file was changed after it was sealed", "The seal no longer matches the contents of the file, so what it shows cannot be trusted. Ask the learner for the original certificate, or check its credential id."),
        PdfVerdict.AddedToAfterSealing => ("Not valid: something was added to the file after it was sealed", "The sealed part is intact, but later changes were appended to the file, and a viewer may show those instead. Ask for the original certificate."),
        PdfVerdict.UnknownCredential => ("The seal is intact, but the credential is unknown", "The file was not changed after sealing, but no micro-credential issued through this portal matches it."),
        PdfVerdict.RecordNotIntact => ("Not valid: the issuer's record cannot be confirmed", "The credential's stored record no longer matches the fingerprint taken when it was issued. Contact the institution that issued it."),
        PdfVerdict.NotTheIssuersSeal => ("Not valid: not sealed by the issuing institution", "The file carries a seal, but not one of the seals of the institution that issued this credential."),
        PdfVerdict.DoesNotMatchRecord => ("Not valid: the file does not match the issued credential", "The file is sealed by the issuing institution, but its contents differ from the credential as issued (it may belong to an earlier version)."),
        PdfVerdict.SealValid => ("Valid: sealed by the issuing institution and unchanged", "The seal matches every byte of the file, it belongs to the institution that issued the credential, and the credential has not been revoked."),
        PdfVerdict.SealValidButSuperseded => ("The seal is valid, but the credential was replaced by a corrected one",
            "The file is the original sealed certificate, but the issuing institution has since corrected the credential's details and issued a corrected credential in its place. The corrected credential now states the award."),
        _ => ("The seal is valid, but the credential was revoked", "The file is the original sealed certificate, but the issuing institution has since withdrawn the micro-credential."),
    };
}
