using MicroCred.Domain.Notifications;

namespace MicroCred.Domain.Tests.Notifications;

public class NotificationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 14, 5, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("designs/1")]
    [InlineData("")]
    public void A_notification_links_only_to_a_page_of_the_portal(string link)
    {
        Assert.Throws<DomainException>(() => Notification.Create(Guid.NewGuid(), null, NotificationKind.DecisionMade, "Decided.", link, Now));
    }

    [Fact]
    public void A_long_text_is_shortened_to_the_column()
    {
        var n = Notification.Create(Guid.NewGuid(), Guid.NewGuid(), NotificationKind.CommentAdded, new string('x', 800), "/designs/1/timeline", Now);

        Assert.Equal(Notification.TextMaxLength, n.Text.Length);
        Assert.EndsWith("…", n.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_again_keeps_the_first_time()
    {
        var n = Notification.Create(Guid.NewGuid(), null, NotificationKind.ReviewClaimed, "Claimed.", "/designs/1/timeline", Now);
        Assert.False(n.IsRead);

        n.MarkRead(Now.AddMinutes(1));
        n.MarkRead(Now.AddMinutes(9));

        Assert.Equal(Now.AddMinutes(1), n.ReadAt);
    }
}
