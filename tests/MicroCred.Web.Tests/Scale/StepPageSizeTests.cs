using System.Diagnostics;
using System.Net;
using MicroCred.Domain.Designs;
using MicroCred.Web.Features.Review;
using MicroCred.Web.Tests.Cohorts;
using MicroCred.Web.Tests.Review;
using MicroCred.Web.Tests.Support;
using Xunit.Abstractions;

namespace MicroCred.Web.Tests.Scale;

/// <summary>
/// Issue 12's "no page over 100 KB of HTML" for the wizard: every step page of the complete demo design, as it opens and with
/// its first row's form open, and a step with 100 review comments. The sizes (and the time per request, in-process, Debug build:
/// a comparison between branches, not a benchmark) are written to the test output.
/// </summary>
public sealed class StepPageSizeTests(ITestOutputHelper output) : IDisposable
{
    private const int MaxHtmlBytes = 100 * 1024;

    private readonly MicroCredFactory _factory = new();

    [Fact]
    public async Task Every_step_page_of_the_complete_design_stays_under_100_KB_with_or_without_a_row_open()
    {
        _ = _factory.Server;
        var designId = await _factory.CopyOfCompleteDesignAsync("Page size course");
        using var leader = await _factory.SignedInAsync(ReviewSetup.Leader);
        var problems = new List<string>();
        for (var step = 1; step <= 21; step++)
        {
            var url = $"/designs/{designId}/steps/{step}";
            var (bytes, ms, page) = await MeasureAsync(leader, url);
            var firstRow = page.Document.QuerySelector("li.row-card")?.Id;
            var line = $"Step {step,2}: {bytes / 1024.0,6:0.0} KB, {ms,4} ms";
            if (bytes >= MaxHtmlBytes)
            {
                problems.Add($"step {step}: {bytes:N0} bytes");
            }

            if (firstRow is not null)
            {
                var rowId = firstRow["row-".Length..];
                var (openBytes, openMs, openPage) = await MeasureAsync(leader, $"{url}?open={rowId}");
                Assert.NotNull(openPage.Document.QuerySelector($"#row-{rowId} [data-row-form]"));
                line += $"; first row open {openBytes / 1024.0,6:0.0} KB, {openMs,4} ms";
                if (openBytes >= MaxHtmlBytes)
                {
                    problems.Add($"step {step} with a row open: {openBytes:N0} bytes");
                }
            }

            output.WriteLine(line);
        }

        Assert.True(problems.Count == 0, "Over 100 KB of HTML: " + string.Join("; ", problems));
    }

    [Fact]
    public async Task A_step_with_100_review_comments_stays_under_100_KB_and_the_workspace_shows_a_limited_number_with_a_link_to_all()
    {
        _ = _factory.Server;
        var designId = await _factory.CopyOfCompleteDesignAsync("Commented course");
        var submission = await _factory.SubmitAsync(designId);
        await ReviewLoad.ClaimAsync(_factory, submission.Review.Id, designId);
        await ReviewLoad.CommentAsync(_factory, submission.Review.Id, designId, 100, n => $"Question {n} about the assessment: how is the weighting of this component justified against the outcomes it covers?");

        using var leader = await _factory.SignedInAsync(ReviewSetup.Leader);
        var (bytes, ms, page) = await MeasureAsync(leader, $"/designs/{designId}/steps/{(int)WizardStep.Assessment}");
        output.WriteLine($"Step 13 with 100 review comments: {bytes / 1024.0:0.0} KB, {ms} ms");
        Assert.True(bytes < MaxHtmlBytes, $"{bytes:N0} bytes of HTML");
        var all = page.Document.QuerySelectorAll("#step-comments ~ * a, section[aria-labelledby=step-comments] a")
            .FirstOrDefault(a => a.TextContent.Contains("Show all 100 comments", StringComparison.Ordinal));
        Assert.NotNull(all);
        Assert.Equal(WorkspaceHandler.StepPageThreadLimit, page.Document.QuerySelectorAll("section[aria-labelledby=step-comments] article.comment-thread").Length);

        using var qa = await _factory.SignedInAsync(ReviewSetup.Qa);
        var (workspaceBytes, workspaceMs, workspace) = await MeasureAsync(qa, $"/reviews/{submission.Review.Id}?step={(int)WizardStep.Assessment}");
        var threadsBytes = System.Text.Encoding.UTF8.GetByteCount(workspace.Document.GetElementById("threads")!.OuterHtml);
        output.WriteLine($"Review workspace, step 13 with 100 comments: {workspaceBytes / 1024.0:0.0} KB ({threadsBytes / 1024.0:0.0} KB of it the comments), {workspaceMs} ms");

        // The comments are limited (open ones first); the rest of the workspace (the frozen step) is not what grows with comments.
        Assert.Equal(WorkspaceHandler.ThreadLimit, workspace.Document.QuerySelectorAll("#threads article.comment-thread").Length);
        Assert.True(threadsBytes < 30 * 1024, $"review workspace comments: {threadsBytes:N0} bytes of HTML");
        Assert.True(workspaceBytes < MaxHtmlBytes, $"review workspace, step 13 with 100 comments: {workspaceBytes:N0} bytes of HTML");
        var showAll = workspace.Document.QuerySelectorAll("#threads a").Single(a => a.TextContent.Contains("Show all 100 comments", StringComparison.Ordinal));
        var everything = await qa.GetAsync(showAll.GetAttribute("href")!);
        Assert.Equal(100, everything.Document.QuerySelectorAll("#threads article.comment-thread").Length);
    }

    private static async Task<(long Bytes, long Ms, TestBrowser.Page Page)> MeasureAsync(TestBrowser browser, string url)
    {
        _ = await browser.GetAsync(url);
        var clock = Stopwatch.StartNew();
        var page = await browser.GetAsync(url);
        clock.Stop();
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return (System.Text.Encoding.UTF8.GetByteCount(page.Html), clock.ElapsedMilliseconds, page);
    }

    public void Dispose() => _factory.Dispose();
}
