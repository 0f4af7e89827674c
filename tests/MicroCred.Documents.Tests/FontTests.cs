using System.Text.Json;
using MicroCred.Documents.Fonts;
using MicroCred.Documents.Layout;
using MicroCred.Documents.Tests.Support;
using PdfSharp.Fonts;

namespace MicroCred.Documents.Tests;

public class FontTests
{
    [Fact]
    public void Every_font_in_the_pdf_is_an_embedded_liberation_subset()
    {
        var bytes = Pdf.Render(Pdf.Model(
            new Heading("Heading"),
            new Paragraph("Regular Ελληνικά"),
            new Paragraph("Bold") { Bold = true },
            new Paragraph("Italic") { Italic = true },
            new Paragraph("Serif") { Typeface = Typeface.Serif }));

        var (exitCode, json) = Qpdf.Run(bytes, "--json=2", "--json-key=qpdf");
        Assert.Equal(0, exitCode);
        var objects = JsonDocument.Parse(json).RootElement.GetProperty("qpdf")[1];
        var dictionaries = objects.EnumerateObject()
            .Select(o => o.Value.TryGetProperty("value", out var v) ? v
                : o.Value.TryGetProperty("stream", out var s) ? s.GetProperty("dict") : default)
            .Where(d => d.ValueKind == JsonValueKind.Object)
            .ToList();
        var fonts = dictionaries.Where(d => Name(d, "/Type") == "/Font").ToList();
        var descriptors = dictionaries.Where(d => Name(d, "/Type") == "/FontDescriptor").ToList();

        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Matches("^/[A-Z]{6}\\+Liberation (Sans|Serif)", Name(f, "/BaseFont")));
        // Simple and CID fonts carry a descriptor; a missing FontFile2 would mean a system font at view time.
        Assert.Equal(fonts.Count(f => Name(f, "/Subtype") != "/Type0"), descriptors.Count);
        Assert.All(descriptors, d => Assert.True(d.TryGetProperty("/FontFile2", out _), "Font program not embedded."));
        Assert.Equal(4, descriptors.Count);  // Sans Regular, Bold, Italic and Serif Bold
    }

    private static string? Name(JsonElement dictionary, string key) =>
        dictionary.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [Theory]
    [InlineData("LiberationSans-Regular")]
    [InlineData("LiberationSans-Bold")]
    [InlineData("LiberationSans-Italic")]
    [InlineData("LiberationSans-BoldItalic")]
    [InlineData("LiberationSerif-Regular")]
    [InlineData("LiberationSerif-Bold")]
    public void Every_embedded_face_is_a_truetype_font(string face)
    {
        var bytes = EmbeddedFontResolver.LoadFace(face);

        Assert.True(bytes.Length > 100_000);
        Assert.Equal([0x00, 0x01, 0x00, 0x00], bytes.Take(4));
    }

    [Theory]
    [InlineData("Liberation Sans", false, false, "LiberationSans-Regular", false)]
    [InlineData("liberation sans", true, true, "LiberationSans-BoldItalic", false)]
    [InlineData("Liberation Serif", true, false, "LiberationSerif-Bold", false)]
    [InlineData("Liberation Serif", false, true, "LiberationSerif-Regular", true)]
    [InlineData("Arial", false, true, "LiberationSans-Italic", false)]
    public void Resolver_maps_families_and_styles_to_embedded_faces(string family, bool bold, bool italic, string face, bool simulatesItalic)
    {
        var info = new EmbeddedFontResolver().ResolveTypeface(family, bold, italic);

        Assert.NotNull(info);
        Assert.Equal(face, info.FaceName);
        Assert.Equal(simulatesItalic, info.MustSimulateItalic);
        Assert.False(info.MustSimulateBold);
    }

    [Fact]
    public void Font_resolver_is_installed_once_even_when_many_threads_ask()
    {
        Parallel.For(0, 32, _ => DocumentFonts.EnsureInstalled());

        Assert.IsType<EmbeddedFontResolver>(GlobalFontSettings.FontResolver);
    }

    [Fact]
    public void Documents_render_concurrently()
    {
        var results = new byte[8][];
        Parallel.For(0, results.Length, i => results[i] = new Rendering.PdfRenderer().Render(
            Pdf.Model(new Heading($"Document {i}"), new Paragraph("Кириллица ёЁ Ελληνικά"), new QrCode($"https://x.example/{i}"))));

        for (var i = 0; i < results.Length; i++)
        {
            Qpdf.AssertPassesCheck(results[i]);
            using var pdf = Pdf.Open(results[i]);
            Assert.Contains($"Document {i}", pdf.GetPage(1).Text, StringComparison.Ordinal);
        }
    }
}
