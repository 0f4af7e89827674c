using System.Security.Claims;
using MicroCred.Infrastructure.Identity;
using MicroCred.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Hosting;

/// <summary>
/// Server-side sessions (OWASP ASVS 3.3.1): every sign-in stores a row in the database and the cookie carries its id.
/// Each request checks that the row still exists, so signing out, "sign out everywhere" and a password change end
/// the session at once on every portal instance that shares the database; a copied cookie is worth nothing afterwards.
/// </summary>
public static class ServerSessions
{
    public const string ClaimType = "microcred:session";

    /// <summary>Sessions older than this are removed when their user next signs in (the cookie itself lasts 8 hours, sliding).</summary>
    private static readonly TimeSpan Housekeeping = TimeSpan.FromDays(30);

    public static void Attach(CookieAuthenticationOptions options)
    {
        var events = options.Events ?? new CookieAuthenticationEvents();
        var validateStamp = events.OnValidatePrincipal;
        var signingIn = events.OnSigningIn;
        var signingOut = events.OnSigningOut;

        events.OnSigningIn = async context =>
        {
            await StartAsync(context.HttpContext, context.Principal);
            await signingIn(context);
        };
        events.OnValidatePrincipal = async context =>
        {
            bool live;
            try
            {
                live = await IsLiveAsync(context.HttpContext, context.Principal);
            }
            catch (Exception e) when (DatabaseFailures.IsUnavailable(e))
            {
                // The database cannot tell: the request gets the "try again" page (DatabaseUnavailableMiddleware), not the sign-in page.
                context.HttpContext.Items[DatabaseUnavailableMiddleware.UnavailableKey] = true;
                return;
            }

            if (!live)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(context.Scheme.Name);
                return;
            }

            await validateStamp(context);
        };
        events.OnSigningOut = async context =>
        {
            await EndAsync(context.HttpContext, context.HttpContext.User);
            await signingOut(context);
        };
        options.Events = events;
    }

    /// <summary>Keeps the session id when the security stamp check rebuilds the principal every minute.</summary>
    public static Task KeepSessionOnRefresh(SecurityStampRefreshingPrincipalContext context)
    {
        var session = context.CurrentPrincipal?.FindFirst(ClaimType);
        if (session is not null && context.NewPrincipal?.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == ClaimType))
        {
            identity.AddClaim(new Claim(ClaimType, session.Value));
        }

        return Task.CompletedTask;
    }

    /// <summary>Ends every session of the user (password changed, account deactivated, "sign out everywhere").</summary>
    public static Task<int> EndAllAsync(MicroCredDbContext db, Guid userId, CancellationToken ct = default) =>
        db.UserSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);

    private static async Task StartAsync(HttpContext http, ClaimsPrincipal? principal)
    {
        if (principal?.Identity is not ClaimsIdentity identity || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return;
        }

        if (identity.FindFirst(ClaimType) is { } existing)
        {
            identity.RemoveClaim(existing);
        }

        // A context of its own: the request's context may track changes that are not this sign-in's to save.
        await using var scope = http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MicroCredDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<MicroCred.Domain.IClock>().Now;
        var cutoff = now - Housekeeping;
        await db.UserSessions.Where(s => s.UserId == userId && s.CreatedAt < cutoff).ExecuteDeleteAsync(http.RequestAborted);

        var session = new UserSession { Id = Guid.NewGuid(), UserId = userId, CreatedAt = now };
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(http.RequestAborted);
        identity.AddClaim(new Claim(ClaimType, session.Id.ToString()));
    }

    private static async Task<bool> IsLiveAsync(HttpContext http, ClaimsPrincipal? principal)
    {
        if (!Guid.TryParse(principal?.FindFirstValue(ClaimType), out var sessionId)
            || !Guid.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return false;
        }

        // The session check is the request's first database work: the connection opened here stays open until the request's
        // context is disposed, so the page's own queries reuse it instead of taking it from the pool and giving it back
        // around every command.
        var db = http.RequestServices.GetRequiredService<MicroCredDbContext>();
        await db.Database.OpenConnectionAsync(http.RequestAborted);
        return await db.UserSessions.AnyAsync(s => s.Id == sessionId && s.UserId == userId, http.RequestAborted);
    }

    private static async Task EndAsync(HttpContext http, ClaimsPrincipal? principal)
    {
        if (Guid.TryParse(principal?.FindFirstValue(ClaimType), out var sessionId))
        {
            var db = http.RequestServices.GetRequiredService<MicroCredDbContext>();
            await db.UserSessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(CancellationToken.None);
        }
    }
}
