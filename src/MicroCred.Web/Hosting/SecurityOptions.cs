namespace MicroCred.Web.Hosting;

/// <summary>Switches that differ between production and local runs or tests.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>HTTPS redirection, HSTS and Secure-only cookies. On by default; Development and tests turn it off.</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>Trust X-Forwarded-For/Proto from a reverse proxy that terminates TLS.</summary>
    public bool BehindProxy { get; set; }

    public int LoginAttemptsPerMinute { get; set; } = 20;

    public int InvitationAttemptsPerMinute { get; set; } = 20;

    public int VerificationRequestsPerMinute { get; set; } = 60;
}
