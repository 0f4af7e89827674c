using System.ComponentModel;
using System.Diagnostics;

namespace MicroCred.Web.Tests.Support;

/// <summary>Runs the qpdf command line on PDF bytes. CI installs qpdf; a missing qpdf fails the test.</summary>
public static class Qpdf
{
    public static (int ExitCode, string Output) Run(byte[] pdf, params string[] arguments)
    {
        var path = Path.Combine(Path.GetTempPath(), $"microcred-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo("qpdf")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.ArgumentList.Add(path);
            Process process;
            try
            {
                process = Process.Start(start) ?? throw new InvalidOperationException("qpdf did not start.");
            }
            catch (Win32Exception ex)
            {
                Assert.Fail($"qpdf is not installed or not on PATH ({ex.Message}). Install it: apt-get install -y qpdf");
                throw;
            }

            using (process)
            {
                var stdout = process.StandardOutput.ReadToEndAsync();
                var stderr = process.StandardError.ReadToEnd();
                process.WaitForExit();
                return (process.ExitCode, stdout.Result + stderr);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>qpdf --check must exit 0 (3 means warnings, 2 errors) and print no warning.</summary>
    public static void AssertPassesCheck(byte[] pdf)
    {
        var (exitCode, output) = Run(pdf, "--check");
        Assert.True(exitCode == 0 && !output.Contains("WARNING", StringComparison.OrdinalIgnoreCase),
            $"qpdf --check failed with exit code {exitCode}:\n{output}");
        Assert.Contains("No syntax or stream encoding errors found", output, StringComparison.Ordinal);
    }
}
