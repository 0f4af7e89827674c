using MicroCred.Documents.Layout;
using MicroCred.Documents.Rendering;
using MicroCred.Documents.Tests.Support;

namespace MicroCred.Documents.Tests;

public class ImageTests
{
    [Fact]
    public void Qr_code_is_drawn_as_a_square_image_of_the_requested_size()
    {
        var model = Pdf.Model(new Paragraph("Scan to verify"), new QrCode("https://microcred.example.eu/verify/ABC-123", 96));

        using var pdf = Pdf.RenderAndOpen(model);

        var image = Assert.Single(pdf.GetPage(1).GetImages());
        Assert.Equal(96, image.BoundingBox.Width, 0.5);
        Assert.Equal(96, image.BoundingBox.Height, 0.5);
        Assert.Equal(model.Margins.Left, image.BoundingBox.Left, 0.5);
        Assert.False(image.Interpolate, "QR codes must be drawn without smoothing.");
    }

    [Fact]
    public void Qr_png_is_a_palette_png_that_pdfsharp_accepts()
    {
        var png = QrCodeImage.CreatePng("https://microcred.example.eu/verify/1");

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4));
        const int colourTypeOffset = 8 + 8 + 9; // signature, IHDR length+type, width/height/bit depth
        Assert.Equal(3, png[colourTypeOffset]);  // 3 = indexed colour (palette)
    }

    [Fact]
    public void Image_block_keeps_its_aspect_ratio_and_caption()
    {
        var png = QrCodeImage.CreatePng("image block", 2);
        var model = Pdf.Model(new Image(png, 150) { Alignment = TextAlignment.Center, Caption = "Logo of Łódź" });

        using var pdf = Pdf.RenderAndOpen(model);

        var page = pdf.GetPage(1);
        var image = Assert.Single(page.GetImages());
        Assert.Equal(150, image.BoundingBox.Width, 0.5);
        Assert.Equal(150, image.BoundingBox.Height, 0.5);
        Assert.Equal(page.Width / 2, image.BoundingBox.Centroid.X, 1.0);
        var caption = page.GetWords().Single(w => w.Text == "Łódź");
        Assert.True(caption.BoundingBox.Top < image.BoundingBox.Bottom, "Caption goes under the image.");
    }

    [Fact]
    public void Image_wider_than_the_printable_width_is_scaled_down()
    {
        var model = Pdf.Model(new Image(QrCodeImage.CreatePng("wide"), 2000));

        using var pdf = Pdf.RenderAndOpen(model);

        var page = pdf.GetPage(1);
        var image = Assert.Single(page.GetImages());
        Assert.Equal(page.Width - model.Margins.Left - model.Margins.Right, image.BoundingBox.Width, 0.5);
    }

    [Fact]
    public void The_same_image_bytes_are_stored_once_however_often_drawn()
    {
        var png = QrCodeImage.CreatePng("repeated");
        var once = Pdf.Render(Pdf.Model(new Image(png, 60)));
        var thrice = Pdf.Render(Pdf.Model(new Image(png, 60), new Image(png, 60), new Image(png, 60)));

        using var pdf = Pdf.Open(thrice);
        Assert.Equal(3, pdf.GetPage(1).GetImages().Count());
        Assert.True(thrice.Length - once.Length < png.Length, "The image data should not be repeated.");
    }

    [Fact]
    public void Data_that_is_not_an_image_is_refused_with_a_clear_error()
    {
        var model = Pdf.Model(new Image([1, 2, 3, 4], 50));

        var error = Assert.Throws<ArgumentException>(() => new PdfRenderer().Render(model));
        Assert.Contains("PNG or JPEG", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_logo_drawn_again_by_a_later_render_is_the_same_image_object(bool alpha)
    {
        // A picture no other test has drawn, so the first render decodes it and the second takes it from the cache.
        var logo = SampleLogo.Png(alpha, seed: Random.Shared.Next(1, 300));
        var model = Pdf.Model(new Paragraph("Logo"), new Image(logo, 160) { Alignment = TextAlignment.Center });

        var first = Pdf.Render(model);
        var second = Pdf.Render(Pdf.Model(new Image((byte[])logo.Clone(), 160), new Image(logo, 80)));

        var expected = Assert.Single(ImageObjects(first));
        Assert.Equal(alpha, expected.Contains("/SMask", StringComparison.Ordinal));
        Assert.Equal([expected], ImageObjects(second));
        using var pdf = Pdf.Open(second);
        var drawn = pdf.GetPage(1).GetImages().ToList();
        Assert.Equal(2, drawn.Count);
        Assert.Equal([160.0, 80.0], drawn.Select(i => Math.Round(i.BoundingBox.Width, 1)));
        Assert.Equal([40.0, 20.0], drawn.Select(i => Math.Round(i.BoundingBox.Height, 1)));
        Qpdf.AssertPassesCheck(second);
    }

    /// <summary>Every image object of the PDF, written out with the objects it refers to (soft mask, palette) and a hash of each stream.</summary>
    private static List<string> ImageObjects(byte[] bytes)
    {
        using var document = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(bytes), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        return [.. document.Internals.GetAllObjects().OfType<PdfSharp.Pdf.PdfDictionary>()
            .Where(d => d.Elements.GetName("/Subtype") == "/Image" && d.Elements.GetName("/Type") == "/XObject" && !IsSoftMask(document, d))
            .Select(Describe)];
    }

    private static bool IsSoftMask(PdfSharp.Pdf.PdfDocument document, PdfSharp.Pdf.PdfDictionary image) =>
        document.Internals.GetAllObjects().OfType<PdfSharp.Pdf.PdfDictionary>().Any(d => d.Elements.GetReference("/SMask")?.Value == image);

    private static string Describe(PdfSharp.Pdf.PdfItem? item) => item switch
    {
        PdfSharp.Pdf.Advanced.PdfReference reference => Describe(reference.Value),
        PdfSharp.Pdf.PdfDictionary dictionary => "<<" + string.Join(" ", dictionary.Elements.Keys.Order(StringComparer.Ordinal)
            .Select(k => k + " " + Describe(dictionary.Elements[k])))
            + (dictionary.Stream is null ? "" : " stream " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(dictionary.Stream.Value))) + ">>",
        PdfSharp.Pdf.PdfArray array => "[" + string.Join(" ", array.Elements.Select(Describe)) + "]",
        _ => item?.ToString() ?? "null",
    };
}
