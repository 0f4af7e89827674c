using System.Text.Json;

namespace MicroCred.Web.Tests.Support;

/// <summary>A test host's structured log read back: every event of its log files (one JSON event a line) as its top-level string values.</summary>
public static class LogEvents
{
    /// <summary>The events, once one of them matches <paramref name="last"/> (the log is written in the background).</summary>
    public static async Task<List<Dictionary<string, string>>> ReadAsync(string dataFolder, Func<Dictionary<string, string>, bool> last, string awaited)
    {
        var folder = Path.Combine(dataFolder, "logs");
        List<Dictionary<string, string>> events = [];
        for (var attempt = 0; attempt < 100; attempt++)
        {
            events = Directory.Exists(folder) ? [.. Directory.GetFiles(folder).SelectMany(ReadShared).Select(Parse)] : [];
            if (events.Any(last))
            {
                return events;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"{awaited} was not written to the log; {events.Count} events.");
        return events;
    }

    private static Dictionary<string, string> Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        return json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText());
    }

    private static string[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
