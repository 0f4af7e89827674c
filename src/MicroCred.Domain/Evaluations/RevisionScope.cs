using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;

namespace MicroCred.Domain.Evaluations;

/// <summary>How far a revision of a published course reaches: a minor one goes to approval for publication (G3) only, a major one through G1–G3.</summary>
public enum RevisionKind
{
    Minor,
    Major,
}

/// <summary>One reason a revision is major, in words for the team, with the step where the change is.</summary>
public sealed record MajorChange(string Kind, string Explanation, WizardStep Step);

/// <summary>The verdict on a revision: minor or major, and every substantive change that makes it major.</summary>
public sealed record RevisionVerdict(RevisionKind Kind, IReadOnlyList<MajorChange> Reasons, IReadOnlyList<WizardStep> ChangedSteps)
{
    public bool IsMinor => Kind == RevisionKind.Minor;
}

/// <summary>
/// Decides from the diff against the published version whether a revision is minor or major (DOMAIN.md 4.2): a change to
/// the learning outcomes, the ECTS credits, the course level, the assessment weights or the awarding universities is
/// substantive and needs the design, development and publication reviews again; anything else (dates, contacts, wording
/// elsewhere) is editorial and needs approval for publication only.
/// </summary>
public static class RevisionScope
{
    public static RevisionVerdict Classify(DesignContent published, DesignContent revised)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(revised);
        return Classify(VersionDiff.Compare(published, revised));
    }

    public static RevisionVerdict Classify(VersionDiff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var reasons = new List<MajorChange>();

        var outcomes = diff.For(WizardStep.LearningOutcomes);
        var outcomeRows = outcomes.Rows.Where(r => r.Path == "Outcomes").ToList();
        if (outcomeRows.Count > 0)
        {
            var words = outcomeRows.Select(r => r.Kind switch
            {
                RowChangeKind.Added => $"{r.RowLabel} was added",
                RowChangeKind.Removed => $"{r.RowLabel} was removed",
                _ => $"{r.RowLabel} was changed",
            });
            reasons.Add(new MajorChange("Learning outcomes", $"The learning outcomes changed: {string.Join("; ", words)}.", WizardStep.LearningOutcomes));
        }

        if (outcomes.Fields.FirstOrDefault(f => f.Path == "EqfLevel") is { } level)
        {
            reasons.Add(new MajorChange("Level", $"The course level changed from {level.OldValue ?? "none"} to {level.NewValue ?? "none"}.", WizardStep.LearningOutcomes));
        }

        if (diff.For(WizardStep.CoursePlan).Fields.FirstOrDefault(f => f.Path == "Ects") is { } ects)
        {
            reasons.Add(new MajorChange("ECTS credits", $"The ECTS credits changed from {ects.OldValue ?? "none"} to {ects.NewValue ?? "none"}.", WizardStep.CoursePlan));
        }

        var weights = diff.For(WizardStep.Assessment).Rows
            .Where(r => r.Path == "Components" && r.Fields.Any(f => f.Path.EndsWith(".WeightPercent", StringComparison.Ordinal)))
            .ToList();
        if (weights.Count > 0)
        {
            reasons.Add(new MajorChange("Assessment weights",
                $"The weights in the final grade changed for {string.Join(", ", weights.Select(w => w.RowLabel))}.", WizardStep.Assessment));
        }

        if (diff.For(WizardStep.Award).Fields.FirstOrDefault(f => f.Path == "AwardingBodyPartnerIds") is { } bodies)
        {
            reasons.Add(new MajorChange("Awarding universities",
                $"The awarding universities changed from {bodies.OldValue ?? "none"} to {bodies.NewValue ?? "none"}.", WizardStep.Award));
        }

        var changed = diff.Steps.Where(s => s.Change == StepChange.Changed).Select(s => s.Step).ToList();
        return new RevisionVerdict(reasons.Count == 0 ? RevisionKind.Minor : RevisionKind.Major, reasons, changed);
    }
}
