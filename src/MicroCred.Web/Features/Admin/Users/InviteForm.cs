using System.ComponentModel.DataAnnotations;
using FluentValidation;
using MicroCred.Domain.Accounts;

namespace MicroCred.Web.Features.Admin.Users;

public sealed class InviteForm
{
    [Display(Name = "E-mail address")]
    public string? Email { get; set; }

    [Display(Name = "Full name")]
    public string? FullName { get; set; }

    [Display(Name = "Institution")]
    public Guid? InstitutionId { get; set; }

    [Display(Name = "Role")]
    public string? Role { get; set; }

    public sealed class Validator : AbstractValidator<InviteForm>
    {
        public Validator()
        {
            RuleFor(f => f.Email).NotEmpty().WithMessage("Enter the e-mail address of the person to invite.")
                .MaximumLength(Invitation.EmailMaxLength).WithMessage($"An e-mail address has at most {Invitation.EmailMaxLength} characters.")
                .EmailAddress().WithMessage("Enter an e-mail address in the right format, like name@uni.example.");
            RuleFor(f => f.FullName).NotEmpty().WithMessage("Enter the person's full name.")
                .MaximumLength(Invitation.FullNameMaxLength).WithMessage($"The name can have at most {Invitation.FullNameMaxLength} characters.");
            RuleFor(f => f.InstitutionId).NotEmpty().WithMessage("Choose the institution the person belongs to.");
            RuleFor(f => f.Role).NotEmpty().WithMessage("Choose a role.")
                .Must(Roles.IsKnown).WithMessage("Choose a role from the list.");
        }
    }
}
