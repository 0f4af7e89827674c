using MicroCred.Domain;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Designs;

/// <summary>
/// Steps completed and errors of many designs at once, for lists (the dashboard), without a workspace per design: one query reads
/// the steps' concurrency tokens; the progress of every design whose saved state was seen before comes from
/// <see cref="DesignCheckResults"/>; the others are read in one more query and checked once. The number of SQL commands does not
/// grow with the number of designs.
/// </summary>
public sealed class DesignSummaries(MicroCredDbContext db, DesignCheckResults checks, IClock clock)
{
    /// <param name="designs">The designs' ids with their titles, as the list just read them (the title is part of the key).</param>
    public async Task<IReadOnlyDictionary<Guid, DesignProgress>> ProgressAsync(IReadOnlyDictionary<Guid, string> designs, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(designs);
        var result = new Dictionary<Guid, DesignProgress>();
        if (designs.Count == 0)
        {
            return result;
        }

        var designIds = designs.Keys.ToList();
        var institutions = await InstitutionFactsSnapshot.LoadAsync(db, ct);
        var today = DateOnly.FromDateTime(clock.Now.UtcDateTime);

        // The steps' concurrency tokens and the signatures and approvals on record, in one command.
        var rows = await db.DesignSteps.AsNoTracking().Where(s => designIds.Contains(s.DesignId))
            .Select(s => new { s.DesignId, Kind = StateRow.Step, Step = (int)s.Step, Id = s.Version })
            .Concat(db.AgreementSignatures.AsNoTracking().Where(a => designIds.Contains(a.DesignId))
                .Select(a => new { a.DesignId, Kind = StateRow.Signature, Step = 0, Id = a.PartnerId }))
            .Concat(db.ProgrammeBoardApprovals.AsNoTracking().Where(a => designIds.Contains(a.DesignId))
                .Select(a => new { a.DesignId, Kind = StateRow.Approval, Step = 0, Id = a.BoardId }))
            .ToListAsync(ct);
        var tokens = rows.Where(r => r.Kind == StateRow.Step).ToLookup(r => r.DesignId, r => (Step: (WizardStep)r.Step, Version: r.Id));
        var signatures = rows.Where(r => r.Kind == StateRow.Signature).ToLookup(r => r.DesignId, r => r.Id);
        var approvals = rows.Where(r => r.Kind == StateRow.Approval).ToLookup(r => r.DesignId, r => r.Id);
        var titles = designs;
        string ExtraOf(Guid id, bool hasCoursePlan) => DesignState.Extra(hasCoursePlan, titles.GetValueOrDefault(id, ""), signatures[id], approvals[id]);
        var missing = new List<Guid>();
        foreach (var id in designIds)
        {
            if (checks.TryProgress(id, tokens[id], ExtraOf(id, tokens[id].Any(t => t.Step == WizardStep.CoursePlan)), institutions, today, out var known))
            {
                result[id] = known!;
            }
            else
            {
                missing.Add(id);
            }
        }

        if (missing.Count == 0)
        {
            return result;
        }

        var steps = (await db.DesignSteps.AsNoTracking().Where(s => missing.Contains(s.DesignId)).ToListAsync(ct)).ToLookup(s => s.DesignId);
        foreach (var id in missing)
        {
            // The key is made from the rows just read, so what is stored under it is exactly what they say.
            var stored = steps[id].ToList();
            var state = stored.Select(s => (s.Step, s.Version)).ToList();
            var extra = DesignState.Extra(stored, titles.GetValueOrDefault(id, ""), signatures[id], approvals[id]);
            result[id] = checks.ProgressFor(id, state, extra, institutions, today, () =>
            {
                var content = DesignContentJson.Assemble(stored);
                DesignState.ApplyWorkingTitle(content, stored, titles.GetValueOrDefault(id, ""));
                var context = new DesignCheckContext(content, institutions.Facts, today)
                {
                    SignedPartnerIds = signatures[id].ToHashSet(),
                    ApprovedBoardIds = approvals[id].ToHashSet(),
                };
                var findings = checks.FindingsFor(id, state, extra, institutions, today, () => DesignChecks.Run(context));
                var byStep = stored.ToDictionary(s => s.Step);
                var completed = Enum.GetValues<WizardStep>()
                    .Count(s => StepStatuses.Of(s, byStep.GetValueOrDefault(s), content, findings).Status == StepStatus.Completed);
                return new DesignProgress(completed, findings.Count(f => f.Severity == Severity.Error));
            });
        }

        return result;
    }

    private static class StateRow
    {
        public const int Step = 0;
        public const int Signature = 1;
        public const int Approval = 2;
    }
}
