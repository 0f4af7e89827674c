namespace MicroCred.Web.Hosting;

/// <summary>
/// The address people use to reach the portal (<c>App:PublicBaseUrl</c>). Every absolute link the portal prints — on
/// certificates, in QR codes, in e-mails — starts with it; the request's Host header is never used, so a forged Host
/// cannot put someone else's address into a certificate or an invitation.
/// </summary>
public sealed class PublicAddress
{
    public const string Setting = "App:PublicBaseUrl";

    /// <summary>Used in Development when nothing is set: the address `dotnet run` listens on.</summary>
    public const string DevelopmentDefault = "http://localhost:5080";

    public PublicAddress(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        BaseUrl = baseUrl;
        Root = baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    public Uri BaseUrl { get; }

    /// <summary>Scheme, host, port and any path prefix, without a trailing slash.</summary>
    public string Root { get; }

    /// <summary>The absolute form of a portal path such as "/verify/abc".</summary>
    public Uri Absolute(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new Uri(Root + (path.StartsWith('/') ? path : "/" + path));
    }

    /// <summary>Reads the setting; outside Development a missing or malformed value stops the start with a message saying what to set.</summary>
    public static PublicAddress FromConfiguration(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = configuration[Setting];
        if (string.IsNullOrWhiteSpace(configured))
        {
            if (environment.IsDevelopment())
            {
                return new PublicAddress(new Uri(DevelopmentDefault));
            }

            throw new InvalidOperationException(
                "MicroCred cannot start: App:PublicBaseUrl is not set. Set it to the address people use to reach the portal, " +
                "for example https://microcred.example.edu (environment variable App__PublicBaseUrl). Certificates, QR codes and " +
                "e-mails print links that start with it.");
        }

        if (!Uri.TryCreate(configured.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new InvalidOperationException(
                $"MicroCred cannot start: App:PublicBaseUrl '{configured}' is not a web address. Use the form https://microcred.example.edu.");
        }

        return new PublicAddress(uri);
    }

    /// <summary>
    /// AllowedHosts follows the public address (plus localhost for health probes on the machine) unless it was set to
    /// something other than "*" on purpose.
    /// </summary>
    public static void RestrictAllowedHosts(IConfiguration configuration, PublicAddress address)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(address);
        var allowed = configuration["AllowedHosts"];
        if (string.IsNullOrWhiteSpace(allowed) || allowed.Trim() == "*")
        {
            var host = address.BaseUrl.IdnHost;
            configuration["AllowedHosts"] = host == "localhost" ? "localhost" : $"{host};localhost";
        }
    }
}
