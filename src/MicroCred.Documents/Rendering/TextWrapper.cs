using System.Globalization;
using System.Text;
using PdfSharp.Drawing;

namespace MicroCred.Documents.Rendering;

/// <summary>A line of text with its measured width.</summary>
internal readonly record struct TextLine(string Text, double Width);

/// <summary>
/// Greedy line breaking: breaks at spaces, honours "\n", and splits a word wider than the line
/// between characters (never inside a surrogate pair or combining sequence) so nothing overflows.
/// </summary>
internal sealed class TextWrapper
{
    private readonly FontSet _fonts;
    private readonly StringBuilder _line = new();

    public TextWrapper(FontSet fonts) => _fonts = fonts;

    public List<TextLine> Wrap(string text, XFont font, double maxWidth)
    {
        // Composed form: "e" + U+0301 becomes "é", a glyph the fonts have (they lack most combining marks).
        if (!text.IsNormalized(NormalizationForm.FormC))
        {
            text = text.Normalize(NormalizationForm.FormC);
        }

        var lines = new List<TextLine>();
        var space = _fonts.SpaceWidth(font);
        foreach (var rawParagraph in text.Split('\n'))
        {
            var paragraph = rawParagraph.TrimEnd('\r');
            _line.Clear();
            var lineWidth = 0.0;
            foreach (var word in paragraph.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                var wordWidth = _fonts.Width(word, font);
                var needed = _line.Length == 0 ? wordWidth : lineWidth + space + wordWidth;
                if (needed <= maxWidth)
                {
                    if (_line.Length > 0)
                    {
                        _line.Append(' ');
                    }

                    _line.Append(word);
                    lineWidth = needed;
                    continue;
                }

                if (_line.Length > 0)
                {
                    lines.Add(new TextLine(_line.ToString(), lineWidth));
                    _line.Clear();
                    lineWidth = 0;
                }

                if (wordWidth <= maxWidth)
                {
                    _line.Append(word);
                    lineWidth = wordWidth;
                }
                else
                {
                    lineWidth = SplitLongWord(word, font, maxWidth, lines);
                }
            }

            lines.Add(new TextLine(_line.ToString(), lineWidth));
        }

        return lines;
    }

    /// <summary>Emits full-width pieces of the word and leaves the tail in the line buffer; returns its width.</summary>
    private double SplitLongWord(string word, XFont font, double maxWidth, List<TextLine> lines)
    {
        var start = 0;
        var width = 0.0;
        var index = 0;
        while (index < word.Length)
        {
            var length = StringInfo.GetNextTextElementLength(word.AsSpan(index));
            var element = word.Substring(index, length);
            var elementWidth = _fonts.Width(element, font);
            if (width + elementWidth > maxWidth && index > start)
            {
                lines.Add(new TextLine(word[start..index], width));
                start = index;
                width = 0;
            }

            width += elementWidth;
            index += length;
        }

        _line.Append(word, start, word.Length - start);
        return width;
    }
}
