using System.Globalization;
using System.Net;
using System.Text;
using MicroCred.Web.Features.Cohorts;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace MicroCred.Web.Tests.Cohorts;

public abstract class CsvImportTests(MicroCredFactory factory, ITestOutputHelper? output = null)
{
    private const string Header = "learner_id,given_names,family_name,date_of_birth,email,result,grade,completion_date\n";

    [Fact]
    public async Task A_good_file_is_previewed_and_confirming_stores_every_learner()
    {
        using var admin = await factory.SignedInAsync();
        var cohortId = await factory.StartCohortAsync(admin);
        var csv = Header
            + "G-1,Maria Luisa,Fernández Ortega,1996-05-14,m.f@example.org,passed,7.5,2027-12-10\n"
            + "G-2,Jan,de Boer,,,attendance only,,2027-12-10\n"
            + "G-3,Aiko,Tanaka,,,failed,4.8,\n";

        var upload = await admin.UploadAsync(cohortId, CohortTestSupport.Utf8(csv));
        Assert.Equal(HttpStatusCode.Redirect, upload.Status);
        var preview = await admin.GetAsync(upload.Location!.OriginalString);
        Assert.Contains("3 lines can be imported", preview.Text, StringComparison.Ordinal);
        Assert.Contains("Fernández Ortega", preview.Text, StringComparison.Ordinal);
        Assert.Empty(await factory.LearnerIdsAsync(cohortId));

        var confirmed = await admin.PostAsync(preview.FormAction(0)!, new Dictionary<string, string>(), preview.AntiforgeryToken(0));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.Status);
        Assert.Equal(["G-1", "G-2", "G-3"], await factory.LearnerIdsAsync(cohortId));
        Assert.Contains("3 learners imported.", (await admin.GetAsync($"/cohorts/{cohortId}")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mixed_file_lists_every_bad_line_with_its_reason_and_confirming_stores_exactly_the_good_lines()
    {
        using var admin = await factory.SignedInAsync();
        var cohortId = await factory.StartCohortAsync(admin);
        await admin.SubmitAsync($"/cohorts/{cohortId}/learners/new", CohortTestSupport.LearnerFields("M-EXISTING"));
        var csv = Header
            + "M-1,Ana,Silva,,,passed,8,\n"          // line 2: good
            + ",Bo,Berg,,,passed,8,\n"               // line 3: no identifier
            + "M-3,Cy,Cole,1990-13-01,,passed,8,\n"  // line 4: impossible date
            + "m-1,Di,Dam,,,passed,8,\n"             // line 5: same identifier as line 2
            + "M-EXISTING,Ed,Eck,,,passed,8,\n"      // line 6: already in the cohort
            + "M-6,Fe,Fox,,,passed,3,\n"             // line 7: passed below the pass mark
            + "M-7,Gus,Gray,,,,,\n";                 // line 8: good, no result yet

        var upload = await admin.UploadAsync(cohortId, CohortTestSupport.Utf8(csv));
        var preview = await admin.GetAsync(upload.Location!.OriginalString);

        Assert.Contains("2 lines can be imported", preview.Text, StringComparison.Ordinal);
        var bad = preview.Document.QuerySelectorAll("section[aria-labelledby=bad-heading] tbody tr")
            .Select(r => (Line: r.Children[0].TextContent, Why: r.Children[3].TextContent)).ToList();
        Assert.Equal(["3", "4", "5", "6", "7"], bad.Select(b => b.Line));
        Assert.Contains("learner identifier", bad[0].Why, StringComparison.Ordinal);
        Assert.Contains("date of birth", bad[1].Why, StringComparison.Ordinal);
        Assert.Contains("already used on line 2", bad[2].Why, StringComparison.Ordinal);
        Assert.Contains("already has the identifier M-EXISTING", bad[3].Why, StringComparison.Ordinal);
        Assert.Contains("below the pass mark", bad[4].Why, StringComparison.Ordinal);

        await admin.PostAsync(preview.FormAction(0)!, new Dictionary<string, string>(), preview.AntiforgeryToken(0));
        Assert.Equal(["M-1", "M-7", "M-EXISTING"], await factory.LearnerIdsAsync(cohortId));
    }

    [Fact]
    public async Task A_file_with_only_bad_lines_offers_no_import()
    {
        using var admin = await factory.SignedInAsync();
        var cohortId = await factory.StartCohortAsync(admin);

        var upload = await admin.UploadAsync(cohortId, CohortTestSupport.Utf8(Header + "B-1,Al,Ash,,,maybe,,\n"));
        var preview = await admin.GetAsync(upload.Location!.OriginalString);

        Assert.Contains("0 lines can be imported", preview.Text, StringComparison.Ordinal);
        Assert.Contains("passed, attendance only or failed", preview.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(preview.Document.QuerySelectorAll("form"), f => f.GetAttribute("action")!.EndsWith("/confirm", StringComparison.Ordinal));
        Assert.Empty(await factory.LearnerIdsAsync(cohortId));
    }

    [Fact]
    public async Task Cancelling_stores_nothing_and_the_preview_is_gone()
    {
        using var admin = await factory.SignedInAsync();
        var cohortId = await factory.StartCohortAsync(admin);
        var upload = await admin.UploadAsync(cohortId, CohortTestSupport.Utf8(Header + "C-1,Al,Ash,,,passed,7,\n"));
        var previewUrl = upload.Location!.OriginalString;
        var preview = await admin.GetAsync(previewUrl);

        var cancelled = await admin.PostAsync(preview.FormAction(1)!, new Dictionary<string, string>(), preview.AntiforgeryToken(1));
        Assert.Equal(HttpStatusCode.Redirect, cancelled.Status);
        Assert.Contains("Import cancelled", (await admin.GetAsync($"/cohorts/{cohortId}")).Text, StringComparison.Ordinal);

        var confirmLate = await admin.PostAsync(preview.FormAction(0)!, new Dictionary<string, string>(), preview.AntiforgeryToken(0));
        Assert.NotEqual(HttpStatusCode.OK, confirmLate.Status);
        Assert.Empty(await factory.LearnerIdsAsync(cohortId));
        Assert.False(await factory.WithDbAsync(db => db.PendingImports.AnyAsync(i => i.CohortId == cohortId)));
    }

    [Fact]
    public async Task Confirming_twice_at_once_stores_the_learners_once_and_uses_the_import_up()
    {
        using var admin = await factory.SignedInAsync();
        using var otherTab = await factory.SignedInAsync();
        var cohortId = await factory.StartCohortAsync(admin);
        var upload = await admin.UploadAsync(cohortId, CohortTestSupport.Utf8(Header + "D-1,Al,Ash,,,passed,7,\nD-2,Bo,Birch,,,failed,4,\n"));
        var preview = await admin.GetAsync(upload.Location!.OriginalString);
        var previewInOtherTab = await otherTab.GetAsync(upload.Location!.OriginalString);

        var confirmations = await Task.WhenAll(
            admin.PostAsync(preview.FormAction(0)!, new Dictionary<string, string>(), preview.AntiforgeryToken(0)),
            otherTab.PostAsync(previewInOtherTab.FormAction(0)!, new Dictionary<string, string>(), previewInOtherTab.AntiforgeryToken(0)));

        Assert.Single(confirmations, r => r.Location?.OriginalString == $"/cohorts/{cohortId}");
        Assert.Equal(["D-1", "D-2"], await factory.LearnerIdsAsync(cohortId));
        Assert.False(await factory.WithDbAsync(db => db.PendingImports.AnyAsync(i => i.CohortId == cohortId)));
        var again = await admin.PostAsync(preview.FormAction(0)!, new Dictionary<string, string>(), preview.AntiforgeryToken(0));
        Assert.NotEqual($"/cohorts/{cohortId}", again.Location?.OriginalString);
        await AssertGoneAsync(admin, upload.Location!.OriginalString);
        Assert.Equal(["D-1", "D-2"], await factory.LearnerIdsAsync(cohortId));
    }

    [Fact]
    public async Task A_preview_older_than_an_hour_is_gone_and_purged_when_the_next_file_is_uploaded()
    {
        using var admin = await factory.SignedInAsync();
        var cohortId = await factory.StartCohortAsync(admin);
        factory.Clock.Set(DateTimeOffset.UtcNow);
        try
        {
            var old = await admin.UploadAsync(cohortId, CohortTestSupport.Utf8(Header + "E-1,Al,Ash,,,passed,7,\n"));
            var oldPreview = await admin.GetAsync(old.Location!.OriginalString);
            Assert.Equal(HttpStatusCode.OK, oldPreview.Status);

            factory.Clock.Advance(PendingImports.Lifetime + TimeSpan.FromMinutes(1));
            await AssertGoneAsync(admin, old.Location!.OriginalString);
            var confirmLate = await admin.PostAsync(oldPreview.FormAction(0)!, new Dictionary<string, string>(), oldPreview.AntiforgeryToken(0));
            Assert.NotEqual($"/cohorts/{cohortId}", confirmLate.Location?.OriginalString);
            Assert.Empty(await factory.LearnerIdsAsync(cohortId));

            // Another expired preview nobody opened again is purged when anyone uploads a file.
            factory.Clock.Set(DateTimeOffset.UtcNow);
            await admin.UploadAsync(cohortId, CohortTestSupport.Utf8(Header + "E-2,Bo,Birch,,,passed,7,\n"));
            factory.Clock.Advance(PendingImports.Lifetime + TimeSpan.FromMinutes(1));
            await admin.UploadAsync(cohortId, CohortTestSupport.Utf8(Header + "E-3,Cy,Cedar,,,passed,7,\n"));
            var left = await factory.WithDbAsync(db => db.PendingImports.Where(i => i.CohortId == cohortId).Select(i => i.PreviewJson).ToListAsync());
            Assert.Contains(left, json => json.Contains("E-3", StringComparison.Ordinal));
            Assert.DoesNotContain(left, json => json.Contains("E-2", StringComparison.Ordinal));
        }
        finally
        {
            factory.Clock.Reset();
        }
    }

    [Fact]
    public async Task Semicolons_a_byte_order_mark_header_case_and_decimal_commas_are_understood()
    {
        using var admin = await factory.SignedInAsync();
        var cohortId = await factory.StartCohortAsync(admin);
        var csv = "Learner_ID;Given_Names;FAMILY_NAME;Result;Grade\r\nS-1;Zoë;Müller-Łukasiewicz;Passed;7,5\r\n";

        var upload = await admin.UploadAsync(cohortId, CohortTestSupport.Utf8(csv, bom: true));
        var preview = await admin.GetAsync(upload.Location!.OriginalString);
        Assert.Contains("1 line can be imported", preview.Text, StringComparison.Ordinal);
        await admin.PostAsync(preview.FormAction(0)!, new Dictionary<string, string>(), preview.AntiforgeryToken(0));

        var learner = await factory.WithDbAsync(db => Task.FromResult(db.Learners.Single(l => l.CohortId == cohortId)));
        Assert.Equal("Zoë", learner.GivenNames);
        Assert.Equal("Müller-Łukasiewicz", learner.FamilyName);
        Assert.Equal(7.5m, learner.Grade);
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("bom-only")]
    [InlineData("header-only")]
    [InlineData("latin1")]
    [InlineData("unknown-column")]
    [InlineData("oversize")]
    [InlineData("too-many-rows")]
    public async Task Files_that_cannot_be_read_are_refused_as_a_whole_with_a_clear_message(string kind)
    {
        using var admin = await factory.SignedInAsync();
        var cohortId = await factory.StartCohortAsync(admin, "Refusals " + kind);
        var (bytes, expected) = kind switch
        {
            "empty" => ([], "The file is empty"),
            "bom-only" => (Encoding.UTF8.Preamble.ToArray(), "The file is empty"),
            "header-only" => (CohortTestSupport.Utf8(Header), "no learners"),
            "latin1" => (Encoding.Latin1.GetBytes(Header + "L-1,José,Muñoz,,,passed,7,\n"), "CSV UTF-8"),
            "unknown-column" => (CohortTestSupport.Utf8("learner_id,family_name,shoe_size\nU-1,Ash,42\n"), "\"shoe_size\""),
            "oversize" => (CohortTestSupport.Utf8(Header + new string('x', LearnerCsv.MaxBytes)), "larger than 1 MB"),
            _ => (CohortTestSupport.Utf8(Header + string.Concat(Enumerable.Range(1, LearnerCsv.MaxRows + 1).Select(i => $"R-{i},A,B,,,,,\n"))), "more than 5,000"),
        };

        var page = await admin.UploadAsync(cohortId, bytes);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(expected, page.FieldError("file"), StringComparison.Ordinal);
        Assert.Contains(expected, string.Join(" ", page.ErrorSummary()), StringComparison.Ordinal);
        Assert.Empty(await factory.LearnerIdsAsync(cohortId));
    }

    [Fact]
    public async Task The_template_downloads_as_UTF8_CSV_with_the_documented_columns_and_imports_cleanly()
    {
        using var admin = await factory.SignedInAsync();
        var cohortId = await factory.StartCohortAsync(admin);

        using var response = await admin.Client.GetAsync($"/cohorts/{cohortId}/import/template.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith(string.Join(',', LearnerCsv.Columns), Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'), StringComparison.Ordinal);

        var upload = await admin.UploadAsync(cohortId, bytes);
        var preview = await admin.GetAsync(upload.Location!.OriginalString);
        Assert.Contains("4 lines can be imported", preview.Text, StringComparison.Ordinal);
        Assert.Contains("S2027-0004,Wiranto,,", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_import_page_states_the_one_name_rule_and_the_file_follows_it_like_the_hand_form()
    {
        using var admin = await factory.SignedInAsync();
        var cohortId = await factory.StartCohortAsync(admin, "Names");

        var page = await admin.GetAsync($"/cohorts/{cohortId}/import");
        Assert.Equal(MicroCred.Domain.Credentials.LearnerRules.NameRule, page.Document.GetElementById("name-rule")?.TextContent.Trim());
        Assert.DoesNotContain("family_name are required", page.Text, StringComparison.Ordinal);

        // A file with given names only (no family_name column) is read; a line with no name at all is refused with the rule's words.
        var upload = await admin.UploadAsync(cohortId, CohortTestSupport.Utf8("learner_id,given_names,result\nN-1,Wiranto,passed\nN-2,,passed\n"));
        Assert.Equal(HttpStatusCode.Redirect, upload.Status);
        var preview = await admin.GetAsync(upload.Location!.OriginalString);
        Assert.Contains("1 line can be imported", preview.Text, StringComparison.Ordinal);
        var bad = preview.Document.QuerySelectorAll("section[aria-labelledby=bad-heading] tbody tr").Single();
        Assert.Equal("3", bad.Children[0].TextContent.Trim());
        Assert.Contains(MicroCred.Domain.Credentials.LearnerRules.NameMissing, bad.Children[3].TextContent, StringComparison.Ordinal);

        // The hand form: the same rule, the same words.
        var form = await admin.GetAsync($"/cohorts/{cohortId}/learners/new");
        Assert.Equal(MicroCred.Domain.Credentials.LearnerRules.NameRule, form.Document.GetElementById("name-rule")?.TextContent.Trim());
        var fields = CohortTestSupport.LearnerFields("N-3", family: "");
        fields["Form.GivenNames"] = "";
        var refused = await admin.SubmitAsync($"/cohorts/{cohortId}/learners/new", fields);
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal(MicroCred.Domain.Credentials.LearnerRules.NameMissing, refused.FieldError("Form_FamilyName"));
        fields["Form.GivenNames"] = "Wiranto";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/cohorts/{cohortId}/learners/new", fields)).Status);
        Assert.Equal(["N-3"], await factory.LearnerIdsAsync(cohortId));
    }

    [Fact]
    public async Task A_refused_grade_names_the_value_and_the_courses_scale_and_pass_mark_in_the_file_and_the_hand_form()
    {
        using var admin = await factory.SignedInAsync();
        var cohortId = await factory.StartCohortAsync(admin, "Grades");

        var upload = await admin.UploadAsync(cohortId, CohortTestSupport.Utf8(Header + "GR-1,Ana,Silva,,,passed,27,\nGR-2,Bo,Berg,,,passed,7;5,\n"));
        var preview = await admin.GetAsync(upload.Location!.OriginalString);
        var bad = preview.Document.QuerySelectorAll("section[aria-labelledby=bad-heading] tbody tr").Select(r => r.Children[3].TextContent).ToList();
        Assert.Contains("27 is not on this course's 0–10 scale (pass 5.5).", bad[0], StringComparison.Ordinal);
        Assert.Contains("\"7;5\" is not a number", bad[1], StringComparison.Ordinal);

        var page = await admin.SubmitAsync($"/cohorts/{cohortId}/learners/new", CohortTestSupport.LearnerFields("GR-3", grade: "27"));
        Assert.Equal("27 is not on this course's 0–10 scale (pass 5.5).", page.FieldError("Form_Grade"));
        Assert.Empty(await factory.LearnerIdsAsync(cohortId));
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00 })]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 })]
    public async Task An_Excel_workbook_renamed_to_csv_is_told_to_save_as_CSV_UTF8(byte[] magic)
    {
        using var admin = await factory.SignedInAsync();
        var cohortId = await factory.StartCohortAsync(admin, "Workbook");
        var bytes = magic.Concat(Enumerable.Repeat((byte)0x41, 2000)).ToArray();

        var page = await admin.UploadAsync(cohortId, bytes, "learners.csv");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Excel workbook", page.FieldError("file"), StringComparison.Ordinal);
        Assert.Contains("CSV UTF-8", page.FieldError("file"), StringComparison.Ordinal);
        Assert.Empty(await factory.LearnerIdsAsync(cohortId));
    }

    [Fact]
    public async Task Another_institutions_administrator_cannot_see_or_confirm_a_pending_import()
    {
        using var admin = await factory.SignedInAsync();
        var cohortId = await factory.StartCohortAsync(admin);
        var upload = await admin.UploadAsync(cohortId, CohortTestSupport.Utf8(Header + "P-1,Al,Ash,,,passed,7,\n"));
        var previewUrl = upload.Location!.OriginalString;

        using var other = await factory.SignedInAsync(await factory.OtherInstitutionAdminAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(previewUrl)).Status);
        var token = (await other.GetAsync("/")).AnyAntiforgeryToken();
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync(previewUrl + "/confirm", new Dictionary<string, string>(), token)).Status);
        Assert.Empty(await factory.LearnerIdsAsync(cohortId));
    }

    [Fact]
    public async Task A_5000_line_preview_stays_under_100_KB_with_the_counts_the_problem_lines_a_page_of_learners_and_a_CSV_of_every_problem()
    {
        using var admin = await factory.SignedInAsync();
        var cohortId = await factory.StartCohortAsync(admin, "Five thousand");
        await admin.SubmitAsync($"/cohorts/{cohortId}/learners/new", CohortTestSupport.LearnerFields("BIG-EXIST"));
        var csv = new StringBuilder(Header);
        for (var i = 1; i <= LearnerCsv.MaxRows; i++)
        {
            var (id, given, family, grade) = i switch
            {
                1 => ("BIG-0001", "<script>alert(1)</script>", "Ωμέγα", "7"),
                2 => ("BIG-0002", "李", "小龍", "7"),
                3 => ("BIG-0003", "محمد", "العلي", "7"),
                160 => ("BIG-0160", "=1+2", "Formula", "x"),
                4999 => ("BIG-EXIST", "Ed", "Eck", "7"),       // already in the cohort
                5000 => ("big-0001", "Al", "Again", "7"),      // repeats line 2
                _ when i % 80 == 0 => ($"BIG-{i:D4}", "No", "Grade", "x"),
                _ => ($"BIG-{i:D4}", "Given", $"Family {i:D4}", "7"),
            };
            csv.Append(CultureInfo.InvariantCulture, $"{id},{given},{family},,,passed,{grade},\n");
        }

        var upload = await admin.UploadAsync(cohortId, CohortTestSupport.Utf8(csv.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, upload.Status);
        var previewUrl = upload.Location!.OriginalString;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var raw = await admin.Client.GetAsync(previewUrl);
        var html = await raw.Content.ReadAsByteArrayAsync();
        var elapsed = clock.ElapsedMilliseconds;
        Assert.True(html.Length < 100_000, $"The preview of {LearnerCsv.MaxRows} lines is {html.Length:N0} bytes of HTML ({elapsed} ms).");
        output?.WriteLine($"Preview of {LearnerCsv.MaxRows:N0} lines: {html.Length:N0} bytes of HTML in {elapsed} ms");
        var htmlText = Encoding.UTF8.GetString(html);
        Assert.DoesNotContain("<script>alert", htmlText, StringComparison.Ordinal);

        var preview = await admin.GetAsync(previewUrl);
        string Count(string name) => preview.Document.QuerySelector($"#import-counts [data-count={name}]")!.TextContent.Trim();
        Assert.Equal("5,000", Count("read"));
        Assert.Equal("4,936", Count("ready"));
        Assert.Equal("2", Count("duplicates"));
        Assert.Equal("62", Count("problems"));
        Assert.Contains("4,936 lines can be imported, 64 cannot", preview.Text, StringComparison.Ordinal);

        var bad = preview.Document.QuerySelectorAll("section[aria-labelledby=bad-heading] tbody tr")
            .Select(r => (Line: r.Children[0].TextContent.Trim(), Why: r.Children[3].TextContent)).ToList();
        Assert.Equal(ImportPreviewViewModel.ProblemsShown, bad.Count);
        Assert.Equal("81", bad[0].Line);
        Assert.Contains("\"x\" is not a number", bad[0].Why, StringComparison.Ordinal);
        Assert.Contains("Showing the first 50 of 64", preview.Text, StringComparison.Ordinal);

        // One page of 25 learners to add, in file order, names in any script shown as text; the next page goes on.
        var good = preview.Document.QuerySelectorAll("section[aria-labelledby=good-heading] tbody tr").ToList();
        Assert.Equal(25, good.Count);
        Assert.Equal("<script>alert(1)</script> Ωμέγα", good[0].Children[2].TextContent);
        Assert.Equal("李 小龍", good[1].Children[2].TextContent);
        Assert.Equal("محمد العلي", good[2].Children[2].TextContent);
        Assert.Contains("Showing 1–25 of 4936 learners", preview.Text, StringComparison.Ordinal);
        var second = await admin.GetAsync(previewUrl + "?page=2");
        Assert.Equal("27", second.Document.QuerySelector("section[aria-labelledby=good-heading] tbody tr")!.Children[0].TextContent);
        Assert.Contains("Add 4,936 learners", preview.Document.QuerySelector("form[action$='/confirm'] button")!.TextContent, StringComparison.Ordinal);

        // Every line left out, as CSV, with formulas defused.
        using var download = await admin.Client.GetAsync(previewUrl + "/problems.csv");
        Assert.Equal("text/csv", download.Content.Headers.ContentType?.MediaType);
        var rows = Encoding.UTF8.GetString(await download.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("line,learner_id,name,problem", rows[0]);
        Assert.Equal(64, rows.Length - 1);
        Assert.Contains(rows, r => r.StartsWith("161,\"BIG-0160\",\"'=1+2 Formula\"", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("5000,\"BIG-EXIST\"", StringComparison.Ordinal) && r.Contains("already has the identifier", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("5001,\"big-0001\"", StringComparison.Ordinal) && r.Contains("already used on line 2", StringComparison.Ordinal));

        // Confirming still stores exactly the good lines, once.
        var confirmed = await admin.PostAsync(preview.FormAction(0)!, new Dictionary<string, string>(), preview.AntiforgeryToken(0));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.Status);
        Assert.Equal(4937, (await factory.LearnerIdsAsync(cohortId)).Count);
    }

    private static async Task AssertGoneAsync(TestBrowser browser, string previewUrl)
    {
        var gone = await browser.GetAsync(previewUrl);
        Assert.Equal(HttpStatusCode.Redirect, gone.Status);
        Assert.Contains("That import is no longer waiting", (await browser.GetAsync(gone.Location!.OriginalString)).Text, StringComparison.Ordinal);
    }
}

public sealed class CsvImportTestsOnSqlite(MicroCredFactory factory, ITestOutputHelper output) : CsvImportTests(factory, output), IClassFixture<MicroCredFactory>;

public sealed class CsvImportTestsOnPostgreSql(PostgreSqlFactory factory, ITestOutputHelper output) : CsvImportTests(factory, output), IClassFixture<PostgreSqlFactory>;
