using Serilog.Core;
using Serilog.Events;

namespace MicroCred.Web.Hosting;

/// <summary>
/// Replaces the credential id in logged request paths (/verify/{id}) with a placeholder: the id leads to a learner's
/// certificate, so logs record only that a verification happened and its outcome.
/// </summary>
public sealed class VerificationPathRedaction : ILogEventEnricher
{
    private const string Prefix = "/verify/";

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        foreach (var name in (string[])["RequestPath", "Path"])
        {
            if (logEvent.Properties.TryGetValue(name, out var value)
                && value is ScalarValue { Value: string path }
                && path.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
                && path.Length > Prefix.Length)
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(Prefix + "{id}")));
            }
        }
    }
}
