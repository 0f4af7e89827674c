using System.Diagnostics;
using System.Globalization;
using MicroCred.Bench.Pdf;
using MicroCred.Documents.Rendering;

// Usage: dotnet run -c Release --project bench/MicroCred.Bench.Pdf -- [N=500]
//        dotnet run -c Release --project bench/MicroCred.Bench.Pdf -- sample /tmp/sample.pdf
var renderer = new PdfRenderer();   // installs the embedded-font resolver for both contenders
if (args is ["sample", var path])
{
    File.WriteAllBytes(path, renderer.Render(SampleDocument.Model()));
    File.WriteAllBytes(Path.ChangeExtension(path, ".certificate.pdf"), LayoutCertificate.Render(renderer, CertificateData.Create(42)));
    File.WriteAllBytes(Path.ChangeExtension(path, ".floor.pdf"), FloorCertificate.Render(CertificateData.Create(42)));
    Console.WriteLine($"Wrote {path} and its certificate/floor siblings");
    return 0;
}

var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;
var inputs = Enumerable.Range(1, count).Select(CertificateData.Create).ToArray();

// Warm up both paths (JIT, font loading, PDFsharp caches) before timing.
for (var i = 0; i < Math.Min(50, count); i++)
{
    _ = LayoutCertificate.Render(renderer, inputs[i]);
    _ = FloorCertificate.Render(inputs[i]);
}

var floor = Measure("floor (bare PDFsharp)", inputs, FloorCertificate.Render);
var layout = Measure("layout (DocumentModel)", inputs, d => LayoutCertificate.Render(renderer, d));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"ratio layout/floor throughput: {layout / floor:F2} (layout costs {floor / layout:F2}x the floor's time per document)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0):F1} MiB"));
return 0;

static double Measure(string name, CertificateData[] inputs, Func<CertificateData, byte[]> render)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    var gcBefore = GC.CollectionCount(0);
    long bytes = 0;
    var watch = Stopwatch.StartNew();
    foreach (var input in inputs)
    {
        bytes += render(input).Length;
    }

    watch.Stop();
    var perSecond = inputs.Length / watch.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-24} {inputs.Length} docs in {watch.Elapsed.TotalMilliseconds:F0} ms = {perSecond:F1} docs/s, " +
        $"{watch.Elapsed.TotalMilliseconds / inputs.Length:F2} ms/doc, avg {bytes / inputs.Length / 1024.0:F1} KiB, gen0 GCs {GC.CollectionCount(0) - gcBefore}"));
    return perSecond;
}
