using FluentValidation;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Features.Wizard.Steps.W16Admission;

/// <summary>W16: who can join, how applications are handled once for the whole consortium, where learners enrol and what support they get.</summary>
public sealed class AdmissionStepDefinition() : StepDefinition<AdmissionStep>(AdmissionStepSchema.Schema);

public sealed class AdmissionStepValidator : StepValidator<AdmissionStep>
{
    public AdmissionStepValidator(AdmissionStepDefinition definition)
        : base(definition)
    {
        RuleFor(s => s.ApplicationDeadline)
            .Must(date => date is null || (date.Value.Year >= 2000 && date.Value <= Today().AddYears(10)))
            .WithMessage("Enter an application deadline between the year 2000 and ten years from today, for example 1 September 2027.");
    }

    private static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow);
}
