using MicroCred.Domain.Checks;

namespace MicroCred.Domain.Designs.Schema;

/// <summary>
/// Everything one wizard step asks, declared once next to its step class: the fields with their words, kinds, limits,
/// references and review needs, grouped in sections. The form, completeness, the version diff and reference clearing read it.
/// </summary>
public abstract class StepSchema
{
    public abstract WizardStep Step { get; }

    public abstract Type ContentType { get; }

    public abstract IReadOnlyList<SchemaSection> Sections { get; }

    /// <summary>Properties nobody edits on the step page (kept by the portal itself, such as row order).</summary>
    public abstract IReadOnlyCollection<string> NotAsked { get; }

    public IEnumerable<FieldSchema> Fields => Sections.SelectMany(s => s.Fields);

    public abstract object CreateContent();

    /// <summary>The needed fields of the step that are still empty, in the order the page asks them.</summary>
    public abstract IReadOnlyList<MissingField> Missing(DesignContent content);

    /// <summary>The field a path such as "Units[3f2a…].OerUsed[…].Title" points to, or null.</summary>
    public FieldSchema? Find(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        IEnumerable<FieldSchema> fields = Fields;
        FieldSchema? found = null;
        foreach (var segment in FieldPath.Names(path))
        {
            if (found is not null)
            {
                if (found.Row is null)
                {
                    return null;
                }

                fields = found.RowFields;
            }

            found = fields.FirstOrDefault(f => f.Name == segment);
            if (found is null)
            {
                return null;
            }
        }

        return found;
    }
}

public sealed class StepSchema<TStep> : StepSchema
    where TStep : class, new()
{
    private readonly SchemaBuilder<TStep> _builder;

    public StepSchema(WizardStep step, Func<SchemaBuilder<TStep>, SchemaBuilder<TStep>> describe)
    {
        ArgumentNullException.ThrowIfNull(describe);
        Step = step;
        _builder = describe(new SchemaBuilder<TStep>());
        Sections = _builder.Sections;
    }

    public override WizardStep Step { get; }

    public override Type ContentType => typeof(TStep);

    public override IReadOnlyList<SchemaSection> Sections { get; }

    public override IReadOnlyCollection<string> NotAsked => _builder.NotAsked;

    public override object CreateContent() => new TStep();

    public override IReadOnlyList<MissingField> Missing(DesignContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var missing = new List<MissingField>();
        var step = content.Get(Step);
        foreach (var entry in _builder.Entries)
        {
            if (entry.Field is { } field)
            {
                Completeness.Check(field, step, "", content, missing, Gate.G1);
            }
            else
            {
                missing.AddRange(entry.Requirement!(step, content));
            }
        }

        return missing;
    }
}

/// <summary>Walks needed fields and rows and reports the empty ones with a label the team understands.</summary>
internal static class Completeness
{
    public static void Check(FieldSchema field, object owner, string prefix, DesignContent content, List<MissingField> missing, Gate inherited, string? rowName = null)
    {
        var path = prefix + field.Name;
        var value = field.GetValue(owner);
        var gate = field.NeededFrom > inherited ? field.NeededFrom : inherited;
        if (field.IsNeeded(owner, content) && FieldSchema.IsEmpty(value))
        {
            var label = field.Row is { } r ? $"At least one {r.Singular}" : field.Label;
            missing.Add(new MissingField(path, rowName is null ? label : $"{label} of {rowName}", gate));
        }

        if (field.Row is { } rows && value is System.Collections.IList list)
        {
            var number = 0;
            foreach (var row in list.Cast<object>())
            {
                number++;
                var id = ((IStepRow)row).Id;
                var title = rows.Title(row);
                var name = $"{rows.Singular} {number}" + (string.IsNullOrWhiteSpace(title) ? "" : $" ({Checks.Describe.Shorten(title.Trim())})");
                var rowPrefix = $"{path}[{id}].";
                foreach (var child in rows.Fields)
                {
                    Check(child, row, rowPrefix, content, missing, gate, name);
                }

                foreach (var requirement in rows.Requirements)
                {
                    missing.AddRange(requirement(row, content).Select(m => m.NeededFrom < gate ? m with { NeededFrom = gate } : m));
                }
            }
        }
    }
}

/// <summary>Field paths as pages, findings and comments write them: "Outcomes[3f2a…].Statement".</summary>
public static class FieldPath
{
    /// <summary>"Units[id].Activities[id].Title" gives Units, Activities, Title.</summary>
    public static IEnumerable<string> Names(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var depth = 0;
        var start = 0;
        for (var i = 0; i < path.Length; i++)
        {
            switch (path[i])
            {
                case '[':
                    if (depth == 0 && i > start)
                    {
                        yield return path[start..i];
                    }

                    depth++;
                    break;
                case ']':
                    depth--;
                    if (depth == 0)
                    {
                        start = i + 1;
                    }

                    break;
                case '.' when depth == 0:
                    if (i > start)
                    {
                        yield return path[start..i];
                    }

                    start = i + 1;
                    break;
            }
        }

        if (start < path.Length && depth == 0)
        {
            yield return path[start..];
        }
    }
}
