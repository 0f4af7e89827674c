using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using MicroCred.Domain.Designs;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Tests.Wizard;

/// <summary>
/// Every page a course leader sees of the complete and the half-finished demo design speaks plain words: no rule ids
/// (R-…), no gate codes standing alone (G1), no property or enum names (DominantMode, PascalCase), no ISO country codes
/// where a country is meant. Visible text is the body's text outside scripts and styles, and outside &lt;details&gt;
/// (except a row's form and the step navigation, which are folded only to keep pages short)
/// and title attributes, which are kept for QA officers.
/// </summary>
public sealed partial class PlainWordsTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    /// <summary>Proper names and brands written in camel case on purpose.</summary>
    private static readonly HashSet<string> AllowedNames = new(StringComparer.Ordinal)
    {
        "MicroCred", "LinkedIn", "YouTube", "GitHub", "PowerPoint", "OneDrive", "SharePoint", "JavaScript", "PostgreSQL",
        "WhatsApp", "FutureLearn", "MOOCs", "ECTS", "ESCO", "EQF", "NQF", "ISCED", "EHEA", "QA", "PhD", "MSc", "BSc",
        "eduGAIN", "iDEAL", "OpenBadges", "GitLab", "MathJax", "BigBlueButton", "iPhone", "iPad", "eLearning", "ePortfolio",
        "MyCourses", "OpenupEd", "OpenEdu", "EduOpen", "PeerWise", "FeedbackFruits", "OpenStreetMap", "QGIS", "ArcGIS",
    };

    /// <summary>Country codes of European partners ("IT" is left out: it reads as "IT services").</summary>
    private static readonly string[] CountryCodes = ["NL", "ES", "PT", "DE", "FR", "BE", "AT", "DK", "SE", "FI", "IE", "PL", "GR", "EL", "CZ", "UK", "GB", "NO"];

    [Fact]
    public async Task Every_page_of_the_demo_designs_shows_plain_words_to_the_course_leader()
    {
        using var leader = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await leader.LoginAsync("leader@microcred.demo")).Status);

        var offences = new List<string>();
        var pagesRead = 0;
        foreach (var title in new[] { SampleDesigns.CompleteTitle, SampleDesigns.HalfFinishedTitle })
        {
            var designId = await factory.WithDbAsync(db => db.CourseDesigns.Where(d => d.Title == title).Select(d => d.Id).SingleAsync());
            var root = $"/designs/{designId}";
            var queue = new Queue<string>(new[] { "", "/checks", "/team", "/history", "/comments", "/decisions", "/versions", "/timeline", "/submit", "/documents", "/approvals", "/course-description" }
                .Concat(Enumerable.Range(1, 21).Select(n => $"/steps/{n}"))
                .Select(p => root + p));
            var seen = new HashSet<string>(queue, StringComparer.OrdinalIgnoreCase);
            while (queue.Count > 0 && pagesRead < 200)
            {
                var url = queue.Dequeue();
                var page = await leader.GetAsync(url);
                if (page.Status is not (HttpStatusCode.OK or HttpStatusCode.Conflict) || !page.Headers.TryGetValue("Content-Type", out var type) || !type.Contains("text/html", StringComparison.Ordinal))
                {
                    continue;
                }

                pagesRead++;
                foreach (var phrase in Offending(page.Document))
                {
                    offences.Add($"{url.Replace(designId.ToString(), "{" + (title == SampleDesigns.CompleteTitle ? "complete" : "half") + "}", StringComparison.Ordinal)}: {phrase}");
                }

                foreach (var href in page.Document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
                {
                    var path = href.Split('#')[0].Split('?')[0];
                    if (path.StartsWith(root, StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)
                        && !path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && seen.Add(path))
                    {
                        queue.Enqueue(path);
                    }
                }
            }
        }

        Assert.True(pagesRead >= 50, $"only {pagesRead} pages were read");
        Assert.True(offences.Count == 0, $"{offences.Count} machine-made words on pages the course leader sees:\n" + string.Join("\n", offences.Distinct()));
    }

    /// <summary>The phrases of a page that show a code, a property or enum name, or a country code.</summary>
    internal static IEnumerable<string> Offending(IDocument document)
    {
        foreach (var text in VisibleTexts(document))
        {
            foreach (Match m in RuleId().Matches(text))
            {
                yield return $"rule id \"{m.Value}\" in \"{Shorten(text)}\"";
            }

            foreach (Match m in GateCode().Matches(text))
            {
                yield return $"gate code \"{m.Value}\" in \"{Shorten(text)}\"";
            }

            foreach (Match m in PascalCase().Matches(text))
            {
                if (!AllowedNames.Contains(m.Value))
                {
                    yield return $"identifier \"{m.Value}\" in \"{Shorten(text)}\"";
                }
            }

            foreach (Match m in Uppercase2().Matches(text))
            {
                if (CountryCodes.Contains(m.Value))
                {
                    yield return $"country code \"{m.Value}\" in \"{Shorten(text)}\"";
                }
            }

            var doubled = DoubledLegend().Match(text);
            if (doubled.Success)
            {
                yield return $"doubled label \"{doubled.Value}\" in \"{Shorten(text)}\"";
            }
        }
    }

    /// <summary>Text nodes of the body outside scripts, styles and details (kept for QA officers), one per element, plus option texts.</summary>
    private static IEnumerable<string> VisibleTexts(IDocument document)
    {
        var body = document.Body;
        if (body is null)
        {
            yield break;
        }

        foreach (var element in body.QuerySelectorAll("*").Prepend(body))
        {
            if (element.LocalName is "script" or "style" or "template" || element.Closest("details:not([data-row-edit]):not(.step-nav)") is not null || element.Closest("[hidden]") is not null)
            {
                continue;
            }

            var own = string.Concat(element.ChildNodes.Where(n => n.NodeType == NodeType.Text).Select(n => n.TextContent));
            own = Whitespace().Replace(own, " ").Trim();
            if (own.Length > 0)
            {
                yield return own;
            }

            // A label or legend read as one phrase (its own words and those of inline children).
            if (element.LocalName is "legend" or "label" or "option" or "h1" or "h2" or "h3" or "li" or "td" or "th" or "dt" or "dd" or "p")
            {
                var whole = Whitespace().Replace(element.TextContent, " ").Trim();
                // A row card is not one phrase (title, facts and buttons); its parts are read one by one above.
                if (whole.Length > 0 && whole != own && element.QuerySelector("details") is null && !element.ClassList.Contains("row-card"))
                {
                    yield return whole;
                }
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 140 ? text : text[..140] + "…";

    [GeneratedRegex(@"\bR-[A-Z]{2,}-\d+")]
    private static partial Regex RuleId();

    [GeneratedRegex(@"(?<![-\w])G[123](?![-\w])")]
    private static partial Regex GateCode();

    /// <summary>Two or more humps, standing alone: DominantMode, OneToTwenty (not "MicroCred" once allowed, not "ECTS").</summary>
    [GeneratedRegex(@"(?<![\w@./-])[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+(?![\w@/-])")]
    private static partial Regex PascalCase();

    [GeneratedRegex(@"(?<![\w./@-])[A-Z]{2}(?![\w/@-])")]
    private static partial Regex Uppercase2();

    [GeneratedRegex(@"\b(\w+ \d+): \1:")]
    private static partial Regex DoubledLegend();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
