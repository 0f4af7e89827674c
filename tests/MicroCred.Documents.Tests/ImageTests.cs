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
}
