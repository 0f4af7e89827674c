using FluentValidation;
using MicroCred.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace MicroCred.Web.Features.Surveys;

/// <summary>
/// Learner surveys: the team's page per cohort (the team and covering QA officers see it, only the team acts; anyone else
/// gets 404), and the learners' answer form behind a personal or shared link (no account, rate-limited like the other
/// public links, antiforgery on the form).
/// </summary>
public sealed class SurveysController(SurveysHandler handler, SurveyAnswering answering) : Controller
{
    [HttpGet("cohorts/{cohortId:guid}/survey")]
    public async Task<IActionResult> Survey(Guid cohortId, CancellationToken ct) =>
        await handler.PageAsync(cohortId, User, null, ct) is { } model ? View(model) : NotFound();

    [HttpPost("cohorts/{cohortId:guid}/survey"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Open(Guid cohortId, [Bind(Prefix = "Form")] OpenSurveyForm form, [FromServices] IValidator<OpenSurveyForm> validator, CancellationToken ct)
    {
        if (await handler.PageAsync(cohortId, User, form, ct) is not { Run.IsTeam: true } page)
        {
            return NotFound();
        }

        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, "Form");
            return View(nameof(Survey), page);
        }

        var outcome = await handler.OpenAsync(cohortId, form, User, ct);
        switch (outcome.Kind)
        {
            case SurveyOutcomeKind.NotFound:
                return NotFound();
            case SurveyOutcomeKind.Refused when page.Survey is null:
                ModelState.AddModelError(outcome.Field is null ? "" : "Form." + outcome.Field, outcome.Message!);
                return View(nameof(Survey), await handler.PageAsync(cohortId, User, form, ct) ?? page);
            default:
                TempData["Flash"] = outcome.Message;
                return RedirectToAction(nameof(Survey), new { cohortId });
        }
    }

    [HttpPost("cohorts/{cohortId:guid}/survey/close"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Close(Guid cohortId, CancellationToken ct)
    {
        var outcome = await handler.CloseAsync(cohortId, User, ct);
        if (outcome.Kind == SurveyOutcomeKind.NotFound)
        {
            return NotFound();
        }

        TempData["Flash"] = outcome.Message;
        return RedirectToAction(nameof(Survey), new { cohortId });
    }

    /// <summary>Where a learner's link lands: the questions, or a page saying why the link cannot be used.</summary>
    [HttpGet("survey/{token}"), AllowAnonymous, EnableRateLimiting(MicroCredHostingExtensions.InvitationRateLimit)]
    public async Task<IActionResult> Answer(string token, CancellationToken ct)
    {
        var link = await answering.ResolveAsync(token, ct);
        if (Problem(link) is { } problem)
        {
            return Unusable(problem, link);
        }

        return View(await answering.FormAsync(token, link, null, ct));
    }

    /// <summary>A learner sends their answers. The link is checked again: after the last day or after one use nothing is stored.</summary>
    [HttpPost("survey/{token}"), AllowAnonymous, ValidateAntiForgeryToken, EnableRateLimiting(MicroCredHostingExtensions.InvitationRateLimit)]
    public async Task<IActionResult> Answer(string token, SurveyAnswerForm form, CancellationToken ct)
    {
        var link = await answering.ResolveAsync(token, ct, track: true);
        if (Problem(link) is { } problem)
        {
            return Unusable(problem, link);
        }

        var (answers, problems) = form.Read(link.Survey!.Definition);
        if (answers is null)
        {
            foreach (var (field, message) in problems)
            {
                ModelState.AddModelError(field, message);
            }

            return View(await answering.FormAsync(token, link, form, ct));
        }

        if (await answering.StoreAsync(link, answers, ct) is { } refused)
        {
            return Unusable(refused, link);
        }

        if (link.IsShared)
        {
            // Says only "answered", so this browser is not offered the form again; nothing else about the learner.
            Response.Cookies.Append(SurveyAnswering.AnsweredCookie(link.Survey.Id), "answered", new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = Request.IsHttps,
                IsEssential = true,
                Path = "/survey",
                Expires = new DateTimeOffset(link.Survey.ClosesOn.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            });
        }

        return RedirectToAction(nameof(Thanks));
    }

    [HttpGet("survey/thanks"), AllowAnonymous]
    public IActionResult Thanks() => View();

    private SurveyLinkProblem? Problem(SurveyLink link) =>
        link.Problem ?? (link.IsShared && Request.Cookies.ContainsKey(SurveyAnswering.AnsweredCookie(link.Survey!.Id)) ? SurveyLinkProblem.AnsweredFromThisBrowser : null);

    private ViewResult Unusable(SurveyLinkProblem problem, SurveyLink link)
    {
        Response.StatusCode = problem == SurveyLinkProblem.Unknown ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone;
        return View("SurveyLinkUnusable", new SurveyLinkUnusableViewModel(problem, link.ClosedText));
    }
}

public sealed record SurveyLinkUnusableViewModel(SurveyLinkProblem Problem, string? ClosedText);
