using System.Text.Encodings.Web;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Schema;
using MicroCred.Web.Features.Review;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Tests.Review;

/// <summary>A frozen field's label, comment link and values are written HTML-encoded, and kept only for kept field objects.</summary>
public sealed class FrozenFieldTextTests
{
    [Fact]
    public void The_text_is_encoded_and_kept_only_when_the_field_is_kept()
    {
        var field = new FieldView { Path = "Methods[0].Name & more", Label = "Name <of> the method", Kind = FieldKind.Text, Value = "Exam & essay" };
        var row = Guid.NewGuid();

        var text = FrozenValues.Text(field, WizardStep.Assessment, row, keep: true);

        Assert.Equal("Name &lt;of&gt; the method", text.Label.Value);
        // What Razor wrote for href="@link" before: the link HTML-encoded by the default encoder.
        Assert.Equal(HtmlEncoder.Default.Encode($"?step={(int)WizardStep.Assessment}&field=Methods%5B0%5D.Name%20%26%20more&row={row}#comment-form"), text.Link.Value);
        Assert.Contains("&amp;row=", text.Link.Value, StringComparison.Ordinal);
        Assert.Equal(["Exam &amp; essay"], text.Values.Select(v => v.Value));
        Assert.Same(text, FrozenValues.Text(field, WizardStep.Assessment, row, keep: true));
        Assert.NotSame(text, FrozenValues.Text(field, WizardStep.Assessment, null, keep: true));

        var notKept = new FieldView { Path = "Title", Label = "Title", Kind = FieldKind.Text, Value = "" };
        var first = FrozenValues.Text(notKept, WizardStep.Assessment, null, keep: false);
        Assert.Empty(first.Values);
        Assert.NotSame(first, FrozenValues.Text(notKept, WizardStep.Assessment, null, keep: false));
    }
}
