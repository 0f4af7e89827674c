using System.ComponentModel.DataAnnotations;
using FluentValidation;
using MicroCred.Domain;
using MicroCred.Domain.Reviews;

namespace MicroCred.Web.Features.Guests;

public sealed class GuestInvitationForm
{
    public const int OrganisationMaxLength = 200;

    [Display(Name = "Full name")]
    public string? FullName { get; set; }

    [Display(Name = "E-mail address")]
    public string? Email { get; set; }

    [Display(Name = "The guest reviews as")]
    public GuestKind? Kind { get; set; }

    [Display(Name = "Organisation (optional)")]
    public string? Organisation { get; set; }

    [Display(Name = "Access ends on")]
    public DateOnly? EndsOn { get; set; }

    /// <summary>Access ends at the start of the chosen day (UTC).</summary>
    public static DateTimeOffset EndOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public sealed class Validator : AbstractValidator<GuestInvitationForm>
    {
        public Validator(IClock clock)
        {
            RuleFor(f => f.FullName).NotEmpty().WithMessage("Enter the guest reviewer's full name.")
                .MaximumLength(GuestReviewer.FullNameMaxLength).WithMessage($"The name can have at most {GuestReviewer.FullNameMaxLength} characters.");
            RuleFor(f => f.Email).NotEmpty().WithMessage("Enter the e-mail address the invitation goes to.")
                .MaximumLength(GuestReviewer.EmailMaxLength).WithMessage($"An e-mail address has at most {GuestReviewer.EmailMaxLength} characters.")
                .EmailAddress().WithMessage("Enter an e-mail address in the right format, like name@uni.example.");
            RuleFor(f => f.Kind).NotNull().WithMessage("Choose whether the guest reviews as an academic or as an employer.")
                .IsInEnum().WithMessage("Choose an option from the list.");
            RuleFor(f => f.Organisation).MaximumLength(OrganisationMaxLength).WithMessage($"The organisation can have at most {OrganisationMaxLength} characters.");
            RuleFor(f => f.EndsOn).NotEmpty().WithMessage("Enter the day the guest's access ends.")
                .Must(d => d is null || EndOf(d.Value) > clock.Now.AddDays(1))
                .WithMessage("Access must last at least one day: choose a day after tomorrow.")
                .Must(d => d is null || EndOf(d.Value) - clock.Now <= GuestReviewer.MaxLifetime)
                .WithMessage($"Access can last at most {GuestReviewer.MaxLifetime.TotalDays:0} days from now: choose an earlier day.");
        }
    }
}
