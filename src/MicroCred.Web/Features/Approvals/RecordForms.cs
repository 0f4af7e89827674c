using System.ComponentModel.DataAnnotations;
using FluentValidation;
using MicroCred.Domain;
using MicroCred.Domain.Reviews;

namespace MicroCred.Web.Features.Approvals;

public sealed class BoardApprovalForm
{
    [Display(Name = "Programme board")]
    public Guid? BoardId { get; set; }

    [Display(Name = "Name of the approving body")]
    public string? Body { get; set; }

    [Display(Name = "Date of the approval")]
    public DateOnly? ApprovedOn { get; set; }

    [Display(Name = "Reference of the decision")]
    public string? Reference { get; set; }

    public sealed class Validator : AbstractValidator<BoardApprovalForm>
    {
        public Validator(IClock clock)
        {
            RuleFor(f => f.BoardId).NotEmpty().WithMessage("Choose the programme board that approved the course.");
            RuleFor(f => f.Body).NotEmpty().WithMessage("Enter the name of the board or faculty that approved the course.")
                .MaximumLength(ProgrammeBoardApproval.BodyMaxLength).WithMessage($"The name can have at most {ProgrammeBoardApproval.BodyMaxLength} characters.");
            RuleFor(f => f.ApprovedOn).NotEmpty().WithMessage("Enter the date of the approval.")
                .Must(d => d is null || d <= DateOnly.FromDateTime(clock.Now.UtcDateTime)).WithMessage("The approval date cannot be in the future.");
            RuleFor(f => f.Reference).NotEmpty().WithMessage("Enter the reference of the decision, such as the minutes number.")
                .MaximumLength(ProgrammeBoardApproval.ReferenceMaxLength).WithMessage($"The reference can have at most {ProgrammeBoardApproval.ReferenceMaxLength} characters.");
        }
    }
}

public sealed class SignatureForm
{
    [Display(Name = "Partner that signed")]
    public Guid? PartnerId { get; set; }

    [Display(Name = "Name of the person who signed")]
    public string? SignerName { get; set; }

    [Display(Name = "Their role")]
    public string? SignerRole { get; set; }

    [Display(Name = "Date of signing")]
    public DateOnly? SignedOn { get; set; }

    public sealed class Validator : AbstractValidator<SignatureForm>
    {
        public Validator(IClock clock)
        {
            RuleFor(f => f.PartnerId).NotEmpty().WithMessage("Choose the partner whose signature you record.");
            RuleFor(f => f.SignerName).NotEmpty().WithMessage("Enter the name of the person who signed.")
                .MaximumLength(AgreementSignature.NameMaxLength).WithMessage($"The name can have at most {AgreementSignature.NameMaxLength} characters.");
            RuleFor(f => f.SignerRole).NotEmpty().WithMessage("Enter the signer's role, such as rector or dean.")
                .MaximumLength(AgreementSignature.NameMaxLength).WithMessage($"The role can have at most {AgreementSignature.NameMaxLength} characters.");
            RuleFor(f => f.SignedOn).NotEmpty().WithMessage("Enter the date the agreement was signed.")
                .Must(d => d is null || d <= DateOnly.FromDateTime(clock.Now.UtcDateTime)).WithMessage("The signing date cannot be in the future.");
        }
    }
}

public sealed class ExternalReviewForm
{
    [Display(Name = "What was reviewed")]
    public ExternalReviewStage? Stage { get; set; }

    [Display(Name = "Name of the external reviewer")]
    public string? ReviewerName { get; set; }

    [Display(Name = "The reviewer speaks for")]
    public GuestKind? ReviewerKind { get; set; }

    [Display(Name = "Summary of the report")]
    public string? Summary { get; set; }

    public const int ReviewerNameMaxLength = 150;

    public sealed class Validator : AbstractValidator<ExternalReviewForm>
    {
        public Validator()
        {
            RuleFor(f => f.Stage).NotNull().WithMessage("Choose whether the design or the developed course was reviewed.").IsInEnum().WithMessage("Choose a stage from the list.");
            RuleFor(f => f.ReviewerName).NotEmpty().WithMessage("Enter the name of the external reviewer.")
                .MaximumLength(ReviewerNameMaxLength).WithMessage($"The name can have at most {ReviewerNameMaxLength} characters.");
            RuleFor(f => f.ReviewerKind).NotNull().WithMessage("Choose whether the reviewer is an academic or an employer.").IsInEnum().WithMessage("Choose an option from the list.");
            RuleFor(f => f.Summary).NotEmpty().WithMessage("Summarise the reviewer's report.")
                .MaximumLength(ExternalPeerReviewRecord.SummaryMaxLength).WithMessage($"The summary can have at most {ExternalPeerReviewRecord.SummaryMaxLength} characters.");
        }
    }
}
