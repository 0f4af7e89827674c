using System.Collections;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Schema;

namespace MicroCred.Web.Features.Wizard.Engine;

/// <summary>Finds where a row (an outcome, a unit, a partner…) is referred to elsewhere in the design, and clears those references when it is removed.</summary>
public sealed class DependencyFinder(StepDefinitions definitions)
{
    public IReadOnlyList<string> UsesOf(DesignContent content, ReferenceSource source, Guid id)
    {
        var uses = new List<string>();
        Walk(content, source, id, (where, _, _) => uses.Add(where));
        return uses;
    }

    public void RemoveReferences(DesignContent content, ReferenceSource source, Guid id) =>
        Walk(content, source, id, (_, owner, field) =>
        {
            var value = field.Property.GetValue(owner);
            if (value is List<Guid> ids)
            {
                ids.RemoveAll(x => x == id);
            }
            else
            {
                field.Property.SetValue(owner, null);
            }
        });

    private void Walk(DesignContent content, ReferenceSource source, Guid id, Action<string, object, FieldSchema> found)
    {
        foreach (var definition in definitions.All.OrderBy(d => d.Step))
        {
            var stepTitle = StepCatalog.Get(definition.Step).Title;
            Visit(definition.AllFields, content.Get(definition.Step), stepTitle, source, id, found);
        }
    }

    private static void Visit(IEnumerable<FieldSchema> fields, object owner, string where, ReferenceSource source, Guid id, Action<string, object, FieldSchema> found)
    {
        foreach (var field in fields)
        {
            var value = field.Property.GetValue(owner);
            if (field.Source == source && (value is Guid g && g == id || value is List<Guid> ids && ids.Contains(id)))
            {
                found(where, owner, field);
            }
            else if (field.Kind == FieldKind.Rows && value is IList rows)
            {
                foreach (var row in rows.Cast<object>())
                {
                    var title = field.Row!.Title(row);
                    var label = $"{field.Singular} \"{(string.IsNullOrWhiteSpace(title) ? "untitled" : title.Length > 60 ? title[..59] + "…" : title)}\"";
                    Visit(field.RowFields, row, label, source, id, found);
                }
            }
        }
    }
}
