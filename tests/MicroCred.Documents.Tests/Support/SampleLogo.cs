using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace MicroCred.Documents.Tests.Support;

/// <summary>A logo PNG of the size institutions upload (same generator as the benchmark's).</summary>
public static class SampleLogo
{
    /// <summary>A 480×120 RGB logo (a coloured band with stripes), about the size institutions upload.</summary>
    /// <param name="alpha">With an alpha channel (transparent background), as many uploaded logos have.</param>
    /// <param name="seed">Moves the mark, for a picture no earlier render in the process has drawn.</param>
    public static byte[] Png(bool alpha = false, int seed = 0)
    {
        const int width = 480, height = 120;
        var channels = alpha ? 4 : 3;
        var raw = new byte[height * (1 + (width * channels))];
        for (var y = 0; y < height; y++)
        {
            var row = y * (1 + (width * channels));
            for (var x = 0; x < width; x++)
            {
                var inMark = (x - 60 - (seed % 300)) * (x - 60 - (seed % 300)) + (y - 60) * (y - 60) < 45 * 45;
                var stripe = x > 130 && (y / 12) % 3 == 1 && x < 130 + (y * 2) + 200;
                var (r, g, b) = inMark ? ((byte)31, (byte)58, (byte)95) : stripe ? ((byte)200, (byte)120, (byte)30) : ((byte)255, (byte)255, (byte)255);
                raw[row + 1 + (x * channels)] = r;
                raw[row + 2 + (x * channels)] = g;
                raw[row + 3 + (x * channels)] = b;
                if (alpha)
                {
                    raw[row + 4 + (x * channels)] = inMark || stripe ? (byte)255 : (byte)0;
                }
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = alpha ? (byte)6 : (byte)2;
        Chunk(png, "IHDR", header);
        using var data = new MemoryStream();
        using (var z = new ZLibStream(data, CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write(raw);
        }

        Chunk(png, "IDAT", data.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(length, Crc32([.. typeBytes, .. data]));
        png.Write(length);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
