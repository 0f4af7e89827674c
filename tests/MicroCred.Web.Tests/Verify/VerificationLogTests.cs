using System.Net;
using MicroCred.Domain;
using MicroCred.Web.Tests.Support;
using static MicroCred.Web.Tests.Credentials.CredentialData;

namespace MicroCred.Web.Tests.Verify;

/// <summary>Verification logs its outcome only: never the credential id that leads to a learner, nor the learner's name.</summary>
public sealed class VerificationLogTests : IDisposable
{
    private readonly MicroCredFactory _factory = new();

    public VerificationLogTests() => _factory.Settings["Serilog:MinimumLevel:Default"] = "Information";

    [Fact]
    public async Task Verification_logs_the_outcome_without_the_id_or_the_learner()
    {
        var (cohortId, ids) = await CohortAsync(_factory, "Logged", [Passed("LG-1", "Zoë", "Łukasiewicz")]);
        using (var admin = _factory.Browser())
        {
            await admin.LoginAsync(AdminEmail);
            Assert.Equal(HttpStatusCode.Redirect, (await IssueAsync(admin, cohortId, ids)).Status);
        }

        var publicId = (await CredentialsAsync(_factory, cohortId)).Single().PublicId;
        var unknown = SecretToken.New();
        using var anonymous = _factory.Browser();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/verify/{publicId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/verify/{unknown}")).Status);

        var logs = "";
        for (var attempt = 0; attempt < 50 && !(logs.Contains("unknown id", StringComparison.Ordinal) && logs.Contains("/verify/{id}", StringComparison.Ordinal)); attempt++)
        {
            await Task.Delay(100);
            logs = string.Join("\n", Directory.GetFiles(Path.Combine(_factory.DataFolder, "logs")).Select(ReadShared));
        }

        Assert.Contains("\"valid\"", logs, StringComparison.Ordinal);
        Assert.Contains("unknown id", logs, StringComparison.Ordinal);
        Assert.Contains("/verify/{id}", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(publicId, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(unknown, logs, StringComparison.Ordinal);
        Assert.DoesNotContain("Łukasiewicz", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("lg-1@learners.example", logs, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
