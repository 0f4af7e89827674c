using System.Runtime.InteropServices;
using HarfBuzzSharp;
using HbFont = HarfBuzzSharp.Font;

namespace MicroCred.Documents.Fonts;

/// <summary>
/// One embedded font file: its bytes for PDFsharp and a HarfBuzz font for shaping and coverage.
/// HarfBuzz fonts are immutable once set up, so one instance serves every thread.
/// </summary>
internal sealed class FontFace
{
    private const int BlockSize = 256;
    private readonly Blob _blob;
    private readonly ushort[]?[] _blocks = new ushort[]?[0x110000 / BlockSize];

    private FontFace(string faceName, string family, bool bold, byte[] bytes)
    {
        FaceName = faceName;
        Family = family;
        IsBold = bold;
        // A native copy the blob owns: HarfBuzz reads the file in place, so it must never move or be freed early.
        var native = Marshal.AllocHGlobal(bytes.Length);
        Marshal.Copy(bytes, 0, native, bytes.Length);
        _blob = new Blob(native, bytes.Length, MemoryMode.ReadOnly, () => Marshal.FreeHGlobal(native));
        _blob.MakeImmutable();
        Face = new Face(_blob, 0);
        UnitsPerEm = Face.UnitsPerEm;
        HbFont = new HbFont(Face);
        HbFont.SetScale(UnitsPerEm, UnitsPerEm);
    }

    /// <summary>The resource name PDFsharp knows the face by (e.g. "NotoSansArabic-Bold").</summary>
    public string FaceName { get; }

    /// <summary>The family name the font resolver answers to.</summary>
    public string Family { get; }

    /// <summary>Whether the file itself is a bold face (otherwise PDFsharp simulates bold).</summary>
    public bool IsBold { get; }

    public Face Face { get; }

    public HbFont HbFont { get; }

    public int UnitsPerEm { get; }

    public static FontFace Load(string faceName, string family, bool bold) =>
        new(faceName, family, bold, EmbeddedFontResolver.LoadFace(faceName));

    /// <summary>The glyph the font's character map gives for the code point, 0 if none.</summary>
    public ushort NominalGlyph(int codePoint)
    {
        if ((uint)codePoint >= 0x110000)
        {
            return 0;
        }

        var block = _blocks[codePoint / BlockSize];
        if (block is null)
        {
            // Benign race: two threads may fill the same block with the same values.
            block = new ushort[BlockSize];
            var first = codePoint / BlockSize * BlockSize;
            for (var i = 0; i < BlockSize; i++)
            {
                block[i] = HbFont.TryGetNominalGlyph(first + i, out var glyph) ? (ushort)glyph : (ushort)0;
            }

            _blocks[codePoint / BlockSize] = block;
        }

        return block[codePoint % BlockSize];
    }

    public bool Covers(int codePoint) => NominalGlyph(codePoint) != 0;

    public override string ToString() => FaceName;
}
