using System.Net;
using MicroCred.Domain.Accounts;
using MicroCred.Infrastructure.Email;

namespace MicroCred.Web.Features.Admin.Users;

/// <summary>The invitation message, in plain text and simple HTML.</summary>
public static class InvitationEmail
{
    public static OutgoingEmail Compose(Invitation invitation, string institutionName, Uri link)
    {
        var expires = MicroCred.Domain.Dates.Long(invitation.ExpiresAt);
        var role = Roles.DisplayName(invitation.Role);
        var text =
            $"Dear {invitation.FullName},\n\n" +
            $"You have been invited to MicroCred, the portal where {institutionName} and its partners design, review and issue joint micro-credentials.\n" +
            $"Your role: {role}.\n\n" +
            $"Open this link to choose your password and activate your account:\n{link}\n\n" +
            $"The link works once and until {expires}. If you did not expect this invitation, you can ignore this message.\n";
        var html =
            $"<p>Dear {WebUtility.HtmlEncode(invitation.FullName)},</p>" +
            $"<p>You have been invited to MicroCred, the portal where {WebUtility.HtmlEncode(institutionName)} and its partners design, review and issue joint micro-credentials. Your role: <strong>{WebUtility.HtmlEncode(role)}</strong>.</p>" +
            $"<p><a href=\"{WebUtility.HtmlEncode(link.ToString())}\">Choose your password and activate your account</a></p>" +
            $"<p>The link works once and until {expires}. If you did not expect this invitation, you can ignore this message.</p>";
        return new OutgoingEmail(invitation.Email, invitation.FullName, "Your invitation to MicroCred", text, html);
    }
}
