using MicroCred.Domain.Surveys;
using MicroCred.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.RunReports;

/// <summary>
/// The figures of a cohort's run report (<see cref="RunReport"/>), for the report page, its PDF and other features (the
/// annual evaluation reads them and their deviation flags). It checks no access: callers do, through <see cref="RunAccess"/>.
/// </summary>
public sealed class RunReportQuery(MicroCredDbContext db)
{
    /// <summary>The report figures of one cohort, or null when there is no such cohort.</summary>
    public async Task<RunReport?> FiguresAsync(Guid cohortId, CancellationToken ct)
    {
        var cohort = await db.Cohorts.AsNoTracking().Include(c => c.Learners).SingleOrDefaultAsync(c => c.Id == cohortId, ct);
        if (cohort is null)
        {
            return null;
        }

        var credentials = await db.IssuedCredentials.AsNoTracking().Where(c => c.CohortId == cohortId)
            .GroupBy(c => c.RevokedAt != null).Select(g => new { Revoked = g.Key, Count = g.Count() }).ToListAsync(ct);
        var survey = await db.Surveys.AsNoTracking().Where(s => s.CohortId == cohortId).Select(s => new { s.Id, s.DefinitionJson }).SingleOrDefaultAsync(ct);
        var answers = survey is null
            ? []
            : (await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == survey.Id).OrderBy(r => r.AnsweredOn).ThenBy(r => r.Id)
                .Select(r => r.AnswersJson).ToListAsync(ct)).Select(SurveyAnswers.FromJson).ToList();
        return RunReport.Compute(
            cohort,
            credentials.Sum(c => c.Count),
            credentials.Where(c => c.Revoked).Sum(c => c.Count),
            survey is null ? null : SurveyDefinition.FromJson(survey.DefinitionJson),
            answers);
    }

    /// <summary>The run reports of every cohort of a design, oldest run first (for the annual evaluation and the dashboard).</summary>
    public async Task<IReadOnlyList<RunReport>> ForDesignAsync(Guid designId, CancellationToken ct)
    {
        var ids = await db.Cohorts.AsNoTracking().Where(c => c.DesignId == designId).OrderBy(c => c.StartsOn).Select(c => c.Id).ToListAsync(ct);
        var reports = new List<RunReport>();
        foreach (var id in ids)
        {
            if (await FiguresAsync(id, ct) is { } report)
            {
                reports.Add(report);
            }
        }

        return reports;
    }
}
