using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MicroCred.Web.Hosting.TagHelpers;

/// <summary>
/// One accessible form field: label above (required fields marked), hint under the label, the error message
/// next to the field, and the input wired to both through aria-describedby. The user's input is kept on a
/// failed save because the generator reads attempted values from ModelState.
/// Usage: &lt;mc-field for="Name" hint="As printed on certificates" /&gt;
/// </summary>
[HtmlTargetElement("mc-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(IHtmlGenerator generator) : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = default!;

    public string? Label { get; set; }

    public string? Hint { get; set; }

    /// <summary>text (default), textarea, email, password, url, number, date, select, checkbox, file.</summary>
    public string Type { get; set; } = "text";

    public IEnumerable<SelectListItem>? Items { get; set; }

    public string? Placeholder { get; set; }

    public int Rows { get; set; } = 4;

    public bool? Required { get; set; }

    public string? Autocomplete { get; set; }

    public string? Accept { get; set; }

    public string? InputClass { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(name), "_");
        var hintId = id + "-hint";
        var errorId = id + "-error";
        var fullName = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(name);
        var hasError = ViewContext.ViewData.ModelState.TryGetValue(fullName, out var entry) && entry.Errors.Count > 0;
        var label = Label ?? For.Metadata.DisplayName ?? SplitWords(For.Metadata.PropertyName ?? name);
        var required = Required ?? false;

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", hasError ? "mb-3 field has-error" : "mb-3 field");

        var describedBy = new List<string>();
        if (Hint is not null)
        {
            describedBy.Add(hintId);
        }

        if (hasError)
        {
            describedBy.Add(errorId);
        }

        var input = BuildInput(id, hasError, describedBy);

        if (Type == "checkbox")
        {
            output.Attributes.SetAttribute("class", "mb-3 form-check");
            output.Content.AppendHtml(input);
            output.Content.AppendHtml(generator.GenerateHiddenForCheckbox(ViewContext, For.ModelExplorer, For.Name));
            output.Content.AppendHtml($"<label class=\"form-check-label\" for=\"{id}\">{Encode(label)}</label>");
            AppendHint(output, hintId);
            AppendError(output, errorId, entry);
            return;
        }

        var mark = required ? " <span class=\"required-mark\" aria-hidden=\"true\">*</span><span class=\"visually-hidden\"> (required)</span>" : "";
        output.Content.AppendHtml($"<label class=\"form-label fw-semibold\" for=\"{id}\">{Encode(label)}{mark}</label>");
        AppendHint(output, hintId);
        AppendError(output, errorId, entry);
        output.Content.AppendHtml(input);
    }

    private TagBuilder BuildInput(string id, bool hasError, List<string> describedBy)
    {
        var css = (Type == "select" ? "form-select" : Type == "checkbox" ? "form-check-input" : "form-control")
            + (hasError ? " is-invalid" : "") + (InputClass is null ? "" : " " + InputClass);
        var attributes = new Dictionary<string, object?> { ["class"] = css };
        if (describedBy.Count > 0)
        {
            attributes["aria-describedby"] = string.Join(' ', describedBy);
        }

        if (hasError)
        {
            attributes["aria-invalid"] = "true";
        }

        if (Placeholder is not null)
        {
            attributes["placeholder"] = Placeholder;
        }

        if (Autocomplete is not null)
        {
            attributes["autocomplete"] = Autocomplete;
        }

        var name = For.Name;
        var value = For.Model;
        TagBuilder tag = Type switch
        {
            "textarea" => generator.GenerateTextArea(ViewContext, For.ModelExplorer, name, Rows, 0, attributes),
            "select" => generator.GenerateSelect(ViewContext, For.ModelExplorer, optionLabel: "Choose…", name, Items ?? [], allowMultiple: false, attributes),
            "checkbox" => generator.GenerateCheckBox(ViewContext, For.ModelExplorer, name, value as bool?, attributes),
            "password" => generator.GeneratePassword(ViewContext, For.ModelExplorer, name, value: null, attributes),
            "file" => FileInput(name, attributes),
            _ => generator.GenerateTextBox(ViewContext, For.ModelExplorer, name, value, format: Type == "date" ? "{0:yyyy-MM-dd}" : null, attributes),
        };
        if (Type is "email" or "url" or "number" or "date")
        {
            tag.Attributes["type"] = Type == "number" ? "text" : Type;
            if (Type == "number")
            {
                tag.Attributes["inputmode"] = "decimal";
            }
        }

        tag.Attributes["id"] = id;
        return tag;
    }

    private TagBuilder FileInput(string name, Dictionary<string, object?> attributes)
    {
        var tag = new TagBuilder("input");
        tag.MergeAttributes(attributes);
        tag.Attributes["type"] = "file";
        tag.Attributes["name"] = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(name);
        if (Accept is not null)
        {
            tag.Attributes["accept"] = Accept;
        }

        tag.TagRenderMode = TagRenderMode.SelfClosing;
        return tag;
    }

    private void AppendHint(TagHelperOutput output, string hintId)
    {
        if (Hint is not null)
        {
            output.Content.AppendHtml($"<div class=\"form-text mt-0 mb-1\" id=\"{hintId}\">{Encode(Hint)}</div>");
        }
    }

    private static void AppendError(TagHelperOutput output, string errorId, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateEntry? entry)
    {
        if (entry is { Errors.Count: > 0 })
        {
            var message = string.Join(" ", entry.Errors.Select(e => e.ErrorMessage));
            output.Content.AppendHtml($"<span class=\"field-error\" id=\"{errorId}\"><span class=\"visually-hidden\">Error: </span>{Encode(message)}</span>");
        }
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    private static string SplitWords(string name)
    {
        var chars = new List<char>(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]))
            {
                chars.Add(' ');
                chars.Add(char.ToLowerInvariant(name[i]));
            }
            else
            {
                chars.Add(name[i]);
            }
        }

        return new string([.. chars]);
    }
}
