using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Checks;

/// <summary>Kinds of gap in the chain outcome → unit → activity → assessment.</summary>
[Flags]
public enum AlignmentGap
{
    None = 0,

    /// <summary>No course unit lists the outcome.</summary>
    NotTaught = 1,

    /// <summary>No learning activity works towards the outcome.</summary>
    NotPractised = 2,

    /// <summary>No summative component assesses the outcome.</summary>
    NotAssessed = 4,

    /// <summary>The outcome is assessed, but only where it is not taught.</summary>
    AssessedButNotTaught = 8,

    /// <summary>The outcome's Bloom level is above what its activities reach.</summary>
    ActivitiesBelowBloomLevel = 16,
}

public sealed record OutcomeAlignment(
    Guid OutcomeId,
    string Code,
    string Statement,
    IReadOnlyList<Guid> UnitIds,
    IReadOnlyList<Guid> ActivityIds,
    IReadOnlyList<Guid> SummativeComponentIds,
    IReadOnlyList<Guid> FormativeComponentIds,
    AlignmentGap Gaps,
    IReadOnlyList<string> Explanations)
{
    public bool IsAligned => Gaps == AlignmentGap.None;
}

public sealed record UnitAlignment(
    Guid UnitId,
    string Title,
    IReadOnlyList<Guid> OutcomeIds,
    IReadOnlyList<Guid> ActivityIds,
    IReadOnlyList<Guid> ComponentIds,
    string? Explanation)
{
    public bool HasAssessment => ComponentIds.Count > 0;
}

/// <summary>Constructive-alignment read model: outcomes against units, activities and assessment, with gaps explained in words.</summary>
public sealed class AlignmentMatrix
{
    private AlignmentMatrix(IReadOnlyList<OutcomeAlignment> outcomes, IReadOnlyList<UnitAlignment> units, IReadOnlyList<AssessmentComponent> summative)
    {
        Outcomes = outcomes;
        Units = units;
        SummativeComponents = summative;
    }

    public IReadOnlyList<OutcomeAlignment> Outcomes { get; }
    public IReadOnlyList<UnitAlignment> Units { get; }
    public IReadOnlyList<AssessmentComponent> SummativeComponents { get; }

    public IEnumerable<UnitAlignment> UnitsWithoutAssessment => Units.Where(u => !u.HasAssessment);

    public bool IsTaughtIn(Guid outcomeId, Guid unitId) => Outcomes.Any(o => o.OutcomeId == outcomeId && o.UnitIds.Contains(unitId));

    public bool IsAssessedBy(Guid outcomeId, Guid componentId) =>
        Outcomes.Any(o => o.OutcomeId == outcomeId && (o.SummativeComponentIds.Contains(componentId) || o.FormativeComponentIds.Contains(componentId)));

    public static AlignmentMatrix Build(DesignContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var units = content.CoursePlan.Units.OrderBy(u => u.Order).ToList();
        var activities = content.LearningActivities.Activities;
        var components = content.Assessment.Components;

        var outcomes = new List<OutcomeAlignment>();
        foreach (var o in content.LearningOutcomes.Outcomes.OrderBy(o => o.Order))
        {
            var teaching = units.Where(u => u.OutcomeIds.Contains(o.Id)).ToList();
            var serving = activities.Where(a => a.OutcomeIds.Contains(o.Id)).ToList();
            var assessing = components.Where(a => a.OutcomeIds.Contains(o.Id)).ToList();
            var summative = assessing.Where(a => a.Purpose == AssessmentPurpose.Summative).ToList();
            var formative = assessing.Where(a => a.Purpose == AssessmentPurpose.Formative).ToList();

            var gaps = AlignmentGap.None;
            var why = new List<string>();
            var name = Describe.Outcome(o);
            if (teaching.Count == 0)
            {
                gaps |= AlignmentGap.NotTaught;
                why.Add($"{name} is not taught: no course unit lists it.");
            }

            if (serving.Count == 0)
            {
                gaps |= AlignmentGap.NotPractised;
                why.Add($"{name} has no learning activity that works towards it.");
            }

            if (summative.Count == 0)
            {
                gaps |= AlignmentGap.NotAssessed;
                why.Add($"{name} is not assessed by any summative component.");
            }

            // Assessed only inside units that do not teach it (course-level components count as covering every outcome they name).
            if (assessing.Count > 0 && assessing.All(a => a.UnitId is { } unitId && !teaching.Any(u => u.Id == unitId)))
            {
                gaps |= AlignmentGap.AssessedButNotTaught;
                var where = string.Join(", ", assessing.Select(a => Describe.Component(a)));
                why.Add(teaching.Count == 0
                    ? $"{name} is assessed ({where}) but taught nowhere."
                    : $"{name} is assessed only in units that do not teach it ({where}).");
            }

            if (o.BloomLevel is { } bloom && serving.Count > 0)
            {
                var reach = serving.Where(a => a.LearningType is not null).Select(a => BloomReach(a.LearningType!.Value)).DefaultIfEmpty(BloomLevel.Remember).Max();
                if (bloom > reach)
                {
                    gaps |= AlignmentGap.ActivitiesBelowBloomLevel;
                    why.Add($"{name} asks learners to {Describe.Words(bloom)}, but its activities only go as far as '{Describe.Words(reach)}'.");
                }
            }

            outcomes.Add(new OutcomeAlignment(o.Id, o.Code, o.Statement,
                [.. teaching.Select(u => u.Id)], [.. serving.Select(a => a.Id)], [.. summative.Select(a => a.Id)], [.. formative.Select(a => a.Id)], gaps, why));
        }

        var unitRows = units.Select(u =>
        {
            var placed = components.Where(a => a.UnitId == u.Id).Select(a => a.Id).ToList();
            return new UnitAlignment(u.Id, u.Title, u.OutcomeIds, [.. activities.Where(a => a.UnitId == u.Id).Select(a => a.Id)], placed,
                placed.Count == 0 ? $"{Describe.Unit(u)} has no assessment at all, not even a formative check." : null);
        }).ToList();

        return new AlignmentMatrix(outcomes, unitRows, [.. components.Where(a => a.Purpose == AssessmentPurpose.Summative)]);
    }

    /// <summary>The highest Bloom level an ABC learning type reasonably supports.</summary>
    public static BloomLevel BloomReach(LearningType type) => type switch
    {
        LearningType.Acquisition => BloomLevel.Understand,
        LearningType.Practice => BloomLevel.Apply,
        LearningType.Investigation => BloomLevel.Analyse,
        LearningType.Discussion => BloomLevel.Evaluate,
        _ => BloomLevel.Create,
    };
}
