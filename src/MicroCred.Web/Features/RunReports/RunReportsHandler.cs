using System.Security.Claims;
using MicroCred.Documents.Rendering;
using MicroCred.Documents.Templates;
using MicroCred.Domain;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Surveys;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Web.Features.Surveys;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.RunReports;

/// <summary>One run in the list of a design's runs.</summary>
public sealed record RunRow(Guid CohortId, string Name, string? Code, DateOnly StartsOn, DateOnly EndsOn, int Learners, bool Finalised, string SurveyState, int Answers);

public sealed record RunsViewModel(CourseDesign Design, bool IsTeam, IReadOnlyList<RunRow> Runs);

public sealed record RunReportViewModel(RunGrant Run, RunReport Report, DateOnly? SurveyClosesOn, bool SurveyClosed)
{
    public string CourseTitle => Run.Design.Title;
}

/// <summary>The runs of a design and each run's report, as a page and as a PDF, for the team and covering QA officers.</summary>
public sealed class RunReportsHandler(MicroCredDbContext db, RunAccess access, RunReportQuery query, SurveyClosing closing, PdfRenderer renderer, IClock clock)
{
    public async Task<RunsViewModel?> RunsAsync(Guid designId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.DesignAsync(designId, user, ct) is not { } grant)
        {
            return null;
        }

        var cohorts = await db.Cohorts.AsNoTracking().Where(c => c.DesignId == designId)
            .OrderByDescending(c => c.StartsOn).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, c.Code, c.StartsOn, c.EndsOn, Learners = c.Learners.Count, c.ResultsFinalisedAt })
            .ToListAsync(ct);
        var ids = cohorts.Select(c => c.Id).ToList();
        var surveys = await db.Surveys.AsNoTracking().Where(s => ids.Contains(s.CohortId)).ToListAsync(ct);
        var surveyIds = surveys.Select(s => s.Id).ToList();
        var answers = await db.SurveyResponses.AsNoTracking().Where(r => surveyIds.Contains(r.SurveyId))
            .GroupBy(r => r.SurveyId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var now = clock.Now;
        var rows = cohorts.Select(c =>
        {
            var s = surveys.SingleOrDefault(x => x.CohortId == c.Id);
            var state = s is null ? "No survey yet"
                : s.IsClosed(now) ? "Survey closed"
                : $"Survey open until {Shared.Display.Date(s.ClosesOn)}";
            return new RunRow(c.Id, c.Name, c.Code, c.StartsOn, c.EndsOn, c.Learners, c.ResultsFinalisedAt is not null, state, s is null ? 0 : answers.GetValueOrDefault(s.Id));
        }).ToList();
        return new RunsViewModel(grant.Design, grant.IsTeam, rows);
    }

    public async Task<RunReportViewModel?> ReportAsync(Guid cohortId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.CohortAsync(cohortId, user, ct) is not { } run)
        {
            return null;
        }

        await closing.CloseIfDueAsync(cohortId, ct);
        var report = await query.FiguresAsync(cohortId, ct);
        var survey = await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.CohortId == cohortId, ct);
        return report is null ? null : new RunReportViewModel(run, report, survey?.ClosesOn, survey?.IsClosed(clock.Now) ?? false);
    }

    public async Task<(byte[] Pdf, string FileName)?> PdfAsync(Guid cohortId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await ReportAsync(cohortId, user, ct) is not { } model)
        {
            return null;
        }

        var c = model.Run.Cohort;
        var input = new RunReportInput(model.CourseTitle, c.Name, c.Code, c.DesignVersionNumber, c.StartsOn, c.EndsOn, model.Report, clock.Now);
        var pdf = renderer.Render(RunReportDocument.Build(input));
        var slug = new string([.. (c.Code ?? c.Name).Select(ch => char.IsAsciiLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : '-')]).Trim('-');
        return (pdf, $"run-report-{(slug.Length == 0 ? "cohort" : slug)}.pdf");
    }
}
