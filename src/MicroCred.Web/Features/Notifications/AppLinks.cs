namespace MicroCred.Web.Features.Notifications;

/// <summary>Absolute links for e-mails: App:PublicBaseUrl when configured, otherwise the address of the current request.</summary>
public sealed class AppLinks(IConfiguration configuration, IHttpContextAccessor http)
{
    public Uri BaseUrl
    {
        get
        {
            if (Uri.TryCreate(configuration["App:PublicBaseUrl"], UriKind.Absolute, out var configured))
            {
                return configured;
            }

            var request = http.HttpContext?.Request;
            return request is null ? new Uri("http://localhost/") : new Uri($"{request.Scheme}://{request.Host}");
        }
    }

    /// <summary>The absolute form of a portal path such as "/designs/…/timeline".</summary>
    public Uri Absolute(string path) => new(BaseUrl, path);
}
