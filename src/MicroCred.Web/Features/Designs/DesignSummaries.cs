using MicroCred.Domain;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Designs;

/// <summary>
/// Steps completed and errors of many designs at once, for lists (the dashboard), without a workspace per design: one query lists
/// each design's saved state (its steps' concurrency tokens, signatures and approvals) as text; the progress of every design whose
/// state was seen before comes from <see cref="DesignCheckResults"/>; the others are read in one more query and checked once.
/// The number of SQL commands does not grow with the number of designs.
/// </summary>
public sealed class DesignSummaries(MicroCredDbContext db, DesignCheckResults checks, InstitutionFactsSnapshots institutionSnapshots, IClock clock)
{
    /// <param name="designs">The designs' ids with their titles, as the list just read them (the title is part of the key).</param>
    /// <returns>The progress of each design, and the names of the portal's institutions (read with the designs' state).</returns>
    public async Task<ListedProgress> ProgressAsync(IReadOnlyDictionary<Guid, string> designs, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(designs);
        var result = new Dictionary<Guid, DesignProgress>();
        if (designs.Count == 0)
        {
            return new ListedProgress(result, new Dictionary<Guid, string>());
        }

        var designIds = designs.Keys.ToList();
        var today = DateOnly.FromDateTime(clock.Now.UtcDateTime);

        // Each design's saved state in at most three short rows, joined in SQL: its steps as "step:token" pairs, the partners who
        // signed and the boards that approved. Reading one row per step instead (21 per design, 525 for a page of 25) cost the
        // dashboard more than half of its time and memory. One more row lists the institutions' tokens, so their facts are read
        // only when one of them changed.
        var rows = await DesignSummaryQueries.Listed.For(db)(db, designIds).ToListAsync(ct);
        var texts = rows.ToDictionary(r => (r.DesignId, r.Kind), r => r.Text);
        var institutions = await institutionSnapshots.ForAsync(db, texts.GetValueOrDefault((Guid.Empty, StateRow.Institutions)), ct);
        var listed = new Dictionary<Guid, (string Steps, string Extra, IReadOnlyList<Guid> Signed, IReadOnlyList<Guid> Approved)>();
        foreach (var id in designIds)
        {
            var steps = ListedState.Canonical(texts.GetValueOrDefault((id, StateRow.Step)));
            var signed = ListedState.Ids(texts.GetValueOrDefault((id, StateRow.Signature)));
            var approved = ListedState.Ids(texts.GetValueOrDefault((id, StateRow.Approval)));
            var extra = DesignState.Extra(ListedState.Has(steps, WizardStep.CoursePlan), designs.GetValueOrDefault(id, ""), signed, approved);
            listed[id] = (steps, extra, signed, approved);
            if (checks.TryListedProgress(id, steps, extra, institutions, today, out var known))
            {
                result[id] = known!;
            }
        }

        var missing = designIds.Where(id => !result.ContainsKey(id)).ToList();
        if (missing.Count == 0)
        {
            return new ListedProgress(result, institutions.Names);
        }

        var stored = (await db.DesignSteps.AsNoTracking().Where(s => missing.Contains(s.DesignId)).ToListAsync(ct)).ToLookup(s => s.DesignId);
        foreach (var id in missing)
        {
            // The key is made from the rows just read, so what is stored under it is exactly what they say.
            var steps = stored[id].ToList();
            var state = steps.Select(s => (s.Step, s.Version)).ToList();
            var (listedSteps, listedExtra, signed, approved) = listed[id];
            var title = designs.GetValueOrDefault(id, "");
            var extra = DesignState.Extra(steps, title, signed, approved);
            var progress = checks.ProgressFor(id, state, extra, institutions, today, () =>
            {
                var content = DesignContentJson.Assemble(steps);
                DesignState.ApplyWorkingTitle(content, steps, title);
                var context = new DesignCheckContext(content, institutions.Facts, today) { SignedPartnerIds = signed.ToHashSet(), ApprovedBoardIds = approved.ToHashSet() };
                var findings = checks.FindingsFor(id, state, extra, institutions, today, () => DesignChecks.Run(context));
                var byStep = steps.ToDictionary(s => s.Step);
                var completed = Enum.GetValues<WizardStep>()
                    .Count(s => StepStatuses.Of(s, byStep.GetValueOrDefault(s), content, findings).Status == StepStatus.Completed);
                return new DesignProgress(completed, findings.Count(f => f.Severity == Severity.Error));
            });
            result[id] = progress;

            // Remembered under the listed state too when it says the same as the rows just read (a save in between makes the
            // two differ: then the next request reads again).
            if (listedExtra == extra && ListedState.Same(listedSteps, state))
            {
                checks.RememberListedProgress(id, listedSteps, listedExtra, institutions, today, progress);
            }
        }

        return new ListedProgress(result, institutions.Names);
    }

    internal static class StateRow
    {
        public const int Step = 0;
        public const int Signature = 1;
        public const int Approval = 2;

        /// <summary>Every institution as "id:token" (one row, not per design): the institutions' facts are kept by their stamp.</summary>
        public const int Institutions = 3;
    }
}

/// <summary>The progress of listed designs, and every institution's name (for the lead institutions the list names).</summary>
public sealed record ListedProgress(IReadOnlyDictionary<Guid, DesignProgress> Progress, IReadOnlyDictionary<Guid, string> InstitutionNames);

/// <summary>
/// The listed-state query of <see cref="DesignSummaries"/>, compiled once per model (<see cref="MicroCred.Web.Hosting.PerModel{TQuery}"/>):
/// EF Core then skips turning the LINQ expression into parameters and looking its SQL up on every dashboard request.
/// </summary>
public static class DesignSummaryQueries
{
    public static readonly MicroCred.Web.Hosting.PerModel<Func<MicroCredDbContext, List<Guid>, IAsyncEnumerable<ListedRow>>> Listed = new(() => EF.CompileAsyncQuery(
        (MicroCredDbContext db, List<Guid> designIds) =>
            db.DesignSteps.AsNoTracking().Where(s => designIds.Contains(s.DesignId)).GroupBy(s => s.DesignId)
                .Select(g => new { DesignId = g.Key, Kind = DesignSummaries.StateRow.Step, Text = string.Join(",", g.Select(s => ((int)s.Step).ToString() + ":" + s.Version.ToString())) })
                .Concat(db.AgreementSignatures.AsNoTracking().Where(a => designIds.Contains(a.DesignId)).GroupBy(a => a.DesignId)
                    .Select(g => new { DesignId = g.Key, Kind = DesignSummaries.StateRow.Signature, Text = string.Join(",", g.Select(a => a.PartnerId.ToString())) }))
                .Concat(db.ProgrammeBoardApprovals.AsNoTracking().Where(a => designIds.Contains(a.DesignId)).GroupBy(a => a.DesignId)
                    .Select(g => new { DesignId = g.Key, Kind = DesignSummaries.StateRow.Approval, Text = string.Join(",", g.Select(a => a.BoardId.ToString())) }))
                .Concat(db.Institutions.AsNoTracking().GroupBy(i => 1)
                    .Select(g => new { DesignId = Guid.Empty, Kind = DesignSummaries.StateRow.Institutions, Text = string.Join(",", g.Select(i => i.Id.ToString() + ":" + i.Version.ToString())) }))
                .Select(r => new ListedRow(r.DesignId, r.Kind, r.Text))));

    /// <summary>One design's steps as "step:token" pairs, or its signatures or approvals as ids, joined by the database.</summary>
    public sealed record ListedRow(Guid DesignId, int Kind, string Text);
}
