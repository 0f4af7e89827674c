using FluentValidation;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Features.Wizard.Steps.W21ConsortiumAgreement;

/// <summary>W21: each clause of the consortium agreement from draft to agreed, its term and its signatures.</summary>
public sealed class ConsortiumAgreementStepDefinition() : StepDefinition<ConsortiumAgreementStep>(ConsortiumAgreementStepSchema.Schema);

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
    }

    private static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow);
}
