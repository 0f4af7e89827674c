using System.Collections;
using System.Net;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Schema;
using MicroCred.Infrastructure.Seeding;
using MicroCred.Web.Features.Wizard;
using MicroCred.Web.Features.Wizard.Engine;
using MicroCred.Web.Tests.Cohorts;
using MicroCred.Web.Tests.Credentials;
using MicroCred.Web.Tests.Review;
using MicroCred.Web.Tests.Support;
using MicroCred.Web.Tests.Wizard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace MicroCred.Web.Tests.Security;

/// <summary>
/// The lines of hostile-corpus.txt typed into every text field of the wizard, the cohort, learner, review-comment and
/// institution forms: each is stored exactly as typed (or refused with a message next to the field that names the
/// character), shown as text on every page that shows it, and printed as text in the PDFs.
/// </summary>
public sealed class HostileInputTests(MicroCredFactory factory, ITestOutputHelper output) : IClassFixture<MicroCredFactory>
{
    /// <summary>References need their targets first (as in WizardTests).</summary>
    private static readonly int[] FillOrder = [3, 1, 2, 4, 5, 6, 7, 10, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21];

    /// <summary>
    /// Wizard text fields with a format of their own (e-mail and web addresses, country, currency and language codes), by
    /// the end of their name: hostile text is refused there with a message next to the field.
    /// </summary>
    private static readonly string[] FormatCheckedFieldEndings = ["Email", "Link", "Url", "CountryCode", "Currency", "Languages"];

    private const string HostileTitle = "\"><img src=x onerror=alert(1)> Coastal <script>alert('title')</script> planning";

    [Fact]
    public async Task Every_wizard_text_field_keeps_hostile_text_verbatim_shows_it_escaped_and_prints_it()
    {
        var definitions = factory.Services.GetRequiredService<StepDefinitions>();
        using var leader = await factory.SignedInAsync(ReviewSetup.Leader);
        var designId = await StartDesignAsync(leader, HostileTitle);
        var sample = SampleDesigns.Complete(DemoAccounts.UniversityNl, DemoAccounts.UniversityEs, DemoAccounts.UniversityPt);
        var lines = HostileCorpus.Lines;
        var entered = new List<Entry>();
        var refusals = new List<string>();
        var unexpected = new List<string>();
        var next = 0;

        foreach (var step in FillOrder.Select(n => (WizardStep)n))
        {
            var definition = definitions.Get(step);
            var content = DesignContentJson.Deserialize(step, DesignContentJson.Serialize(sample.Content.Get(step)));
            var original = DesignContentJson.Deserialize(step, DesignContentJson.Serialize(sample.Content.Get(step)));
            var mine = new List<Entry>();
            foreach (var (spec, target, path) in TextFields(definition.AllFields, content, ""))
            {
                var line = lines[next++ % lines.Count];
                Set(spec, target, line);
                mine.Add(new Entry(step, path, line, spec, target));
            }

            var saved = await SaveStepAsync(leader, designId, step, definition, content);
            if (saved.Status == HttpStatusCode.OK)
            {
                // Refused: each refusal sits next to its field, keeps what was typed (escaped), and either names the character
                // it cannot take or belongs to a field with a format of its own.
                HostileCorpus.AssertEscaped(saved, $"{step} refused");
                foreach (var entry in mine.Where(e => saved.FieldError(FieldPaths.HtmlId(e.Path)) is not null).ToList())
                {
                    var message = saved.FieldError(FieldPaths.HtmlId(entry.Path))!;
                    var tooLong = entry.Value.Length > (entry.Spec.MaxLength ?? FieldSchema.LineMax) && message.Contains("at most", StringComparison.Ordinal);
                    if (!(tooLong || FormatCheckedFieldEndings.Any(e => entry.Spec.Name.EndsWith(e, StringComparison.Ordinal)) || HostileCorpus.NamesACharacterOf(message, entry.Value)))
                    {
                        unexpected.Add($"{step} {entry.Path} refused '{entry.Value}' with '{message}'.");
                    }

                    Assert.Equal(Normalise(entry.Value), Normalise(ShownValue(saved, entry.Path)));
                    refusals.Add($"{step} {entry.Path}: {message}");
                    Set(entry.Spec, entry.Target, entry.Spec.Property.GetValue(Find(definition, original, entry.Path)!));
                    mine.Remove(entry);
                }

                saved = await SaveStepAsync(leader, designId, step, definition, content);
            }

            Assert.True(saved.Status == HttpStatusCode.Redirect, $"{step} was not saved: {string.Join(" | ", saved.ErrorSummary())}");
            entered.AddRange(mine);
        }

        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected));
        output.WriteLine($"{entered.Count} wizard text fields filled with {lines.Count} hostile lines; {refusals.Count} refused.");
        refusals.ForEach(output.WriteLine);
        Assert.True(entered.Count >= 100, $"Only {entered.Count} text fields were found in the wizard.");

        // Stored verbatim, step by step.
        foreach (var group in entered.GroupBy(e => e.Step))
        {
            var json = await factory.WithDbAsync(db => db.DesignSteps.Where(s => s.DesignId == designId && s.Step == group.Key).Select(s => s.ContentJson).SingleAsync());
            var stored = DesignContentJson.Deserialize(group.Key, json);
            var definition = definitions.Get(group.Key);
            foreach (var entry in group)
            {
                var target = Find(definition, stored, entry.Path);
                Assert.True(target is not null, $"{entry.Step} {entry.Path}: the row was not stored.");
                Assert.Equal(entry.Value, Text(entry.Spec.Property.GetValue(target)));
            }
        }

        // One title: the course title saved in step 7 (hostile text too) is the design's title, stored verbatim.
        var planJson = await factory.WithDbAsync(db => db.DesignSteps.Where(s => s.DesignId == designId && s.Step == WizardStep.CoursePlan).Select(s => s.ContentJson).SingleAsync());
        var courseTitle = ((Domain.Designs.Steps.CoursePlanStep)DesignContentJson.Deserialize(WizardStep.CoursePlan, planJson)).Title;
        var designTitle = string.IsNullOrWhiteSpace(courseTitle) ? HostileTitle : courseTitle.Trim();
        Assert.Equal(designTitle, await factory.WithDbAsync(db => db.CourseDesigns.Where(d => d.Id == designId).Select(d => d.Title).SingleAsync()));

        // Shown escaped on the step pages (each value back in its field) and on every page of the design.
        foreach (var group in entered.GroupBy(e => e.Step))
        {
            // A step page carries only the open row's form, so each row's values are read with that row opened (?open=).
            foreach (var byRow in group.GroupBy(e => System.Text.RegularExpressions.Regex.Match(e.Path, @"\[([0-9a-f-]{36})\]") is { Success: true } m ? m.Groups[1].Value : ""))
            {
                var url = $"/designs/{designId}/steps/{(int)group.Key}" + (byRow.Key.Length == 0 ? "" : $"?open={byRow.Key}");
                var page = await leader.GetAsync(url);
                HostileCorpus.AssertEscaped(page, url);
                foreach (var entry in byRow)
                {
                    if (entry.Spec.NeededWhen is not null && page.Document.GetElementsByName(entry.Path).Length == 0)
                    {
                        continue;   // a field that applies only to some rows (contact name without an account) is not drawn for this one
                    }

                    Assert.Equal(Normalise(entry.Value), Normalise(ShownValue(page, entry.Path)));
                }
            }
        }

        foreach (var url in new[] { $"/designs/{designId}", $"/designs/{designId}/checks", $"/designs/{designId}/history", $"/designs/{designId}/team", "/" })
        {
            var page = await leader.GetAsync(url);
            HostileCorpus.AssertEscaped(page, url);
            Assert.Contains(designTitle, page.Text, StringComparison.Ordinal);
        }

        // Frozen for review: the reviewer's workspace shows every step escaped.
        var submission = await factory.SubmitAsync(designId);
        using var qa = await factory.SignedInAsync(ReviewSetup.Qa);
        var shownByReviewer = "";
        for (var step = 1; step <= 21; step++)
        {
            var url = $"/reviews/{submission.Review.Id}?step={step}";
            var page = await qa.GetAsync(url);
            HostileCorpus.AssertEscaped(page, url);
            shownByReviewer += page.Text;
        }

        foreach (var line in entered.Select(e => e.Value).Distinct())
        {
            Assert.Contains(Normalise(line), Normalise(shownByReviewer), StringComparison.Ordinal);
        }

        // Printed as text in the course description of the frozen version.
        var pdfUrl = $"/designs/{designId}/versions/1/course-description";
        var pdf = await leader.Client.GetByteArrayAsync(pdfUrl);
        var printed = HostileCorpus.PdfText(pdf, pdfUrl);
        var missing = entered.Select(e => e.Value).Distinct()
            .Where(l => !HostileCorpus.AwaitsFontFallback(l) && !HostileCorpus.PrintedAsTyped(printed, l))
            .ToList();
        Assert.True(missing.Count == 0, "Not printed as typed in the course description: " + string.Join(" | ", missing) + "\n\nPrinted: " + printed);
    }

    [Fact]
    public async Task Wizard_text_longer_than_a_field_allows_is_refused_next_to_the_field_and_long_texts_keep_4000_characters()
    {
        var definitions = factory.Services.GetRequiredService<StepDefinitions>();
        using var leader = await factory.SignedInAsync(ReviewSetup.Leader);
        var designId = await StartDesignAsync(leader, "Long text design");
        var sample = SampleDesigns.Complete(DemoAccounts.UniversityNl, DemoAccounts.UniversityEs, DemoAccounts.UniversityPt);
        var unlimited = new List<string>();
        var keptLong = 0;

        foreach (var step in FillOrder.Select(n => (WizardStep)n))
        {
            var definition = definitions.Get(step);
            var content = DesignContentJson.Deserialize(step, DesignContentJson.Serialize(sample.Content.Get(step)));
            var fields = TextFields(definition.AllFields, content, "").ToList();
            unlimited.AddRange(fields.Where(f => f.Spec.MaxLength is null && f.Spec.Kind != FieldKind.Lines).Select(f => $"{step} {f.Path}"));
            var original = fields.Select(f => f.Spec.Property.GetValue(f.Target)).ToList();
            fields.ForEach(f => Set(f.Spec, f.Target, HostileCorpus.Long));

            var before = await StoredJsonAsync(designId, step);
            var refused = await SaveStepAsync(leader, designId, step, definition, content);
            var tooLong = fields.Where(f => (f.Spec.MaxLength ?? FieldSchema.LineMax) < HostileCorpus.Long.Length).ToList();
            if (tooLong.Count > 0)
            {
                Assert.True(refused.Status == HttpStatusCode.OK, $"{step}: 4,000 characters in short fields were accepted.");
                foreach (var (spec, _, path) in tooLong)
                {
                    var message = refused.FieldError(FieldPaths.HtmlId(path));
                    Assert.True(message?.Contains("at most", StringComparison.Ordinal) == true, $"{step} {path}: no length message next to the field (got '{message}').");
                }

                Assert.All(fields.Except(tooLong), f => Assert.Null(refused.FieldError(FieldPaths.HtmlId(f.Path))));
                Assert.Equal(before, await StoredJsonAsync(designId, step));
            }

            // Only the fields that allow 4,000 characters get them; they are stored whole.
            for (var i = 0; i < fields.Count; i++)
            {
                Set(fields[i].Spec, fields[i].Target, tooLong.Contains(fields[i]) ? original[i] : HostileCorpus.Long);
            }

            var saved = await SaveStepAsync(leader, designId, step, definition, content);
            Assert.True(saved.Status == HttpStatusCode.Redirect, $"{step} was not saved: {string.Join(" | ", saved.ErrorSummary())}");
            var stored = DesignContentJson.Deserialize(step, (await StoredJsonAsync(designId, step))!);
            foreach (var field in fields.Except(tooLong))
            {
                Assert.Equal(HostileCorpus.Long, Text(field.Spec.Property.GetValue(Find(definition, stored, field.Path)!)));
                keptLong++;
            }
        }

        output.WriteLine($"{keptLong} long-text fields kept 4,000 characters.");
        Assert.True(unlimited.Count == 0, "Text fields with no length limit at all: " + string.Join(", ", unlimited));
        Assert.True(keptLong >= 10, $"Only {keptLong} fields took 4,000 characters.");
    }

    [Fact]
    public async Task Cohort_learner_comment_and_institution_forms_keep_hostile_text_verbatim_show_it_escaped_and_print_it()
    {
        var lines = HostileCorpus.Lines;
        using var admin = await factory.SignedInAsync(CohortTestSupport.Admin);
        var publishedId = await factory.PublishedDesignIdAsync();

        // Cohort form: name and code.
        var cohortIds = new List<(Guid Id, string Name, string Code)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var code = lines[i].Length <= Domain.Credentials.Cohort.CodeMaxLength ? lines[i] : $"C-{i}";
            var fields = CohortTestSupport.CohortFields(lines[i]);
            fields["Form.Code"] = code;
            var created = await admin.SubmitAsync($"/designs/{publishedId}/cohorts/new", fields);
            Assert.True(created.Status == HttpStatusCode.Redirect, $"Cohort '{lines[i]}' was not started: {string.Join(" | ", created.ErrorSummary())}");
            cohortIds.Add((Guid.Parse(created.Location!.OriginalString.Split('/')[^1]), lines[i], code));
        }

        foreach (var (id, name, code) in cohortIds)
        {
            var stored = await factory.WithDbAsync(db => db.Cohorts.Where(c => c.Id == id).Select(c => new { c.Name, c.Code }).SingleAsync());
            Assert.Equal((name, code), (stored.Name, stored.Code));
            var page = await admin.GetAsync($"/cohorts/{id}");
            HostileCorpus.AssertEscaped(page, $"/cohorts/{id}");
            Assert.Contains(Normalise(name), Normalise(page.Text), StringComparison.Ordinal);
            var edit = await admin.GetAsync($"/cohorts/{id}/edit");
            HostileCorpus.AssertEscaped(edit, $"/cohorts/{id}/edit");
            Assert.Equal(name, edit.InputValue("Form_Name"));
        }

        var list = await admin.GetAsync($"/designs/{publishedId}/cohorts");
        HostileCorpus.AssertEscaped(list, "cohort list");

        var longCohort = CohortTestSupport.CohortFields(HostileCorpus.Long);
        longCohort["Form.Code"] = HostileCorpus.Long;
        var tooLong = await admin.SubmitAsync($"/designs/{publishedId}/cohorts/new", longCohort);
        Assert.Equal(HttpStatusCode.OK, tooLong.Status);
        Assert.Contains("at most", tooLong.FieldError("Form_Name") ?? "", StringComparison.Ordinal);
        Assert.Contains("at most", tooLong.FieldError("Form_Code") ?? "", StringComparison.Ordinal);

        // Learner form: names and identifier, then certificates for all of them.
        var cohortId = cohortIds[0].Id;
        var learners = new List<(string Identifier, string Given, string Family)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var identifier = lines[i].Length <= Domain.Credentials.Learner.IdentifierMaxLength ? lines[i] : $"L-{i}";
            var fields = CohortTestSupport.LearnerFields(identifier, family: lines[i]);
            fields["Form.GivenNames"] = lines[i];
            fields["Form.Email"] = $"learner{i}@example.org";
            var added = await admin.SubmitAsync($"/cohorts/{cohortId}/learners/new", fields);
            if (added.Status == HttpStatusCode.OK && added.ErrorSummary().Any() && added.ErrorSummary().All(m => HostileCorpus.NamesACharacterOf(m, lines[i])))
            {
                // Characters no certificate font can print (emoji) are refused with the character named, never stored.
                Assert.Equal(lines[i], added.InputValue("Form_FamilyName"));
                continue;
            }

            Assert.True(added.Status == HttpStatusCode.Redirect, $"Learner '{lines[i]}' was not added: {string.Join(" | ", added.ErrorSummary())}");
            learners.Add((identifier, lines[i], lines[i]));
        }

        var storedLearners = await factory.WithDbAsync(db => db.Learners.Where(l => l.CohortId == cohortId).Select(l => new { l.Id, l.LearnerIdentifier, l.GivenNames, l.FamilyName }).ToListAsync());
        foreach (var learner in learners)
        {
            Assert.Contains(storedLearners, s => s.LearnerIdentifier == learner.Identifier && s.GivenNames == learner.Given && s.FamilyName == learner.Family);
        }

        foreach (var url in new[] { $"/cohorts/{cohortId}" }.Concat(storedLearners.Select(l => $"/cohorts/{cohortId}/learners/{l.Id}")))
        {
            HostileCorpus.AssertEscaped(await admin.GetAsync(url), url);
        }

        var longLearner = CohortTestSupport.LearnerFields(HostileCorpus.Long, family: HostileCorpus.Long);
        longLearner["Form.GivenNames"] = HostileCorpus.Long;
        var refusedLearner = await admin.SubmitAsync($"/cohorts/{cohortId}/learners/new", longLearner);
        Assert.Equal(HttpStatusCode.OK, refusedLearner.Status);
        Assert.True(new[] { "Form_GivenNames", "Form_FamilyName", "Form_LearnerIdentifier" }.Any(f => refusedLearner.FieldError(f)?.Contains("at most", StringComparison.Ordinal) == true),
            "No length message next to the learner's fields: " + string.Join(" | ", refusedLearner.ErrorSummary()));
        Assert.Equal(learners.Count, await factory.WithDbAsync(db => db.Learners.CountAsync(l => l.CohortId == cohortId)));

        var finalise = await admin.GetAsync($"/cohorts/{cohortId}/finalise");
        HostileCorpus.AssertEscaped(finalise, "finalise");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"/cohorts/{cohortId}/finalise", HostileCorpus.FormFields(finalise), finalise.AntiforgeryToken())).Status);
        HostileCorpus.AssertEscaped(await admin.GetAsync($"/cohorts/{cohortId}/credentials"), "credentials");
        Assert.Equal(HttpStatusCode.Redirect, (await CredentialData.IssueAsync(admin, cohortId, storedLearners.Select(l => l.Id))).Status);
        var credentials = await CredentialData.CredentialsAsync(factory, cohortId);
        Assert.Equal(learners.Count, credentials.Count);
        var unprinted = new List<string>();
        foreach (var credential in credentials)
        {
            var learner = storedLearners.Single(l => l.Id == credential.LearnerId);
            var verify = await admin.GetAsync($"/verify/{credential.PublicId}");
            HostileCorpus.AssertEscaped(verify, "verify");
            Assert.Contains(Normalise(learner.FamilyName!), Normalise(verify.Text), StringComparison.Ordinal);

            var url = $"/credentials/{credential.Id}/certificate";
            var printed = HostileCorpus.PdfText(await admin.Client.GetByteArrayAsync(url), url);
            if (!HostileCorpus.AwaitsFontFallback(learner.FamilyName!) && !HostileCorpus.PrintedAsTyped(printed, learner.GivenNames + " " + learner.FamilyName))
            {
                var at = Math.Max(0, printed.IndexOf("zero", StringComparison.Ordinal));
                unprinted.Add($"{learner.FamilyName} (printed: {string.Join(" ", printed[at..Math.Min(printed.Length, at + 40)].Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)))})");
            }
        }

        Assert.True(unprinted.Count == 0, "Names not printed as typed on the certificate: " + string.Join(" | ", unprinted));

        // Review comment: the QA officer comments on a design under review, once per line (and once with 4,000 characters).
        var designId = await factory.CopyOfCompleteDesignAsync("Hostile comments");
        var review = (await factory.SubmitAsync(designId)).Review;
        using var qa = await factory.SignedInAsync(ReviewSetup.Qa);
        Assert.Equal(HttpStatusCode.Redirect, (await ReviewDriver.ClaimAsync(qa, review.Id)).Status);
        foreach (var text in lines.Append(HostileCorpus.Long))
        {
            var sent = await ReviewDriver.CommentAsync(qa, review.Id, 2, text);
            Assert.True(sent.Status == HttpStatusCode.Redirect, $"Comment '{text[..Math.Min(40, text.Length)]}' was not sent: {string.Join(" | ", sent.ErrorSummary())}");
        }

        var comments = await factory.WithDbAsync(db => db.ReviewComments.Where(c => c.DesignId == designId).ToListAsync());
        Assert.Equal(lines.Append(HostileCorpus.Long).Order(StringComparer.Ordinal), comments.Select(c => c.Text).Order(StringComparer.Ordinal));
        using var teamLeader = await factory.SignedInAsync(ReviewSetup.Leader);
        foreach (var (browser, url) in comments.Take(lines.Count).Select(c => (qa, $"/comments/{c.Id}"))
                     .Append((qa, $"/reviews/{review.Id}?step=2")).Append((teamLeader, $"/designs/{designId}/comments"))
                     .Append((teamLeader, $"/designs/{designId}/steps/2")).Append((teamLeader, "/notifications")))
        {
            var page = await browser.GetAsync(url);
            HostileCorpus.AssertEscaped(page, url);
        }

        var thread = await teamLeader.GetAsync($"/designs/{designId}/comments");
        foreach (var line in lines)
        {
            Assert.Contains(Normalise(line), Normalise(thread.Text), StringComparison.Ordinal);
        }

        // Institution form: every free-text field of an institution outside the demo consortium, one line at a time.
        using var platform = await factory.SignedInAsync(ReviewSetup.PlatformAdmin);
        var institutionUrl = $"/admin/institutions/{DemoAccounts.UniversityOther}";
        string[] textFields = ["Name", "LocalName", "Region", "City", "LegalIdentifier"];
        foreach (var line in lines)
        {
            var form = await platform.GetAsync(institutionUrl);
            var fields = HostileCorpus.FormFields(form);
            foreach (var field in textFields)
            {
                fields[field] = line;
            }

            var saved = await platform.PostAsync(institutionUrl, fields, form.AntiforgeryToken());
            if (saved.Status == HttpStatusCode.OK && saved.ErrorSummary().Any() && saved.ErrorSummary().All(m => HostileCorpus.NamesACharacterOf(m, line)))
            {
                // Characters no certificate font can print (emoji) are refused with the character named, never stored.
                Assert.NotEqual(line, (await factory.WithDbAsync(db => db.Institutions.SingleAsync(i => i.Id == DemoAccounts.UniversityOther))).Name);
                continue;
            }

            Assert.True(saved.Status == HttpStatusCode.Redirect, $"Institution '{line}' was not saved: {string.Join(" | ", saved.ErrorSummary())}");
            var stored = await factory.WithDbAsync(db => db.Institutions.SingleAsync(i => i.Id == DemoAccounts.UniversityOther));
            Assert.All(new[] { stored.Name, stored.LocalName, stored.Region, stored.City, stored.LegalIdentifier }, value => Assert.Equal(line, value));
            foreach (var url in new[] { institutionUrl, "/admin/institutions", "/admin/users" })
            {
                var page = await platform.GetAsync(url);
                HostileCorpus.AssertEscaped(page, url);
            }

            Assert.Contains(Normalise(line), Normalise((await platform.GetAsync("/admin/institutions")).Text), StringComparison.Ordinal);
        }

        var longForm = await platform.GetAsync(institutionUrl);
        var longFields = HostileCorpus.FormFields(longForm);
        foreach (var field in textFields)
        {
            longFields[field] = HostileCorpus.Long;
        }

        var refusedInstitution = await platform.PostAsync(institutionUrl, longFields, longForm.AntiforgeryToken());
        Assert.Equal(HttpStatusCode.OK, refusedInstitution.Status);
        foreach (var field in textFields)
        {
            Assert.Contains("at most", refusedInstitution.FieldError(field) ?? "", StringComparison.Ordinal);
        }
    }

    private static async Task<Guid> StartDesignAsync(TestBrowser browser, string title)
    {
        var created = await browser.SubmitAsync("/designs/new", new Dictionary<string, string> { ["Title"] = title });
        Assert.True(created.Status == HttpStatusCode.Redirect, "The design was not started: " + string.Join(" | ", created.ErrorSummary()));
        return Guid.Parse(created.Location!.OriginalString.Split('/')[^1]);
    }

    private static Task<TestBrowser.Page> SaveStepAsync(TestBrowser browser, Guid designId, WizardStep step, StepDefinition definition, object content)
    {
        var fields = StepForms.Fields(definition, content);
        fields.Add(new("command", "return"));
        fields.Add(new(StepHandler.CompleteField, "true"));
        return StepForms.PostAsync(browser, designId, step, fields);
    }

    private Task<string?> StoredJsonAsync(Guid designId, WizardStep step) =>
        factory.WithDbAsync(db => db.DesignSteps.Where(s => s.DesignId == designId && s.Step == step).Select(s => s.ContentJson).SingleOrDefaultAsync());

    /// <summary>Every free-text field (text, long text, lines) of a step, inside rows too, with the object that holds it and its form name.</summary>
    private static IEnumerable<(FieldSchema Spec, object Target, string Path)> TextFields(IEnumerable<FieldSchema> specs, object target, string prefix)
    {
        foreach (var spec in specs)
        {
            var path = prefix + spec.Name;
            if (spec.Kind == FieldKind.Rows && spec.Property.GetValue(target) is IList rows)
            {
                foreach (var row in rows.Cast<object>())
                {
                    foreach (var inner in TextFields(spec.RowFields, row, $"{FieldPaths.Row(path, FieldPaths.RowId(row)!.Value)}."))
                    {
                        yield return inner;
                    }
                }
            }
            else if (spec.Kind is FieldKind.Text or FieldKind.LongText or FieldKind.Lines)
            {
                yield return (spec, target, path);
            }
        }
    }

    /// <summary>The object holding the field at a form path ("Outcomes[id].Statement" → that outcome) in a step's content.</summary>
    private static object? Find(StepDefinition definition, object content, string path)
    {
        var last = path.LastIndexOf("].", StringComparison.Ordinal);
        if (last < 0)
        {
            return content;
        }

        var rowPath = path[..(last + 1)];
        var split = FieldPaths.SplitRow(rowPath)!.Value;
        return FieldPaths.FindList(definition.Schema, content, split.ListPath)?.Cast<object>().FirstOrDefault(r => FieldPaths.RowId(r) == split.RowId);
    }

    private static void Set(FieldSchema spec, object target, object? value) =>
        spec.Property.SetValue(target, spec.Kind == FieldKind.Lines && value is string text ? new List<string> { text } : value);

    private static string? Text(object? value) => value is List<string> lines ? string.Join("\n", lines) : value as string;

    /// <summary>What a field shows on a step page: the value of the input or text area with that name.</summary>
    private static string ShownValue(TestBrowser.Page page, string name)
    {
        var element = page.Document.GetElementsByName(name).FirstOrDefault();
        return element switch
        {
            AngleSharp.Html.Dom.IHtmlInputElement input => input.Value,
            AngleSharp.Html.Dom.IHtmlTextAreaElement area => area.Value,
            null => throw new InvalidOperationException($"No field named {name} on the page."),
            _ => element.TextContent,
        };
    }

    private static string Normalise(string? text) => (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal);

    private sealed record Entry(WizardStep Step, string Path, string Value, FieldSchema Spec, object Target);
}
