using System.Buffers.Binary;

namespace MicroCred.Documents.Rendering;

/// <summary>
/// Shrinks the TrueType subsets PDFsharp embeds. PDFsharp keeps the glyph ids of the full font, so its subsets still carry
/// hinting (fpgm, prep, cvt and per-glyph instructions) and a metrics entry for every glyph of the full font. PDF text
/// takes its widths from the /W array, and viewers rasterise without TrueType hinting at screen and print sizes, so the
/// slimmed font draws the same outlines: the instructions are dropped and the metrics of glyphs not in the subset are zeroed.
/// </summary>
internal static class TrueTypeSlimmer
{
    private static readonly HashSet<string> Dropped = ["fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX"];

    /// <summary>The slimmed font, or null when the data is not a TrueType font this understands (then it is left as it is).</summary>
    public static byte[]? Slim(byte[] font, ISet<int> usedGlyphs)
    {
        try
        {
            return SlimCore(font, usedGlyphs);
        }
        catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or InvalidDataException)
        {
            return null;
        }
    }

    private static byte[]? SlimCore(byte[] font, ISet<int> usedGlyphs)
    {
        var span = font.AsSpan();
        var version = BinaryPrimitives.ReadUInt32BigEndian(span);
        if (version is not (0x00010000 or 0x74727565))
        {
            return null;
        }

        var count = BinaryPrimitives.ReadUInt16BigEndian(span[4..]);
        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var entry = span.Slice(12 + (16 * i), 16);
            var tag = System.Text.Encoding.ASCII.GetString(entry[..4]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[12..]);
            tables[tag] = span.Slice(offset, length).ToArray();
        }

        if (!tables.TryGetValue("head", out var head) || !tables.TryGetValue("loca", out var loca) || !tables.TryGetValue("glyf", out var glyf)
            || !tables.TryGetValue("maxp", out var maxp) || !tables.TryGetValue("hhea", out var hhea) || !tables.TryGetValue("hmtx", out var hmtx))
        {
            return null;
        }

        var longLoca = BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(50)) == 1;
        var glyphCount = BinaryPrimitives.ReadUInt16BigEndian(maxp.AsSpan(4));
        int Offset(int gid) => longLoca
            ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan(gid * 4))
            : BinaryPrimitives.ReadUInt16BigEndian(loca.AsSpan(gid * 2)) * 2;

        using var newGlyf = new MemoryStream(glyf.Length);
        var newLoca = new byte[loca.Length];
        var kept = new HashSet<int> { 0 };
        for (var gid = 0; gid < glyphCount; gid++)
        {
            var start = Offset(gid);
            var end = Offset(gid + 1);
            WriteLoca(newLoca, gid, (int)newGlyf.Position, longLoca);
            if (end <= start)
            {
                continue;
            }

            kept.Add(gid);
            var glyph = StripInstructions(glyf.AsSpan(start, end - start));
            newGlyf.Write(glyph);
            while (newGlyf.Position % 4 != 0)
            {
                newGlyf.WriteByte(0);
            }
        }

        WriteLoca(newLoca, glyphCount, (int)newGlyf.Position, longLoca);
        if (!longLoca && newGlyf.Position > 0x1FFFE)
        {
            return null;
        }

        // Metrics: keep those of glyphs that are drawn or are parts of drawn glyphs; zero the rest.
        var metricCount = BinaryPrimitives.ReadUInt16BigEndian(hhea.AsSpan(34));
        var newHmtx = new byte[hmtx.Length];
        for (var gid = 0; gid < glyphCount; gid++)
        {
            if (!kept.Contains(gid) && !usedGlyphs.Contains(gid))
            {
                continue;
            }

            if (gid < metricCount)
            {
                hmtx.AsSpan(gid * 4, 4).CopyTo(newHmtx.AsSpan(gid * 4));
            }
            else
            {
                var at = (metricCount * 4) + ((gid - metricCount) * 2);
                if (at + 2 <= hmtx.Length)
                {
                    hmtx.AsSpan(at, 2).CopyTo(newHmtx.AsSpan(at));
                }
            }
        }

        // Glyphs past the last long metric take its advance width; keep that entry whatever it is.
        if (metricCount > 0)
        {
            hmtx.AsSpan((metricCount - 1) * 4, 4).CopyTo(newHmtx.AsSpan((metricCount - 1) * 4));
        }

        foreach (var tag in Dropped)
        {
            tables.Remove(tag);
        }

        tables["glyf"] = newGlyf.ToArray();
        tables["loca"] = newLoca;
        tables["hmtx"] = newHmtx;
        head = (byte[])head.Clone();
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0);
        tables["head"] = head;
        return Assemble(tables, version);
    }

    private static void WriteLoca(byte[] loca, int gid, int offset, bool longLoca)
    {
        if (longLoca)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(gid * 4), (uint)offset);
        }
        else
        {
            BinaryPrimitives.WriteUInt16BigEndian(loca.AsSpan(gid * 2), (ushort)(offset / 2));
        }
    }

    private static byte[] StripInstructions(ReadOnlySpan<byte> glyph)
    {
        var contours = BinaryPrimitives.ReadInt16BigEndian(glyph);
        if (contours >= 0)
        {
            var at = 10 + (2 * contours);
            var length = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
            var result = new byte[glyph.Length - length];
            glyph[..at].CopyTo(result);
            glyph[(at + 2 + length)..].CopyTo(result.AsSpan(at + 2));
            return result;
        }

        // Composite: walk the components; the last one may announce instructions after the component list.
        var copy = glyph.ToArray();
        var pos = 10;
        while (true)
        {
            var flags = BinaryPrimitives.ReadUInt16BigEndian(copy.AsSpan(pos));
            var size = 4 + ((flags & 0x0001) != 0 ? 4 : 2);
            size += (flags & 0x0008) != 0 ? 2 : (flags & 0x0040) != 0 ? 4 : (flags & 0x0080) != 0 ? 8 : 0;
            if ((flags & 0x0020) == 0)
            {
                if ((flags & 0x0100) != 0)
                {
                    BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(pos), (ushort)(flags & ~0x0100));
                }

                return copy.AsSpan(0, pos + size).ToArray();
            }

            pos += size;
        }
    }

    private static byte[] Assemble(SortedDictionary<string, byte[]> tables, uint version)
    {
        var count = tables.Count;
        var entrySelector = (int)Math.Floor(Math.Log2(count));
        var searchRange = (1 << entrySelector) * 16;
        var headerLength = 12 + (16 * count);
        var total = headerLength + tables.Values.Sum(t => (t.Length + 3) & ~3);
        var font = new byte[total];
        var span = font.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, version);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)((count * 16) - searchRange));
        var offset = headerLength;
        var index = 0;
        var headOffset = -1;
        foreach (var (tag, data) in tables)
        {
            var entry = span.Slice(12 + (16 * index++), 16);
            System.Text.Encoding.ASCII.GetBytes(tag, entry);
            BinaryPrimitives.WriteUInt32BigEndian(entry[4..], Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(entry[12..], (uint)data.Length);
            data.CopyTo(span[offset..]);
            if (tag == "head")
            {
                headOffset = offset;
            }

            offset += (data.Length + 3) & ~3;
        }

        if (headOffset >= 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(span[(headOffset + 8)..], unchecked(0xB1B0AFBA - Checksum(font)));
        }

        return font;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var i = 0;
        for (; i + 4 <= data.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        }

        if (i < data.Length)
        {
            Span<byte> tail = stackalloc byte[4];
            tail.Clear();
            data[i..].CopyTo(tail);
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(tail));
        }

        return sum;
    }
}
