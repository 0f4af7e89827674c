using FluentValidation;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Features.Wizard.Steps.W18QualityAssurance;

/// <summary>W18: the joint quality plan built on each partner's own quality system, with indicators, peer reviews, instruments and the review cycle.</summary>
public sealed class QualityAssuranceStepDefinition() : StepDefinition<QualityAssuranceStep>(QualityAssuranceStepSchema.Schema);

public sealed class QualityAssuranceStepValidator : StepValidator<QualityAssuranceStep>
{
    public QualityAssuranceStepValidator(QualityAssuranceStepDefinition definition)
        : base(definition)
    {
        RuleFor(s => s.PartnerQaFrameworks).Must(rows => rows
                .Where(p => p.PartnerId is not null)
                .GroupBy(p => p.PartnerId)
                .All(g => g.Count() == 1))
            .WithMessage("A partner university has two quality system entries: keep one entry per university.");
    }
}
