using System.Text.RegularExpressions;
using MicroCred.Documents.Layout;
using MicroCred.Documents.Templates;
using MicroCred.Documents.Tests.Support;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace MicroCred.Documents.Tests.Templates;

/// <summary>The sample designs and learners the template tests print, and text helpers for reading the PDFs back.</summary>
public static partial class TemplateSamples
{
    public static readonly Guid Dutch = Guid.Parse("00000000-0000-0000-0000-0000000000d1");
    public static readonly Guid Spanish = Guid.Parse("00000000-0000-0000-0000-0000000000e5");
    public static readonly Guid Portuguese = Guid.Parse("00000000-0000-0000-0000-0000000000f7");
    public static readonly DateOnly IssuedOn = new(2027, 12, 20);
    public static readonly DateTimeOffset Generated = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public static SampleDesign Complete() => SampleDesigns.Complete(Dutch, Spanish, Portuguese);

    public static SampleDesign HalfFinished() => SampleDesigns.HalfFinished(Dutch, Spanish, Portuguese);

    public static DesignCheckContext Context(SampleDesign design) => design.ToCheckContext(new DateOnly(2027, 3, 1));

    public static CertificateLearner Learner(string given = "Αθηνά", string family = "Παπαδοπούλου", bool attendanceOnly = false) =>
        new(given, family, "RU-2027-0042", attendanceOnly);

    public static CertificateIssueOptions Options(string id = "MC-2027-000042") =>
        new(id, $"https://microcred.example.eu/verify/{id}") { Grade = "8.1 on the scale 1 to 10 (pass mark 5.5)" };

    public static CertificateInput Certificate(CertificateLearner? learner = null, SampleDesign? design = null) =>
        CertificateDocument.FromIssue(Context(design ?? Complete()), learner ?? Learner(), IssuedOn, Options());

    /// <summary>Renders, checks with qpdf, and writes a copy to $MICROCRED_PDF_OUT (for looking at the pages) when set.</summary>
    public static byte[] Render(DocumentModel model, string name)
    {
        var bytes = Pdf.Render(model);
        if (Environment.GetEnvironmentVariable("MICROCRED_PDF_OUT") is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path.Combine(dir, name + ".pdf"), bytes);
        }

        return bytes;
    }

    /// <summary>All pages in content order with runs of white space folded to one space, so wrapped values read as one line.</summary>
    public static string Flat(PigDocument pdf) =>
        Fold(string.Join(" ", pdf.GetPages().Select(p => ContentOrderTextExtractor.GetText(p))));

    public static string Fold(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>Asserts that the label is printed and the value follows it.</summary>
    public static void AssertLabelThenValue(string flat, string label, string value)
    {
        var l = flat.IndexOf(Fold(label), StringComparison.Ordinal);
        Assert.True(l >= 0, $"Label '{label}' not found.");
        var v = flat.IndexOf(Fold(value), l, StringComparison.Ordinal);
        Assert.True(v >= 0, $"Value '{value}' not found after label '{label}'.");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
