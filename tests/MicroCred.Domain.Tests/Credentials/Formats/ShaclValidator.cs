using System.Diagnostics;
using System.Text.Json;

namespace MicroCred.Domain.Tests.Credentials.Formats;

/// <summary>
/// Runs tools/jsonld-shacl (jsonld + rdf-validate-shacl through node) on a JSON-LD document: every context is read from a
/// file in the repository, never fetched. Installs the tool's npm packages (npm ci, pinned by its lock file) on first use.
/// </summary>
public static class ShaclValidator
{
    private static readonly SemaphoreSlim _install = new(1, 1);

    public static string RepositoryRoot { get; } = FindRoot();

    public static string Standards(string relative) => Path.Combine(RepositoryRoot, "tests", "standards", relative);

    public static string EdcShapes => Standards("elm-3/EDC-generic-no-cv.ttl");

    public static async Task<ShaclReport> ValidateAsync(string jsonLd, string? shapes = null)
    {
        var tool = Path.Combine(RepositoryRoot, "tools", "jsonld-shacl");
        await EnsureInstalledAsync(tool);
        var file = Path.Combine(Path.GetTempPath(), $"microcred-shacl-{Guid.NewGuid():N}.jsonld");
        await File.WriteAllTextAsync(file, jsonLd);
        try
        {
            var (code, stdout, stderr) = await RunAsync("node", tool,
                "validate.mjs", "--shapes", shapes ?? EdcShapes,
                "--context", "http://data.europa.eu/snb/model/context/edc-ap=" + Standards("elm-3/edc-ap-context.jsonld"),
                file);
            Assert.True(code == 0, $"The validator failed (exit {code}): {stderr}");
            return JsonSerializer.Deserialize<ShaclReport>(stdout, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task EnsureInstalledAsync(string tool)
    {
        await _install.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(tool, "node_modules", "rdf-validate-shacl")))
            {
                return;
            }

            var (code, _, stderr) = await RunAsync("npm", tool, "ci", "--no-audit", "--no-fund", "--loglevel=error");
            Assert.True(code == 0, $"npm ci in {tool} failed: {stderr}");
        }
        finally
        {
            _install.Release();
        }
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(string program, string folder, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MicroCred.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (MicroCred.sln) was not found above " + AppContext.BaseDirectory);
    }
}

public sealed record ShaclReport(bool Conforms, int Quads, IReadOnlyList<ShaclViolation> Violations)
{
    public string Describe() => string.Join(Environment.NewLine, Violations.Select(v => $"{v.FocusNode} {v.Path}: {v.Message} ({v.Shape})"));
}

public sealed record ShaclViolation(string? FocusNode, string? Path, string Message, string? Severity, string? Shape);
