using System.Collections;
using MicroCred.Documents.Templates;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Schema;
using MicroCred.Documents.Tests.Support;
using static MicroCred.Documents.Tests.Templates.TemplateSamples;

namespace MicroCred.Documents.Tests.Templates;

/// <summary>Completeness and the course description agree: what the checks call complete never prints as "Not specified yet".</summary>
public class CourseDescriptionCompletenessTests
{
    [Fact]
    public void A_description_with_only_the_needed_fields_filled_prints_no_gap()
    {
        var design = Complete();
        foreach (var schema in StepSchemas.All)
        {
            ClearOptional(schema.Fields, design.Content.Get(schema.Step), design.Content);
        }

        Assert.Empty(CourseDescriptionDocument.MissingItems(Context(design)));
        using var pdf = Pdf.Open(Render(CourseDescriptionDocument.Build(
            new CourseDescriptionInput(design.Content, design.Institutions, 2, Approved: true, new DateOnly(2027, 4, 30), Generated)), "course-description-needed-only"));
        var text = Flat(pdf);

        var gaps = new List<string>();
        for (var at = text.IndexOf(TemplateText.NotSpecified, StringComparison.Ordinal); at >= 0; at = text.IndexOf(TemplateText.NotSpecified, at + 1, StringComparison.Ordinal))
        {
            gaps.Add(text[Math.Max(0, at - 40)..at].Trim());
        }

        Assert.True(gaps.Count == 0, "Printed as not specified although complete, after: " + string.Join(" | ", gaps));
    }

    /// <summary>Empties every field review does not need (as its schema says), inside rows too.</summary>
    private static void ClearOptional(IEnumerable<FieldSchema> fields, object owner, DesignContent content)
    {
        foreach (var field in fields)
        {
            var value = field.GetValue(owner);
            if (field.Row is not null && value is IList rows)
            {
                foreach (var row in rows.Cast<object>())
                {
                    ClearOptional(field.RowFields, row, content);
                }
            }

            // Rows and what they refer to are kept (their other fields are cleared above): steps require a row per partner or
            // outcome beyond the field itself, found through these references.
            if (field.IsNeeded(owner, content) || !field.Property.CanWrite || field.Kind is FieldKind.Rows or FieldKind.Reference or FieldKind.ReferenceSet)
            {
                continue;
            }

            var type = field.Property.PropertyType;
            object? empty = type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;
            if (value is IList)
            {
                empty = Activator.CreateInstance(type);
            }

            field.Property.SetValue(owner, empty);
        }
    }
}
