using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using MicroCred.Web.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace MicroCred.Web.Tests.Security;

/// <summary>The lines of hostile-corpus.txt and the checks every page and PDF that shows them must pass.</summary>
public static partial class HostileCorpus
{
    /// <summary>
    /// Scripts whose lines are left out of the PDF read-back. Empty since the fonts work (ADR 0008): every script of the
    /// corpus prints as typed, and what cannot be printed (emoji) is refused at input with the character named.
    /// </summary>
    public static readonly IReadOnlyList<(string Script, int First, int Last)> ScriptsAwaitingFontFallback = [];

    public static IReadOnlyList<string> Lines { get; } = Load();

    /// <summary>The 4,000-character value: longer than every short field allows, exactly as long as a long text may be.</summary>
    public static string Long { get; } = string.Concat(Enumerable.Repeat("Ünïcödé <b>&amp; 0123456789 ", 200))[..4000];

    public static bool AwaitsFontFallback(string value) => Runes(value).Any(r => ScriptsAwaitingFontFallback.Any(s => r >= s.First && r <= s.Last));

    /// <summary>Whether a refusal message names one of the characters of the value (the character itself or its U+ code).</summary>
    public static bool NamesACharacterOf(string message, string value) =>
        value.EnumerateRunes().Where(r => r.Value > 0x7F).Any(r =>
            message.Contains(r.ToString(), StringComparison.Ordinal)
            || message.Contains("U+" + r.Value.ToString("X4", CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Hostile text is shown as text: no element or attribute it could have made exists in the page, and every script
    /// is the portal's own file.
    /// </summary>
    public static void AssertEscaped(TestBrowser.Page page, string url)
    {
        Assert.True(page.Status == System.Net.HttpStatusCode.OK, $"{url} answered {(int)page.Status}.");
        Assert.All(page.Document.Scripts, s => Assert.True(s.Source?.StartsWith('/') == true, $"{url} has a script that is not the portal's: {s.OuterHtml}"));
        var injected = page.Document.All
            .Where(e => e.LocalName is "iframe" or "object" or "embed" or "base"
                        || (e.LocalName == "form" && e.GetAttribute("action")?.TrimStart().StartsWith("javascript", StringComparison.OrdinalIgnoreCase) == true)
                        || (e.LocalName == "img" && e.GetAttribute("src") == "x")
                        || e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)))
            .Select(e => e.OuterHtml[..Math.Min(200, e.OuterHtml.Length)])
            .ToList();
        Assert.True(injected.Count == 0, $"{url} contains markup made from input: {string.Join(" | ", injected)}");
        Assert.DoesNotContain("<script>alert", page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", page.Html, StringComparison.OrdinalIgnoreCase);
        foreach (var a in page.Document.QuerySelectorAll("a[href]").Cast<IElement>())
        {
            Assert.False(a.GetAttribute("href")!.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), $"{url} links to {a.GetAttribute("href")}.");
        }
    }

    /// <summary>The fields the main form of a page would post as it stands (hidden ones included), to change some and post back.</summary>
    public static Dictionary<string, string> FormFields(TestBrowser.Page page, string? action = null)
    {
        var forms = page.Document.Forms.Where(f => f.GetAttribute("action")?.Contains("/account/logout", StringComparison.OrdinalIgnoreCase) != true).ToList();
        var form = action is null ? forms[^1] : forms.Single(f => f.GetAttribute("action") == action);
        var fields = new Dictionary<string, string>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case AngleSharp.Html.Dom.IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "button" or "file"):
                    if (input.Type is not ("checkbox" or "radio") || input.IsChecked)
                    {
                        fields[input.Name] = input.Value;
                    }

                    break;
                case AngleSharp.Html.Dom.IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields[select.Name] = select.Value ?? "";
                    break;
                case AngleSharp.Html.Dom.IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields[area.Name] = area.Value;
                    break;
            }
        }

        fields.Remove("__RequestVerificationToken");
        return fields;
    }

    /// <summary>All text of a PDF (whitespace folded) after checking it is one.</summary>
    public static string PdfText(byte[] pdf, string url)
    {
        Assert.True(pdf.Length > 4 && pdf[0] == '%' && pdf[1] == 'P', $"{url} is not a PDF.");
        using var document = PdfDocument.Open(pdf);
        return Fold(string.Join(" ", document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p))));
    }

    /// <summary>
    /// The text a reader sees: whitespace folded and invisible format characters (zero-width, direction overrides) left out,
    /// since a PDF may carry or omit them without changing what is printed.
    /// </summary>
    public static string Fold(string text) =>
        Whitespace().Replace(new string([.. text.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)]), " ").Trim();

    /// <summary>
    /// Printed as typed: the folded value is in the folded PDF text. Where the value holds invisible format characters, a gap
    /// the renderer leaves in their place is not lost text, so spaces are ignored for such values.
    /// </summary>
    public static bool PrintedAsTyped(string printed, string value)
    {
        if (Fold(printed).Contains(Fold(value), StringComparison.Ordinal))
        {
            return true;
        }

        return value.Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            && Squeeze(printed).Contains(Squeeze(value), StringComparison.Ordinal);
    }

    private static string Squeeze(string text) => Whitespace().Replace(Fold(text), "");

    private static IEnumerable<int> Runes(string value) => value.EnumerateRunes().Select(r => r.Value);

    private static List<string> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Security", "hostile-corpus.txt");
        return [.. File.ReadAllLines(path, Encoding.UTF8)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(Unescape)];
    }

    private static string Unescape(string line) => Escape().Replace(line, m => m.Value[1] switch
    {
        't' => "\t",
        '\\' => "\\",
        _ => char.ConvertFromUtf32(int.Parse(m.Value[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture)),
    });

    [GeneratedRegex(@"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}|\\t|\\\\")]
    private static partial Regex Escape();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
