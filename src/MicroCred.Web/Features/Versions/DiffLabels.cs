using MicroCred.Domain.Designs;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Features.Versions;

/// <summary>
/// Names the fields of a version diff the way the wizard asks them: a path such as "Outcomes[3f2a…].Statement" is looked up
/// field by field in the step definition; anything the definition does not describe keeps the diff's own label.
/// </summary>
public sealed class DiffLabels(StepDefinitions definitions)
{
    public string Field(WizardStep step, string path, string fallback) => Find(step, path)?.Label ?? fallback;

    /// <summary>The singular noun of a collection ("learning outcome"), or the collection's label.</summary>
    public string RowNoun(WizardStep step, string collectionPath)
    {
        var field = Find(step, collectionPath);
        return field?.Singular is { } singular ? Capitalise(singular) : field?.Label ?? "Row";
    }

    /// <summary>False for values the wizard keeps for itself and never asks (such as the order of rows).</summary>
    public bool IsShown(WizardStep step, string path)
    {
        if (!definitions.Has(step))
        {
            return true;
        }

        var plain = string.Join('.', Segments(path));
        return !definitions.Get(step).NotEdited.Contains(plain, StringComparer.Ordinal);
    }

    private FieldSpec? Find(WizardStep step, string path)
    {
        if (!definitions.Has(step) || string.IsNullOrEmpty(path))
        {
            return null;
        }

        IEnumerable<FieldSpec> fields = definitions.Get(step).AllFields;
        FieldSpec? found = null;
        foreach (var segment in Segments(path))
        {
            if (found is not null)
            {
                if (found.Kind != FieldKind.Rows)
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

    /// <summary>"Units[id].Activities[id].Title" gives Units, Activities, Title.</summary>
    private static IEnumerable<string> Segments(string path)
    {
        var depth = 0;
        var start = 0;
        var inKey = false;
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
                    inKey = true;
                    break;
                case ']':
                    depth--;
                    if (depth == 0)
                    {
                        inKey = false;
                        start = i + 1;
                    }

                    break;
                case '.' when !inKey:
                    if (i > start)
                    {
                        yield return path[start..i];
                    }

                    start = i + 1;
                    break;
            }
        }

        if (start < path.Length && !inKey)
        {
            yield return path[start..];
        }
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
