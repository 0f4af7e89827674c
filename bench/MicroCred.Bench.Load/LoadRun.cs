using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using MicroCred.Infrastructure.Seeding;

namespace MicroCred.Bench.Load;

/// <summary>
/// One page under load: what one request of one user loop does. Returns the answer's size, or null for an error. Prepare (if
/// any) runs before each point's warm-up, untimed, told the point's length (warm-up and measured window; zero before the first
/// request); Fallbacks (if any) counts the requests that needed extra work and resets.
/// An informational point is measured and printed but is no page of the targets.
/// </summary>
internal sealed record PageUnderLoad(string Name, string Role, bool IsHtml, Func<Browser, int, Stopwatch, Task<long?>> Once)
{
    public Func<Browser, TimeSpan, Task>? Prepare { get; init; }

    public Func<long>? Fallbacks { get; init; }

    public bool Informational { get; init; }

    /// <summary>The point saves designs (and its preparation reads thousands of step pages): measured after every reading page.</summary>
    public bool Writes { get; init; }
}

internal sealed record Point(string Page, int Users, long Requests, long Errors, double Seconds, double P50, double P95, double P99, long Bytes, bool IsHtml)
{
    public double PerSecond => Requests / Seconds;

    /// <summary>Saves that had to read the step page first because the pool ran dry (null: not a pool point).</summary>
    public long? Fallbacks { get; init; }

    public bool Informational { get; init; }

    /// <summary>The portal process's CPU time (user + system) over the measured window divided by the requests completed in it.</summary>
    public double? CpuMsPerRequest { get; init; }

    /// <summary>A floor point: the number of its floor set. A page's point: the floor set measured just before it (the next one follows it).</summary>
    public int FloorSet { get; init; }

    public bool IsFloor { get; init; }

    public int Pass { get; init; } = 1;
}

/// <summary>One point of the schedule: a page at a number of users, between floor sets FloorSet and FloorSet + 1 (or, if IsFloor, in set FloorSet).</summary>
internal sealed record Slot(PageUnderLoad Page, int Users, int FloorSet, bool IsFloor)
{
    /// <summary>Which pass over the pages (1, 2, …) the point belongs to; the 1-user round is pass 1.</summary>
    public int Pass { get; init; } = 1;

    /// <summary>Run and not reported: brings the portal to its steady state at this number of users (connections, caches, code).</summary>
    public bool WarmUpOnly { get; init; }
}

/// <summary>
/// The load itself, in the order <see cref="Schedule"/> gives: every page once at the lowest number of users, then the higher
/// numbers interleaved (each page at 16 users and right after at 64), then the points that save (see
/// <see cref="PageUnderLoad.Writes"/>). Floor sets (the floor at each number of users of that part) stand before and after
/// every few pages, and each page is compared with the two floor sets around it. Each point is a warm-up followed by a
/// fixed measured duration in which N loops send requests back to back (closed loop, one signed-in session per role shared by
/// the loops; what completes inside the measured duration counts). Then the bulk work, one operation at a time, with the
/// portal's peak memory.
/// </summary>
internal static partial class LoadRun
{
    private const long MaxHtml = 100 * 1024;

    public static async Task<int> RunAsync(Options options)
    {
        var ids = JsonSerializer.Deserialize<SeededIds>(await File.ReadAllTextAsync(options.IdsFile))!;
        var password = DemoAccounts.Password;
        var browsers = new Dictionary<string, Browser>
        {
            ["leader"] = await Browser.SignedInAsync(options.BaseUrl, "leader@microcred.demo", password),
            ["qa"] = await Browser.SignedInAsync(options.BaseUrl, "qa.officer@microcred.demo", password),
            ["admin"] = await Browser.SignedInAsync(options.BaseUrl, "institution.admin@microcred.demo", password),
            ["saver"] = await Browser.SignedInAsync(options.BaseUrl, "partner.es@microcred.demo", password),
            ["anonymous"] = new Browser(options.BaseUrl),
        };

        var pages = Pages(ids)
            .Where((page, index) => index == 0 || options.Pages.Count == 0 || options.Pages.Any(p => page.Name.Contains(p, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var points = new List<Point>();
        var started = DateTimeOffset.UtcNow;
        var load = LoadAverage();

        // Each page once, one after the other, before any load: the first request pays for whatever is computed once and remembered.
        var first = new List<(string Page, double Ms, bool Ok)>();
        foreach (var page in pages)
        {
            if (page.Prepare is not null)
            {
                await page.Prepare(browsers[page.Role], TimeSpan.Zero);
            }

            var clock = new Stopwatch();
            var size = await page.Once(browsers[page.Role], 0, clock);
            first.Add((page.Name, clock.Elapsed.TotalMilliseconds, size is not null));
            Console.WriteLine($"{page.Name,-44} first request {clock.Elapsed.TotalMilliseconds,8:0.0} ms{(size is null ? " (error)" : "")}");
        }

        foreach (var slot in Schedule(pages, options.Users, options.Passes))
        {
            var page = slot.Page;
            if (page.Prepare is not null)
            {
                await page.Prepare(browsers[page.Role], options.Warmup + options.Duration);
            }

            if (slot.WarmUpOnly)
            {
                var warm = await MeasureAsync(page, browsers[page.Role], slot.Users, TimeSpan.Zero, options.Warmup + (options.Duration / 2), options.PortalPid);
                Console.WriteLine($"{page.Name,-44} {slot.Users,3} users (warm-up, not reported) {warm.PerSecond,9:0.0} req/s, errors {warm.Errors}");
                continue;
            }

            var point = await MeasureAsync(page, browsers[page.Role], slot.Users, options.Warmup, options.Duration, options.PortalPid) with
            {
                Fallbacks = page.Fallbacks?.Invoke(),
                Informational = page.Informational,
                FloorSet = slot.FloorSet,
                IsFloor = slot.IsFloor,
                Pass = slot.Pass,
            };
            points.Add(point);
            Console.WriteLine($"{point.Page,-44} {slot.Users,3} users {point.PerSecond,9:0.0} req/s  p50 {point.P50,7:0.0} ms  p95 {point.P95,7:0.0} ms  p99 {point.P99,7:0.0} ms  errors {point.Errors}  {point.Bytes:N0} B" +
                (point.Fallbacks is { } fallbacks ? $"  saves after a GET (pool ran dry) {fallbacks}" : ""));
        }

        var bulk = options.SkipBulk ? [] : await BulkAsync(options, ids, browsers["admin"]);
        var report = Report(options, first, points, bulk, started, load, LoadAverage());
        Console.WriteLine();
        Console.WriteLine(report);
        await File.WriteAllTextAsync(options.OutFile, report);
        foreach (var browser in browsers.Values)
        {
            browser.Dispose();
        }

        return 0;
    }

    /// <summary>How many pages stand between two floor sets in the interleaved part.</summary>
    private const int PagesPerFloorSet = 3;

    /// <summary>
    /// The order of the points. The shared machine drifts by tens of percent within minutes (other tenants, the CPU's clock), so
    /// what is compared is measured close together in time:
    /// <list type="number">
    /// <item>The lowest number of users alone: the floor, every page that only reads, the floor again. It also warms every
    /// page's code up before the higher numbers are measured.</item>
    /// <item>Every reading page (and the floor) once more at the highest number of users, not reported: a warm-up of the
    /// database connections, caches and code at that load.</item>
    /// <item>The other numbers interleaved: a floor set (the floor at each of them), then three pages, each at every number
    /// of users one right after the other (16, then 64), then a floor set again, and so on. A page's 64 ÷ 16 compares two
    /// points measured within seconds, and its share of the floor uses the floor sets just before and just after it. This
    /// part runs <c>passes</c> times (2 by default), every second pass backwards (last page first, 64 users before 16); the
    /// verdicts average the passes.</item>
    /// <item>The points that save, at every number of users, between the last floor set (with the lowest number added) and
    /// one more: a save point reads the
    /// step pages of thousands of designs before it starts (their tokens) and leaves as many new design states behind, which
    /// would otherwise fill the portal's memory and caches while the reading pages are measured.</item>
    /// </list>
    /// With a single number of users, only the interleaved part and the saves are run (no 1-user round, no warm-up round).
    /// </summary>
    internal static List<Slot> Schedule(IReadOnlyList<PageUnderLoad> pages, IReadOnlyList<int> users, int passes)
    {
        var floor = pages[0];
        var reading = pages.Skip(1).Where(p => !p.Writes).ToList();
        var writing = pages.Where(p => p.Writes).ToList();
        var slots = new List<Slot>();
        var set = -1;
        var pass = 1;
        void Floors(IEnumerable<int> counts)
        {
            set++;
            slots.AddRange(counts.Select(u => new Slot(floor, u, set, IsFloor: true) { Pass = pass }));
        }

        void Measure(IEnumerable<PageUnderLoad> group, IReadOnlyList<int> counts) =>
            slots.AddRange(group.SelectMany(p => counts.Select(u => new Slot(p, u, set, IsFloor: false) { Pass = pass })));

        var interleaved = users.Count > 1 ? users.Skip(1).ToList() : users.ToList();
        if (users.Count > 1)
        {
            Floors([users[0]]);
            Measure(reading, [users[0]]);
            Floors([users[0]]);
        }

        // Before the higher numbers are compared, every reading page once at the highest (not reported). A page first put
        // under 16 users right after the 1-user round cost up to twice the portal CPU per request of its next 16-user point
        // (the dashboard: 3.29 then 1.68 ms): the pooled database connections the load opens (SQLite gives each an empty page
        // cache of its own), the caches and the code all start cold at that load.
        if (users.Count > 1)
        {
            slots.AddRange(reading.Prepend(floor).Select(p => new Slot(p, users[^1], set, IsFloor: false) { WarmUpOnly = true }));
        }

        // Each pass after the first runs the pages backwards and each page's numbers of users from the highest: a drift
        // that favours what comes later favours each side once. The last floor set of the reading pages, at every number
        // of users, is also the first of the saving points.
        var groups = reading.Chunk(PagesPerFloorSet).ToList();
        Floors(groups.Count == 0 && writing.Count > 0 ? users : interleaved);
        for (pass = 1; pass <= passes; pass++)
        {
            var backwards = pass % 2 == 0;
            var order = backwards ? groups.AsEnumerable().Reverse().Select(g => g.Reverse().ToArray()).ToList() : groups;
            var counts = backwards ? interleaved.AsEnumerable().Reverse().ToList() : interleaved;
            for (var i = 0; i < order.Count; i++)
            {
                Measure(order[i], counts);
                Floors(pass == passes && i == order.Count - 1 && writing.Count > 0 ? users : interleaved);
            }
        }

        pass = 1;
        if (writing.Count > 0)
        {
            Measure(writing, users);
            Floors(users);
            for (pass = 2; pass <= passes; pass++)
            {
                Measure(writing, pass % 2 == 0 ? interleaved.AsEnumerable().Reverse().ToList() : interleaved);
                Floors(interleaved);
            }
        }

        return slots;
    }

    private static List<PageUnderLoad> Pages(SeededIds ids)
    {
        var design = ids.PageDesign;
        var pool = new SavePool(ids.SaveDesigns);
        return
        [
            Get("Floor (bench/floor)", "leader", "/bench/floor"),
            Get("Dashboard (200 designs)", "leader", "/"),
            Get("Task list", "leader", $"/designs/{design}"),
            Get("Wizard step 13 GET", "leader", $"/designs/{design}/steps/13"),
            new("Wizard step 13 POST (save)", "saver", true, pool.SaveAsync) { Prepare = pool.PrepareAsync, Fallbacks = pool.TakeFallbacks, Writes = true },
            new("Open step 13 and save (GET + POST)", "leader", true, (b, loop, clock) => OpenAndSaveAsync(b, loop, ids.PostDesigns[loop % ids.PostDesigns.Count], clock)) { Informational = true, Writes = true },
            Get("Check your design", "leader", $"/designs/{design}/checks"),
            Get("Wizard step 13 GET (100 comments)", "leader", $"/designs/{ids.ReviewDesign}/steps/13"),
            Get("Review workspace (100 comments)", "qa", $"/reviews/{ids.ReviewId}?step=13"),
            Get("Cohort page (5,000 learners)", "admin", $"/cohorts/{ids.LargeCohort}"),
            Get("Issuing page (5,000 learners)", "admin", $"/cohorts/{ids.LargeCohort}/credentials"),
            Get("Verification page", "anonymous", $"/verify/{ids.CredentialPublicId}"),
            Get("Certificate PDF", "admin", $"/credentials/{ids.CredentialId}/certificate", isHtml: false),
        ];
    }

    private static PageUnderLoad Get(string name, string role, string url, bool isHtml = true) => new(name, role, isHtml, async (browser, _, clock) =>
    {
        clock.Restart();
        using var response = await browser.Client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        var bytes = await DrainAsync(response);
        clock.Stop();
        return response.StatusCode == HttpStatusCode.OK ? bytes : null;
    });

    /// <summary>
    /// The step save's point: POSTs of step 13 alone, timed and counted, with "Save and go back to the task list", as a browser
    /// sends them. A save needs the step's current concurrency token (`__version`, a new one after every save), so before each
    /// point's warm-up (untimed) the client reads the step pages of pool designs (Seeder.SaveDesigns, copies of the complete
    /// sample led by partner.es@microcred.demo, who saves them) until it knows the tokens of enough designs for MaxSavesPerSecond
    /// during the whole point; the antiforgery token of that session serves every save. Each save then takes the next design from one queue shared by the loops, so no two saves
    /// meet on a design and no GET runs in the point. A save whose design queue has run dry reads its loop's last design's step
    /// page first (untimed) and is counted: the report shows how many; it should be none. Each save changes one field (the exam
    /// regulations end in a new save number), so it stores new content and writes a history line. A 302 to the task list is a
    /// success, anything else (the conflict page included) an error.
    /// </summary>
    private sealed class SavePool(IReadOnlyList<Guid> designs)
    {
        /// <summary>The fastest save rate the pool is read for (the target at the floor's 2,400 req/s is 600).</summary>
        public const int MaxSavesPerSecond = 1_000;

        private readonly ConcurrentQueue<(Guid Design, string Version)> _ready = new();
        private readonly ConcurrentDictionary<int, Guid> _lastByLoop = new();
        private readonly StepForm _form = new();
        private string _token = "";
        private long _fallbacks;

        /// <summary>
        /// Reads (8 at a time, untimed) the step pages of designs whose tokens are not known (unread or used up) and queues them,
        /// until MaxSavesPerSecond saves for the point's length are ready (at least one design), or the whole pool.
        /// </summary>
        public async Task PrepareAsync(Browser browser, TimeSpan point)
        {
            if (designs.Count == 0)
            {
                throw new InvalidOperationException("The ids file names no designs for the save point: seed again.");
            }

            var clock = Stopwatch.StartNew();
            var queued = _ready.Select(r => r.Design).ToHashSet();
            var needed = Math.Max(1, (int)Math.Ceiling(point.TotalSeconds * MaxSavesPerSecond));
            var wanted = Math.Min(designs.Count, needed);
            var stale = designs.Where(d => !queued.Contains(d)).Take(Math.Max(0, wanted - queued.Count)).ToList();
            var read = new ConcurrentBag<(Guid Design, string Version, string Token)>();
            if (!_form.Known && stale.Count > 0)
            {
                var (status, html) = await browser.GetTextAsync(Url(stale[0]));
                if (status != HttpStatusCode.OK || !_form.Learn(html))
                {
                    throw new InvalidOperationException($"The step page of {stale[0]} answered {(int)status} without the step's form.");
                }
            }

            await Parallel.ForEachAsync(stale, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (design, _) =>
            {
                var (status, html) = await browser.GetTextAsync(Url(design));
                if (status != HttpStatusCode.OK || StepForm.Tokens(html) is not { } tokens)
                {
                    throw new InvalidOperationException($"The step page of {design} answered {(int)status} without the step's tokens.");
                }

                read.Add((design, tokens.Version, tokens.Token));
            });
            foreach (var (design, version, token) in read)
            {
                _ready.Enqueue((design, version));
                _token = token;
            }

            Console.WriteLine($"Save pool: read {stale.Count:N0} step pages (untimed) in {clock.Elapsed.TotalSeconds:0.0} s; {_ready.Count:N0} designs ready to save" +
                (_ready.Count < needed ? $", fewer than {needed:N0} ({MaxSavesPerSecond:N0} saves/s for {point.TotalSeconds:0.#} s): the pool may run dry" : ""));
        }

        /// <summary>How many saves needed a GET since the last call (the pool ran dry).</summary>
        public long TakeFallbacks() => Interlocked.Exchange(ref _fallbacks, 0);

        public async Task<long?> SaveAsync(Browser browser, int loop, Stopwatch clock)
        {
            Guid design;
            string version;
            if (_ready.TryDequeue(out var next))
            {
                (design, version) = next;
                _lastByLoop[loop] = design;
            }
            else
            {
                // The pool ran dry: read this loop's last design's step page first, as "Open step 13 and save" does (not timed).
                Interlocked.Increment(ref _fallbacks);
                if (!_lastByLoop.TryGetValue(loop, out design))
                {
                    clock.Reset();
                    return null;
                }

                var (status, html) = await browser.GetTextAsync(Url(design));
                if (status != HttpStatusCode.OK || StepForm.Tokens(html) is not { } tokens)
                {
                    clock.Reset();
                    return null;
                }

                version = tokens.Version;
            }

            using var body = new FormUrlEncodedContent(_form.NextSave(version, _token));
            clock.Restart();
            using var response = await browser.Client.PostAsync(Url(design), body);
            var bytes = await DrainAsync(response);
            clock.Stop();
            return IsSaved(response, design) ? bytes : null;
        }
    }

    /// <summary>
    /// Informational, not a target: what a person's whole save costs. One cycle is the step page (`GET`, as a person opening the
    /// step again) and then the save of the step (`POST`, as in the save point), timed together and counted once, so its req/s
    /// is cycles per second. Each loop saves its own design of the leader's (64 copies), so no save meets another's token.
    /// </summary>
    private static async Task<long?> OpenAndSaveAsync(Browser browser, int loop, Guid designId, Stopwatch clock)
    {
        clock.Restart();
        var (status, html) = await browser.GetTextAsync(Url(designId));
        var form = OpenAndSaveForms.GetOrAdd(loop, _ => new StepForm());
        if (status != HttpStatusCode.OK || (!form.Known && !form.Learn(html)) || StepForm.Tokens(html) is not { } tokens)
        {
            clock.Stop();
            return null;
        }

        using var body = new FormUrlEncodedContent(form.NextSave(tokens.Version, tokens.Token));
        using var response = await browser.Client.PostAsync(Url(designId), body);
        var bytes = await DrainAsync(response);
        clock.Stop();
        return IsSaved(response, designId) ? bytes : null;
    }

    private static readonly ConcurrentDictionary<int, StepForm> OpenAndSaveForms = new();

    private static string Url(Guid designId) => $"/designs/{designId}/steps/13";

    private static bool IsSaved(HttpResponseMessage response, Guid designId) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString == $"/designs/{designId}";

    /// <summary>
    /// The step 13 form as the page draws it (parsed whole once: every copy of the sample draws the same form, after every save
    /// too), filled for a save with the given tokens; the tokens of a page are found by a plain text search for the two hidden inputs.
    /// </summary>
    private sealed partial class StepForm
    {
        private const string Changed = "ExamRegulations";

        /// <summary>Makes every save's text new, in this run and against the texts earlier runs stored.</summary>
        private static readonly string Run = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
        private static int _saves;
        private (List<KeyValuePair<string, string>> Fields, string Text)? _template;

        public bool Known => _template is not null;

        /// <summary>Takes the form's fields from a step page; false if the page has no step form with the changed field.</summary>
        public bool Learn(string html)
        {
            var form = Browser.Form(html, f => f.QuerySelector("input[name=__version]") is not null);
            var fields = form is null ? null : Browser.FieldList(form);
            if (fields is null || !fields.Any(f => f.Key == Changed))
            {
                return false;
            }

            var text = fields.First(f => f.Key == Changed).Value;
            var marker = text.IndexOf(" (save ", StringComparison.Ordinal);
            _template = (fields, marker < 0 ? text : text[..marker]);
            return true;
        }

        /// <summary>The step's concurrency token and the antiforgery token of a step page, or null.</summary>
        public static (string Version, string Token)? Tokens(string html)
        {
            var version = VersionInput().Match(html);
            var token = TokenInput().Match(html);
            return version.Success && token.Success ? (version.Groups[1].Value, WebUtility.HtmlDecode(token.Groups[1].Value)) : null;
        }

        /// <summary>The form to post: the fields as drawn, the given tokens, the changed text and "Save and go back to the task list".</summary>
        public List<KeyValuePair<string, string>> NextSave(string version, string token)
        {
            var (template, text) = _template!.Value;
            var save = Interlocked.Increment(ref _saves);
            var fields = new List<KeyValuePair<string, string>>(template.Count + 1);
            foreach (var field in template)
            {
                fields.Add(field.Key switch
                {
                    "__version" => new(field.Key, version),
                    "__RequestVerificationToken" => new(field.Key, token),
                    Changed => new(field.Key, $"{text} (save {Run}-{save})"),
                    _ => field,
                });
            }

            fields.Add(new("command", "return"));
            return fields;
        }

        [System.Text.RegularExpressions.GeneratedRegex("<input type=\"hidden\" name=\"__version\" value=\"([^\"]*)\"")]
        private static partial System.Text.RegularExpressions.Regex VersionInput();

        [System.Text.RegularExpressions.GeneratedRegex("<input name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]*)\"")]
        private static partial System.Text.RegularExpressions.Regex TokenInput();
    }

    private static async Task<long> DrainAsync(HttpResponseMessage response)
    {
        await using var stream = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            total += read;
        }

        return total;
    }

    private static async Task<Point> MeasureAsync(PageUnderLoad page, Browser browser, int users, TimeSpan warmup, TimeSpan duration, int portalPid)
    {
        var measureFrom = Stopwatch.GetTimestamp() + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        var measureTo = measureFrom + (long)(duration.TotalSeconds * Stopwatch.Frequency);

        // The portal's own CPU time over the measured window: what a request costs, whatever else the machine is doing.
        var cpu = Task.Run(async () =>
        {
            await Until(measureFrom);
            var start = CpuTicks(portalPid);
            await Until(measureTo);
            return CpuTicks(portalPid) - start;
        });
        var loops = Enumerable.Range(0, users).Select(loop => Task.Run(async () =>
        {
            var latencies = new List<double>(4096);
            long errors = 0, bytes = 0;
            var clock = new Stopwatch();
            while (true)
            {
                var begin = Stopwatch.GetTimestamp();
                if (begin >= measureTo)
                {
                    break;
                }

                long? size;
                try
                {
                    size = await page.Once(browser, loop, clock);
                }
                catch (HttpRequestException)
                {
                    size = null;
                }

                // As wrk: what completes inside the measured window counts (a request that ends after it is awaited, not counted).
                var end = Stopwatch.GetTimestamp();
                if (end < measureFrom || end > measureTo)
                {
                    continue;
                }

                latencies.Add(clock.Elapsed.TotalMilliseconds);
                if (size is null)
                {
                    errors++;
                }
                else
                {
                    bytes = Math.Max(bytes, size.Value);
                }
            }

            return (latencies, errors, bytes);
        })).ToList();
        var results = await Task.WhenAll(loops);
        var all = results.SelectMany(r => r.latencies).Order().ToArray();
        var ticks = await cpu;
        return new Point(page.Name, users, all.Length, results.Sum(r => r.errors), duration.TotalSeconds,
            Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99), results.Max(r => r.bytes), page.IsHtml)
        {
            CpuMsPerRequest = ticks is null || all.Length == 0 ? null : ticks.Value * 1000.0 / ClockTicksPerSecond / all.Length,
        };
    }

    private static Task Until(long timestamp)
    {
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp);
        return wait > TimeSpan.Zero ? Task.Delay(wait) : Task.CompletedTask;
    }

    /// <summary>Linux reports a process's CPU time in clock ticks of 1/100 s (USER_HZ, fixed for user space on every architecture).</summary>
    private const double ClockTicksPerSecond = 100;

    /// <summary>User plus system CPU time of the process so far, in clock ticks (fields 14 and 15 of /proc/PID/stat); null if unknown.</summary>
    private static long? CpuTicks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private sealed record Bulk(string Work, double Seconds, string Result, long BeforeKiB, long PeakKiB, bool PeakReset);

    /// <summary>Import preview + confirm of 5,000 learners (CSV), issuing to all 5,000, the 5,000-certificate ZIP: one at a time.</summary>
    private static async Task<List<Bulk>> BulkAsync(Options options, SeededIds ids, Browser admin)
    {
        var results = new List<Bulk>();
        var client = admin.Client;

        // Import: upload (the preview is prepared), the preview page, then the confirmation.
        var csv = new StringBuilder("learner_id,given_names,family_name,date_of_birth,email,result,grade,completion_date\n");
        for (var n = 1; n <= Seeder.LargeCohort; n++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"IMP-{n:D5},Given{n:D5},Family{n:D5},1990-01-05,imp{n:D5}@learners.example,passed,7.5,2027-04-20\n");
        }

        var (_, importPage) = await admin.GetTextAsync($"/cohorts/{ids.ImportCohort}/import");
        var importForm = Browser.Form(importPage, f => f.QuerySelector("input[type=file]") is not null) ?? throw new InvalidOperationException("No import form.");
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(Browser.Token(importForm) ?? ""), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv.ToString())), "file", "learners.csv" },
        };
        var before = StatusKiB(options.PortalPid, "VmRSS:");
        var reset = ResetPeak(options.PortalPid);
        var clock = Stopwatch.StartNew();
        using var uploaded = await client.PostAsync($"/cohorts/{ids.ImportCohort}/import", upload);
        var previewUrl = uploaded.Headers.Location?.OriginalString;
        var (previewStatus, preview) = previewUrl is null ? (uploaded.StatusCode, "") : await admin.GetTextAsync(previewUrl);
        clock.Stop();
        Add(results, new($"Import preview of {Seeder.LargeCohort:N0} learners (upload + preview page)", clock.Elapsed.TotalSeconds,
            previewUrl is null ? $"upload answered {(int)uploaded.StatusCode}" : $"{(int)previewStatus}, {Encoding.UTF8.GetByteCount(preview):N0} B of HTML", before, PeakKiB(options.PortalPid), reset));
        var confirm = Browser.Form(preview, f => (f.Action ?? "").EndsWith("/confirm", StringComparison.Ordinal));
        if (confirm is not null)
        {
            before = StatusKiB(options.PortalPid, "VmRSS:");
            reset = ResetPeak(options.PortalPid);
            clock.Restart();
            using var confirmed = await client.PostAsync(new Uri(confirm.Action!).PathAndQuery,
                new FormUrlEncodedContent(Browser.FieldList(confirm)));
            clock.Stop();
            Add(results, new($"Import confirm of {Seeder.LargeCohort:N0} learners", clock.Elapsed.TotalSeconds, $"{(int)confirmed.StatusCode}", before, PeakKiB(options.PortalPid), reset));
        }

        // Issuing to every eligible learner of the 5,000 cohort.
        var (_, issuing) = await admin.GetTextAsync($"/cohorts/{ids.LargeCohort}/credentials");
        var issueAll = Browser.Form(issuing, f => (f.Action ?? "").EndsWith("/issue-all", StringComparison.Ordinal)) ?? throw new InvalidOperationException("No issue-all form.");
        before = StatusKiB(options.PortalPid, "VmRSS:");
        reset = ResetPeak(options.PortalPid);
        clock.Restart();
        using (var issued = await client.PostAsync($"/cohorts/{ids.LargeCohort}/credentials/issue-all", new FormUrlEncodedContent(Browser.FieldList(issueAll))))
        {
            clock.Stop();
            Add(results, new($"Issuing to the {Seeder.LargeCohort:N0}-learner cohort (issue to every eligible learner)", clock.Elapsed.TotalSeconds,
                $"{(int)issued.StatusCode}", before, PeakKiB(options.PortalPid), reset));
        }

        // The cohort's certificates as one ZIP, streamed and counted.
        before = StatusKiB(options.PortalPid, "VmRSS:");
        reset = ResetPeak(options.PortalPid);
        clock.Restart();
        using (var zip = await client.GetAsync($"/cohorts/{ids.LargeCohort}/certificates.zip", HttpCompletionOption.ResponseHeadersRead))
        {
            var bytes = await DrainAsync(zip);
            clock.Stop();
            Add(results, new("ZIP of the cohort's certificates", clock.Elapsed.TotalSeconds, $"{(int)zip.StatusCode}, {bytes / 1024.0 / 1024.0:N1} MiB",
                before, PeakKiB(options.PortalPid), reset));
        }

        return results;
    }

    private static void Add(List<Bulk> results, Bulk bulk)
    {
        results.Add(bulk);
        Console.WriteLine($"{bulk.Work}: {bulk.Seconds:0.0} s, {bulk.Result}, resident {bulk.BeforeKiB / 1024.0:0} MiB before, peak {bulk.PeakKiB / 1024.0:0} MiB");
    }

    /// <summary>Resets the portal's peak resident set (VmHWM) to its current size ("5" into /proc/PID/clear_refs); false if not allowed.</summary>
    private static bool ResetPeak(int pid)
    {
        try
        {
            File.WriteAllText($"/proc/{pid}/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static long PeakKiB(int pid) => StatusKiB(pid, "VmHWM:");

    private static long StatusKiB(int pid, string key)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
            return line is null ? -1 : long.Parse(line[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return -1;
        }
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string Report(Options options, List<(string Page, double Ms, bool Ok)> first, List<Point> points, List<Bulk> bulk, DateTimeOffset started, string loadBefore, string loadAfter)
    {
        var inv = CultureInfo.InvariantCulture;
        var md = new StringBuilder();
        md.AppendLine(inv, $"### {options.Label}");
        md.AppendLine();
        md.AppendLine(inv, $"Run of {started:yyyy-MM-dd HH:mm} UTC, {options.Warmup.TotalSeconds:0.#} s warm-up and {options.Duration.TotalSeconds:0.#} s measured per point, users {string.Join(", ", options.Users)}; " +
            $"load average (1, 5, 15 min) {loadBefore} before and {loadAfter} after; {Environment.ProcessorCount} CPUs.");
        md.AppendLine();
        md.AppendLine("| Page | First request (ms, before any load) |");
        md.AppendLine("|---|---:|");
        foreach (var (page, ms, ok) in first)
        {
            md.AppendLine(inv, $"| {page} | {ms:N0}{(ok ? "" : " (error)")} |");
        }

        md.AppendLine();
        md.AppendLine("In the order measured. A page's floor is the mean of the floor points at its number of users in the floor sets just before and just after it.");
        md.AppendLine();
        md.AppendLine("| Page | Users | req/s | p50 ms | p95 ms | p99 ms | Errors | Bytes | req/s ÷ floor | p95 ÷ floor p95 | Portal CPU ms per request |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var p in points)
        {
            (double Rate, double P95)? floor = p.IsFloor ? null : Floor(points, p);
            var name = (p.IsFloor ? $"{p.Page}, floor set {p.FloorSet + 1}" : p.Page + (p.Informational ? " (informational)" : "")) + (p.Pass > 1 ? $", pass {p.Pass}" : "");
            md.AppendLine(inv, $"| {name} | {p.Users} | {p.PerSecond:N1} | {p.P50:0.0} | {p.P95:0.0} | {p.P99:0.0} | {p.Errors} | {p.Bytes:N0} | " +
                $"{(floor is { } f ? (p.PerSecond / f.Rate).ToString("P1", inv) : "–")} | {(floor is { } g ? (p.P95 / g.P95).ToString("0.0", inv) + " ×" : "–")} | " +
                $"{(p.CpuMsPerRequest is { } cpu ? cpu.ToString("0.00", inv) : "–")} |");
        }

        // How much two measurements of the very same page differ in this run: the largest spread between the floor's points at
        // 16 (or 64) users in two consecutive floor sets. A page whose 64-user rate is below its 16-user rate by less than that
        // is "not below" within the noise.
        var noise = points.Where(p => p.IsFloor && p.Users is 16 or 64)
            .GroupBy(p => p.Users)
            .SelectMany(g => g.OrderBy(p => p.FloorSet).Zip(g.OrderBy(p => p.FloorSet).Skip(1)))
            .Where(pair => pair.Second.FloorSet == pair.First.FloorSet + 1)
            .Select(pair => Math.Abs(pair.First.PerSecond - pair.Second.PerSecond) / Math.Max(pair.First.PerSecond, pair.Second.PerSecond))
            .DefaultIfEmpty(0)
            .Max();
        md.AppendLine();
        md.AppendLine("Targets (issue 12): at 16 users at least 25 % of the floor's req/s and p95 within 10 × the floor's; req/s at 64 users not below 16; " +
            "no errors at any number of users; at most 100 KB (102,400 B) of HTML.");
        md.AppendLine(inv, $"Noise of this run: the floor's points in two consecutive floor sets differ by up to {noise:P1} (at 16 or 64 users); \"64 < 16\" is reported when a page's " +
            $"64-user rate is below its 16-user rate by more than that (64 ÷ 16 < {1 - noise:0.000}).");
        md.AppendLine();
        md.AppendLine("| Page | req/s at 16 | ÷ floor (≥ 25 %) | p95 ÷ floor p95 (≤ 10 ×) | req/s 64 ÷ 16 (≥ 1 within noise) | Errors | HTML ≤ 100 KB | Verdict |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var name in points.Where(p => p.Users == 16 && !p.IsFloor && !p.Informational).Select(p => p.Page).Distinct())
        {
            // With several passes, each pass is compared with its own floor sets and within itself, and the passes are averaged.
            var low = points.Where(p => p.Page == name && p.Users == 16 && !p.IsFloor).ToList();
            var high = points.Where(p => p.Page == name && p.Users == 64 && !p.IsFloor).ToList();
            var sample = low[0];
            var rate = low.Average(p => p.PerSecond);
            var ratio = low.Average(p => p.PerSecond / Floor(points, p).Rate);
            var latency = low.Average(p => p.P95 / Floor(points, p).P95);
            var pairs = low.Select(l => (Low: l, High: high.FirstOrDefault(h => h.Pass == l.Pass))).Where(x => x.High is not null).ToList();
            var scaling = pairs.Count == 0 ? double.NaN : pairs.Average(x => x.High!.PerSecond / x.Low.PerSecond);
            var errors = points.Where(x => x.Page == name).Sum(x => x.Errors);
            var size = points.Where(x => x.Page == name).Max(x => x.Bytes);
            var misses = new List<string>();
            if (low.Any(p => p.Requests == 0) || high.Any(p => p.Requests == 0)) misses.Add("no request completed in the measured time");
            if (ratio < 0.25) misses.Add("throughput");
            if (latency > 10) misses.Add("p95");
            if (scaling < 1 - noise) misses.Add("64 < 16");
            if (errors > 0) misses.Add("errors");
            if (sample.IsHtml && size > MaxHtml) misses.Add("HTML size");
            var fallbacks = points.Where(x => x.Page == name).Sum(x => x.Fallbacks ?? 0);
            if (fallbacks > 0) misses.Add($"save pool ran dry ({fallbacks} saves after a GET)");
            var verdict = misses.Count == 0 ? "met" : "**missed: " + string.Join(", ", misses) + "**";
            if (!sample.IsHtml)
            {
                verdict += " (PDF: may be compared with the PDF floor of bench/MicroCred.Bench.Pdf instead)";
            }

            var passes = low.Count > 1 ? $" (mean of {low.Count} passes: {string.Join(", ", low.Select(p => (p.PerSecond / Floor(points, p).Rate).ToString("P1", inv)))})" : "";
            md.AppendLine(inv, $"| {name} | {rate:N1} | {ratio:P1}{passes} | {latency:0.0} × | {(double.IsNaN(scaling) ? "–" : scaling.ToString("0.00", inv))}{(pairs.Count > 1 ? " (" + string.Join(", ", pairs.Select(x => (x.High!.PerSecond / x.Low.PerSecond).ToString("0.00", inv))) + ")" : "")} | {errors} | {(sample.IsHtml ? size.ToString("N0", inv) + " B" : "(PDF)")} | {verdict} |");
        }

        var pooled = points.Where(p => p.Fallbacks is not null).ToList();
        if (pooled.Count > 0)
        {
            md.AppendLine();
            md.AppendLine(inv, $"Step save: POSTs only, each with a concurrency token read before the point; saves that needed a GET because the pool ran dry: " +
                $"{string.Join(", ", pooled.Select(p => $"{p.Fallbacks} at {p.Users} users"))} (should be 0).");
        }

        var informational = points.Where(p => p.Informational).Select(p => p.Page).Distinct().ToList();
        if (informational.Count > 0)
        {
            md.AppendLine();
            md.AppendLine(inv, $"Informational, not a page of the targets: {string.Join(", ", informational)} (a person's whole save: the step page and " +
                $"the save, timed together, req/s counts cycles).");
        }

        if (bulk.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("| Bulk work | Seconds | Answer | Portal resident before (VmRSS) | Portal peak during (VmHWM) |");
            md.AppendLine("|---|---:|---|---:|---:|");
            foreach (var b in bulk)
            {
                md.AppendLine(inv, $"| {b.Work} | {b.Seconds:0.0} | {b.Result} | {b.BeforeKiB / 1024.0:N0} MiB | {b.PeakKiB / 1024.0:N0} MiB{(b.PeakReset ? "" : " (peak since start)")} |");
            }
        }

        return md.ToString();
    }

    /// <summary>A page point's floor: the mean of the floor points at its number of users in the floor sets just before and after it.</summary>
    private static (double Rate, double P95) Floor(IReadOnlyList<Point> points, Point page)
    {
        var floors = points.Where(p => p.IsFloor && p.Users == page.Users && (p.FloorSet == page.FloorSet || p.FloorSet == page.FloorSet + 1)).ToList();
        return floors.Count == 0 ? (double.NaN, double.NaN) : (floors.Average(f => f.PerSecond), floors.Average(f => f.P95));
    }
}
