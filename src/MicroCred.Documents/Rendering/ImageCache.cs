using System.Collections.Concurrent;
using System.Security.Cryptography;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace MicroCred.Documents.Rendering;

/// <summary>An image ready to draw, with the pixel size of the picture it shows (for the aspect ratio).</summary>
internal sealed record PlacedImage(XImage Image, int PixelWidth, int PixelHeight);

/// <summary>
/// The XImages of one render: the same byte array becomes one PDF image object however often it
/// is drawn. Images and their streams live until the document has been saved.
/// <para>
/// Images asked for as <c>shared</c> (an institution's logo on every certificate) are decoded and encoded by PDFsharp only
/// the first time the process meets them: their finished image object (dictionary entries and compressed data, with the
/// soft mask or palette it refers to) is kept in a process-wide cache keyed by the SHA-256 of the image bytes. Later renders
/// draw a one-pixel stand-in and <see cref="Complete"/> swaps the cached object in before the document is saved, so the
/// output is the same as drawing the image itself.
/// </para>
/// </summary>
internal sealed class ImageCache : IDisposable
{
    private const int SharedCapacity = 64;
    private static readonly ConcurrentDictionary<string, PreparedImage> Shared = new(StringComparer.Ordinal);

    private readonly Dictionary<byte[], PlacedImage> _images = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, PlacedImage> _sharedImages = new(StringComparer.Ordinal);
    private readonly Dictionary<XImage, PreparedImage> _standIns = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<XImage, string> _toPrepare = new(ReferenceEqualityComparer.Instance);
    private readonly List<IDisposable> _owned = [];

    public PlacedImage Get(byte[] data, bool interpolate, bool shared = false)
    {
        if (_images.TryGetValue(data, out var placed))
        {
            return placed;
        }

        string? key = null;
        if (shared)
        {
            key = (interpolate ? "i:" : "n:") + Convert.ToHexString(SHA256.HashData(data));
            if (_sharedImages.TryGetValue(key, out placed))
            {
                // Equal bytes in another array: still one image object.
                _images.Add(data, placed);
                return placed;
            }

            if (Shared.TryGetValue(key, out var prepared))
            {
                // Each stand-in of a render is a different pixel row, so PDFsharp keeps one image object per stand-in.
                var standIn = Import(StandInBitmap(_standIns.Count + 1), nameof(data));
                _standIns.Add(standIn, prepared);
                placed = new PlacedImage(standIn, prepared.PixelWidth, prepared.PixelHeight);
                _images.Add(data, placed);
                _sharedImages.Add(key, placed);
                return placed;
            }
        }

        var image = Import(data, nameof(data));

        // Off for QR codes and other pixel art, so viewers keep module edges sharp.
        image.Interpolate = interpolate;
        placed = new PlacedImage(image, image.PixelWidth, image.PixelHeight);
        _images.Add(data, placed);
        if (key is not null)
        {
            _toPrepare.Add(image, key);
            _sharedImages.Add(key, placed);
        }

        return placed;
    }

    /// <summary>
    /// Once everything is drawn: puts the cached image objects in place of their stand-ins, and keeps the image objects of
    /// shared images met for the first time.
    /// </summary>
    public void Complete(PdfDocument document)
    {
        if (_standIns.Count == 0 && _toPrepare.Count == 0)
        {
            return;
        }

        foreach (var obj in document.Internals.GetAllObjects())
        {
            if (obj is not PdfImage pdfImage)
            {
                continue;
            }

            if (_standIns.TryGetValue(pdfImage.Image, out var prepared))
            {
                prepared.Root.RestoreInto(pdfImage, document);
            }
            else if (_toPrepare.TryGetValue(pdfImage.Image, out var key) && PreparedObject.Capture(pdfImage) is { } root)
            {
                if (Shared.Count >= SharedCapacity)
                {
                    Shared.Clear();
                }

                Shared.TryAdd(key, new PreparedImage(root, pdfImage.Image.PixelWidth, pdfImage.Image.PixelHeight));
            }
        }
    }

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        _owned.Clear();
        _images.Clear();
        _sharedImages.Clear();
        _standIns.Clear();
        _toPrepare.Clear();
    }

    private XImage Import(byte[] data, string parameter)
    {
        var stream = new MemoryStream(data, writable: false);
        _owned.Add(stream);
        XImage image;
        try
        {
            image = XImage.FromStream(stream);
        }
        catch (InvalidOperationException ex)
        {
            throw new ArgumentException("Image data is not a PNG or JPEG that PDFsharp can embed.", parameter, ex);
        }

        _owned.Add(image);
        return image;
    }

    /// <summary>A 24-bit BMP one pixel high and <paramref name="width"/> pixels wide: cheap for PDFsharp to read and encode.</summary>
    private static byte[] StandInBitmap(int width)
    {
        var stride = ((width * 3) + 3) & ~3;
        var bmp = new byte[54 + stride];
        bmp[0] = (byte)'B';
        bmp[1] = (byte)'M';
        BitConverter.TryWriteBytes(bmp.AsSpan(2), bmp.Length);
        BitConverter.TryWriteBytes(bmp.AsSpan(10), 54);
        BitConverter.TryWriteBytes(bmp.AsSpan(14), 40);
        BitConverter.TryWriteBytes(bmp.AsSpan(18), width);
        BitConverter.TryWriteBytes(bmp.AsSpan(22), 1);
        BitConverter.TryWriteBytes(bmp.AsSpan(26), (short)1);
        BitConverter.TryWriteBytes(bmp.AsSpan(28), (short)24);
        BitConverter.TryWriteBytes(bmp.AsSpan(34), stride);
        for (var x = 0; x < width; x++)
        {
            bmp[54 + (x * 3)] = (byte)x;
            bmp[54 + (x * 3) + 1] = (byte)(x >> 8);
        }

        return bmp;
    }

    private sealed record PreparedImage(PreparedObject Root, int PixelWidth, int PixelHeight);

    /// <summary>
    /// A stream object copied out of a document: its entries (simple values, arrays of them, and references to further
    /// stream objects such as a soft mask or a palette) and its encoded data. Immutable, so renders share it.
    /// </summary>
    private sealed class PreparedObject
    {
        private readonly List<(string Key, object Value)> _entries;
        private readonly byte[] _data;

        private PreparedObject(List<(string Key, object Value)> entries, byte[] data)
        {
            _entries = entries;
            _data = data;
        }

        public static PreparedObject? Capture(PdfDictionary dictionary, int depth = 0)
        {
            if (dictionary.Stream is null || depth > 2)
            {
                return null;
            }

            var entries = new List<(string, object)>();
            foreach (var key in dictionary.Elements.Keys)
            {
                if (key == "/Length")
                {
                    continue;
                }

                if (CaptureValue(dictionary.Elements[key], depth) is not { } value)
                {
                    return null;
                }

                entries.Add((key, value));
            }

            return new PreparedObject(entries, [.. dictionary.Stream.Value]);
        }

        public void RestoreInto(PdfDictionary target, PdfDocument document)
        {
            target.Elements.Clear();
            foreach (var (key, value) in _entries)
            {
                target.Elements[key] = RestoreValue(value, document);
            }

            if (target.Stream is null)
            {
                target.CreateStream([.. _data]);
            }
            else
            {
                target.Stream.Value = [.. _data];
            }

            target.Elements.SetInteger("/Length", _data.Length);
        }

        private static object? CaptureValue(PdfItem? item, int depth) => item switch
        {
            PdfName or PdfInteger or PdfReal or PdfBoolean or PdfLiteral => item,
            PdfReference { Value: PdfDictionary referenced } => Capture(referenced, depth + 1),
            PdfArray array => CaptureArray(array, depth),
            _ => null,
        };

        private static List<object>? CaptureArray(PdfArray array, int depth)
        {
            var values = new List<object>();
            foreach (var element in array.Elements)
            {
                if (CaptureValue(element, depth) is not { } value)
                {
                    return null;
                }

                values.Add(value);
            }

            return values;
        }

        private static PdfItem RestoreValue(object value, PdfDocument document)
        {
            switch (value)
            {
                case PreparedObject nested:
                    var dictionary = new PdfDictionary(document);
                    nested.RestoreInto(dictionary, document);
                    document.Internals.AddObject(dictionary);
                    return dictionary.Reference!;
                case List<object> values:
                    var array = new PdfArray(document);
                    foreach (var element in values)
                    {
                        array.Elements.Add(RestoreValue(element, document));
                    }

                    return array;
                default:
                    // Names, numbers, booleans and literals are immutable and belong to no document.
                    return (PdfItem)value;
            }
        }
    }
}
