using System.Text;
using MicroCred.Web.Features.Cohorts;
using MicroCred.Web.Tests.Cohorts;
using MicroCred.Web.Tests.Support;
using Xunit.Abstractions;

namespace MicroCred.Web.Tests.Scale;

/// <summary>The import preview sends as many SQL commands for a file of 5,000 learners as for one of 5, on every page of it.</summary>
public sealed class ImportPreviewQueryGuardTests(ITestOutputHelper output) : IDisposable
{
    private const int Ceiling = 6;

    private readonly MicroCredFactory _factory = new MicroCredFactory().Counting();

    [Fact]
    public async Task The_import_preview_sends_as_many_SQL_commands_for_5000_lines_as_for_5()
    {
        using var admin = await _factory.SignedInAsync();
        var small = await _factory.StartCohortAsync(admin, "Small import");
        var large = await _factory.StartCohortAsync(admin, "Large import");
        var smallUrl = await PreviewAsync(admin, small, 5);
        var largeUrl = await PreviewAsync(admin, large, LearnerCsv.MaxRows);

        var few = await QueryGuard.CountAsync(_factory, admin, smallUrl, Ceiling, output, "Import preview, 5 lines");
        var many = await QueryGuard.CountAsync(_factory, admin, largeUrl, Ceiling, output, $"Import preview, {LearnerCsv.MaxRows:N0} lines");
        var lastPage = await QueryGuard.CountAsync(_factory, admin, largeUrl + "?page=200", Ceiling, output, $"Import preview, {LearnerCsv.MaxRows:N0} lines, last page");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, (await admin.GetAsync(largeUrl + "?page=" + (i + 1))).Status);
        }

        output.WriteLine($"Import preview, {LearnerCsv.MaxRows:N0} lines: {clock.ElapsedMilliseconds / 10} ms per warm request (in-process test server)");
        Assert.Equal(few, many);
        Assert.Equal(few, lastPage);
    }

    public void Dispose() => _factory.Dispose();

    private static async Task<string> PreviewAsync(TestBrowser admin, Guid cohortId, int lines)
    {
        var csv = new StringBuilder("learner_id,given_names,family_name,result\n");
        for (var i = 1; i <= lines; i++)
        {
            csv.Append("Q-").Append(i).Append(",Given,Family ").Append(i).Append(i % 10 == 0 ? ",maybe\n" : ",passed\n");
        }

        var upload = await admin.UploadAsync(cohortId, CohortTestSupport.Utf8(csv.ToString()));
        return upload.Location!.OriginalString;
    }
}
