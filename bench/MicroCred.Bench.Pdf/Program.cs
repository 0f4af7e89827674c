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

// Warm up both paths (JIT tiering, font loading, PDFsharp caches), then time three alternating
// rounds and keep the better of each, so neither side pays for running first.
for (var i = 0; i < 200; i++)
{
    _ = LayoutCertificate.Render(renderer, inputs[i % count]);
    _ = FloorCertificate.Render(inputs[i % count]);
}

var floor = 0.0;
var layout = 0.0;
for (var round = 1; round <= 3; round++)
{
    floor = Math.Max(floor, Measure($"floor  round {round}", inputs, FloorCertificate.Render));
    layout = Math.Max(layout, Measure($"layout round {round}", inputs, d => LayoutCertificate.Render(renderer, d)));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"floor (bare PDFsharp):  {floor:F1} docs/s"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"layout (DocumentModel): {layout:F1} docs/s"));
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
