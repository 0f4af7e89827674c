using System.Globalization;

namespace MicroCred.Bench.Load;

/// <summary>
/// bench/load.sh drives this program twice per database: "seed" before the portal starts, "run" against the running portal.
/// </summary>
internal static class Entry
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("seed" or "run"))
        {
            await Console.Error.WriteLineAsync("""
                Usage:
                  seed --provider Sqlite|PostgreSQL --connection "<connection string>" --data-folder DIR --ids FILE [--save-designs 13000]
                  run  --base-url http://127.0.0.1:PORT --ids FILE --pid PORTAL_PID --label TEXT --out FILE.md
                       [--users 1,16,64] [--warmup 2] [--duration 10] [--skip-bulk] [--pages "Task list,Cohort"]
                """);
            return 2;
        }

        var options = Options.Parse(args.Skip(1).ToArray());
        return args[0] == "seed" ? await Seeder.RunAsync(options) : await LoadRun.RunAsync(options);
    }
}

internal sealed class Options
{
    public string Provider { get; private set; } = "Sqlite";

    public string ConnectionString { get; private set; } = "";

    public string DataFolder { get; private set; } = "";

    public string IdsFile { get; private set; } = "bench-ids.json";

    /// <summary>How many designs the seeder adds for the step save's point (Seeder.SaveDesigns unless told).</summary>
    public int SaveDesigns { get; private set; } = Seeder.SaveDesigns;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1:5080");

    public int PortalPid { get; private set; }

    public string Label { get; private set; } = "";

    public string OutFile { get; private set; } = "load-results.md";

    public IReadOnlyList<int> Users { get; private set; } = [1, 16, 64];

    public TimeSpan Warmup { get; private set; } = TimeSpan.FromSeconds(2);

    public TimeSpan Duration { get; private set; } = TimeSpan.FromSeconds(10);

    public bool SkipBulk { get; private set; }

    /// <summary>How many times the pages are measured at the higher numbers of users (every second pass backwards).</summary>
    public int Passes { get; private set; } = 2;

    /// <summary>Only the pages whose names contain one of these texts (the floor is always measured); empty: every page.</summary>
    public IReadOnlyList<string> Pages { get; private set; } = [];

    public static Options Parse(string[] args)
    {
        var o = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--provider": o.Provider = Next(); break;
                case "--connection": o.ConnectionString = Next(); break;
                case "--data-folder": o.DataFolder = Next(); break;
                case "--ids": o.IdsFile = Next(); break;
                case "--save-designs": o.SaveDesigns = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--base-url": o.BaseUrl = new Uri(Next()); break;
                case "--pid": o.PortalPid = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--label": o.Label = Next(); break;
                case "--out": o.OutFile = Next(); break;
                case "--users": o.Users = Next().Split(',').Select(u => int.Parse(u, CultureInfo.InvariantCulture)).ToList(); break;
                case "--warmup": o.Warmup = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)); break;
                case "--duration": o.Duration = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)); break;
                case "--skip-bulk": o.SkipBulk = true; break;
                case "--passes": o.Passes = Math.Max(1, int.Parse(Next(), CultureInfo.InvariantCulture)); break;
                case "--pages": o.Pages = Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries); break;
                default: throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }

        return o;
    }
}
