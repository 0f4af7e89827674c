using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace MicroCred.Bench.Load;

/// <summary>One signed-in person: a cookie jar and a connection pool shared by all of that person's concurrent loops.</summary>
internal sealed class Browser : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly HttpClient _client;

    public Browser(Uri baseUrl)
    {
        var handler = new SocketsHttpHandler
        {
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = int.MaxValue,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
        };
        _client = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(30) };
    }

    public HttpClient Client => _client;

    public static async Task<Browser> SignedInAsync(Uri baseUrl, string email, string password)
    {
        var browser = new Browser(baseUrl);
        var (_, html) = await browser.GetTextAsync("/account/login");
        var form = Form(html, f => f.QuerySelector("input[name=Password]") is not null) ?? throw new InvalidOperationException("No sign-in form on /account/login.");
        var fields = Fields(form);
        fields["Email"] = email;
        fields["Password"] = password;
        using var response = await browser._client.PostAsync("/account/login", new FormUrlEncodedContent(fields));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {email} answered {(int)response.StatusCode}.");
        }

        return browser;
    }

    public async Task<(HttpStatusCode Status, string Html)> GetTextAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static IHtmlFormElement? Form(string html, Func<IHtmlFormElement, bool> which) =>
        Parser.ParseDocument(html).Forms.FirstOrDefault(which);

    /// <summary>What a browser would send for the form without pressing a button: inputs, checked boxes, text areas, selections.</summary>
    public static Dictionary<string, string> Fields(IHtmlFormElement form) => FieldList(form)
        .GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);

    public static List<KeyValuePair<string, string>> FieldList(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        fields.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlInputElement input when input.Type is "submit" or "button" or "file" or "image" or "reset":
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    var chosen = select.Options.Where(o => o.IsSelected).ToList();
                    if (chosen.Count == 0 && !select.IsMultiple && select.Options.Length > 0)
                    {
                        chosen.Add(select.Options[0]!);
                    }

                    foreach (var option in chosen)
                    {
                        fields.Add(new(name, option.Value));
                    }

                    break;
            }
        }

        return fields;
    }

    public static string? Token(IElement form) => form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");

    public void Dispose() => _client.Dispose();
}
