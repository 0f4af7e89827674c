using System.Net;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Schema;
using MicroCred.Web.Features.Wizard.Engine;
using MicroCred.Web.Tests.Cohorts;
using MicroCred.Web.Tests.Support;
using MicroCred.Web.Tests.Wizard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MicroCred.Web.Tests;

/// <summary>
/// Text that would print on certificates or course descriptions is refused at input when an
/// embedded font cannot print one of its characters, with a message naming the character, on
/// every path that feeds the PDFs: wizard fields, the learner form, CSV lines and the institution form.
/// Text in the scripts the fonts cover (here Arabic, Hebrew, Chinese, Korean) is accepted.
/// </summary>
public sealed class PrintableInputTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    private const string Emoji = "😀";
    private const string EmojiMessage = "The character 😀 (U+1F600) cannot be printed on certificates and course descriptions; please remove it.";

    [Fact]
    public async Task A_wizard_text_field_with_an_emoji_is_refused_on_every_step_naming_the_character_and_nothing_is_stored()
    {
        var browser = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync("leader@microcred.demo")).Status);
        var created = await browser.SubmitAsync("/designs/new", new Dictionary<string, string> { ["Title"] = "Printable text test" });
        var designId = Guid.Parse(created.Location!.OriginalString.Split('/')[^1]);
        var definitions = factory.Services.GetRequiredService<StepDefinitions>();

        var checkedSteps = 0;
        foreach (var step in Enum.GetValues<WizardStep>())
        {
            var text = definitions.Get(step).AllFields.FirstOrDefault(f => f.Kind is FieldKind.Text or FieldKind.LongText);
            if (text is null)
            {
                continue;
            }

            var before = await StoredJsonAsync(designId, step);
            var page = await StepForms.PostAsync(browser, designId, step, [new("command", "return"), new(text.Name, $"Planning {Emoji} together")]);

            Assert.True(page.Status == HttpStatusCode.OK, $"{step}: expected the form again, got {(int)page.Status}.");
            var error = page.Document.GetElementById(FieldPaths.HtmlId(text.Name) + "-error");
            Assert.True(error is not null, $"{step}: no message next to {text.Name}.");
            Assert.Contains(EmojiMessage, error.TextContent, StringComparison.Ordinal);
            Assert.Equal(before, await StoredJsonAsync(designId, step));
            checkedSteps++;
        }

        Assert.True(checkedSteps >= 10, $"only {checkedSteps} steps have a text field");
    }

    [Fact]
    public async Task A_wizard_text_in_Arabic_Hebrew_Chinese_and_Korean_is_accepted()
    {
        var browser = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync("leader@microcred.demo")).Status);
        var created = await browser.SubmitAsync("/designs/new", new Dictionary<string, string> { ["Title"] = "Scripts test" });
        var designId = Guid.Parse(created.Location!.OriginalString.Split('/')[^1]);
        var step = WizardStep.InstitutionalAlignment;
        var text = factory.Services.GetRequiredService<StepDefinitions>().Get(step).AllFields.First(f => f.Kind is FieldKind.LongText);
        const string value = "التخطيط الحضري · תכנון ערים · 城市规划 · 도시 계획";

        var page = await StepForms.PostAsync(browser, designId, step, [new("command", "return"), new(text.Name, value)]);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Contains(System.Text.Json.JsonSerializer.Serialize(value)[1..^1], await StoredJsonAsync(designId, step) ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_learner_name_with_an_emoji_is_refused_next_to_the_field_and_nothing_is_stored()
    {
        using var admin = await factory.SignedInAsync();
        var cohortId = await factory.StartCohortAsync(admin);
        var fields = CohortTestSupport.LearnerFields("P-1");
        fields["Form.GivenNames"] = "Noor " + Emoji;

        var page = await admin.SubmitAsync($"/cohorts/{cohortId}/learners/new", fields);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(EmojiMessage, page.FieldError("Form_GivenNames"));
        Assert.Equal("Noor " + Emoji, page.InputValue("Form_GivenNames"));
        Assert.Empty(await factory.LearnerIdsAsync(cohortId));
    }

    [Fact]
    public async Task A_learner_named_in_Arabic_is_accepted()
    {
        using var admin = await factory.SignedInAsync();
        var cohortId = await factory.StartCohortAsync(admin);
        var fields = CohortTestSupport.LearnerFields("P-2", family: "العلي");
        fields["Form.GivenNames"] = "فاطمة";

        var page = await admin.SubmitAsync($"/cohorts/{cohortId}/learners/new", fields);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal(["P-2"], await factory.LearnerIdsAsync(cohortId));
    }

    [Fact]
    public async Task A_CSV_line_with_a_character_no_font_has_is_refused_naming_it_and_the_others_import()
    {
        using var admin = await factory.SignedInAsync();
        var cohortId = await factory.StartCohortAsync(admin);
        var csv = "learner_id,given_names,family_name,result\n"
            + "C-1,Maria,Fernández,passed\n"
            + "C-2,Anna,Berg " + Emoji + ",passed\n"
            + "C-3,민준,김,passed\n";

        var upload = await admin.UploadAsync(cohortId, CohortTestSupport.Utf8(csv));
        var preview = await admin.GetAsync(upload.Location!.OriginalString);

        Assert.Contains("2 lines can be imported", preview.Text, StringComparison.Ordinal);
        var bad = preview.Document.QuerySelectorAll("section[aria-labelledby=bad-heading] tbody tr")
            .Select(r => (Line: r.Children[0].TextContent, Why: r.Children[3].TextContent)).Single();
        Assert.Equal("3", bad.Line);
        Assert.Contains(EmojiMessage, bad.Why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_institution_name_with_an_emoji_is_refused_next_to_the_field_and_nothing_is_stored()
    {
        var browser = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync("admin@microcred.demo")).Status);
        var before = await factory.WithDbAsync(db => db.Institutions.CountAsync());
        var form = await browser.GetAsync("/admin/institutions/new");
        using var content = new MultipartFormDataContent();
        foreach (var (key, value) in new Dictionary<string, string>
        {
            ["Name"] = "University of the Coast " + Emoji,
            ["CountryCode"] = "EE",
            ["City"] = "Tartu",
            ["HoursPerEctsMin"] = "27",
            ["HoursPerEctsMax"] = "27",
            ["GradingScale"] = "A-F",
        })
        {
            content.Add(new StringContent(value), key);
        }

        var page = await browser.PostMultipartAsync("/admin/institutions/new", content, form.AntiforgeryToken()!);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(EmojiMessage, page.FieldError("Name"));
        Assert.Equal(before, await factory.WithDbAsync(db => db.Institutions.CountAsync()));
    }


    private Task<string?> StoredJsonAsync(Guid designId, WizardStep step) =>
        factory.WithDbAsync(db => db.DesignSteps.Where(s => s.DesignId == designId && s.Step == step).Select(s => s.ContentJson).SingleOrDefaultAsync());
}
