using PdfSharp.Drawing;

namespace MicroCred.Documents.Rendering;

/// <summary>
/// The XImages of one render: the same byte array becomes one PDF image object however often it
/// is drawn. Images and their streams live until the document has been saved.
/// </summary>
internal sealed class ImageCache : IDisposable
{
    private readonly Dictionary<byte[], XImage> _images = new(ReferenceEqualityComparer.Instance);
    private readonly List<IDisposable> _owned = [];

    public XImage Get(byte[] data, bool interpolate)
    {
        if (!_images.TryGetValue(data, out var image))
        {
            var stream = new MemoryStream(data, writable: false);
            _owned.Add(stream);
            try
            {
                image = XImage.FromStream(stream);
            }
            catch (InvalidOperationException ex)
            {
                throw new ArgumentException("Image data is not a PNG or JPEG that PDFsharp can embed.", nameof(data), ex);
            }

            // Off for QR codes and other pixel art, so viewers keep module edges sharp.
            image.Interpolate = interpolate;
            _owned.Add(image);
            _images.Add(data, image);
        }

        return image;
    }

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        _owned.Clear();
        _images.Clear();
    }
}
