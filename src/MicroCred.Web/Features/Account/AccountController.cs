using FluentValidation;
using MicroCred.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace MicroCred.Web.Features.Account;

[Route("account")]
public sealed class AccountController(AccountHandler handler) : Controller
{
    [HttpGet("login"), AllowAnonymous]
    public IActionResult Login(string? returnUrl)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(SafeReturnUrl(returnUrl));
        }

        return View(new LoginForm { ReturnUrl = returnUrl });
    }

    [HttpPost("login"), AllowAnonymous, EnableRateLimiting(MicroCredHostingExtensions.LoginRateLimit)]
    public async Task<IActionResult> Login(LoginForm form, [FromServices] IValidator<LoginForm> validator, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState);
            return View(form);
        }

        var outcome = await handler.SignInAsync(form.Email!, form.Password!);
        if (outcome is not null)
        {
            ModelState.AddModelError(nameof(LoginForm.Email), outcome);
            form.Password = null;
            return View(form);
        }

        return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await handler.SignOutAsync();
        TempData["Flash"] = "You have signed out.";
        return RedirectToAction(nameof(Login));
    }

    [HttpGet("change-password")]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [HttpPost("change-password")]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form, [FromServices] IValidator<ChangePasswordForm> validator, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        if (validation.IsValid)
        {
            var result = await handler.ChangePasswordAsync(User, form.CurrentPassword!, form.NewPassword!);
            if (result.Succeeded)
            {
                TempData["Flash"] = "Your password has been changed.";
                return Redirect("/");
            }

            result.AddToModelState(ModelState, nameof(ChangePasswordForm.CurrentPassword));
        }
        else
        {
            validation.AddToModelState(ModelState);
        }

        return View(new ChangePasswordForm());
    }

    [HttpGet("accept-invitation"), AllowAnonymous, EnableRateLimiting(MicroCredHostingExtensions.InvitationRateLimit)]
    public async Task<IActionResult> AcceptInvitation(string? token, CancellationToken ct)
    {
        var lookup = await handler.FindInvitationAsync(token, ct);
        if (lookup.Problem is not null)
        {
            return InvitationUnusable(lookup.Problem);
        }

        return View(lookup.ToViewModel(new AcceptInvitationForm { Token = token, FullName = lookup.Invitation!.FullName }));
    }

    [HttpPost("accept-invitation"), AllowAnonymous, EnableRateLimiting(MicroCredHostingExtensions.InvitationRateLimit)]
    public async Task<IActionResult> AcceptInvitation(AcceptInvitationForm form, [FromServices] IValidator<AcceptInvitationForm> validator, CancellationToken ct)
    {
        var lookup = await handler.FindInvitationAsync(form.Token, ct);
        if (lookup.Problem is not null)
        {
            return InvitationUnusable(lookup.Problem);
        }

        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState);
            return View(lookup.ToViewModel(Redisplay(form)));
        }

        var outcome = await handler.AcceptInvitationAsync(lookup.Invitation!, form, ct);
        if (outcome.UnusableReason is not null)
        {
            return InvitationUnusable(outcome.UnusableReason);
        }

        if (outcome.Errors is not null)
        {
            outcome.Errors.AddToModelState(ModelState, nameof(AcceptInvitationForm.Password));
            return View(lookup.ToViewModel(Redisplay(form)));
        }

        TempData["Flash"] = "Welcome to MicroCred. Your account is ready.";
        return Redirect("/");
    }

    [HttpGet("access-denied"), AllowAnonymous]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    private ViewResult InvitationUnusable(string reason)
    {
        Response.StatusCode = StatusCodes.Status410Gone;
        return View("InvitationUnusable", reason);
    }

    private static AcceptInvitationForm Redisplay(AcceptInvitationForm form) =>
        new() { Token = form.Token, FullName = form.FullName };

    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
