using FluentValidation;
using MicroCred.Documents.Layout;
using MicroCred.Domain.Credentials;
using MicroCred.Web.Features.Cohorts;
using MicroCred.Web.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace MicroCred.Web.Features.Credentials;

/// <summary>Issuing, downloading and revoking the micro-credentials of a cohort (institution administrators of the issuing institution).</summary>
public sealed class CredentialsController(CredentialsHandler handler, CertificateFiles files, CertificateIssuers issuers, VerificationLinks links) : Controller
{
    /// <summary>Two import-sized cohorts of ids plus the token: far above any real selection, far below a flood.</summary>
    private const int IssueFormValueLimit = (2 * LearnerCsv.MaxRows) + 16;

    [HttpGet("cohorts/{cohortId:guid}/credentials")]
    public async Task<IActionResult> Index(Guid cohortId, CancellationToken ct)
    {
        var page = await handler.PageAsync(cohortId, CredentialAccess.ActorOf(User), ct, MicroCred.Web.Features.Shared.PageRequest.From(Request));
        return page is null ? NotFound() : View(new CredentialsViewModel(page, [], null, []));
    }

    /// <summary>
    /// The ticked learners. The form may carry one id per learner of a cohort at the import limit (and a few more), above the
    /// default limit of 1,024 form values; <see cref="IssueAll"/> issues to a whole cohort without posting ids at all.
    /// </summary>
    [HttpPost("cohorts/{cohortId:guid}/credentials/issue"), RequestFormLimits(ValueCountLimit = IssueFormValueLimit)]
    public async Task<IActionResult> Issue(Guid cohortId, [FromForm] List<Guid>? learnerIds, CancellationToken ct)
    {
        var actor = CredentialAccess.ActorOf(User);
        var selected = learnerIds ?? [];
        return await AnswerAsync(cohortId, actor, selected, await handler.IssueAsync(cohortId, actor, selected, ct), ct);
    }

    /// <summary>Every learner who can receive a micro-credential and holds none yet, chosen on the server.</summary>
    [HttpPost("cohorts/{cohortId:guid}/credentials/issue-all")]
    public async Task<IActionResult> IssueAll(Guid cohortId, CancellationToken ct)
    {
        var actor = CredentialAccess.ActorOf(User);
        return await AnswerAsync(cohortId, actor, [], await handler.IssueAllAsync(cohortId, actor, ct), ct);
    }

    private async Task<IActionResult> AnswerAsync(Guid cohortId, Domain.Reviews.Actor? actor, IReadOnlyCollection<Guid> selected, IssueOutcome outcome, CancellationToken ct)
    {
        switch (outcome.Kind)
        {
            case IssueOutcomeKind.NotFound:
                return NotFound();
            case IssueOutcomeKind.Done:
                TempData["Flash"] = outcome.Message;
                return RedirectToAction(nameof(Index), new { cohortId });
            default:
                var page = await handler.PageAsync(cohortId, actor, ct);
                if (page is null)
                {
                    return NotFound();
                }

                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return View(nameof(Index), new CredentialsViewModel(page, selected, outcome.Message, outcome.Details ?? []));
        }
    }

    /// <summary>One certificate, printed from the credential's stored content.</summary>
    [HttpGet("credentials/{id:guid}/certificate")]
    public async Task<IActionResult> Certificate(Guid id, [FromServices] CredentialFormats digital, [FromServices] CertificateDownloads downloads, CancellationToken ct)
    {
        var actor = CredentialAccess.ActorOf(User);

        // A download whose inputs were all seen before is answered from the cache; the key is read from the database and
        // checks access, so this is no shortcut around it.
        var key = await downloads.KeyAsync(id, actor, publicId => links.For(Request, publicId), ct);
        if (key is null)
        {
            return NotFound();
        }

        if (files.Find(key) is { } known)
        {
            return CertificateFile(known.Pdf, known.FileName);
        }

        var credential = await handler.CredentialAsync(id, actor, ct);
        if (credential is null)
        {
            return NotFound();
        }

        // The European Digital Credential rides inside the PDF as its machine-readable twin, as the Europass PDFs carry theirs.
        var edc = await digital.DownloadAsync(id, actor, CredentialFormat.EdcJsonLd, ct);
        IReadOnlyList<EmbeddedFile> attachments = edc is null
            ? []
            : [CredentialFormats.AsAttachment(edc)];

        var issuer = await issuers.ForAsync(credential.Certificate.IssuingInstitutionId, ct);
        var pdf = files.Get(credential.Certificate, links.For(Request, credential.Certificate.PublicId), issuer, attachments);
        var fileName = CertificateFiles.EntryName(credential.Certificate);
        files.Remember(key, pdf, fileName);
        return CertificateFile(pdf, fileName);
    }

    /// <summary>
    /// The response stays "no-store" (personal data; see the hosting middleware), yet it carries a strong ETag so a client
    /// that kept its own copy can ask again cheaply: a matching If-None-Match gets 304 without the PDF.
    /// </summary>
    private IActionResult CertificateFile(CertificatePdf pdf, string fileName)
    {
        Response.Headers.ETag = pdf.ETag;
        if (Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == pdf.ETag || t.Trim() == "*")))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        return File(pdf.Bytes, "application/pdf", fileName);
    }

    /// <summary>All unrevoked certificates of the cohort as one ZIP, streamed entry by entry to the browser.</summary>
    /// <param name="formats">"all" adds each learner's digital credentials (sealed EDC, EDC JSON-LD, Open Badge) next to the PDF.</param>
    [HttpGet("cohorts/{cohortId:guid}/certificates.zip")]
    public async Task<IActionResult> Zip(Guid cohortId, [FromQuery] string? formats, [FromServices] CredentialFormats digital, CancellationToken ct)
    {
        var download = await handler.DownloadAsync(cohortId, CredentialAccess.ActorOf(User), ct);
        if (download is null)
        {
            return NotFound();
        }

        if (download.Certificates == 0)
        {
            TempData["Flash"] = "There are no certificates to download yet: issue micro-credentials first.";
            return RedirectToAction(nameof(Index), new { cohortId });
        }

        HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        Response.ContentType = "application/zip";
        Response.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("attachment")
        {
            FileNameStar = $"certificates-{Slug(download.Code ?? download.Name)}.zip",
        }.ToString();
        var companions = formats == "all" ? await digital.CompanionsAsync(cohortId, ct) : null;
        var attachments = await digital.AttachmentsAsync(cohortId, ct);
        var issuer = await issuers.ForAsync(download.IssuingInstitutionId, ct);
        await files.WriteZipAsync(Response.Body, handler.CertificatesAsync(cohortId, ct), publicId => links.For(Request, publicId), issuer, ct, companions, attachments);
        return new EmptyResult();
    }

    [HttpGet("credentials/{id:guid}/revoke")]
    public async Task<IActionResult> Revoke(Guid id, CancellationToken ct)
    {
        var credential = await handler.CredentialAsync(id, CredentialAccess.ActorOf(User), ct);
        return credential is null ? NotFound() : View(new RevokeViewModel(credential, new RevokeForm()));
    }

    [HttpPost("credentials/{id:guid}/revoke")]
    public async Task<IActionResult> Revoke(Guid id, [Bind(Prefix = "Form")] RevokeForm form, [FromServices] IValidator<RevokeForm> validator, CancellationToken ct)
    {
        var actor = CredentialAccess.ActorOf(User);
        var credential = await handler.CredentialAsync(id, actor, ct);
        if (credential is null)
        {
            return NotFound();
        }

        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, "Form");
            return View(new RevokeViewModel(credential, form));
        }

        var outcome = await handler.RevokeAsync(id, actor, form.Reason!, ct);
        switch (outcome.Kind)
        {
            case RevokeOutcomeKind.NotFound:
                return NotFound();
            case RevokeOutcomeKind.Refused:
                ModelState.AddModelError("Form.Reason", outcome.Message!);
                return View(new RevokeViewModel(await handler.CredentialAsync(id, actor, ct) ?? credential, form));
            default:
                TempData["Flash"] = outcome.Message;
                return RedirectToAction(nameof(Index), new { cohortId = outcome.CohortId });
        }
    }

    [HttpGet("credentials/{id:guid}/correct")]
    public async Task<IActionResult> Correct(Guid id, CancellationToken ct)
    {
        var credential = await handler.CredentialAsync(id, CredentialAccess.ActorOf(User), ct);
        return credential is null ? NotFound() : View(new CorrectViewModel(credential, CorrectForm.From(credential)));
    }

    [HttpPost("credentials/{id:guid}/correct")]
    public async Task<IActionResult> Correct(Guid id, [Bind(Prefix = "Form")] CorrectForm form, CancellationToken ct)
    {
        var actor = CredentialAccess.ActorOf(User);
        var credential = await handler.CredentialAsync(id, actor, ct);
        if (credential is null)
        {
            return NotFound();
        }

        var outcome = await handler.CorrectAsync(id, actor, new CorrectedFacts(form.GivenNames ?? "", form.FamilyName ?? "", form.Grade, form.Participation ?? ""), form.Reason, ct);
        switch (outcome.Kind)
        {
            case CorrectOutcomeKind.NotFound:
                return NotFound();
            case CorrectOutcomeKind.Refused:
                ModelState.AddModelError(outcome.Field is null ? "" : "Form." + outcome.Field, outcome.Message!);
                return View(new CorrectViewModel(await handler.CredentialAsync(id, actor, ct) ?? credential, form));
            default:
                TempData["Flash"] = outcome.Message;
                return RedirectToAction(nameof(Index), new { cohortId = outcome.CohortId });
        }
    }

    private static string Slug(string text)
    {
        var chars = text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? "cohort" : slug.Length > 60 ? slug[..60] : slug;
    }
}

public sealed record CredentialsViewModel(CohortCredentialsPage Page, IReadOnlyCollection<Guid> Selected, string? Error, IReadOnlyList<string> ErrorDetails);

public sealed record RevokeViewModel(CredentialSummary Credential, RevokeForm Form);

public sealed class RevokeForm
{
    [System.ComponentModel.DataAnnotations.Display(Name = "Reason for revoking")]
    public string? Reason { get; set; }

    public sealed class Validator : AbstractValidator<RevokeForm>
    {
        public Validator()
        {
            RuleFor(f => f.Reason)
                .NotEmpty().WithMessage("Give the reason for revoking; anyone who checks the credential will see it.")
                .MaximumLength(IssuedCredential.ReasonMaxLength).WithMessage($"The reason can have at most {IssuedCredential.ReasonMaxLength} characters.");
        }
    }
}

public sealed record CorrectViewModel(CredentialSummary Credential, CorrectForm Form);

/// <summary>The correctable facts of an issued credential, as the form shows and posts them.</summary>
public sealed class CorrectForm
{
    [System.ComponentModel.DataAnnotations.Display(Name = "Given names")]
    public string? GivenNames { get; set; }

    [System.ComponentModel.DataAnnotations.Display(Name = "Family name")]
    public string? FamilyName { get; set; }

    [System.ComponentModel.DataAnnotations.Display(Name = "Grade as printed")]
    public string? Grade { get; set; }

    [System.ComponentModel.DataAnnotations.Display(Name = "Form of participation")]
    public string? Participation { get; set; }

    [System.ComponentModel.DataAnnotations.Display(Name = "Reason for the correction")]
    public string? Reason { get; set; }

    public static CorrectForm From(CredentialSummary credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var facts = CorrectedFacts.Of(CredentialJson.Deserialize(credential.Certificate.ContentJson));
        return new CorrectForm { GivenNames = facts.GivenNames, FamilyName = facts.FamilyName, Grade = facts.Grade, Participation = facts.Participation };
    }
}
