using Microsoft.AspNetCore.Mvc;

namespace MicroCred.Web.Features.RunReports;

/// <summary>The runs of a published design and the report of each run (page and PDF): its team and covering QA officers only, 404 for anyone else.</summary>
public sealed class RunReportsController(RunReportsHandler handler) : Controller
{
    [HttpGet("designs/{designId:guid}/runs")]
    public async Task<IActionResult> Runs(Guid designId, CancellationToken ct) =>
        await handler.RunsAsync(designId, User, ct) is { } model ? View(model) : NotFound();

    [HttpGet("cohorts/{cohortId:guid}/report")]
    public async Task<IActionResult> Report(Guid cohortId, CancellationToken ct) =>
        await handler.ReportAsync(cohortId, User, ct) is { } model ? View(model) : NotFound();

    [HttpGet("cohorts/{cohortId:guid}/report.pdf")]
    public async Task<IActionResult> ReportPdf(Guid cohortId, CancellationToken ct) =>
        await handler.PdfAsync(cohortId, User, ct) is { } file ? File(file.Pdf, "application/pdf", file.FileName) : NotFound();
}
