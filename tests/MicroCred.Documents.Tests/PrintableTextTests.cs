namespace MicroCred.Documents.Tests;

/// <summary>What the embedded fonts can print, and the message for what they cannot.</summary>
public class PrintableTextTests
{
    [Theory]
    [InlineData("Łódź Ærø Ñandú Čeština")]
    [InlineData("Ελληνικά Кириллица")]
    [InlineData("فاطمة الزهراء · שרה לוי")]
    [InlineData("王小明 · 山田はなこ カタカナ · 김민준")]
    [InlineData("Line one\nline two\twith a tab")]
    [InlineData("e\u0301 composed, zero\u200Bwidth, joiner\u200D, \u202Eoverride\u202C and \u200Fmark")]
    [InlineData("“Quotes” – dashes — € 12,50 • bullets")]
    [InlineData("")]
    [InlineData(null)]
    public void Text_the_embedded_fonts_cover_is_printable(string? text)
    {
        Assert.Null(PrintableText.Problem(text));
        Assert.True(PrintableText.IsPrintable(text));
    }

    [Fact]
    public void Every_visible_ASCII_character_with_line_breaks_and_tabs_is_printable()
    {
        var ascii = new string([.. Enumerable.Range(0x20, 0x7F - 0x20).Select(c => (char)c)]) + "\r\n\t";
        Assert.Null(PrintableText.Problem(ascii));
    }

    [Theory]
    [InlineData("Plain text with a unit\u001Fseparator", "The invisible character U+001F cannot be printed on certificates and course descriptions; please remove it.")]
    [InlineData("Delete\u007F", "The invisible character U+007F cannot be printed on certificates and course descriptions; please remove it.")]
    [InlineData("Great course 😀", "The character 😀 (U+1F600) cannot be printed on certificates and course descriptions; please remove it.")]
    [InlineData("Deva देव", "The character द (U+0926) cannot be printed on certificates and course descriptions; please remove it.")]
    [InlineData("Bell\u0007", "The invisible character U+0007 cannot be printed on certificates and course descriptions; please remove it.")]
    [InlineData("Private \uE000 use", "The invisible character U+E000 cannot be printed on certificates and course descriptions; please remove it.")]
    public void The_first_unprintable_character_is_named(string text, string message)
    {
        Assert.Equal(message, PrintableText.Problem(text));
        Assert.False(PrintableText.IsPrintable(text));
    }
}
