using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Schema;

namespace MicroCred.Domain.Tests;

/// <summary>What a hint says about a field agrees with whether review needs it.</summary>
public class SchemaHintTests
{
    private static IEnumerable<(WizardStep Step, string Path, FieldSchema Field)> AllFields()
    {
        static IEnumerable<(string, FieldSchema)> Walk(IEnumerable<FieldSchema> fields, string prefix)
        {
            foreach (var f in fields)
            {
                yield return (prefix + f.Name, f);
                foreach (var child in Walk(f.RowFields, $"{prefix}{f.Name}[]."))
                {
                    yield return child;
                }
            }
        }

        return StepSchemas.All.SelectMany(s => Walk(s.Fields, "").Select(x => (s.Step, x.Item1, x.Item2)));
    }

    [Fact]
    public void No_field_needed_for_review_is_called_optional()
    {
        var wrong = AllFields()
            .Where(x => x.Field.Needed && x.Field.Hint is { } hint && hint.StartsWith("Optional", StringComparison.OrdinalIgnoreCase))
            .Select(x => $"{x.Step}: {x.Path}")
            .ToList();

        Assert.True(wrong.Count == 0, "Needed but hinted as optional: " + string.Join(", ", wrong));
    }

    [Fact]
    public void A_needed_field_whose_hint_says_only_if_is_needed_only_under_a_condition()
    {
        var wrong = AllFields()
            .Where(x => x.Field.Needed && x.Field.NeededWhen is null
                && x.Field.Hint is { } hint && hint.StartsWith("Only if", StringComparison.OrdinalIgnoreCase))
            .Select(x => $"{x.Step}: {x.Path}")
            .ToList();

        Assert.True(wrong.Count == 0, "Hinted 'only if' but always needed: " + string.Join(", ", wrong));
    }

    [Fact]
    public void A_partner_whose_contact_has_an_account_misses_no_contact_name()
    {
        var content = Samples.Complete().Content;
        var partner = content.Partnership.Partners[1];
        partner.ContactUserId = Guid.NewGuid().ToString();
        partner.ContactName = null;
        partner.ContactEmail = null;

        Assert.DoesNotContain(StepCompleteness.Missing(WizardStep.Partnership, content), m => m.FieldPath.EndsWith(".ContactName", StringComparison.Ordinal));

        partner.ContactUserId = null;
        var missing = Assert.Single(StepCompleteness.Missing(WizardStep.Partnership, content));
        Assert.Equal($"Partners[{partner.Id}].ContactName", missing.FieldPath);
    }
}
