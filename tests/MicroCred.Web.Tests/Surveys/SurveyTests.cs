using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using MicroCred.Domain;
using MicroCred.Domain.Notifications;
using MicroCred.Domain.Surveys;
using MicroCred.Web.Tests.Cohorts;
using MicroCred.Web.Tests.Credentials;
using MicroCred.Web.Tests.Security;
using MicroCred.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace MicroCred.Web.Tests.Surveys;

/// <summary>
/// Learner surveys over HTTP: the team opens one (personal links by e-mail), learners answer without an account, once per
/// link, anonymously, until the last day; the run report shows the results from five answers; outsiders get 404.
/// </summary>
public sealed partial class SurveyTests(SurveyTests.Fixture fixture) : IClassFixture<SurveyTests.Fixture>
{
    private const string Leader = "leader@microcred.demo";
    private readonly MicroCredFactory _app = fixture.App;

    public sealed class Fixture : IDisposable
    {
        public MicroCredFactory App { get; } = new();

        public Fixture()
        {
            App.Settings["Security:InvitationAttemptsPerMinute"] = "10000";
            App.Settings["Surveys:CloseCheckMinutes"] = "0";
        }

        public void Dispose() => App.Dispose();
    }

    [Fact]
    public async Task The_team_opens_a_survey_and_every_learner_with_an_email_gets_a_personal_link_stored_only_as_a_hash()
    {
        var (cohortId, _) = await CohortAsync("Links", 3, withoutEmail: 1);

        var page = await OpenAsync(cohortId);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        var links = await LinksAsync(cohortId);
        Assert.Equal(3, links.Count);
        var hashes = await _app.WithDbAsync(db => db.SurveyInvitations.Where(i => db.Surveys.Any(s => s.Id == i.SurveyId && s.CohortId == cohortId)).Select(i => i.TokenHash).ToListAsync());
        Assert.Equal(links.Select(SecretToken.Hash).Order(), hashes.Order());
        Assert.DoesNotContain(hashes, h => links.Contains(h));
        using var leader = await _app.SignedInAsync(Leader);
        var survey = await leader.GetAsync($"/cohorts/{cohortId}/survey");
        Assert.Contains("3 sent by e-mail, 0 used", survey.Text, StringComparison.Ordinal);
        Assert.Contains("Shared link", survey.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_personal_link_takes_one_answer_and_then_dies_without_storing_a_second()
    {
        var (cohortId, _) = await CohortAsync("Once", 2);
        await OpenAsync(cohortId);
        var token = (await LinksAsync(cohortId))[0];

        using var learner = _app.Browser();
        var first = await AnswerAsync(learner, token, new() { ["Ratings[Relevance]"] = "4", ["Comment"] = "First answer" });
        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        Assert.Equal("/survey/thanks", first.Location!.OriginalString);
        Assert.Equal(1, await ResponsesAsync(cohortId));

        var again = await learner.GetAsync("/survey/" + token);
        Assert.Equal(HttpStatusCode.Gone, again.Status);
        Assert.Contains("This link was already used", again.Text, StringComparison.Ordinal);

        // A second post with a form token taken before the first answer: refused, nothing stored.
        using var other = _app.Browser();
        var form = await other.GetAsync("/survey/" + (await LinksAsync(cohortId))[1]);
        var second = await other.PostAsync("/survey/" + token, new Dictionary<string, string> { ["Comment"] = "Second answer" }, form.AntiforgeryToken());
        Assert.Equal(HttpStatusCode.Gone, second.Status);
        Assert.Equal(1, await ResponsesAsync(cohortId));
        Assert.True(await _app.WithDbAsync(db => db.SurveyInvitations.AnyAsync(i => i.TokenHash == SecretToken.Hash(token) && i.Used)));
    }

    [Fact]
    public async Task The_answer_table_has_no_column_that_could_lead_to_a_learner_and_the_stored_row_names_none()
    {
        var (cohortId, learnerIds) = await CohortAsync("Anonymous", 1);
        await OpenAsync(cohortId);
        var token = (await LinksAsync(cohortId))[0];
        using var learner = _app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(learner, token, new() { ["Ratings[Support]"] = "5", ["Comment"] = "Nothing personal" })).Status);

        Assert.Equal(["AnsweredOn", "AnswersJson", "Id", "SurveyId"], Columns("SurveyResponses"));
        Assert.Equal(["Id", "SurveyId", "TokenHash", "Used"], Columns("SurveyInvitations"));

        var rows = RawRows("SELECT r.* FROM SurveyResponses r JOIN Surveys s ON s.Id = r.SurveyId JOIN Cohorts c ON c.Id = s.CohortId WHERE c.Name = 'Anonymous'");
        var row = Assert.Single(rows);
        var learnerRow = await _app.WithDbAsync(db => db.Learners.SingleAsync(l => l.Id == learnerIds[0]));
        var invitation = await _app.WithDbAsync(db => db.SurveyInvitations.SingleAsync(i => i.TokenHash == SecretToken.Hash(token)));
        foreach (var forbidden in new[] { token, SecretToken.Hash(token), invitation.Id.ToString(), learnerRow.Id.ToString(), learnerRow.LearnerIdentifier, learnerRow.Email!, learnerRow.FamilyName, "127.0.0.1" })
        {
            Assert.DoesNotContain(row, cell => cell.Contains(forbidden, StringComparison.OrdinalIgnoreCase));
        }

        // The day, never the time.
        var answeredOn = Assert.Single(RawRows("SELECT r.AnsweredOn FROM SurveyResponses r JOIN Surveys s ON s.Id = r.SurveyId JOIN Cohorts c ON c.Id = s.CohortId WHERE c.Name = 'Anonymous'"))[0];
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", answeredOn);
    }

    [Fact]
    public async Task After_the_last_day_answers_get_a_clear_page_nothing_is_stored_and_the_team_is_told_once()
    {
        var (cohortId, _) = await CohortAsync("Late", 2);
        await OpenAsync(cohortId);
        var token = (await LinksAsync(cohortId))[0];
        using var learner = _app.Browser();
        var form = await learner.GetAsync("/survey/" + token);
        Assert.Equal(HttpStatusCode.OK, form.Status);
        try
        {
            _app.Clock.Set(DateTimeOffset.UtcNow.AddDays(8));
            var late = await learner.PostAsync("/survey/" + token, new Dictionary<string, string> { ["Comment"] = "Too late" }, form.AntiforgeryToken());
            Assert.Equal(HttpStatusCode.Gone, late.Status);
            Assert.Contains("This survey has closed", late.Text, StringComparison.Ordinal);
            Assert.Contains("Nothing you sent now was stored", late.Text, StringComparison.Ordinal);
            Assert.Equal(0, await ResponsesAsync(cohortId));

            // The closing job (run here by hand) closes it and tells the team in the app and by e-mail; a second run tells nobody.
            Assert.True(await CloseDueAsync() >= 1);
            Assert.Equal(0, await CloseDueAsync());
            var notes = await _app.WithDbAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.SurveyClosed && n.Link == $"/cohorts/{cohortId}/report").ToListAsync());
            Assert.Equal(3, notes.Count);
            Assert.All(notes, n => Assert.Contains("“Late”", n.Text, StringComparison.Ordinal));
            Assert.Contains(Mails(), m => m.To.Mailboxes.Any(b => b.Address == Leader) && m.Subject?.StartsWith("Learner survey closed", StringComparison.Ordinal) == true);
        }
        finally
        {
            _app.Clock.Reset();
        }
    }

    [Fact]
    public async Task The_shared_link_takes_one_answer_per_browser()
    {
        var (cohortId, _) = await CohortAsync("Shared", 1, withoutEmail: 2);
        await OpenAsync(cohortId);
        var code = await _app.WithDbAsync(db => db.Surveys.Where(s => s.CohortId == cohortId).Select(s => s.SharedCode).SingleAsync());

        using (var first = _app.Browser())
        {
            Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(first, code, new() { ["Comment"] = "From one browser" })).Status);
            var again = await first.GetAsync("/survey/" + code);
            Assert.Equal(HttpStatusCode.Gone, again.Status);
            Assert.Contains("You have already answered", again.Text, StringComparison.Ordinal);
        }

        using var second = _app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(second, code, new() { ["Comment"] = "From another browser" })).Status);
        Assert.Equal(2, await ResponsesAsync(cohortId));
    }

    [Fact]
    public async Task A_wrong_number_of_hours_comes_back_next_to_its_field_with_everything_kept_and_nothing_stored()
    {
        var (cohortId, _) = await CohortAsync("Typos", 1);
        await OpenAsync(cohortId);
        var token = (await LinksAsync(cohortId))[0];
        var unit = await _app.WithDbAsync(async db => SurveyDefinition.FromJson(await db.Surveys.Where(s => s.CohortId == cohortId).Select(s => s.DefinitionJson).SingleAsync()).Units[0]);

        using var learner = _app.Browser();
        var page = await AnswerAsync(learner, token, new() { [$"Hours[{unit.Id}]"] = "about ten", ["Comment"] = "Kept as typed", ["Ratings[Workload]"] = "2" });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains($"Enter the hours you spent on “{unit.Title}”", page.FieldError($"Hours_{unit.Id}_"), StringComparison.Ordinal);
        Assert.Single(page.ErrorSummary());
        Assert.Equal("about ten", page.InputValue($"Hours_{unit.Id}_"));
        Assert.Equal("Kept as typed", page.InputValue("Comment"));
        Assert.NotNull(page.Document.QuerySelector("#rating-Workload-2[checked]"));
        Assert.Equal(0, await ResponsesAsync(cohortId));
        Assert.False(await _app.WithDbAsync(db => db.SurveyInvitations.AnyAsync(i => i.TokenHash == SecretToken.Hash(token) && i.Used)));
    }

    [Fact]
    public async Task An_answer_without_the_antiforgery_token_is_refused_and_stores_nothing()
    {
        var (cohortId, _) = await CohortAsync("Forged", 1);
        await OpenAsync(cohortId);
        var token = (await LinksAsync(cohortId))[0];

        using var learner = _app.Browser();
        var page = await learner.PostAsync("/survey/" + token, new Dictionary<string, string> { ["Comment"] = "Forged" }, null);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal(0, await ResponsesAsync(cohortId));
    }

    [Fact]
    public async Task Scores_and_comments_show_from_five_answers_and_not_at_four()
    {
        var (cohortId, _) = await CohortAsync("Threshold", 6);
        await OpenAsync(cohortId);
        var tokens = await LinksAsync(cohortId);
        for (var i = 0; i < 4; i++)
        {
            using var learner = _app.Browser();
            Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(learner, tokens[i], new() { ["Ratings[Relevance]"] = "5", ["Comment"] = $"Comment number {i + 1}" })).Status);
        }

        using var leader = await _app.SignedInAsync(Leader);
        var four = await leader.GetAsync($"/cohorts/{cohortId}/report");
        Assert.Equal(HttpStatusCode.OK, four.Status);
        Assert.Contains("4 learners answered the survey", four.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Comment number", four.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Survey scores", four.Text, StringComparison.Ordinal);

        using (var fifth = _app.Browser())
        {
            Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(fifth, tokens[4], new() { ["Ratings[Relevance]"] = "4", ["Comment"] = "Comment number 5" })).Status);
        }

        var five = await leader.GetAsync($"/cohorts/{cohortId}/report");
        Assert.Contains("Survey scores", five.Text, StringComparison.Ordinal);
        Assert.All(Enumerable.Range(1, 5), i => Assert.Contains($"Comment number {i}", five.Text, StringComparison.Ordinal));
        Assert.Contains("5 of 6 learners (response rate 83.3 %)", five.Text, StringComparison.Ordinal);
        Assert.NotNull(five.Document.QuerySelector("svg[role=img][aria-labelledby] title"));

        var pdf = await leader.Client.GetAsync($"/cohorts/{cohortId}/report.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var text = CredentialData.Flat(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("Run report", text, StringComparison.Ordinal);
        Assert.Contains("Comment number 5", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_answers_are_stored_as_typed_and_shown_escaped_on_the_report_and_printed_in_the_pdf()
    {
        var lines = HostileCorpus.Lines.Take(12).ToList();
        var (cohortId, _) = await CohortAsync("Hostile", 1, withoutEmail: lines.Count);
        await OpenAsync(cohortId);
        var code = await _app.WithDbAsync(db => db.Surveys.Where(s => s.CohortId == cohortId).Select(s => s.SharedCode).SingleAsync());
        foreach (var line in lines)
        {
            using var learner = _app.Browser();
            Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(learner, code, new() { ["Comment"] = line })).Status);
        }

        var stored = await _app.WithDbAsync(async db => (await db.SurveyResponses.Where(r => db.Surveys.Any(s => s.Id == r.SurveyId && s.CohortId == cohortId)).Select(r => r.AnswersJson).ToListAsync())
            .Select(j => SurveyAnswers.FromJson(j).Comment).ToList());
        Assert.Equal(lines.Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));

        using var leader = await _app.SignedInAsync(Leader);
        var url = $"/cohorts/{cohortId}/report";
        var report = await leader.GetAsync(url);
        HostileCorpus.AssertEscaped(report, url);
        var shown = report.Document.QuerySelectorAll(".survey-comments li").Select(li => li.TextContent).ToList();
        Assert.All(lines, line => Assert.Contains(line, shown));

        var pdf = await leader.Client.GetAsync(url + ".pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var text = CredentialData.Flat(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("<script>alert('xss')</script>", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("outsider@microcred.demo")]
    [InlineData(CredentialData.AdminEmail)]
    public async Task People_outside_the_team_and_its_QA_officers_get_not_found(string email)
    {
        var (cohortId, _) = await CohortAsync("Private " + email, 1);
        await OpenAsync(cohortId);
        using var browser = await _app.SignedInAsync(email);

        foreach (var url in new[] { $"/cohorts/{cohortId}/report", $"/cohorts/{cohortId}/report.pdf", $"/cohorts/{cohortId}/survey", $"/designs/{await _app.PublishedDesignIdAsync()}/runs" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(url)).Status);
        }

        var token = (await browser.GetAsync("/notifications")).AnyAntiforgeryToken();
        Assert.Equal(HttpStatusCode.NotFound, (await browser.PostAsync($"/cohorts/{cohortId}/survey/close", new Dictionary<string, string>(), token)).Status);
        Assert.Null(await _app.WithDbAsync(db => db.Surveys.Where(s => s.CohortId == cohortId).Select(s => s.ClosedAt).SingleAsync()));
    }

    [Fact]
    public async Task A_QA_officer_of_a_partner_reads_the_report_but_cannot_open_a_survey()
    {
        var (cohortId, _) = await CohortAsync("Reviewed", 1);
        using var qa = await _app.SignedInAsync("qa.officer@microcred.demo");

        Assert.Equal(HttpStatusCode.OK, (await qa.GetAsync($"/cohorts/{cohortId}/report")).Status);
        var survey = await qa.GetAsync($"/cohorts/{cohortId}/survey");
        Assert.Equal(HttpStatusCode.OK, survey.Status);
        Assert.Contains("has not opened a survey", survey.Text, StringComparison.Ordinal);
        var post = await qa.PostAsync($"/cohorts/{cohortId}/survey", new Dictionary<string, string> { ["Form.ClosesOn"] = Date(7) }, survey.AnyAntiforgeryToken());
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
        Assert.False(await _app.WithDbAsync(db => db.Surveys.AnyAsync(s => s.CohortId == cohortId)));
    }

    [Fact]
    public async Task The_demo_course_has_a_past_run_whose_report_shows_scores_and_a_flagged_unit()
    {
        var designId = await _app.PublishedDesignIdAsync();
        using var leader = await _app.SignedInAsync(Leader);
        var runs = await leader.GetAsync($"/designs/{designId}/runs");
        Assert.Contains("Pilot run", runs.Text, StringComparison.Ordinal);
        var cohortId = await _app.WithDbAsync(db => db.Cohorts.Where(c => c.DesignId == designId && c.Name == "Pilot run").Select(c => c.Id).SingleAsync());

        var report = await leader.GetAsync($"/cohorts/{cohortId}/report");

        Assert.Contains("Survey scores", report.Text, StringComparison.Ordinal);
        Assert.Contains("1 unit is flagged: Mapping exposure and vulnerability", report.Text, StringComparison.Ordinal);
        Assert.Contains("6 of 8 learners", report.Text, StringComparison.Ordinal);
    }

    private static string Date(int days) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<(Guid CohortId, IReadOnlyList<Guid> Learners)> CohortAsync(string name, int withEmail, int withoutEmail = 0)
    {
        var learners = Enumerable.Range(1, withEmail).Select(i => CredentialData.Passed($"{Slug(name)}-{i:00}", grade: 7m))
            .Concat(Enumerable.Range(1, withoutEmail).Select(i => CredentialData.AttendanceOnly($"{Slug(name)}-N{i:00}")));
        return await CredentialData.CohortAsync(_app, name, learners);
    }

    private static string Slug(string name) => new([.. name.Where(char.IsAsciiLetterOrDigit).Take(20)]);

    private async Task<TestBrowser.Page> OpenAsync(Guid cohortId)
    {
        using var leader = await _app.SignedInAsync(Leader);
        return await leader.SubmitAsync($"/cohorts/{cohortId}/survey", new Dictionary<string, string> { ["Form.ClosesOn"] = Date(7) }, $"/cohorts/{cohortId}/survey");
    }

    private static async Task<TestBrowser.Page> AnswerAsync(TestBrowser browser, string token, Dictionary<string, string> fields)
    {
        var form = await browser.GetAsync("/survey/" + Uri.EscapeDataString(token));
        Assert.Equal(HttpStatusCode.OK, form.Status);
        return await browser.PostAsync("/survey/" + Uri.EscapeDataString(token), fields, form.AntiforgeryToken());
    }

    /// <summary>The tokens of the personal links e-mailed for a cohort (read from the .eml files, as a learner would).</summary>
    private async Task<List<string>> LinksAsync(Guid cohortId)
    {
        var name = await _app.WithDbAsync(db => db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.Name).SingleAsync());
        return [.. Mails().Where(m => m.TextBody?.Contains($"({name})", StringComparison.Ordinal) == true && m.Subject?.StartsWith("How was", StringComparison.Ordinal) == true)
            .Select(m => Uri.UnescapeDataString(SurveyLink().Match(m.TextBody!).Groups[1].Value))];
    }

    private List<MimeMessage> Mails() => Directory.Exists(_app.MailFolder) ? [.. Directory.GetFiles(_app.MailFolder, "*.eml").Select(f => MimeMessage.Load(f))] : [];

    private Task<int> ResponsesAsync(Guid cohortId) =>
        _app.WithDbAsync(db => db.SurveyResponses.CountAsync(r => db.Surveys.Any(s => s.Id == r.SurveyId && s.CohortId == cohortId)));

    private async Task<int> CloseDueAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MicroCred.Web.Features.Surveys.SurveyClosing>().CloseDueAsync(CancellationToken.None);
    }

    private List<string> Columns(string table) => [.. RawRows($"SELECT name FROM pragma_table_info('{table}')").Select(r => r[0]).Order(StringComparer.Ordinal)];

    private List<string[]> RawRows(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_app.DataFolder, "microcred.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? "")]);
        }

        return rows;
    }

    [GeneratedRegex(@"https?://[^/\s]+/survey/([A-Za-z0-9_\-%]+)")]
    private static partial Regex SurveyLink();
}
