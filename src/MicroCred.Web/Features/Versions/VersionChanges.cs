using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Schema;
using MicroCred.Domain.Reviews;

namespace MicroCred.Web.Features.Versions;

/// <summary>What changed between two frozen versions, ready for the _VersionChanges partial (also for the review workspace).</summary>
public sealed record VersionChanges(int Number, int? PreviousNumber, IReadOnlyList<StepChanges> Steps)
{
    public bool HasPrevious => PreviousNumber is not null;

    public int ChangedSteps => Steps.Count(s => s.IsChanged);

    /// <summary>Builds the view of version <paramref name="newer"/> against <paramref name="older"/> (null for version 1).</summary>
    public static VersionChanges Between(DesignVersion? older, DesignVersion newer, IReadOnlyDictionary<Guid, string> institutionNames)
    {
        ArgumentNullException.ThrowIfNull(newer);
        if (older is null)
        {
            return new VersionChanges(newer.Number, null, []);
        }

        var diff = VersionDiff.Compare(older.ReadContent(), newer.ReadContent(), institutionNames);
        static IReadOnlyList<FieldChangeView> Fields(IEnumerable<FieldChange> fields) =>
            [.. fields.Select(f => new FieldChangeView(f.Label, f.OldValue, f.NewValue))];

        var steps = diff.Steps.Select(s => new StepChanges(
            s.Step,
            StepCatalog.Get(s.Step).Title,
            Fields(s.Fields),
            [.. s.Rows
                .Select(r => new RowChangeView(RowNoun(s.Step, r.Path), r.RowLabel, r.Kind, Fields(r.Fields)))]))
            .ToList();
        return new VersionChanges(newer.Number, older.Number, steps);
    }

    /// <summary>The singular noun of a collection ("Learning outcome"), as the step's schema names it.</summary>
    private static string RowNoun(WizardStep step, string collectionPath) =>
        StepSchemas.Get(step).Find(collectionPath)?.Singular is { } singular ? char.ToUpperInvariant(singular[0]) + singular[1..] : "Row";
}

public sealed record StepChanges(WizardStep Step, string Title, IReadOnlyList<FieldChangeView> Fields, IReadOnlyList<RowChangeView> Rows)
{
    public bool IsChanged => Fields.Count > 0 || Rows.Count > 0;
}

public sealed record FieldChangeView(string Label, string? Old, string? New);

public sealed record RowChangeView(string Noun, string RowLabel, RowChangeKind Kind, IReadOnlyList<FieldChangeView> Fields)
{
    public string KindWords => Kind switch
    {
        RowChangeKind.Added => "Added",
        RowChangeKind.Removed => "Removed",
        _ => "Changed",
    };

    public string KindCss => Kind switch
    {
        RowChangeKind.Added => "tag-green",
        RowChangeKind.Removed => "tag-red",
        _ => "tag-yellow",
    };
}
