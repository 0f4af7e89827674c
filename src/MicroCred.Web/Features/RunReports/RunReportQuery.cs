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
            : (await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == survey.Id).OrderBy(r => r.Id)
                .Select(r => r.AnswersJson).ToListAsync(ct)).Select(SurveyAnswers.FromJson).ToList();
        return RunReport.Compute(
            cohort,
            credentials.Sum(c => c.Count),
            credentials.Where(c => c.Revoked).Sum(c => c.Count),
            survey is null ? null : SurveyDefinition.FromJson(survey.DefinitionJson),
            answers);
    }

    /// <summary>
    /// The runs of these designs whose measured study load is flagged (check 21), oldest run first, with their cohorts' names.
    /// Only a survey with at least <see cref="RunReport.MinimumRespondents"/> answers can flag a unit, so only those surveys'
    /// answers are read, in one command; no cohort's learners are. Two commands whatever the number of designs and runs.
    /// </summary>
    public async Task<IReadOnlyList<FlaggedRun>> FlaggedRunsAsync(IReadOnlyCollection<Guid> designIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(designIds);
        if (designIds.Count == 0)
        {
            return [];
        }

        var ids = designIds.ToList();
        var surveys = await (from s in db.Surveys.AsNoTracking()
                             where ids.Contains(s.DesignId) && db.SurveyResponses.Count(r => r.SurveyId == s.Id) >= RunReport.MinimumRespondents
                             join c in db.Cohorts.AsNoTracking() on s.CohortId equals c.Id
                             orderby c.StartsOn, c.Id
                             select new { s.Id, s.DesignId, s.CohortId, c.Name, s.DefinitionJson })
            .ToListAsync(ct);
        if (surveys.Count == 0)
        {
            return [];
        }

        var surveyIds = surveys.Select(s => s.Id).ToList();
        var answers = (await db.SurveyResponses.AsNoTracking().Where(r => surveyIds.Contains(r.SurveyId)).OrderBy(r => r.Id)
                .Select(r => new { r.SurveyId, r.AnswersJson }).ToListAsync(ct))
            .ToLookup(r => r.SurveyId, r => SurveyAnswers.FromJson(r.AnswersJson));
        return [.. surveys
            .Select(s => new FlaggedRun(s.DesignId, s.CohortId, s.Name, RunReport.FlaggedUnitsOf(SurveyDefinition.FromJson(s.DefinitionJson), [.. answers[s.Id]])))
            .Where(r => r.FlaggedUnits.Count > 0)];
    }
}

/// <summary>A run of a design whose measured study load is flagged on some units (check 21).</summary>
public sealed record FlaggedRun(Guid DesignId, Guid CohortId, string CohortName, IReadOnlyList<UnitWorkload> FlaggedUnits);
