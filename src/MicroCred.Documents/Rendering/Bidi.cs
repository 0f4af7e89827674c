using System.Globalization;
using System.Text;

namespace MicroCred.Documents.Rendering;

/// <summary>
/// A deliberately small subset of the Unicode Bidirectional Algorithm (UAX #9) for one line
/// without explicit embeddings: paragraph direction from the first strong character (P2–P3),
/// numbers after right-to-left letters stay left-to-right (W2, W7, I1–I2), neutrals between two
/// letters of one direction take it, otherwise the paragraph's (N1–N2). Explicit direction
/// controls (LRE…PDI) are removed before layout rather than honoured.
/// </summary>
internal static class Bidi
{
    private enum Kind : byte
    {
        L,
        R,
        Number,
        Mark,
        Neutral,
    }

    /// <summary>True for the explicit direction controls the renderer removes (U+200E/F, U+202A–E, U+2066–9).</summary>
    public static bool IsDirectionControl(int c) =>
        c is 0x200E or 0x200F or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) or 0x061C;

    public static bool IsRightToLeft(int c) =>
        c is (>= 0x0590 and <= 0x08FF) or (>= 0xFB1D and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF)
            or (>= 0x10800 and <= 0x10FFF) or (>= 0x1E800 and <= 0x1EFFF);

    /// <summary>Embedding level per UTF-16 unit (0 = left-to-right, 1 = right-to-left, 2 = numbers or Latin inside right-to-left).</summary>
    public static byte[] Levels(string text, out byte paragraphLevel)
    {
        var kinds = new Kind[text.Length];
        paragraphLevel = 255;
        for (var i = 0; i < text.Length;)
        {
            var rune = Rune.GetRuneAt(text, i);
            var kind = Classify(rune);
            if (paragraphLevel == 255 && kind is Kind.L or Kind.R)
            {
                paragraphLevel = kind == Kind.R ? (byte)1 : (byte)0;
            }

            for (var k = 0; k < rune.Utf16SequenceLength; k++)
            {
                kinds[i + k] = kind;
            }

            i += rune.Utf16SequenceLength;
        }

        if (paragraphLevel == 255)
        {
            paragraphLevel = 0;
        }

        var paragraphKind = paragraphLevel == 1 ? Kind.R : Kind.L;

        // Marks take the kind of what they sit on.
        var previous = paragraphKind;
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] == Kind.Mark)
            {
                kinds[i] = previous == Kind.Neutral ? paragraphKind : previous;
            }

            previous = kinds[i];
        }

        // Numbers after a left-to-right letter (or at the start of a left-to-right paragraph) are plain L.
        var lastStrong = paragraphKind;
        for (var i = 0; i < kinds.Length; i++)
        {
            switch (kinds[i])
            {
                case Kind.L or Kind.R:
                    lastStrong = kinds[i];
                    break;
                case Kind.Number when lastStrong == Kind.L:
                    kinds[i] = Kind.L;
                    break;
            }
        }

        ResolveBracketPairs(text, kinds, paragraphKind);

        // Neutrals: the direction on both sides if it agrees (numbers count as right-to-left), else the paragraph's.
        for (var i = 0; i < kinds.Length;)
        {
            if (kinds[i] != Kind.Neutral)
            {
                i++;
                continue;
            }

            var end = i;
            while (end < kinds.Length && kinds[end] == Kind.Neutral)
            {
                end++;
            }

            var before = i == 0 ? paragraphKind : Direction(kinds[i - 1]);
            var after = end == kinds.Length ? paragraphKind : Direction(kinds[end]);
            var resolved = before == after ? before : paragraphKind;
            for (var k = i; k < end; k++)
            {
                kinds[k] = resolved;
            }

            i = end;
        }

        var levels = new byte[text.Length];
        for (var i = 0; i < kinds.Length; i++)
        {
            levels[i] = (kinds[i], paragraphLevel) switch
            {
                (Kind.R, _) => 1,
                (Kind.Number, _) => 2,
                (_, 0) => 0,
                _ => 2,
            };
        }

        return levels;
    }

    /// <summary>Visual order of items with the given levels (rule L2): the indexes, left to right.</summary>
    public static int[] VisualOrder(IReadOnlyList<byte> levels)
    {
        var order = Enumerable.Range(0, levels.Count).ToArray();
        if (levels.Count == 0)
        {
            return order;
        }

        var highest = levels.Max();
        var lowestOdd = levels.Where(l => l % 2 == 1).DefaultIfEmpty((byte)(highest + 1)).Min();
        for (int level = highest; level >= lowestOdd && level >= 1; level--)
        {
            for (var i = 0; i < order.Length;)
            {
                if (levels[order[i]] < level)
                {
                    i++;
                    continue;
                }

                var end = i;
                while (end < order.Length && levels[order[end]] >= level)
                {
                    end++;
                }

                Array.Reverse(order, i, end - i);
                i = end;
            }
        }

        return order;
    }

    /// <summary>
    /// Rule N0, simplified: a matched pair of (), [] or {} takes the paragraph direction if its content has
    /// a letter of that direction; otherwise the opposite direction if its content and what precedes the
    /// opening bracket have it. "שרה לוי (2027)" thus keeps its brackets around the number.
    /// </summary>
    private static void ResolveBracketPairs(string text, Kind[] kinds, Kind paragraphKind)
    {
        var open = new Stack<int>();
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(' or '[' or '{' when kinds[i] == Kind.Neutral:
                    open.Push(i);
                    break;
                case ')' or ']' or '}' when kinds[i] == Kind.Neutral && open.Count > 0:
                    var start = open.Pop();
                    if (!Matches(text[start], text[i]))
                    {
                        open.Clear();
                        break;
                    }

                    var opposite = paragraphKind == Kind.L ? Kind.R : Kind.L;
                    var inside = kinds.AsSpan(start + 1, i - start - 1).ToArray().Select(Direction).ToList();
                    Kind? resolved = null;
                    if (inside.Contains(paragraphKind))
                    {
                        resolved = paragraphKind;
                    }
                    else if (inside.Contains(opposite))
                    {
                        var before = paragraphKind;
                        for (var k = start - 1; k >= 0; k--)
                        {
                            if (kinds[k] is Kind.L or Kind.R or Kind.Number)
                            {
                                before = Direction(kinds[k]);
                                break;
                            }
                        }

                        resolved = before == opposite ? opposite : paragraphKind;
                    }

                    if (resolved is { } kind)
                    {
                        kinds[start] = kind;
                        kinds[i] = kind;
                    }

                    break;
            }
        }

        static bool Matches(char open, char close) => (open, close) is ('(', ')') or ('[', ']') or ('{', '}');
    }

    private static Kind Direction(Kind kind) => kind == Kind.Number ? Kind.R : kind;

    private static Kind Classify(Rune rune)
    {
        var c = rune.Value;
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
        {
            return Kind.Mark;
        }

        if (c is >= '0' and <= '9' or (>= 0x0660 and <= 0x0669) or (>= 0x06F0 and <= 0x06F9))
        {
            return Kind.Number;
        }

        if (IsRightToLeft(c))
        {
            return category is UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherNumber
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Format
                ? Kind.R
                : Kind.Neutral;
        }

        return category switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.LetterNumber or UnicodeCategory.DecimalDigitNumber => Kind.L,
            _ => Kind.Neutral,
        };
    }
}
