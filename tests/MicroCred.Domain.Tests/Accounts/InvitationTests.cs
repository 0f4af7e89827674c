using MicroCred.Domain.Accounts;

namespace MicroCred.Domain.Tests.Accounts;

public sealed class InvitationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_new_invitation_is_open_for_seven_days_and_stores_only_the_token_hash()
    {
        var (invitation, token) = Invitation.Create("a@uni.example", "A B", Guid.NewGuid(), Roles.CourseDesigner, Guid.NewGuid(), Now);
        Assert.Equal(InvitationState.Open, invitation.StateAt(Now.AddDays(6.9)));
        Assert.Equal(InvitationState.Expired, invitation.StateAt(Now.AddDays(7)));
        Assert.NotEqual(token, invitation.TokenHash);
        Assert.Equal(Invitation.HashToken(token), invitation.TokenHash);
        Assert.True(token.Length >= 40);
    }

    [Fact]
    public void Tokens_are_unique()
    {
        var tokens = Enumerable.Range(0, 100)
            .Select(_ => Invitation.Create("a@uni.example", "A", Guid.NewGuid(), Roles.QaOfficer, Guid.NewGuid(), Now).Token)
            .ToHashSet();
        Assert.Equal(100, tokens.Count);
    }

    [Fact]
    public void An_invitation_can_be_accepted_once_only()
    {
        var (invitation, _) = Invitation.Create("a@uni.example", "A", Guid.NewGuid(), Roles.CourseDesigner, Guid.NewGuid(), Now);
        invitation.Accept(Now.AddHours(1));
        Assert.Equal(InvitationState.Accepted, invitation.StateAt(Now.AddHours(2)));
        var refused = Assert.Throws<DomainException>(() => invitation.Accept(Now.AddHours(2)));
        Assert.Contains("already been used", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_expired_invitation_cannot_be_accepted()
    {
        var (invitation, _) = Invitation.Create("a@uni.example", "A", Guid.NewGuid(), Roles.CourseDesigner, Guid.NewGuid(), Now);
        var refused = Assert.Throws<DomainException>(() => invitation.Accept(Now.AddDays(8)));
        Assert.Contains("expired", refused.Message, StringComparison.Ordinal);
        Assert.Null(invitation.AcceptedAt);
    }

    [Fact]
    public void A_withdrawn_invitation_cannot_be_accepted()
    {
        var (invitation, _) = Invitation.Create("a@uni.example", "A", Guid.NewGuid(), Roles.CourseDesigner, Guid.NewGuid(), Now);
        invitation.Revoke(Now.AddMinutes(5));
        Assert.Equal(InvitationState.Revoked, invitation.StateAt(Now.AddMinutes(6)));
        Assert.Throws<DomainException>(() => invitation.Accept(Now.AddMinutes(6)));
    }

    [Fact]
    public void An_unknown_role_is_refused()
    {
        Assert.Throws<DomainException>(() => Invitation.Create("a@uni.example", "A", Guid.NewGuid(), "Emperor", Guid.NewGuid(), Now));
    }
}
