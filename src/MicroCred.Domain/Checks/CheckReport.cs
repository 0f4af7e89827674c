using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;

namespace MicroCred.Domain.Checks;

/// <summary>One place a merged finding points to: the step, field and row, and what is wrong there.</summary>
public sealed record FindingPlace(WizardStep Step, string? FieldPath, Guid? RowId, string Text);

/// <summary>
/// Findings of one rule and kind merged into one: the message (or, when the places say different things, the rule's summary)
/// and every place it applies to, in design order. <see cref="NeededFor"/> is the first gate it blocks (errors only).
/// </summary>
public sealed record MergedFinding(Severity Severity, string RuleId, string Message, Gate? NeededFor, IReadOnlyList<FindingPlace> Places)
{
    public WizardStep Step => Places[0].Step;

    /// <summary>True when the places each say something of their own, so the page lists them under the message.</summary>
    public bool ListsPlaces => Places.Count > 1;
}

/// <summary>The merged findings of one step, in the order the rules report them.</summary>
public sealed record StepFindings(WizardStep Step, IReadOnlyList<MergedFinding> Findings)
{
    public int Count => Findings.Count;
}

/// <summary>One part of the "Check your design" page: blocking errors, errors a later gate needs, warnings or advice, grouped by step.</summary>
public sealed record CheckGroup(CheckGroupKind Kind, Gate? Gate, IReadOnlyList<StepFindings> Steps)
{
    public int Count => Steps.Sum(s => s.Count);
}

public enum CheckGroupKind
{
    /// <summary>Errors that stop the next submission.</summary>
    Blocking,

    /// <summary>Errors only a later gate needs fixed.</summary>
    NeededLater,
    Warnings,
    Advice,
}

/// <summary>
/// Sorts the findings of a design for the team: by step in design order, the same rule's findings merged into one that names
/// every place, errors split into those that block the next gate and those a later gate needs (as the gate conditions
/// count them), and a "start here" pointer to the first blocking error.
/// </summary>
public static class CheckReport
{
    /// <summary>Rules that are gate conditions of their own, with the gate whose conditions include them.</summary>
    private static readonly Dictionary<string, Gate> _ownConditionGate = new(StringComparer.Ordinal)
    {
        ["R-DOC-01"] = Gate.G3,
        ["R-REC-03"] = Gate.G3,
        ["R-CA-01"] = Gate.G3,
        ["R-CA-03"] = Gate.G3,
        ["R-SUP-02"] = Gate.G3,
        ["R-QA-03"] = Gate.G2,
    };

    /// <summary>
    /// The first gate an error blocks, read the way <see cref="GateConditions"/> reads it: design-review steps block from the
    /// design review (unless the rule waits for a later gate), other steps from the development review, and rules that are
    /// gate conditions of their own from that gate. Null for warnings and advice.
    /// </summary>
    public static Gate? FirstBlockedGate(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (finding.Severity != Severity.Error)
        {
            return null;
        }

        if (_ownConditionGate.TryGetValue(finding.RuleId, out var own))
        {
            return own;
        }

        var gate = finding.AppliesFromGate ?? Gate.G1;
        return gate == Gate.G1 && !GateScope.DesignSteps.Contains(finding.Step) ? Gate.G2 : gate;
    }

    /// <summary>Merges findings of one rule, kind and gate into one finding naming every place, in design order.</summary>
    public static IReadOnlyList<MergedFinding> Merge(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var indexed = findings.Select((f, i) => (Finding: f, Index: i)).ToList();
        return [.. indexed
            .GroupBy(x => (x.Finding.RuleId, x.Finding.Severity, Gate: FirstBlockedGate(x.Finding)))
            .Select(g =>
            {
                var items = g.OrderBy(x => x.Finding.Step).ThenBy(x => x.Index).Select(x => x.Finding).ToList();
                var places = items
                    .Select(f => new FindingPlace(f.Step, f.FieldPath, f.RowId, f.Detail ?? f.Message))
                    .Distinct()
                    .ToList();
                var messages = items.Select(f => f.Message).Distinct(StringComparer.Ordinal).ToList();
                var message = messages.Count == 1 ? messages[0] : RuleCatalog.Find(g.Key.RuleId)?.Summary ?? messages[0];
                if (messages.Count == 1)
                {
                    places = [.. places.Select(p => p with { Text = StepCatalog.Get(p.Step).Title })];
                }

                return (Merged: new MergedFinding(g.Key.Severity, g.Key.RuleId, message, g.Key.Gate, places), First: g.Min(x => (x.Finding.Step, x.Index)));
            })
            .OrderBy(x => x.First.Step).ThenBy(x => x.First.Index)
            .Select(x => x.Merged)];
    }

    /// <summary>The page's groups: what blocks <paramref name="nextGate"/>, what each later gate needs, warnings, advice.</summary>
    public static IReadOnlyList<CheckGroup> Build(IReadOnlyList<Finding> findings, Gate? nextGate)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var merged = Merge(findings);
        var groups = new List<CheckGroup>();
        var errors = merged.Where(m => m.Severity == Severity.Error).ToList();
        groups.Add(new CheckGroup(CheckGroupKind.Blocking, nextGate, ByStep(errors.Where(e => nextGate is null || e.NeededFor <= nextGate))));
        if (nextGate is { } next)
        {
            foreach (var later in Enum.GetValues<Gate>().Where(g => g > next))
            {
                var needed = errors.Where(e => e.NeededFor == later).ToList();
                if (needed.Count > 0)
                {
                    groups.Add(new CheckGroup(CheckGroupKind.NeededLater, later, ByStep(needed)));
                }
            }
        }

        groups.Add(new CheckGroup(CheckGroupKind.Warnings, null, ByStep(merged.Where(m => m.Severity == Severity.Warning))));
        groups.Add(new CheckGroup(CheckGroupKind.Advice, null, ByStep(merged.Where(m => m.Severity == Severity.Info))));
        return groups;
    }

    /// <summary>The first error that blocks the next gate, in design order: where a team should start.</summary>
    public static FindingPlace? StartHere(IReadOnlyList<CheckGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        return groups.FirstOrDefault(g => g.Kind == CheckGroupKind.Blocking)?.Steps.FirstOrDefault()?.Findings[0].Places[0];
    }

    private static IReadOnlyList<StepFindings> ByStep(IEnumerable<MergedFinding> findings) =>
        [.. findings.GroupBy(f => f.Step).OrderBy(g => g.Key).Select(g => new StepFindings(g.Key, [.. g]))];
}
