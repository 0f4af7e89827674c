using QRCoder;

namespace MicroCred.Documents.Rendering;

/// <summary>Turns text into a QR code PNG that PDFsharp accepts.</summary>
public static class QrCodeImage
{
    private static readonly byte[] _dark = [0, 0, 0];
    private static readonly byte[] _light = [255, 255, 255];

    /// <summary>
    /// A palette PNG (PDFsharp refuses QRCoder's default 1-bit greyscale PNG) with 4 pixels per
    /// module: small, and crisp because the renderer draws it without interpolation.
    /// </summary>
    public static byte[] CreatePng(string content, int pixelsPerModule = 4)
    {
        ArgumentException.ThrowIfNullOrEmpty(content);
        using var data = QRCodeGenerator.GenerateQrCode(content, QRCodeGenerator.ECCLevel.M);
        using var png = new PngByteQRCode(data);
        return png.GetGraphic(pixelsPerModule, _dark, _light);
    }
}
