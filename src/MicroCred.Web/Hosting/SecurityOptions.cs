namespace MicroCred.Web.Hosting;

/// <summary>Switches that differ between production and local runs or tests.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>HTTPS redirection, HSTS and Secure-only cookies. On by default; Development and tests turn it off.</summary>
    public bool RequireHttps { get; set; } = true;

    public int LoginAttemptsPerMinute { get; set; } = 20;

    public int InvitationAttemptsPerMinute { get; set; } = 20;

    public int VerificationRequestsPerMinute { get; set; } = 60;
}
