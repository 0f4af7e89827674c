using MicroCred.Web.Hosting;

namespace MicroCred.Web.Features.Notifications;

/// <summary>Absolute links for e-mails, always from App:PublicBaseUrl (never from the request's Host header).</summary>
public sealed class AppLinks(PublicAddress address)
{
    public Uri BaseUrl => address.BaseUrl;

    /// <summary>The absolute form of a portal path such as "/designs/…/timeline".</summary>
    public Uri Absolute(string path) => address.Absolute(path);
}
