using System.Security.Claims;
using MicroCred.Domain;
using MicroCred.Domain.Accounts;
using MicroCred.Infrastructure.Identity;
using MicroCred.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Account;

/// <summary>Sign-in, password change and invitation acceptance.</summary>
public sealed class AccountHandler(
    MicroCredDbContext db,
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    IClock clock,
    IPasswordHasher<AppUser> hasher,
    ILogger<AccountHandler> logger)
{
    public const string WrongCredentials = "The e-mail address or the password is not right.";

    /// <summary>A hash no password matches, made once with the portal's own hasher (same algorithm and cost as real ones).</summary>
    private static readonly Lock DecoyLock = new();
    private static string? _decoyHash;

    /// <summary>Returns null on success, otherwise the message to show.</summary>
    public async Task<string?> SignInAsync(string email, string password)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            // As slow as checking a real password, so the answer time does not tell which e-mail addresses have accounts.
            SpendAPasswordCheck(password);
            logger.LogInformation("Sign-in refused: unknown account");
            return WrongCredentials;
        }

        if (!user.IsActive)
        {
            SpendAPasswordCheck(password);
            logger.LogInformation("Sign-in refused for deactivated user {UserId}", user.Id);
            return "This account has been deactivated. Contact your institution's administrator.";
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User {UserId} signed in", user.Id);
            return null;
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("User {UserId} is locked out after repeated failed sign-ins", user.Id);
            var until = await users.GetLockoutEndDateAsync(user);
            var minutes = until is null ? 15 : Math.Max(1, (int)Math.Ceiling((until.Value - clock.Now).TotalMinutes));
            return $"Too many wrong passwords. For your security the account is locked for {minutes} minute{(minutes == 1 ? "" : "s")}; try again later or ask your administrator.";
        }

        logger.LogInformation("Sign-in refused for user {UserId}: wrong password", user.Id);
        return WrongCredentials;
    }

    public Task SignOutAsync() => signIn.SignOutAsync();

    private void SpendAPasswordCheck(string password)
    {
        string decoy;
        lock (DecoyLock)
        {
            decoy = _decoyHash ??= hasher.HashPassword(new AppUser(), Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
        }

        _ = hasher.VerifyHashedPassword(new AppUser(), decoy, password);
    }

    public async Task<IdentityResult> ChangePasswordAsync(ClaimsPrincipal principal, string current, string next)
    {
        var user = await users.GetUserAsync(principal) ?? throw new InvalidOperationException("Signed-in user not found.");
        var result = await users.ChangePasswordAsync(user, current, next);
        if (result.Succeeded)
        {
            // Signs out everywhere: every other browser's session ends now; this one gets a fresh session.
            await Hosting.ServerSessions.EndAllAsync(db, user.Id);
            await signIn.RefreshSignInAsync(user);
            logger.LogInformation("User {UserId} changed their password", user.Id);
        }
        else if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
        {
            return IdentityResult.Failed(new IdentityError { Code = "PasswordMismatch", Description = "Your current password is not right." });
        }

        return result;
    }

    public async Task<InvitationLookup> FindInvitationAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return new InvitationLookup(null, null, null, "This invitation link is not valid. Check that you copied the whole link from the e-mail.");
        }

        var hash = Invitation.HashToken(token);
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.TokenHash == hash, ct);
        if (invitation is null)
        {
            return new InvitationLookup(null, null, null, "This invitation link is not valid. Check that you copied the whole link from the e-mail.");
        }

        var state = invitation.StateAt(clock.Now);
        if (state != InvitationState.Open)
        {
            return new InvitationLookup(null, null, null, Invitation.DescribeUnusable(state));
        }

        var institution = await db.Institutions.AsNoTracking().Where(i => i.Id == invitation.InstitutionId).Select(i => i.Name).SingleAsync(ct);
        return new InvitationLookup(invitation, institution, Roles.DisplayName(invitation.Role), null);
    }

    /// <summary>Creates the account, gives it the role and uses up the invitation — all or nothing.</summary>
    public async Task<AcceptOutcome> AcceptInvitationAsync(Invitation invitation, AcceptInvitationForm form, CancellationToken ct)
    {
        if (await users.FindByEmailAsync(invitation.Email) is not null)
        {
            return new AcceptOutcome(Invitation.DescribeUnusable(InvitationState.Accepted), null);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        AppUser? created = null;
        var outcome = await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            try
            {
                invitation.Accept(clock.Now);
                var user = new AppUser
                {
                    UserName = invitation.Email,
                    Email = invitation.Email,
                    EmailConfirmed = true,
                    FullName = form.FullName!.Trim(),
                    InstitutionId = invitation.InstitutionId,
                    CreatedAt = clock.Now,
                };
                var result = await users.CreateAsync(user, form.Password!);
                if (!result.Succeeded)
                {
                    await transaction.RollbackAsync(ct);
                    return new AcceptOutcome(null, result);
                }

                var role = await users.AddToRoleAsync(user, invitation.Role);
                if (!role.Succeeded)
                {
                    await transaction.RollbackAsync(ct);
                    return new AcceptOutcome(null, role);
                }

                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                created = user;
                return new AcceptOutcome(null, null);
            }
            catch (Exception e) when ((e is DbUpdateException && !DatabaseFailures.IsUnavailable(e)) || e is DomainException)
            {
                // Another request used the same invitation at the same moment: one wins, the other is told.
                await transaction.RollbackAsync(ct);
                return new AcceptOutcome(Invitation.DescribeUnusable(InvitationState.Accepted), null);
            }
        });

        if (created is not null)
        {
            logger.LogInformation("Invitation {InvitationId} accepted; user {UserId} created", invitation.Id, created.Id);
            await signIn.SignInAsync(created, isPersistent: false);
        }
        else
        {
            db.ChangeTracker.Clear();
        }

        return outcome;
    }
}

public sealed record InvitationLookup(Invitation? Invitation, string? InstitutionName, string? RoleName, string? Problem)
{
    public AcceptInvitationViewModel ToViewModel(AcceptInvitationForm form) => new()
    {
        Form = form,
        Email = Invitation!.Email,
        InstitutionName = InstitutionName!,
        RoleName = RoleName!,
    };
}

public sealed record AcceptOutcome(string? UnusableReason, IdentityResult? Errors);
