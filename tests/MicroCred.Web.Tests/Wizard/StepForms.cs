using System.Collections;
using System.Globalization;
using MicroCred.Domain.Designs.Schema;
using MicroCred.Web.Features.Wizard.Engine;
using MicroCred.Web.Tests.Support;

namespace MicroCred.Web.Tests.Wizard;

/// <summary>Writes step content as the form fields a browser would post (the same names the step page renders).</summary>
public static class StepForms
{
    public static List<KeyValuePair<string, string>> Fields(StepDefinition definition, object content)
    {
        var fields = new List<KeyValuePair<string, string>>();
        Add(definition.AllFields, content, "", fields);
        return fields;
    }

    private static void Add(IEnumerable<FieldSchema> specs, object target, string prefix, List<KeyValuePair<string, string>> fields)
    {
        foreach (var spec in specs)
        {
            var path = prefix + spec.Name;
            var value = spec.Property.GetValue(target);
            switch (value)
            {
                case null:
                    break;
                case IList rows when spec.Kind == FieldKind.Rows:
                    foreach (var row in rows.Cast<object>())
                    {
                        var id = FieldPaths.RowId(row)!.Value;
                        fields.Add(new(path + FieldPaths.RowsSuffix, id.ToString()));
                        Add(spec.RowFields, row, $"{FieldPaths.Row(path, id)}.", fields);
                    }

                    break;
                case List<string> lines:
                    fields.Add(new(path, string.Join("\n", lines)));
                    break;
                case IEnumerable items and not string:
                    fields.AddRange(items.Cast<object>().Select(i => new KeyValuePair<string, string>(path, i.ToString()!)));
                    break;
                case bool b:
                    if (b)
                    {
                        fields.Add(new(path, "true"));
                    }

                    break;
                case decimal d:
                    fields.Add(new(path, d.ToString(CultureInfo.InvariantCulture)));
                    break;
                case DateOnly date:
                    fields.Add(new(path, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                    break;
                default:
                    fields.Add(new(path, Convert.ToString(value, CultureInfo.InvariantCulture)!));
                    break;
            }
        }
    }

    /// <summary>Posts a step page as a browser would: opens it for its antiforgery token and concurrency version, then posts the fields.</summary>
    public static async Task<TestBrowser.Page> PostAsync(TestBrowser browser, Guid designId, Domain.Designs.WizardStep step, List<KeyValuePair<string, string>> fields)
    {
        var url = $"/designs/{designId}/steps/{(int)step}";
        var page = await browser.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        var version = page.Document.QuerySelector("input[name=__version]")?.GetAttribute("value");
        if (!string.IsNullOrEmpty(version))
        {
            fields.Add(new(Features.Wizard.StepHandler.VersionField, version));
        }

        return await browser.PostAsync(url, fields, page.AntiforgeryToken());
    }
}
