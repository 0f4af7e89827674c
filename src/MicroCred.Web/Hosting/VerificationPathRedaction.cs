using System.Text;
using Serilog.Core;
using Serilog.Events;

namespace MicroCred.Web.Hosting;

/// <summary>
/// Keeps guest links out of the logs. In every logged path or address (the request log's RequestPath, the framework's
/// Path, QueryString and scope properties, any property holding a URL) the secret part of a link is replaced:
/// <list type="bullet">
/// <item>the segment after /verify/, /survey/ and /guest/ (a credential id leads to a learner's certificate, a survey or
/// guest token opens a page without an account) becomes <c>{id}</c>, the rest of the path stays;</item>
/// <item>every query-string value becomes <c>{redacted}</c> (invitation and reset tokens, /verify?id=…), the names stay.</item>
/// </list>
/// Logs then record that a link was used and the outcome, never which link.
/// </summary>
public sealed class VerificationPathRedaction : ILogEventEnricher
{
    public const string IdPlaceholder = "{id}";
    public const string ValuePlaceholder = "{redacted}";

    private static readonly string[] Prefixes = ["/verify/", "/survey/", "/guest/"];

    /// <summary>Fixed pages under those prefixes, which carry no token.</summary>
    private static readonly string[] FixedSegments = ["thanks", "pdf", "document"];

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        List<LogEventProperty>? changed = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            if (value is ScalarValue { Value: string text } && Redact(text) is { } redacted && redacted != text)
            {
                (changed ??= []).Add(new LogEventProperty(name, new ScalarValue(redacted)));
            }
        }

        foreach (var property in changed ?? [])
        {
            logEvent.AddOrUpdateProperty(property);
        }
    }

    /// <summary>The text with link secrets replaced, when it is a path ("/…"), a query string ("?…") or an absolute http(s) address; otherwise the text unchanged.</summary>
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.StartsWith('?'))
        {
            return RedactQuery(text);
        }

        var pathStart = 0;
        if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            var slash = text.IndexOf('/', text.IndexOf("//", StringComparison.Ordinal) + 2);
            if (slash < 0)
            {
                return text;
            }

            pathStart = slash;
        }
        else if (!text.StartsWith('/'))
        {
            return text;
        }

        var queryAt = text.IndexOf('?', pathStart);
        var path = queryAt < 0 ? text[pathStart..] : text[pathStart..queryAt];
        var query = queryAt < 0 ? "" : RedactQuery(text[queryAt..]);
        return text[..pathStart] + RedactPath(path) + query;
    }

    private static string RedactPath(string path)
    {
        foreach (var prefix in Prefixes)
        {
            if (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && path.Length > prefix.Length)
            {
                var end = path.IndexOf('/', prefix.Length);
                var segment = end < 0 ? path[prefix.Length..] : path[prefix.Length..end];
                if (FixedSegments.Contains(segment, StringComparer.OrdinalIgnoreCase))
                {
                    return path;
                }

                return path[..prefix.Length] + IdPlaceholder + (end < 0 ? "" : path[end..]);
            }
        }

        return path;
    }

    private static string RedactQuery(string query)
    {
        if (query.Length <= 1)
        {
            return query;
        }

        var result = new StringBuilder("?");
        var pairs = query[1..].Split('&');
        for (var i = 0; i < pairs.Length; i++)
        {
            if (i > 0)
            {
                result.Append('&');
            }

            var equals = pairs[i].IndexOf('=', StringComparison.Ordinal);
            result.Append(equals < 0 ? ValuePlaceholder : pairs[i][..(equals + 1)] + ValuePlaceholder);
        }

        return result.ToString();
    }
}
