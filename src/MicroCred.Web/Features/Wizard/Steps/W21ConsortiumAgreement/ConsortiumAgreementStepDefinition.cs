using FluentValidation;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;
using Wording = MicroCred.Domain.Checks.Describe;

namespace MicroCred.Web.Features.Wizard.Steps.W21ConsortiumAgreement;

/// <summary>W21: each clause of the consortium agreement from draft to agreed, its term and its signatures.</summary>
public sealed class ConsortiumAgreementStepDefinition : StepDefinition<ConsortiumAgreementStep>
{
    public override WizardStep Step => WizardStep.ConsortiumAgreement;

    protected override void Describe(FormBuilder<ConsortiumAgreementStep> form) => form
        .Section("About the agreement")
        .Field(s => s.TemplateSource, "Template used",
            "Optional: the model agreement you started from, for example your legal office's template for joint programmes.", kind: FieldKind.Text)
        .Field(s => s.EffectiveFrom, "Valid from", "The date the agreement takes effect, for example 1 February 2027.")
        .Field(s => s.EffectiveTo, "Valid until", "Late enough for learners of the last run to finish, for example 31 August 2031.")
        .Section("Clauses", "Track each clause from draft to agreed. Clauses 1 to 13 must be agreed before the course is published.")
        .Rows(s => s.Clauses, "Clauses", "clause", row => row
                .Field(c => c.Clause, "Subject of the clause")
                .Field(c => c.Status, "Status")
                .Field(c => c.OwnerMemberId, "Team member responsible")
                .Field(c => c.Text, "Text of the clause", "The agreed or draft wording. Leave empty if it is in an attached document.")
                .Field(c => c.AttachmentName, "Attached document", "Optional: the file name of the annex, for example \"Annex 3 – Course description.pdf\"."),
            title: c => Enum.IsDefined(c.Clause)
                ? $"Clause {(int)c.Clause}: {Wording.Words(c.Clause)} — {Wording.Words(c.Status)}"
                : "Clause without a subject")
        .Section("Signatures", "Every partner university signs before enrolment opens.")
        .Rows(s => s.Signatories, "Signatures", "signature", row => row
                .Field(x => x.PartnerId, "Partner")
                .Field(x => x.SignerName, "Signed by", "Name and role, for example \"Prof. Ana Ruiz, Vice-Rector for Education\".")
                .Field(x => x.SignedOn, "Date signed", "Leave empty until the partner has signed."),
            title: x => (string.IsNullOrWhiteSpace(x.SignerName) ? "Signature" : x.SignerName) + (x.SignedOn is null ? " — not signed yet" : ""));
}

public sealed class ConsortiumAgreementStepValidator : StepValidator<ConsortiumAgreementStep>
{
    public ConsortiumAgreementStepValidator(ConsortiumAgreementStepDefinition definition)
        : base(definition)
    {
        RuleFor(s => s.EffectiveFrom)
            .Must(date => date is null || (date.Value.Year >= 2000 && date.Value <= Today().AddYears(10)))
            .WithMessage("Enter a start date between the year 2000 and ten years from today.");

        RuleFor(s => s.EffectiveTo)
            .Must(date => date is null || (date.Value.Year >= 2000 && date.Value <= Today().AddYears(50)))
            .WithMessage("Enter an end date between the year 2000 and 50 years from today.");

        RuleFor(s => s.EffectiveTo)
            .Must((step, end) => end is null || step.EffectiveFrom is null || end > step.EffectiveFrom)
            .WithMessage("The agreement must end after it starts: check both dates.");

        RuleFor(s => s.Clauses).Must(rows => rows.GroupBy(c => c.Clause).All(g => g.Count() == 1))
            .WithMessage("A clause subject appears twice: keep one entry per subject.");

        RuleFor(s => s.Clauses).Must(rows => rows.All(c => Enum.IsDefined(c.Clause) && Enum.IsDefined(c.Status)))
            .WithMessage("Choose a subject and a status from the lists for every clause.");

        RuleFor(s => s.Signatories).Must(rows => rows
                .Where(x => x.PartnerId is not null)
                .GroupBy(x => x.PartnerId)
                .All(g => g.Count() == 1))
            .WithMessage("A partner has signed twice: keep one signature per partner.");

        RuleFor(s => s).Custom((step, context) =>
        {
            foreach (var x in step.Signatories.Where(x => x.SignedOn is { } date && (date.Year < 2000 || date > Today().AddDays(1))))
            {
                context.AddFailure($"Signatories[{x.Id}].SignedOn",
                    "A signature date cannot be in the future or before 2000: enter the day the partner actually signed.");
            }
        });
    }

    private static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow);
}
