using System.Diagnostics;
using Microsoft.Playwright;

namespace MicroCred.EndToEnd;

/// <summary>
/// Waits until a page has arrived at an address and finished loading it.
/// </summary>
/// <remarks>
/// Playwright's <c>WaitForURLAsync</c> checks the load state and then subscribes to its event; an event delivered between
/// the two is lost, and the call waits out its whole timeout on a page that has long loaded (microsoft/playwright-dotnet
/// #3364; it failed a CI run here on a busy machine). Here the address is read from <see cref="IPage.Url"/> in a loop, and the
/// load state is asked for in short waits: a state that was missed is still recorded, so the next ask returns at once.
/// </remarks>
internal static class Arrival
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    /// <summary>Waits for an address ending in <paramref name="path"/> (after any query and fragment are set aside).</summary>
    public static Task ArriveAtPathAsync(this IPage page, string path) =>
        page.ArriveAtAsync(url => new Uri(url).AbsolutePath.EndsWith(path, StringComparison.Ordinal), $"an address ending in {path}");

    public static async Task ArriveAtAsync(this IPage page, Func<string, bool> matches, string what)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < Limit)
        {
            if (!matches(page.Url))
            {
                await Task.Delay(25);
                continue;
            }

            try
            {
                await page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = 2_000 });
                return;
            }
            catch (TimeoutException)
            {
                // Still loading, or its "load" was missed: ask again.
            }
        }

        throw new TimeoutException($"Waited {Limit.TotalSeconds:0} s for {what}; the page is at {page.Url}.");
    }
}
