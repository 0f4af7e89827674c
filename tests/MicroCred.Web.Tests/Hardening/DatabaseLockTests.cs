using System.Diagnostics;
using System.Net;
using MicroCred.Infrastructure.Seeding;
using MicroCred.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Tests.Hardening;

/// <summary>
/// A locked database (another connection holds BEGIN EXCLUSIVE): a save fails within seconds with a page that keeps the
/// typed input, /health says Unhealthy, and sending the kept input again after the lock is gone saves it.
/// </summary>
public sealed class DatabaseLockTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_wizard_step_saved_while_the_database_is_locked_fails_quickly_keeps_the_input_and_saves_after_recovery()
    {
        using var leader = factory.Browser();
        await leader.LoginAsync("leader@microcred.demo");
        var created = await leader.SubmitAsync("/designs/new", new Dictionary<string, string> { ["Title"] = "Locked database test" });
        var designId = Guid.Parse(created.Location!.OriginalString.Split('/')[^1]);
        var step = await leader.GetAsync($"/designs/{designId}/steps/2");
        var form = FormReading.MainForm(step);
        const string typed = "Typed while the database was locked: ünïcode kept";
        var fields = FormReading.FieldsOf(form).With(form.QuerySelector("textarea")!.GetAttribute("name")!, typed).With("command", "save");

        TestBrowser.Page refused;
        var clock = Stopwatch.StartNew();
        using (Lock())
        {
            refused = await leader.PostAsync($"/designs/{designId}/steps/2", fields, antiforgeryToken: null);
            clock.Stop();

            using var health = await leader.Client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Contains("Unhealthy", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
        Assert.True(clock.Elapsed < Quick, $"The save took {clock.Elapsed.TotalSeconds:0.0} s to fail.");
        Assert.Contains("nothing was saved", refused.Text, StringComparison.Ordinal);
        var retry = refused.Document.QuerySelector("form[data-retry-form]") as AngleSharp.Html.Dom.IHtmlFormElement;
        Assert.NotNull(retry);
        Assert.Contains(FormReading.FieldsOf(retry), f => f.Value == typed);

        var again = await leader.PostAsync(retry.GetAttribute("action")!, FormReading.FieldsOf(retry), antiforgeryToken: null);
        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        Assert.True(await factory.WithDbAsync(db => db.DesignSteps.AnyAsync(s => s.DesignId == designId && s.ContentJson.Contains("Typed while the database was locked"))));
        using var healthy = await leader.Client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
    }

    [Fact]
    public async Task An_institution_saved_while_the_database_is_locked_fails_quickly_keeps_the_input_and_saves_after_recovery()
    {
        using var admin = factory.Browser();
        await admin.LoginAsync("institution.admin@microcred.demo");
        var url = $"/admin/institutions/{DemoAccounts.UniversityNl}";
        var edit = await admin.GetAsync(url);
        var fields = FormReading.FieldsOf(FormReading.MainForm(edit)).With("City", "Rotterdam-Zuid (typed while locked)");

        TestBrowser.Page refused;
        var clock = Stopwatch.StartNew();
        using (Lock())
        {
            refused = await admin.PostAsync(url, fields, antiforgeryToken: null);
            clock.Stop();
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
        Assert.True(clock.Elapsed < Quick, $"The save took {clock.Elapsed.TotalSeconds:0.0} s to fail.");
        var retry = (AngleSharp.Html.Dom.IHtmlFormElement)refused.Document.QuerySelector("form[data-retry-form]")!;
        Assert.Contains(FormReading.FieldsOf(retry), f => f.Key == "City" && f.Value == "Rotterdam-Zuid (typed while locked)");

        var again = await admin.PostAsync(retry.GetAttribute("action")!, FormReading.FieldsOf(retry), antiforgeryToken: null);
        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        Assert.Equal("Rotterdam-Zuid (typed while locked)", await factory.WithDbAsync(db => db.Institutions.Where(i => i.Id == DemoAccounts.UniversityNl).Select(i => i.City).SingleAsync()));
    }

    /// <summary>A second connection that holds an exclusive lock on the portal's database file until disposed.</summary>
    private SqliteConnection Lock()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataFolder, "microcred.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "BEGIN EXCLUSIVE;";
        command.ExecuteNonQuery();
        return connection;
    }
}
