using System.Globalization;
using System.Net;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using MicroCred.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace MicroCred.Web.Tests.Security;

/// <summary>
/// Every controller action of the portal, found by reflection and resolved through the app's own action descriptors,
/// requested with real ids by every kind of user, against a table of expected outcomes. A new action fails the test
/// until someone decides, in the table, who may open it.
/// </summary>
/// <remarks>
/// Outcomes: a status code ("200", "404", "400", "410"…), "login" (redirect to sign-in), "denied" (redirect to the
/// access-denied page) or "302" (any other redirect). A change to this table is a change to who can see what:
/// review it like one.
/// </remarks>
public sealed class AuthorizationMatrixTests(MatrixWorld world) : IClassFixture<MatrixWorld>
{
    private static readonly Persona[] GetColumns = Enum.GetValues<Persona>();

    /// <summary>The people who must not change anything with a POST (outside the team and its institutions).</summary>
    private static readonly Persona[] PostColumns = [Persona.Anonymous, Persona.CourseDesigner, Persona.OtherConsortium, Persona.OtherInstitutionAdmin];

    /// <summary>People outside the team and outside the issuing office: a page they may open must not show the team's or the learners' data.</summary>
    private static readonly Persona[] Outsiders = [Persona.CourseDesigner, Persona.OtherConsortium, Persona.OtherInstitutionAdmin];

    // GET (or any method) — columns: Anonymous, PlatformAdmin, InstitutionAdmin, QaOfficer, CourseDesigner, TeamLeader, TeamMember, OtherConsortium, OtherInstitutionAdmin
    private static readonly Dictionary<string, string> ExpectedGet = new()
    {
        ["ANY error"] = "404 404 404 404 404 404 404 404 404",
        ["ANY error/{code:int}"] = "404 404 404 404 404 404 404 404 404",
        ["GET /"] = "login 200 200 200 200 200 200 200 200",
        ["GET account/accept-invitation"] = "410 410 410 410 410 410 410 410 410",
        ["GET account/access-denied"] = "403 403 403 403 403 403 403 403 403",
        ["GET account/change-password"] = "login 200 200 200 200 200 200 200 200",
        ["GET account/login"] = "200 302 302 302 302 302 302 302 302",
        ["GET admin/institutions"] = "login 200 200 denied denied denied denied denied 200",
        ["GET admin/institutions/new"] = "login 200 denied denied denied denied denied denied denied",
        ["GET admin/institutions/{id:guid}"] = "login 200 200 denied denied denied denied denied 404",
        ["GET admin/institutions/{id:guid}/seal"] = "login 200 200 denied denied denied denied denied 404",
        ["GET admin/institutions/{id:guid}/logo"] = "login 404 404 denied denied denied denied denied 404",
        ["GET admin/users"] = "login 200 200 denied denied denied denied denied 200",
        ["GET admin/users/invite"] = "login 200 200 denied denied denied denied denied 200",
        ["GET cohorts/{cohortId:guid}"] = "login 404 200 404 404 404 404 404 404",
        ["GET cohorts/{cohortId:guid}/certificates.zip"] = "login 404 200 404 404 404 404 404 404",
        ["GET cohorts/{cohortId:guid}/credentials"] = "login 404 200 404 404 404 404 404 404",
        ["GET cohorts/{cohortId:guid}/edit"] = "login 404 200 404 404 404 404 404 404",
        ["GET cohorts/{cohortId:guid}/finalise"] = "login 404 200 404 404 404 404 404 404",
        ["GET cohorts/{cohortId:guid}/import"] = "login 404 200 404 404 404 404 404 404",
        ["GET cohorts/{cohortId:guid}/import/template.csv"] = "login 404 200 404 404 404 404 404 404",
        ["GET cohorts/{cohortId:guid}/import/{importId}"] = "login 404 200 404 404 404 404 404 404",
        ["GET cohorts/{cohortId:guid}/import/{importId}/problems.csv"] = "login 404 200 404 404 404 404 404 404",
        ["GET cohorts/{cohortId:guid}/learners/new"] = "login 404 200 404 404 404 404 404 404",
        ["GET cohorts/{cohortId:guid}/learners/{learnerId:guid}"] = "login 404 200 404 404 404 404 404 404",
        ["GET cohorts/{cohortId:guid}/learners/{learnerId:guid}/remove"] = "login 404 200 404 404 404 404 404 404",
        ["GET cohorts/{cohortId:guid}/report"] = "login 404 404 200 404 200 200 404 404",
        ["GET cohorts/{cohortId:guid}/report.pdf"] = "login 404 404 200 404 200 200 404 404",
        ["GET cohorts/{cohortId:guid}/survey"] = "login 404 404 200 404 200 200 404 404",
        ["GET comments/{commentId:guid}"] = "login 404 404 200 404 200 200 404 404",
        ["GET credentials/{id:guid}/certificate"] = "login 404 200 404 404 404 404 404 404",
        ["GET bench/floor"] = "login 404 404 404 404 404 404 404 404",
        ["GET catalogue"] = "200 200 200 200 200 200 200 200 200",
        ["GET credentials/{id:guid}/edc.jsonld"] = "login 404 200 404 404 404 404 404 404",
        ["GET credentials/{id:guid}/edc.jws"] = "login 404 200 404 404 404 404 404 404",
        ["GET credentials/{id:guid}/open-badge.jwt"] = "login 404 200 404 404 404 404 404 404",
        ["GET designs/{id:guid}/versions/{number:int}/learning-opportunity.jsonld"] = "login 404 404 404 404 404 404 404 404",
        ["GET institutions/{institutionId:guid}/profile"] = "200 200 200 200 200 200 200 200 200",
        ["GET credentials/{id:guid}/revoke"] = "login 404 200 404 404 404 404 404 404",
        ["GET credentials/{id:guid}/correct"] = "login 404 200 404 404 404 404 404 404",
        ["GET designs/new"] = "login denied 200 denied 200 200 200 200 200",
        ["GET designs/{designId:guid}/cohorts"] = "login 404 200 404 404 404 404 404 404",
        ["GET designs/{designId:guid}/cohorts/new"] = "login 404 200 404 404 404 404 404 404",
        ["GET designs/{designId:guid}/runs"] = "login 404 404 200 404 200 200 404 404",
        ["GET designs/{designId:guid}/steps/{number:int}"] = "login 404 404 404 404 200 200 404 404",
        ["GET designs/{id:guid}"] = "login 404 404 404 404 200 200 404 404",
        ["GET designs/{id:guid}/approvals"] = "login 404 200 200 404 200 200 404 404",
        ["GET designs/{id:guid}/checks"] = "login 404 404 404 404 200 200 404 404",
        ["GET designs/{id:guid}/comments"] = "login 404 404 200 404 200 200 404 404",
        ["GET designs/{id:guid}/consortium-agreement"] = "login 404 404 404 404 200 200 404 404",
        ["GET designs/{id:guid}/course-description"] = "login 404 404 404 404 200 200 404 404",
        ["GET designs/{id:guid}/decisions"] = "login 404 404 200 404 200 200 404 404",
        ["GET designs/{id:guid}/evaluations"] = "login 404 404 200 404 200 200 404 404",
        ["GET designs/{id:guid}/revision/discard"] = "login 404 404 404 404 200 200 404 404",
        ["GET designs/{id:guid}/documents"] = "login 404 200 404 404 200 200 404 404",
        ["GET designs/{id:guid}/guests"] = "login 404 404 200 404 404 404 404 404",
        ["GET designs/{id:guid}/history"] = "login 404 404 404 404 200 200 404 404",
        ["GET designs/{id:guid}/submit"] = "login 404 404 404 404 200 200 404 404",
        ["GET designs/{id:guid}/team"] = "login 404 404 404 404 200 200 404 404",
        ["GET designs/{id:guid}/timeline"] = "login 404 404 200 404 200 200 404 404",
        ["GET designs/{id:guid}/versions"] = "login 404 404 200 404 200 200 404 404",
        ["GET designs/{id:guid}/versions/{number:int}/changes"] = "login 404 404 200 404 200 200 404 404",
        ["GET designs/{id:guid}/versions/{number:int}/course-description"] = "login 404 404 404 404 200 200 404 404",
        ["GET evaluations/{evaluationId:guid}"] = "login 404 404 200 404 200 200 404 404",
        ["GET evaluations/{evaluationId:guid}/actions/new"] = "login 404 404 404 404 200 200 404 404",
        ["GET evaluations/{evaluationId:guid}/actions/{actionId:guid}"] = "login 404 404 404 404 200 200 404 404",
        ["GET evaluations/{evaluationId:guid}/edit"] = "login 404 404 404 404 200 200 404 404",
        ["GET evaluations/{evaluationId:guid}/partners"] = "login 404 404 404 404 200 200 404 404",
        ["GET evaluations/{evaluationId:guid}/revision"] = "login 404 404 404 404 200 200 404 404",
        ["GET evaluations/{evaluationId:guid}/sign-off"] = "login 404 404 200 404 404 404 404 404",
        ["GET guest/{token}"] = "200 200 200 200 200 200 200 200 200",
        ["GET institutions/{institutionId:guid}/jwks.json"] = "200 200 200 200 200 200 200 200 200",
        ["GET institutions/{institutionId:guid}/seal.cer"] = "200 200 200 200 200 200 200 200 200",
        ["GET institutions/{institutionId:guid}/status/revocation"] = "200 200 200 200 200 200 200 200 200",
        ["GET notifications"] = "login 200 200 200 200 200 200 200 200",
        ["GET notifications/{id:guid}"] = "login 404 404 404 404 302 404 404 404",
        ["GET reviews"] = "login denied 200 200 denied denied denied denied 200",
        ["GET reviews/{reviewId:guid}"] = "login 404 404 200 404 200 200 404 404",
        ["GET reviews/{reviewId:guid}/decision"] = "login 404 404 200 404 200 200 404 404",
        ["GET reviews/{reviewId:guid}/reassign"] = "login 404 200 404 404 404 404 404 404",
        ["GET survey/thanks"] = "200 200 200 200 200 200 200 200 200",
        ["GET survey/{token}"] = "404 404 404 404 404 404 404 404 404",
        ["GET verify"] = "200 200 200 200 200 200 200 200 200",
        ["GET verify/{publicId}"] = "200 200 200 200 200 200 200 200 200",
    };

    // POST with a valid antiforgery token and an empty body — columns: Anonymous, CourseDesigner, OtherConsortium, OtherInstitutionAdmin
    private static readonly Dictionary<string, string> ExpectedPost = new()
    {
        ["POST account/accept-invitation"] = "410 410 410 410",
        ["POST account/change-password"] = "login 200 200 200",
        ["POST account/login"] = "200 200 200 200",
        ["POST verify/document"] = "422 422 422 422",
        ["POST account/logout"] = "login login login login",
        ["POST admin/institutions/new"] = "login denied denied denied",
        ["POST admin/institutions/{id:guid}"] = "login denied denied 404",
        ["POST admin/institutions/{id:guid}/seal/rotate"] = "login denied denied 404",
        ["POST admin/users/invitations/{id:guid}/withdraw"] = "login denied denied 404",
        ["POST admin/users/invite"] = "login denied denied 200",
        ["POST admin/users/{id:guid}/deactivate"] = "login denied denied 404",
        ["POST admin/users/{id:guid}/reactivate"] = "login denied denied 404",
        ["POST cohorts/{cohortId:guid}/credentials/issue"] = "login 404 404 404",
        ["POST cohorts/{cohortId:guid}/credentials/issue-all"] = "login 404 404 404",
        ["POST cohorts/{cohortId:guid}/edit"] = "login 404 404 404",
        ["POST cohorts/{cohortId:guid}/finalise"] = "login 404 404 404",
        ["POST cohorts/{cohortId:guid}/import"] = "login 404 404 404",
        ["POST cohorts/{cohortId:guid}/import/{importId}/cancel"] = "login 404 404 404",
        ["POST cohorts/{cohortId:guid}/import/{importId}/confirm"] = "login 404 404 404",
        ["POST cohorts/{cohortId:guid}/learners/new"] = "login 404 404 404",
        ["POST cohorts/{cohortId:guid}/learners/{learnerId:guid}"] = "login 404 404 404",
        ["POST cohorts/{cohortId:guid}/learners/{learnerId:guid}/remove"] = "login 404 404 404",
        ["POST cohorts/{cohortId:guid}/survey"] = "login 404 404 404",
        ["POST cohorts/{cohortId:guid}/survey/close"] = "login 404 404 404",
        ["POST comments/{commentId:guid}/{verb:regex(^(reply|resolve|close|reopen)$)}"] = "login 404 404 404",
        ["POST credentials/{id:guid}/revoke"] = "login 404 404 404",
        ["POST credentials/{id:guid}/correct"] = "login 404 404 404",
        ["POST designs/new"] = "login 200 200 200",
        ["POST designs/{designId:guid}/cohorts/new"] = "login 404 404 404",
        ["POST designs/{designId:guid}/steps/{number:int}"] = "login 404 404 404",
        ["POST designs/{id:guid}/approvals/boards"] = "login 404 404 404",
        ["POST designs/{id:guid}/approvals/boards/{recordId:guid}/remove"] = "login 404 404 404",
        ["POST designs/{id:guid}/approvals/external-reviews"] = "login 404 404 404",
        ["POST designs/{id:guid}/approvals/external-reviews/{recordId:guid}/remove"] = "login 404 404 404",
        ["POST designs/{id:guid}/approvals/signatures"] = "login 404 404 404",
        ["POST designs/{id:guid}/approvals/signatures/{recordId:guid}/remove"] = "login 404 404 404",
        ["POST designs/{id:guid}/evaluations"] = "login 404 404 404",
        ["POST designs/{id:guid}/revision/discard"] = "login 404 404 404",
        ["POST evaluations/{evaluationId:guid}/actions/new"] = "login 404 404 404",
        ["POST evaluations/{evaluationId:guid}/actions/{actionId:guid}"] = "login 404 404 404",
        ["POST evaluations/{evaluationId:guid}/comments"] = "login 404 404 404",
        ["POST evaluations/{evaluationId:guid}/edit"] = "login 404 404 404",
        ["POST evaluations/{evaluationId:guid}/partners"] = "login 404 404 404",
        ["POST evaluations/{evaluationId:guid}/revision"] = "login 404 404 404",
        ["POST evaluations/{evaluationId:guid}/sign-off"] = "login 404 404 404",
        ["POST designs/{id:guid}/guests"] = "login 404 404 404",
        ["POST designs/{id:guid}/guests/{guestId:guid}/withdraw"] = "login 404 404 404",
        ["POST designs/{id:guid}/submit"] = "login 404 404 404",
        ["POST designs/{id:guid}/team/add"] = "login 404 404 404",
        ["POST designs/{id:guid}/team/{userId:guid}/remove"] = "login 404 404 404",
        ["POST guest/{token}/comments"] = "404 404 404 404",
        ["POST guest/{token}/comments/{commentId:guid}/reply"] = "404 404 404 404",
        ["POST survey/{token}"] = "404 404 404 404",
        ["POST notifications/read-all"] = "login 302 302 302",
        ["POST reviews/{reviewId:guid}/claim"] = "login 404 404 404",
        ["POST reviews/{reviewId:guid}/comments"] = "login 404 404 404",
        ["POST reviews/{reviewId:guid}/decision"] = "login 404 404 404",
        ["POST reviews/{reviewId:guid}/reassign"] = "login 404 404 404",
        ["POST reviews/{reviewId:guid}/release"] = "login 404 404 404",
        ["POST verify/pdf"] = "422 422 422 422",
    };

    [Fact]
    public void Every_public_controller_method_is_a_routed_action_and_every_action_is_in_the_table()
    {
        var descriptors = Actions();
        var routedMethods = descriptors.Select(d => d.Descriptor.MethodInfo).ToHashSet();
        var controllers = typeof(Program).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsPublic: true } && typeof(ControllerBase).IsAssignableFrom(t));
        var unrouted = controllers
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName && m.GetCustomAttribute<NonActionAttribute>() is null)
            .Where(m => !routedMethods.Contains(m))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();
        Assert.True(unrouted.Count == 0, "Public controller methods without a route: " + string.Join(", ", unrouted));

        var keys = descriptors.Select(d => d.Key).ToHashSet();
        var tableKeys = ExpectedGet.Keys.Concat(ExpectedPost.Keys).ToHashSet();
        var missing = keys.Except(tableKeys).Order().ToList();
        var stale = tableKeys.Except(keys).Order().ToList();
        Assert.True(missing.Count == 0 && stale.Count == 0,
            $"Actions missing from the table: {string.Join(", ", missing)}. Table rows without an action: {string.Join(", ", stale)}.");
        Assert.True(descriptors.Count >= 90, $"Only {descriptors.Count} actions were found.");
    }

    [Fact]
    public async Task Every_page_answers_every_kind_of_user_as_the_table_says()
    {
        var actual = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var leaks = new List<string>();
        foreach (var (key, template, _, _) in Actions().Where(a => !a.IsPost))
        {
            var url = world.Url(template);
            var outcomes = new List<string>();
            foreach (var persona in GetColumns)
            {
                var page = await world.Browsers[persona].GetAsync(url);
                outcomes.Add(Outcome(page));

                // The public verification page and the guest link (a secret in the URL) show data on purpose.
                if (Outsiders.Contains(persona) && page.Status == HttpStatusCode.OK && !template.StartsWith("verify", StringComparison.Ordinal) && !template.StartsWith("guest/", StringComparison.Ordinal))
                {
                    leaks.AddRange(world.PrivateMarkers(persona).Where(m => page.Html.Contains(m, StringComparison.Ordinal)).Select(m => $"{key} shows '{m}' to {persona}"));
                }
            }

            actual[key] = string.Join(" ", outcomes);
        }

        AssertTable(ExpectedGet, actual, "ExpectedGet");
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    [Fact]
    public async Task Posts_from_outside_with_a_valid_token_and_an_empty_body_change_nothing()
    {
        var browsers = new Dictionary<Persona, TestBrowser>();
        try
        {
            foreach (var persona in PostColumns)
            {
                var browser = world.App.Browser();
                if (persona != Persona.Anonymous)
                {
                    Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync(MatrixWorld.Emails[persona])).Status);
                }

                browsers[persona] = browser;
            }

            var before = Snapshot();
            var mailBefore = Directory.Exists(world.App.MailFolder) ? Directory.GetFiles(world.App.MailFolder).Length : 0;
            var actual = new SortedDictionary<string, string>(StringComparer.Ordinal);

            // Signing out last: it ends the session the other posts need.
            foreach (var (key, template, _, _) in Actions().Where(a => a.IsPost).OrderBy(a => a.Key.EndsWith("account/logout", StringComparison.Ordinal)))
            {
                var url = world.Url(template);
                var outcomes = new List<string>();
                foreach (var persona in PostColumns)
                {
                    var browser = browsers[persona];
                    var tokenPage = await browser.GetAsync(persona == Persona.Anonymous ? "/account/login" : "/notifications");
                    var token = tokenPage.AnyAntiforgeryToken();
                    Assert.False(string.IsNullOrEmpty(token), $"No antiforgery token for {persona}.");
                    var page = await browser.PostAsync(url, new Dictionary<string, string>(), token);
                    outcomes.Add(Outcome(page));
                }

                actual[key] = string.Join(" ", outcomes);
            }

            AssertTable(ExpectedPost, actual, "ExpectedPost");
            var after = Snapshot();
            var changed = before.Where(t => !after.TryGetValue(t.Key, out var hash) || hash != t.Value).Select(t => t.Key).ToList();
            Assert.True(changed.Count == 0, "Posts from outside changed these tables: " + string.Join(", ", changed));
            Assert.Equal(mailBefore, Directory.Exists(world.App.MailFolder) ? Directory.GetFiles(world.App.MailFolder).Length : 0);
        }
        finally
        {
            foreach (var browser in browsers.Values)
            {
                browser.Dispose();
            }
        }
    }

    private List<(string Key, string Template, ControllerActionDescriptor Descriptor, bool IsPost)> Actions()
    {
        var provider = world.App.Services.GetRequiredService<IActionDescriptorCollectionProvider>();
        var result = new List<(string, string, ControllerActionDescriptor, bool)>();
        foreach (var descriptor in provider.ActionDescriptors.Items.OfType<ControllerActionDescriptor>()
                     .Where(d => d.ControllerTypeInfo.Assembly == typeof(Program).Assembly))
        {
            var template = (descriptor.AttributeRouteInfo?.Template ?? throw new InvalidOperationException($"{descriptor.DisplayName} has no attribute route.")).TrimStart('/');
            var shown = template.Length == 0 ? "/" : template;
            var methods = descriptor.ActionConstraints?.OfType<HttpMethodActionConstraint>().SelectMany(c => c.HttpMethods).ToList() ?? [];
            if (methods.Count == 0)
            {
                result.Add(($"ANY {shown}", template, descriptor, false));
            }

            result.AddRange(methods.Select(m => ($"{m} {shown}", template, descriptor, m == "POST")));
        }

        return result;
    }

    private static string Outcome(TestBrowser.Page page)
    {
        if (page.Status is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.MovedPermanently)
        {
            var path = page.Location?.IsAbsoluteUri == true ? page.Location.AbsolutePath : page.Location?.OriginalString ?? "";
            return path.StartsWith("/account/login", StringComparison.Ordinal) ? "login"
                : path.StartsWith("/account/access-denied", StringComparison.Ordinal) ? "denied"
                : "302";
        }

        return ((int)page.Status).ToString(CultureInfo.InvariantCulture);
    }

    private static void AssertTable(Dictionary<string, string> expected, SortedDictionary<string, string> actual, string tableName)
    {
        var differences = new List<string>();
        foreach (var (key, outcomes) in actual)
        {
            if (!expected.TryGetValue(key, out var wanted))
            {
                differences.Add($"{key}: not in the table (actual: {outcomes})");
            }
            else if (wanted != outcomes)
            {
                differences.Add($"{key}: expected {wanted}, actual {outcomes}");
            }
        }

        if (differences.Count > 0)
        {
            var table = new StringBuilder();
            foreach (var (key, outcomes) in actual)
            {
                table.AppendLine(CultureInfo.InvariantCulture, $"        [\"{key}\"] = \"{outcomes}\",");
            }

            Assert.Fail($"{differences.Count} differences from {tableName}:\n{string.Join("\n", differences)}\n\nThe actual table (check every line before copying):\n{table}");
        }
    }

    /// <summary>
    /// A hash of every table's rows, to prove that nothing was stored or changed. Left out: the data-protection keys, and the
    /// sign-in sessions (an outsider who posts "sign out" ends their own session, which is theirs to end).
    /// </summary>
    private Dictionary<string, string> Snapshot()
    {
        var hashes = new Dictionary<string, string>();
        using var connection = new SqliteConnection($"Data Source={Path.Combine(world.App.DataFolder, "microcred.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('DataProtectionKeys', 'UserSessions')";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            using var reader = command.ExecuteReader();
            var text = new StringBuilder();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('|');
                }

                text.Append('\n');
            }

            hashes[table] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        }

        return hashes;
    }
}
