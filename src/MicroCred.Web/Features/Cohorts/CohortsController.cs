using FluentValidation;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace MicroCred.Web.Features.Cohorts;

/// <summary>
/// Cohorts of published designs for the issuing institution's administrators. Every action loads the design or cohort
/// through <see cref="CohortAccess"/>; anyone else gets 404.
/// </summary>
public sealed class CohortsController(CohortsHandler handler, IValidator<CohortForm> cohortValidator, IValidator<LearnerForm> learnerValidator) : Controller
{
    private const long UploadLimit = LearnerCsv.MaxBytes + (64 * 1024);

    [HttpGet("designs/{designId:guid}/cohorts")]
    public async Task<IActionResult> Index(Guid designId, CancellationToken ct) =>
        await handler.ListAsync(designId, User, ct) is { } model ? View(model) : NotFound();

    [HttpGet("designs/{designId:guid}/cohorts/new")]
    public async Task<IActionResult> New(Guid designId, CancellationToken ct) =>
        await handler.ListAsync(designId, User, ct) is { } list
            ? View(new NewCohortViewModel(list, new CohortForm { Participation = DeliveryMode.Blended }))
            : NotFound();

    [HttpPost("designs/{designId:guid}/cohorts/new"), ValidateAntiForgeryToken]
    public async Task<IActionResult> New(Guid designId, CohortForm form, CancellationToken ct)
    {
        if (await handler.ListAsync(designId, User, ct) is not { } list)
        {
            return NotFound();
        }

        var validation = await cohortValidator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, "Form");
            return View(new NewCohortViewModel(list, form));
        }

        var outcome = await handler.CreateAsync(designId, form, User, ct);
        if (outcome.Status == CohortSaveStatus.NotFound)
        {
            return NotFound();
        }

        if (outcome.Status != CohortSaveStatus.Saved)
        {
            ModelState.AddModelError("", outcome.Message ?? "The cohort could not be started.");
            return View(new NewCohortViewModel(list, form));
        }

        TempData["Flash"] = $"Cohort \"{form.Name!.Trim()}\" started. Add its learners by hand or import them from a CSV file.";
        return RedirectToAction(nameof(Show), new { cohortId = outcome.Id });
    }

    [HttpGet("cohorts/{cohortId:guid}")]
    public async Task<IActionResult> Show(Guid cohortId, CancellationToken ct) =>
        await handler.ShowAsync(cohortId, User, MicroCred.Web.Features.Shared.PageRequest.From(Request), ct) is { } model ? View(model) : NotFound();

    [HttpGet("cohorts/{cohortId:guid}/edit")]
    public async Task<IActionResult> Edit(Guid cohortId, CancellationToken ct) =>
        await handler.PageAsync(cohortId, User, ct) is { } page ? View(new EditCohortViewModel(page, CohortForm.From(page.Cohort))) : NotFound();

    [HttpPost("cohorts/{cohortId:guid}/edit"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(Guid cohortId, CohortForm form, CancellationToken ct)
    {
        if (await handler.PageAsync(cohortId, User, ct) is not { } page)
        {
            return NotFound();
        }

        var model = new EditCohortViewModel(page, form);
        var validation = await cohortValidator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, "Form");
            return View(model);
        }

        var outcome = await handler.EditAsync(cohortId, form, User, ct);
        switch (outcome.Status)
        {
            case CohortSaveStatus.NotFound:
                return NotFound();
            case CohortSaveStatus.Saved:
                TempData["Flash"] = $"Cohort \"{form.Name!.Trim()}\" saved.";
                return RedirectToAction(nameof(Show), new { cohortId });
            case CohortSaveStatus.Conflict:
                ModelState.AddModelError("", "Someone else changed this cohort while you were editing. Your changes are still below; open the cohort in a new tab to see theirs, then save again.");
                return View(model);
            default:
                ModelState.AddModelError("", outcome.Message ?? "The cohort could not be saved.");
                return View(model);
        }
    }

    [HttpGet("cohorts/{cohortId:guid}/learners/new")]
    public async Task<IActionResult> AddLearner(Guid cohortId, CancellationToken ct) =>
        await handler.PageAsync(cohortId, User, ct) is { } page
            ? View("Learner", new LearnerViewModel(page, null, new LearnerForm()))
            : NotFound();

    [HttpPost("cohorts/{cohortId:guid}/learners/new"), ValidateAntiForgeryToken]
    public async Task<IActionResult> AddLearner(Guid cohortId, LearnerForm form, CancellationToken ct)
    {
        if (await handler.PageAsync(cohortId, User, ct) is not { } page)
        {
            return NotFound();
        }

        var model = new LearnerViewModel(page, null, form);
        var validation = await learnerValidator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, "Form");
            return View("Learner", model);
        }

        var outcome = await handler.AddLearnerAsync(cohortId, form, User, ct);
        return Answer(outcome, model, $"{Name(form)} added to the cohort.");
    }

    [HttpGet("cohorts/{cohortId:guid}/learners/{learnerId:guid}")]
    public async Task<IActionResult> EditLearner(Guid cohortId, Guid learnerId, CancellationToken ct) =>
        await handler.PageAsync(cohortId, User, ct) is { } page && page.Cohort.Learners.FirstOrDefault(l => l.Id == learnerId) is { } learner
            ? View("Learner", new LearnerViewModel(page, learnerId, LearnerForm.From(learner)))
            : NotFound();

    [HttpPost("cohorts/{cohortId:guid}/learners/{learnerId:guid}"), ValidateAntiForgeryToken]
    public async Task<IActionResult> EditLearner(Guid cohortId, Guid learnerId, LearnerForm form, CancellationToken ct)
    {
        if (await handler.PageAsync(cohortId, User, ct) is not { } page || page.Cohort.Learners.All(l => l.Id != learnerId))
        {
            return NotFound();
        }

        var model = new LearnerViewModel(page, learnerId, form);
        var validation = await learnerValidator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, "Form");
            return View("Learner", model);
        }

        var outcome = await handler.EditLearnerAsync(cohortId, learnerId, form, User, ct);
        return Answer(outcome, model, $"Changes to {Name(form)} saved.");
    }

    [HttpGet("cohorts/{cohortId:guid}/learners/{learnerId:guid}/remove")]
    public async Task<IActionResult> RemoveLearner(Guid cohortId, Guid learnerId, CancellationToken ct) =>
        await handler.PageAsync(cohortId, User, ct) is { } page && page.Cohort.Learners.FirstOrDefault(l => l.Id == learnerId) is { } learner
            ? View(new RemoveLearnerViewModel(page, learner))
            : NotFound();

    [HttpPost("cohorts/{cohortId:guid}/learners/{learnerId:guid}/remove"), ValidateAntiForgeryToken]
    public async Task<IActionResult> RemoveLearnerConfirmed(Guid cohortId, Guid learnerId, CancellationToken ct)
    {
        if (await handler.PageAsync(cohortId, User, ct) is not { } page || page.Cohort.Learners.FirstOrDefault(l => l.Id == learnerId) is not { } learner)
        {
            return NotFound();
        }

        var name = learner.FullName;
        var outcome = await handler.RemoveLearnerAsync(cohortId, learnerId, User, ct);
        switch (outcome.Status)
        {
            case CohortSaveStatus.NotFound:
                return NotFound();
            case CohortSaveStatus.Saved:
                TempData["Flash"] = $"{name} removed from the cohort.";
                break;
            default:
                TempData["Flash"] = outcome.Message ?? "The learner could not be removed; the cohort changed meanwhile. Try again.";
                break;
        }

        return RedirectToAction(nameof(Show), new { cohortId });
    }

    [HttpGet("cohorts/{cohortId:guid}/import")]
    public async Task<IActionResult> Import(Guid cohortId, CancellationToken ct) =>
        await handler.PageAsync(cohortId, User, ct) is { } page ? View(new ImportViewModel(page)) : NotFound();

    [HttpGet("cohorts/{cohortId:guid}/import/template.csv")]
    public async Task<IActionResult> ImportTemplate(Guid cohortId, CancellationToken ct) =>
        await handler.PageAsync(cohortId, User, ct) is null ? NotFound() : File(LearnerCsv.Template(), "text/csv; charset=utf-8", "learners-template.csv");

    [HttpPost("cohorts/{cohortId:guid}/import"), ValidateAntiForgeryToken]
    [RequestSizeLimit(UploadLimit), RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
    [TooLargeMessage("The file is larger than 1 MB. Split it into smaller files of at most 5,000 learners each and import them one by one.")]
    public async Task<IActionResult> Import(Guid cohortId, IFormFile? file, CancellationToken ct)
    {
        if (await handler.PageAsync(cohortId, User, ct) is not { } page)
        {
            return NotFound();
        }

        string? problem = null;
        if (file is null)
        {
            problem = "Choose the CSV file to import.";
        }
        else if (file.Length > LearnerCsv.MaxBytes)
        {
            problem = $"The file is larger than {LearnerCsv.MaxBytes / 1024 / 1024} MB. Split it into smaller files of at most {LearnerCsv.MaxRows:N0} learners each.";
        }

        if (problem is null)
        {
            using var buffer = new MemoryStream();
            await file!.CopyToAsync(buffer, ct);
            var outcome = await handler.PreviewImportAsync(cohortId, buffer.ToArray(), file.FileName, User, ct);
            if (outcome.Status == CohortSaveStatus.NotFound)
            {
                return NotFound();
            }

            if (outcome.Status == CohortSaveStatus.Saved)
            {
                return RedirectToAction(nameof(ImportPreview), new { cohortId, importId = outcome.Message });
            }

            problem = outcome.Message;
        }

        ModelState.AddModelError("file", problem ?? "The file could not be read.");
        return View(new ImportViewModel(page));
    }

    [HttpGet("cohorts/{cohortId:guid}/import/{importId}")]
    public async Task<IActionResult> ImportPreview(Guid cohortId, string importId, CancellationToken ct)
    {
        if (await handler.ImportPreviewAsync(cohortId, importId, User, MicroCred.Web.Features.Shared.PageRequest.From(Request), ct) is { } model)
        {
            return View(model);
        }

        if (await handler.PageAsync(cohortId, User, ct) is null)
        {
            return NotFound();
        }

        TempData["Flash"] = "That import is no longer waiting: it was confirmed, cancelled or left for more than an hour. Upload the file again if needed.";
        return RedirectToAction(nameof(Import), new { cohortId });
    }

    [HttpGet("cohorts/{cohortId:guid}/import/{importId}/problems.csv")]
    public async Task<IActionResult> ImportProblems(Guid cohortId, string importId, CancellationToken ct)
    {
        if (await handler.ImportProblemsCsvAsync(cohortId, importId, User, ct) is { } csv)
        {
            return File(csv.Csv, "text/csv; charset=utf-8", csv.FileName);
        }

        return await handler.PageAsync(cohortId, User, ct) is null ? NotFound() : RedirectToAction(nameof(ImportPreview), new { cohortId, importId });
    }

    [HttpPost("cohorts/{cohortId:guid}/import/{importId}/confirm"), ValidateAntiForgeryToken]
    public async Task<IActionResult> ConfirmImport(Guid cohortId, string importId, CancellationToken ct)
    {
        var outcome = await handler.ConfirmImportAsync(cohortId, importId, User, ct);
        switch (outcome.Status)
        {
            case CohortSaveStatus.NotFound:
                return await handler.PageAsync(cohortId, User, ct) is null ? NotFound() : RedirectToAction(nameof(ImportPreview), new { cohortId, importId });
            case CohortSaveStatus.Saved:
                TempData["Flash"] = outcome.Message;
                return RedirectToAction(nameof(Show), new { cohortId });
            default:
                if (await handler.ImportPreviewAsync(cohortId, importId, User, new MicroCred.Web.Features.Shared.PageRequest(1, null), ct) is not { } model)
                {
                    return NotFound();
                }

                ModelState.AddModelError("", outcome.Message ?? "Nothing was imported.");
                return View(nameof(ImportPreview), model);
        }
    }

    [HttpPost("cohorts/{cohortId:guid}/import/{importId}/cancel"), ValidateAntiForgeryToken]
    public async Task<IActionResult> CancelImport(Guid cohortId, string importId, CancellationToken ct)
    {
        if (await handler.PageAsync(cohortId, User, ct) is null)
        {
            return NotFound();
        }

        await handler.CancelImportAsync(cohortId, importId, User, ct);
        TempData["Flash"] = "Import cancelled; no learners were added.";
        return RedirectToAction(nameof(Show), new { cohortId });
    }

    [HttpGet("cohorts/{cohortId:guid}/finalise")]
    public async Task<IActionResult> Finalise(Guid cohortId, CancellationToken ct) =>
        await handler.PageAsync(cohortId, User, ct) is { } page ? View(page) : NotFound();

    [HttpPost("cohorts/{cohortId:guid}/finalise"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Finalise(Guid cohortId, Guid? version, CancellationToken ct)
    {
        var outcome = await handler.FinaliseAsync(cohortId, version, User, ct);
        if (outcome.Status == CohortSaveStatus.NotFound || await handler.PageAsync(cohortId, User, ct) is not { } page)
        {
            return NotFound();
        }

        switch (outcome.Status)
        {
            case CohortSaveStatus.Saved:
                TempData["Flash"] = "Results finalised. The learners and their results can no longer change.";
                return RedirectToAction(nameof(Show), new { cohortId });
            case CohortSaveStatus.Conflict:
                ModelState.AddModelError("", "The cohort changed while you were looking at it. Check the learners below and finalise again.");
                return View(page);
            default:
                ModelState.AddModelError("", outcome.Message ?? "The results could not be finalised.");
                return View(page);
        }
    }

    private IActionResult Answer(CohortOutcome outcome, LearnerViewModel model, string saved)
    {
        switch (outcome.Status)
        {
            case CohortSaveStatus.NotFound:
                return NotFound();
            case CohortSaveStatus.Saved:
                TempData["Flash"] = saved;
                return RedirectToAction(nameof(Show), new { cohortId = model.Page.Cohort.Id });
            case CohortSaveStatus.Conflict:
                ModelState.AddModelError("", "Someone else changed this learner while you were editing. Your input is still below; open the cohort in a new tab to see their changes, then save again.");
                return View("Learner", model);
            default:
                ModelState.AddModelError(outcome.Field is null ? "" : "Form." + outcome.Field, outcome.Message ?? "The learner could not be saved.");
                return View("Learner", model);
        }
    }

    private static string Name(LearnerForm form) => $"{form.GivenNames} {form.FamilyName}".Trim();
}

public sealed record NewCohortViewModel(CohortListViewModel Design, CohortForm Form);

public sealed record EditCohortViewModel(CohortPageViewModel Page, CohortForm Form);

public sealed record LearnerViewModel(CohortPageViewModel Page, Guid? LearnerId, LearnerForm Form)
{
    public bool IsNew => LearnerId is null;
}

public sealed record RemoveLearnerViewModel(CohortPageViewModel Page, MicroCred.Domain.Credentials.Learner Learner);

public sealed record ImportViewModel(CohortPageViewModel Page);
