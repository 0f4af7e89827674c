namespace MicroCred.Infrastructure.Email;

/// <summary>The one way MicroCred sends e-mail: SMTP when configured, otherwise a pickup folder of .eml files.</summary>
public interface IMailSender
{
    Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default);
}

public sealed record OutgoingEmail(string ToAddress, string ToName, string Subject, string TextBody, string? HtmlBody = null);

public sealed class EmailOptions
{
    public const string Section = "Email";

    public string FromAddress { get; set; } = "no-reply@microcred.local";

    public string FromName { get; set; } = "MicroCred";

    /// <summary>Folder for .eml files when no SMTP host is set. Relative paths are under the app's data folder.</summary>
    public string PickupFolder { get; set; } = "mail-pickup";

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public bool UseStartTls { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }
}
