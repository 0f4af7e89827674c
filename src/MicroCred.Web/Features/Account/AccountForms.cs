using FluentValidation;

namespace MicroCred.Web.Features.Account;

public sealed class LoginForm
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }

    public sealed class Validator : AbstractValidator<LoginForm>
    {
        public Validator()
        {
            RuleFor(f => f.Email).NotEmpty().WithMessage("Enter your e-mail address.")
                .MaximumLength(254).WithMessage("An e-mail address has at most 254 characters.");
            RuleFor(f => f.Password).NotEmpty().WithMessage("Enter your password.");
        }
    }
}

public sealed class ChangePasswordForm
{
    public string? CurrentPassword { get; set; }

    public string? NewPassword { get; set; }

    public string? ConfirmPassword { get; set; }

    public sealed class Validator : AbstractValidator<ChangePasswordForm>
    {
        public Validator()
        {
            RuleFor(f => f.CurrentPassword).NotEmpty().WithMessage("Enter your current password.");
            RuleFor(f => f.NewPassword).StrongPassword();
            RuleFor(f => f.ConfirmPassword).Equal(f => f.NewPassword).WithMessage("The two new passwords do not match.");
        }
    }
}

public sealed class AcceptInvitationForm
{
    public string? Token { get; set; }

    public string? FullName { get; set; }

    public string? Password { get; set; }

    public string? ConfirmPassword { get; set; }

    public sealed class Validator : AbstractValidator<AcceptInvitationForm>
    {
        public Validator()
        {
            RuleFor(f => f.FullName).NotEmpty().WithMessage("Enter your full name.")
                .MaximumLength(150).WithMessage("Your name can have at most 150 characters.");
            RuleFor(f => f.Password).StrongPassword();
            RuleFor(f => f.ConfirmPassword).Equal(f => f.Password).WithMessage("The two passwords do not match.");
        }
    }
}

/// <summary>The password policy in words users understand (Identity enforces the same on save).</summary>
public static class PasswordRules
{
    public static IRuleBuilderOptions<T, string?> StrongPassword<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Choose a password.")
            .MinimumLength(12).WithMessage("Use at least 12 characters.")
            .MaximumLength(128).WithMessage("Use at most 128 characters.")
            .Must(p => p is null || (p.Any(char.IsDigit) && p.Any(char.IsLower)))
            .WithMessage("Include at least one digit and one lower-case letter.");
}

public sealed class AcceptInvitationViewModel
{
    public required AcceptInvitationForm Form { get; init; }

    public required string Email { get; init; }

    public required string InstitutionName { get; init; }

    public required string RoleName { get; init; }
}
