using FluentValidation;
using MicroCred.Domain.Accounts;
using MicroCred.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MicroCred.Web.Features.Admin.Users;

[Route("admin/users"), Authorize(Policy = Policies.ManagesInstitution)]
public sealed class UsersController(UsersHandler handler, PublicAddress address) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(await handler.ListAsync(AdminScope.Of(User), MicroCred.Web.Features.Shared.PageRequest.From(Request), ct));

    [HttpGet("invite")]
    public async Task<IActionResult> Invite(CancellationToken ct)
    {
        var scope = AdminScope.Of(User);
        return View(await BuildInviteAsync(scope, new InviteForm { InstitutionId = scope.InstitutionId, Role = Roles.CourseDesigner }, ct));
    }

    [HttpPost("invite")]
    public async Task<IActionResult> Invite(InviteForm form, [FromServices] IValidator<InviteForm> validator, CancellationToken ct)
    {
        var scope = AdminScope.Of(User);
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState);
            return View(await BuildInviteAsync(scope, form, ct));
        }

        var refusal = await handler.InviteAsync(scope, User.UserId(), form, PublicBaseUrl(), ct);
        if (refusal is { } r)
        {
            ModelState.AddModelError(r.Field, r.Message);
            return View(await BuildInviteAsync(scope, form, ct));
        }

        TempData["Flash"] = $"Invitation sent to {form.Email!.Trim()}. The link works once and for 7 days.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("invitations/{id:guid}/withdraw")]
    public async Task<IActionResult> Withdraw(Guid id, CancellationToken ct)
    {
        if (!await handler.RevokeInvitationAsync(AdminScope.Of(User), id, ct))
        {
            return NotFound();
        }

        TempData["Flash"] = "Invitation withdrawn. Its link no longer works.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:guid}/deactivate")]
    public Task<IActionResult> Deactivate(Guid id, CancellationToken ct) => SetActive(id, false, ct);

    [HttpPost("{id:guid}/reactivate")]
    public Task<IActionResult> Reactivate(Guid id, CancellationToken ct) => SetActive(id, true, ct);

    private async Task<IActionResult> SetActive(Guid id, bool active, CancellationToken ct)
    {
        var message = await handler.SetActiveAsync(AdminScope.Of(User), User.UserId(), id, active, ct);
        if (message is null)
        {
            return NotFound();
        }

        TempData["Flash"] = message;
        return RedirectToAction(nameof(Index));
    }

    private async Task<InviteViewModel> BuildInviteAsync(AdminScope scope, InviteForm form, CancellationToken ct)
    {
        var institutions = (await handler.InstitutionsFor(scope, ct))
            .Select(i => new SelectListItem(i.Name, i.Id.ToString(), i.Id == form.InstitutionId)).ToList();
        var roles = handler.RolesGrantableBy(scope)
            .Select(r => new SelectListItem(Roles.DisplayName(r), r, r == form.Role)).ToList();
        return new InviteViewModel(form, institutions, roles);
    }

    private Uri PublicBaseUrl() => address.BaseUrl;
}

public sealed record InviteViewModel(InviteForm Form, IReadOnlyList<SelectListItem> Institutions, IReadOnlyList<SelectListItem> Roles);
