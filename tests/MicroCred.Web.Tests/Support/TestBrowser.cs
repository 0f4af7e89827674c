using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using MicroCred.Infrastructure.Seeding;

namespace MicroCred.Web.Tests.Support;

/// <summary>A cookie-keeping HTTP client that reads pages like a user and posts forms with their antiforgery token.</summary>
public sealed class TestBrowser(HttpClient client) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Client { get; } = client;

    public async Task<Page> GetAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        return await Page.ReadAsync(response);
    }

    /// <summary>Opens the page with the form, takes its antiforgery token, and posts the fields to the form's action (or to postUrl).</summary>
    public async Task<Page> SubmitAsync(string formPageUrl, IDictionary<string, string> fields, string? postUrl = null, int formIndex = -1)
    {
        var page = await GetAsync(formPageUrl);
        if (page.Status != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {formPageUrl} returned {(int)page.Status}.");
        }

        return await PostAsync(postUrl ?? page.FormAction(formIndex) ?? formPageUrl, fields, page.AntiforgeryToken(formIndex));
    }

    public Task<Page> PostAsync(string url, IDictionary<string, string> fields, string? antiforgeryToken) =>
        PostAsync(url, (IEnumerable<KeyValuePair<string, string>>)fields, antiforgeryToken);

    /// <summary>Posts fields that may repeat a name (checkbox groups, row lists).</summary>
    public async Task<Page> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, string? antiforgeryToken)
    {
        var all = new List<KeyValuePair<string, string>>(fields);
        if (antiforgeryToken is not null)
        {
            all.Add(new("__RequestVerificationToken", antiforgeryToken));
        }

        using var content = new FormUrlEncodedContent(all);
        using var response = await Client.PostAsync(url, content);
        return await Page.ReadAsync(response);
    }

    public async Task<Page> PostMultipartAsync(string url, MultipartFormDataContent content, string antiforgeryToken)
    {
        content.Add(new StringContent(antiforgeryToken), "__RequestVerificationToken");
        using var response = await Client.PostAsync(url, content);
        return await Page.ReadAsync(response);
    }

    public async Task<Page> LoginAsync(string email, string password = DemoAccounts.Password) =>
        await SubmitAsync("/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    public void Dispose() => Client.Dispose();

    public sealed class Page
    {
        private Page(HttpStatusCode status, string html, Uri? location, IHtmlDocument document, HttpResponseMessage response)
        {
            Status = status;
            Html = html;
            Location = location;
            Document = document;
            Headers = response.Headers.Concat(response.Content.Headers).ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        }

        public HttpStatusCode Status { get; }

        public string Html { get; }

        public Uri? Location { get; }

        public IHtmlDocument Document { get; }

        public IReadOnlyDictionary<string, string> Headers { get; }

        public string Text => Document.Body?.TextContent ?? "";

        public static async Task<Page> ReadAsync(HttpResponseMessage response)
        {
            var html = await response.Content.ReadAsStringAsync();
            return new Page(response.StatusCode, html, response.Headers.Location, Parser.ParseDocument(html), response);
        }

        public string? AntiforgeryToken(int formIndex = -1) =>
            Form(formIndex)?.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");

        /// <summary>A token from any form on the page (the sign-out form has one on every signed-in page).</summary>
        public string? AnyAntiforgeryToken() =>
            Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");

        public string? FormAction(int formIndex = -1) => Form(formIndex)?.GetAttribute("action");

        /// <summary>The error shown next to a field (by field id), or null.</summary>
        public string? FieldError(string fieldId) => Document.GetElementById(fieldId + "-error")?.TextContent.Replace("Error: ", "", StringComparison.Ordinal).Trim();

        public IReadOnlyList<string> ErrorSummary() =>
            [.. Document.QuerySelectorAll(".error-summary li").Select(li => li.TextContent.Trim())];

        public string? InputValue(string id) => (Document.GetElementById(id) as IHtmlInputElement)?.Value
            ?? Document.GetElementById(id)?.TextContent;

        public string? Title => Document.Title;

        /// <summary>The main form of the page: the last form that is not the sign-out form in the header.</summary>
        private IHtmlFormElement? Form(int formIndex)
        {
            var forms = Document.Forms.Where(f => f.GetAttribute("action")?.Contains("/account/logout", StringComparison.OrdinalIgnoreCase) != true).ToList();
            if (forms.Count == 0)
            {
                return null;
            }

            return formIndex < 0 ? forms[^1] : forms[formIndex];
        }
    }
}
