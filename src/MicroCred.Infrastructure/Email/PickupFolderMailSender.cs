using Microsoft.Extensions.Logging;

namespace MicroCred.Infrastructure.Email;

/// <summary>Writes each message as an .eml file, so invitations work on a machine without a mail server.</summary>
public sealed class PickupFolderMailSender(EmailOptions options, string folder, ILogger<PickupFolderMailSender> logger) : IMailSender
{
    public string Folder { get; } = folder;

    public async Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Folder);
        var message = MessageFactory.Create(options, email);
        var file = Path.Combine(Folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        await using (var stream = File.Create(file))
        {
            await message.WriteToAsync(stream, cancellationToken);
        }

        // Neither the recipient nor the body is logged: the body may hold a one-time link.
        logger.LogInformation("E-mail {Subject} written to pickup folder as {File}", email.Subject, Path.GetFileName(file));
    }
}
