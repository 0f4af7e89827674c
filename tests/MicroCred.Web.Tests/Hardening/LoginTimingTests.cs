using System.Net;
using MicroCred.Infrastructure.Identity;
using MicroCred.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MicroCred.Web.Tests.Hardening;

/// <summary>An unknown e-mail costs a password check too, so the answer time does not tell which addresses have accounts.</summary>
public sealed class LoginTimingTests(LoginTimingTests.Fixture fixture) : IClassFixture<LoginTimingTests.Fixture>
{
    private readonly MicroCredFactory _factory = fixture.Factory;
    private readonly CountingHasher _hasher = fixture.Hasher;

    [Theory]
    [InlineData("nobody.here@example.org")]
    [InlineData("NOBODY@microcred.demo")]
    public async Task Signing_in_with_an_unknown_email_runs_the_password_hasher_like_a_known_one(string email)
    {
        using var browser = _factory.Browser();
        await browser.GetAsync("/account/login");
        var before = _hasher.Verifications;

        var page = await browser.LoginAsync(email, "some-password-123");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("The e-mail address or the password is not right.", page.Text, StringComparison.Ordinal);
        Assert.Equal(before + 1, _hasher.Verifications);
    }

    [Fact]
    public async Task A_known_email_with_a_wrong_password_runs_the_hasher_once_too()
    {
        using var browser = _factory.Browser();
        await browser.GetAsync("/account/login");
        var before = _hasher.Verifications;

        await browser.LoginAsync("partner.es@microcred.demo", "some-password-123");

        Assert.Equal(before + 1, _hasher.Verifications);
    }

    public sealed class Fixture : IDisposable
    {
        public Fixture() => Factory.TestServices = s =>
        {
            s.RemoveAll<IPasswordHasher<AppUser>>();
            s.AddSingleton<IPasswordHasher<AppUser>>(Hasher);
        };

        public MicroCredFactory Factory { get; } = new();

        public CountingHasher Hasher { get; } = new();

        public void Dispose() => Factory.Dispose();
    }

    public sealed class CountingHasher : IPasswordHasher<AppUser>
    {
        private readonly PasswordHasher<AppUser> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
