namespace MicroCred.Web.Hosting;

/// <summary>Switches that differ between production and local runs or tests.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>HTTPS redirection, HSTS and Secure-only cookies. On by default; Development and tests turn it off.</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>Trust X-Forwarded-For/Proto from a reverse proxy that terminates TLS.</summary>
    public bool BehindProxy { get; set; }

    /// <summary>
    /// Addresses of the reverse proxies whose X-Forwarded-For is believed (e.g. "10.0.0.5"). Only with BehindProxy;
    /// with neither this nor KnownNetworks set, only a proxy on the same machine (loopback) is believed.
    /// </summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted reverse proxies in CIDR form (e.g. "172.18.0.0/16").</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public int LoginAttemptsPerMinute { get; set; } = 20;

    public int InvitationAttemptsPerMinute { get; set; } = 20;

    public int VerificationRequestsPerMinute { get; set; } = 60;
}
