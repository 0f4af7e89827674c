using MicroCred.Domain;
using MicroCred.Domain.Notifications;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Notifications;

/// <summary>The signed-in user's own notifications; nobody sees or opens another person's.</summary>
[Route("notifications")]
public sealed class NotificationsController(MicroCredDbContext db, IClock clock) : Controller
{
    public const int ListSize = 200;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var userId = User.UserId();
        var items = await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == userId)
            .OrderByDescending(n => n.CreatedAt)
            .Take(ListSize)
            .ToListAsync(ct);
        return View(items);
    }

    /// <summary>Opens the thing the notification is about and marks it read.</summary>
    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Open(Guid id, CancellationToken ct)
    {
        var userId = User.UserId();
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserId == userId, ct);
        if (notification is null)
        {
            return NotFound();
        }

        if (!notification.IsRead)
        {
            notification.MarkRead(clock.Now);
            await db.SaveChangesAsync(ct);
        }

        return LocalRedirect(notification.Link);
    }

    [HttpPost("read-all"), ValidateAntiForgeryToken]
    public async Task<IActionResult> ReadAll(CancellationToken ct)
    {
        var userId = User.UserId();
        var unread = await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null).ToListAsync(ct);
        var now = clock.Now;
        foreach (var n in unread)
        {
            n.MarkRead(now);
        }

        await db.SaveChangesAsync(ct);
        TempData["Flash"] = unread.Count switch
        {
            0 => "There were no unread notifications.",
            1 => "1 notification marked as read.",
            _ => $"{unread.Count} notifications marked as read.",
        };
        return RedirectToAction(nameof(Index));
    }
}

/// <summary>The unread count shown in the navigation.</summary>
public sealed class NotificationCounter(MicroCredDbContext db)
{
    public Task<int> UnreadAsync(Guid userId, CancellationToken ct = default) =>
        db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, ct);
}

/// <summary>How a notification kind reads as a short label.</summary>
public static class NotificationText
{
    public static string Kind(NotificationKind kind) => kind switch
    {
        NotificationKind.VersionSubmitted => "Version submitted",
        NotificationKind.ReviewClaimed => "Review started",
        NotificationKind.CommentAdded => "New comment",
        NotificationKind.CommentAnswered => "Comment answered",
        _ => "Decision",
    };
}
