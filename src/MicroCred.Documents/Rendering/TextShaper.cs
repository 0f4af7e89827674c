using System.Globalization;
using System.Text;
using HarfBuzzSharp;
using MicroCred.Documents.Fonts;
using Buffer = HarfBuzzSharp.Buffer;

namespace MicroCred.Documents.Rendering;

/// <summary>A shaped glyph: its id, its position in points from the start of its run, and the text it stands for.</summary>
internal readonly record struct ShapedGlyph(ushort Id, double X, double Y, bool Natural, string Text, int LogicalKey);

/// <summary>A run of glyphs from one face in one direction, placed at <see cref="X"/> points from the line start; <see cref="LogicalStart"/> orders runs as typed.</summary>
internal sealed record ShapedRun(FontFace Face, bool RightToLeft, double X, double Width, ShapedGlyph[] Glyphs, int LogicalStart);

/// <summary>A line laid out visually, left to right.</summary>
internal sealed record ShapedLine(IReadOnlyList<ShapedRun> Runs, double Width);

/// <summary>
/// Turns one line of logical text into positioned glyphs: removes explicit direction controls,
/// resolves right-to-left runs (<see cref="Bidi"/>), picks for every character the first face of
/// the chain that has it, and shapes each run with HarfBuzz (Arabic joining, ligatures, marks).
/// </summary>
internal static class TextShaper
{
    public static ShapedLine Shape(string text, IReadOnlyList<FontFace> chain, double size)
    {
        var clean = RemoveDirectionControls(text);
        if (clean.Length == 0)
        {
            return new ShapedLine([], 0);
        }

        var levels = Bidi.Levels(clean, out _);
        var pieces = Itemize(clean, levels, chain);
        var order = Bidi.VisualOrder(pieces.Select(p => p.Level).ToList());
        var runs = new List<ShapedRun>(pieces.Count);
        var x = 0.0;
        foreach (var index in order)
        {
            var run = ShapePiece(clean, pieces[index], size, x);
            runs.Add(run);
            x += run.Width;
        }

        return new ShapedLine(runs, x);
    }

    private static string RemoveDirectionControls(string text)
    {
        var any = false;
        foreach (var c in text)
        {
            if (IsUndrawn(c))
            {
                any = true;
                break;
            }
        }

        if (!any)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsUndrawn(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Direction controls (the renderer orders the line itself), and the word joiner and byte-order mark: invisible, and
    /// no embedded font has a glyph for them, so drawing them would leave an unreadable character in the PDF's text.
    /// </summary>
    private static bool IsUndrawn(char c) => Bidi.IsDirectionControl(c) || c is '\u2060' or '\uFEFF';

    private readonly record struct Piece(int Start, int Length, byte Level, FontFace Face);

    private static List<Piece> Itemize(string text, byte[] levels, IReadOnlyList<FontFace> chain)
    {
        var pieces = new List<Piece>();
        FontFace? current = null;
        var start = 0;
        for (var i = 0; i < text.Length;)
        {
            var rune = Rune.GetRuneAt(text, i);
            var face = ChooseFace(rune, current, chain);
            if (i > 0 && (face != current || levels[i] != levels[start]))
            {
                pieces.Add(new Piece(start, i - start, levels[start], current!));
                start = i;
            }

            current = face;
            i += rune.Utf16SequenceLength;
        }

        pieces.Add(new Piece(start, text.Length - start, levels[start], current!));
        return pieces;
    }

    /// <summary>Marks, joiners and neutral characters stay in the face of what precedes them when it has them.</summary>
    private static FontFace ChooseFace(Rune rune, FontFace? current, IReadOnlyList<FontFace> chain)
    {
        var category = Rune.GetUnicodeCategory(rune);
        var sticky = category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            or UnicodeCategory.SpaceSeparator or UnicodeCategory.OtherPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.MathSymbol or UnicodeCategory.OtherSymbol or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation;
        if (current is not null && sticky && (current.Covers(rune.Value) || category is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark))
        {
            return current;
        }

        foreach (var face in chain)
        {
            if (face.Covers(rune.Value))
            {
                return face;
            }
        }

        return current ?? chain[0];
    }

    private static ShapedRun ShapePiece(string text, Piece piece, double size, double x)
    {
        var rtl = piece.Level % 2 == 1;
        using var buffer = new Buffer();
        buffer.AddUtf16(text, piece.Start, piece.Length);
        buffer.Direction = rtl ? Direction.RightToLeft : Direction.LeftToRight;
        buffer.GuessSegmentProperties();
        var font = piece.Face.HbFont;
        font.Shape(buffer);

        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var scale = size / piece.Face.UnitsPerEm;
        var texts = AssignText(text, piece, infos, rtl);
        var glyphs = new ShapedGlyph[infos.Length];
        var pen = 0;
        for (var i = 0; i < infos.Length; i++)
        {
            var id = infos[i].Codepoint;
            var p = positions[i];
            var natural = p.XOffset == 0 && p.YOffset == 0 && p.XAdvance == font.GetHorizontalGlyphAdvance(id);
            glyphs[i] = new ShapedGlyph((ushort)id, (pen + p.XOffset) * scale, p.YOffset * scale, natural, texts[i].Text, texts[i].Key);
            pen += p.XAdvance;
        }

        return new ShapedRun(piece.Face, rtl, x, pen * scale, glyphs, piece.Start);
    }

    /// <summary>
    /// The characters each glyph stands for, so that copying or searching the PDF gives back the typed
    /// text: a glyph the character map gives for a character gets that character; contextual forms and
    /// ligatures get the cluster's remaining characters. The key orders glyphs logically.
    /// </summary>
    private static (string Text, int Key)[] AssignText(string text, Piece piece, ReadOnlySpan<GlyphInfo> infos, bool rtl)
    {
        var result = new (string Text, int Key)[infos.Length];
        var clusterStarts = new SortedSet<int>();
        foreach (var info in infos)
        {
            clusterStarts.Add((int)info.Cluster);
        }

        var starts = clusterStarts.ToArray();
        var pieceEnd = piece.Start + piece.Length;
        var members = new List<int>();
        for (var c = 0; c < starts.Length; c++)
        {
            var clusterStart = starts[c];
            var clusterEnd = c + 1 < starts.Length ? starts[c + 1] : pieceEnd;
            members.Clear();
            for (var i = 0; i < infos.Length; i++)
            {
                if ((int)infos[i].Cluster == clusterStart)
                {
                    members.Add(i);
                }
            }

            if (rtl)
            {
                members.Reverse();
            }

            var parts = new StringBuilder[members.Count];
            for (var m = 0; m < parts.Length; m++)
            {
                parts[m] = new StringBuilder();
            }

            var leftover = new StringBuilder();
            for (var i = clusterStart; i < clusterEnd;)
            {
                var rune = Rune.GetRuneAt(text, i);
                if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format || rune.Value is (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF))
                {
                    // Joiners and selectors shape the text but stand for no text of their own.
                    i += rune.Utf16SequenceLength;
                    continue;
                }

                var nominal = piece.Face.NominalGlyph(rune.Value);
                var target = -1;
                for (var m = 0; m < members.Count; m++)
                {
                    if (nominal != 0 && infos[members[m]].Codepoint == nominal && parts[m].Length == 0)
                    {
                        target = m;
                        break;
                    }
                }

                if (target >= 0)
                {
                    parts[target].Append(rune.ToString());
                }
                else
                {
                    leftover.Append(rune.ToString());
                }

                i += rune.Utf16SequenceLength;
            }

            if (leftover.Length > 0)
            {
                var target = Array.FindIndex(parts, p => p.Length == 0);
                if (target < 0)
                {
                    target = 0;
                }

                parts[target].Insert(0, leftover.ToString());
            }

            for (var m = 0; m < members.Count; m++)
            {
                result[members[m]] = (parts[m].ToString(), (clusterStart * 64) + Math.Min(m, 63));
            }
        }

        return result;
    }
}
