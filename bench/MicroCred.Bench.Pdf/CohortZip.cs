using System.Diagnostics;
using System.IO.Compression;
using MicroCred.Documents.Rendering;
using MicroCred.Documents.Templates;

namespace MicroCred.Bench.Pdf;

/// <summary>
/// Writes a cohort's certificates as one ZIP to a non-seekable stream, one entry at a time: each learner's input,
/// model and PDF become garbage as soon as the entry is written, so memory should not grow with the cohort.
/// </summary>
internal static class CohortZip
{
    public sealed record Result(int Learners, TimeSpan Elapsed, long ZipBytes, long PeakWorkingSet, long PeakGcHeap);

    public static void Write(Stream output, int learners, PdfRenderer renderer)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        for (var i = 0; i < learners; i++)
        {
            // The real path: issue (resolve, serialise, hash), then print from the stored JSON alone.
            var input = Cohort.FromStored(Cohort.Issue(i));
            var entry = zip.CreateEntry(Cohort.EntryName(input), CompressionLevel.Fastest);
            using var entryStream = entry.Open();
            renderer.Render(CertificateDocument.Build(input), entryStream);
        }
    }

    /// <summary>Runs in its own process (see Program) so the peak working set belongs to this cohort alone.</summary>
    public static Result Measure(int learners, PdfRenderer renderer)
    {
        // Warm up JIT, fonts and caches on a few certificates first, as a running web server would be.
        Write(new CountingStream(), 20, renderer);
        GC.Collect();

        using var process = Process.GetCurrentProcess();
        long peakHeap = 0;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
                await Task.Delay(5).ConfigureAwait(false);
            }
        });

        var sink = new CountingStream();
        var watch = Stopwatch.StartNew();
        Write(sink, learners, renderer);
        watch.Stop();
        stop.Cancel();
        sampler.Wait();
        peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
        process.Refresh();
        return new Result(learners, watch.Elapsed, sink.Count, process.PeakWorkingSet64, peakHeap);
    }
}
