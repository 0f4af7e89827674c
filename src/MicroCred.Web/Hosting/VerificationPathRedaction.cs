using Serilog.Core;
using Serilog.Events;

namespace MicroCred.Web.Hosting;

/// <summary>
/// Replaces the credential id in logged request paths (/verify/{id}) with a placeholder: the id leads to a learner's
/// certificate, so logs record only that a verification happened and its outcome. The same for survey links
/// (/survey/{token}): a personal link leads to one learner.
/// </summary>
public sealed class VerificationPathRedaction : ILogEventEnricher
{
    private static readonly string[] Prefixes = ["/verify/", "/survey/"];

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        foreach (var name in (string[])["RequestPath", "Path"])
        {
            if (logEvent.Properties.TryGetValue(name, out var value)
                && value is ScalarValue { Value: string path }
                && Array.Find(Prefixes, p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase) && path.Length > p.Length) is { } prefix
                && !path.Equals("/survey/thanks", StringComparison.OrdinalIgnoreCase))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(prefix + "{id}")));
            }
        }
    }
}
