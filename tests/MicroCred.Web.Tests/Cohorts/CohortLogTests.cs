using System.Net;
using MicroCred.Web.Tests.Support;

namespace MicroCred.Web.Tests.Cohorts;

/// <summary>Cohort work is logged by ids and counts only: no learner names, e-mails, birth dates or identifiers.</summary>
public sealed class CohortLogTests : IDisposable
{
    private readonly MicroCredFactory _factory = new();

    public CohortLogTests() => _factory.Settings["Serilog:MinimumLevel:Default"] = "Information";

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Adding_importing_and_finalising_logs_no_learner_personal_data()
    {
        using var admin = await _factory.SignedInAsync();
        var cohortId = await _factory.StartCohortAsync(admin);
        var fields = CohortTestSupport.LearnerFields("LOGID-1", family: "Quagliarello");
        fields["Form.Email"] = "quagliarello.log@example.org";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/cohorts/{cohortId}/learners/new", fields)).Status);
        var upload = await admin.UploadAsync(cohortId, CohortTestSupport.Utf8(
            "learner_id,given_names,family_name,date_of_birth,email,result\nLOGID-2,Wilhelmina,Zwanenburg,1988-07-29,w.zwanenburg@example.org,passed\nLOGID-3,Xan,,,,maybe\n"));
        var preview = await admin.GetAsync(upload.Location!.OriginalString);
        await admin.PostAsync(preview.FormAction(0)!, new Dictionary<string, string>(), preview.AntiforgeryToken(0));
        var confirm = await admin.GetAsync($"/cohorts/{cohortId}/finalise");
        var version = confirm.Document.QuerySelector("input[name=version]")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"/cohorts/{cohortId}/finalise", new Dictionary<string, string> { ["version"] = version }, confirm.AntiforgeryToken())).Status);

        var logs = await LogsContainingAsync("Results of cohort");
        Assert.Contains(cohortId.ToString(), logs, StringComparison.Ordinal);
        Assert.Contains("stored {Count} learners", logs, StringComparison.Ordinal);
        foreach (var personal in new[] { "Quagliarello", "quagliarello.log@example.org", "1995-02-11", "Wilhelmina", "Zwanenburg", "1988-07-29", "w.zwanenburg@example.org", "LOGID-" })
        {
            Assert.DoesNotContain(personal, logs, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>The file sink writes in the background; wait for the expected entry rather than reading once.</summary>
    private async Task<string> LogsContainingAsync(string expected)
    {
        var folder = Path.Combine(_factory.DataFolder, "logs");
        var text = "";
        for (var attempt = 0; attempt < 50; attempt++)
        {
            text = Directory.Exists(folder) ? string.Join("\n", Directory.GetFiles(folder).Select(ReadShared)) : "";
            if (text.Contains(expected, StringComparison.Ordinal))
            {
                return text;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"The log never contained \"{expected}\".");
        return text;
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
