using FluentValidation;
using MicroCred.Domain.Institutions;
using MicroCred.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MicroCred.Web.Features.Admin.Institutions;

[Route("admin/institutions"), Authorize(Policy = Policies.ManagesInstitution)]
public sealed class InstitutionsController(InstitutionsHandler handler, IValidator<InstitutionForm> validator) : Controller
{
    private const long UploadLimit = 10 * 1024 * 1024;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new InstitutionListViewModel(await handler.ListAsync(AdminScope.Of(User), MicroCred.Web.Features.Shared.PageRequest.From(Request), ct), User.IsPlatformAdministrator()));

    [HttpGet("new"), Authorize(Policy = Policies.PlatformAdministrator)]
    public IActionResult Create() => View("Edit", new InstitutionEditViewModel(null, InstitutionForm.ForNewInstitution(), HasLogo: false));

    [HttpPost("new"), Authorize(Policy = Policies.PlatformAdministrator)]
    [RequestSizeLimit(UploadLimit), RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
    public async Task<IActionResult> Create(InstitutionForm form, CancellationToken ct)
    {
        var logo = await ValidateAsync(form, ct);
        if (!ModelState.IsValid)
        {
            return View("Edit", new InstitutionEditViewModel(null, form, HasLogo: false));
        }

        var outcome = await handler.CreateAsync(form, logo, ct);
        if (outcome.Status == SaveStatus.NameTaken)
        {
            ModelState.AddModelError(nameof(form.Name), "An institution with this name already exists.");
            return View("Edit", new InstitutionEditViewModel(null, form, HasLogo: false));
        }

        TempData["Flash"] = $"Institution \"{form.Name!.Trim()}\" added.";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken ct)
    {
        var institution = await handler.FindAsync(AdminScope.Of(User), id, ct);
        return institution is null
            ? NotFound()
            : View(new InstitutionEditViewModel(id, InstitutionForm.From(institution), institution.Logo is not null));
    }

    [HttpPost("{id:guid}")]
    [RequestSizeLimit(UploadLimit), RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
    public async Task<IActionResult> Edit(Guid id, InstitutionForm form, CancellationToken ct)
    {
        var scope = AdminScope.Of(User);
        var current = await handler.FindAsync(scope, id, ct);
        if (current is null)
        {
            return NotFound();
        }

        var logo = await ValidateAsync(form, ct);
        if (!ModelState.IsValid)
        {
            return View(new InstitutionEditViewModel(id, form, current.Logo is not null));
        }

        var outcome = await handler.UpdateAsync(scope, id, form, logo, ct);
        switch (outcome.Status)
        {
            case SaveStatus.NotFound:
                return NotFound();
            case SaveStatus.NameTaken:
                ModelState.AddModelError(nameof(form.Name), "Another institution already has this name.");
                return View(new InstitutionEditViewModel(id, form, current.Logo is not null));
            case SaveStatus.Conflict:
                ModelState.AddModelError("", "Someone else saved changes to this institution while you were editing. Your changes are still in the form below; open the institution again in a new tab to see theirs, then save again.");
                return View(new InstitutionEditViewModel(id, form, current.Logo is not null, Conflict: true));
            default:
                TempData["Flash"] = $"Institution \"{form.Name!.Trim()}\" saved.";
                return RedirectToAction(nameof(Index));
        }
    }

    [HttpGet("{id:guid}/logo"), Authorize]
    [ResponseCache(Duration = 300, Location = ResponseCacheLocation.Client)]
    public async Task<IActionResult> Logo(Guid id, CancellationToken ct)
    {
        var logo = await handler.LogoAsync(id, ct);
        return logo is null ? NotFound() : File(logo.Content, logo.ContentType);
    }

    /// <summary>Runs the form validator and, for an uploaded logo, checks that the bytes really are a PNG or JPEG.</summary>
    private async Task<InstitutionLogo?> ValidateAsync(InstitutionForm form, CancellationToken ct)
    {
        var result = await validator.ValidateAsync(form, ct);
        result.AddToModelState(ModelState);
        if (form.Logo is null || form.Logo.Length == 0 || form.Logo.Length > InstitutionLogo.MaxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream((int)form.Logo.Length);
        await form.Logo.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        var contentType = LogoImage.DetectContentType(bytes);
        if (contentType is null)
        {
            ModelState.AddModelError(nameof(form.Logo), "The logo must be a PNG or JPEG image.");
            return null;
        }

        return new InstitutionLogo(bytes, contentType);
    }
}

public sealed record InstitutionListViewModel(MicroCred.Web.Features.Shared.Paged<InstitutionRow> Institutions, bool CanCreate);

public sealed record InstitutionEditViewModel(Guid? Id, InstitutionForm Form, bool HasLogo, bool Conflict = false)
{
    public bool IsNew => Id is null;
}
