using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;

namespace MicroCred.Infrastructure.Email;

/// <summary>Sends through an SMTP relay with MailKit.</summary>
public sealed class SmtpMailSender(EmailOptions options, ILogger<SmtpMailSender> logger) : IMailSender
{
    public async Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default)
    {
        var smtp = options.Smtp;
        var message = MessageFactory.Create(options, email);
        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host ?? throw new InvalidOperationException("Email:Smtp:Host is not set."), smtp.Port, smtp.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.Auto, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        logger.LogInformation("E-mail {Subject} sent through SMTP host {SmtpHost}", email.Subject, smtp.Host);
    }
}
