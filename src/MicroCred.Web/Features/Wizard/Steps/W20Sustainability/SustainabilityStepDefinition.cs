using FluentValidation;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Features.Wizard.Steps.W20Sustainability;

/// <summary>W20: how long the partners commit, the milestones on the way, the yearly evaluation and the longer-term financial plan.</summary>
public sealed class SustainabilityStepDefinition() : StepDefinition<SustainabilityStep>(SustainabilityStepSchema.Schema);

public sealed class SustainabilityStepValidator : StepValidator<SustainabilityStep>
{
    private const int MaxYears = 20;

    public SustainabilityStepValidator(SustainabilityStepDefinition definition)
        : base(definition)
    {
        RuleFor(s => s.PartnerCommitments).Must(rows => rows
                .Where(c => c.PartnerId is not null)
                .GroupBy(c => c.PartnerId)
                .All(g => g.Count() == 1))
            .WithMessage("A partner has two commitments: keep one entry per partner.");

        RuleFor(s => s).Custom((step, context) =>
        {
            foreach (var c in step.PartnerCommitments)
            {
                if (c.YearsCommitted is < 1 or > MaxYears)
                {
                    context.AddFailure($"PartnerCommitments[{c.Id}].YearsCommitted", "Years committed must be between 1 and 20.");
                }

                if (c.RelevanceRecheckDate is { } date && !Plausible(date))
                {
                    context.AddFailure($"PartnerCommitments[{c.Id}].RelevanceRecheckDate",
                        "Enter a relevance check date between the year 2000 and 25 years from today.");
                }
            }

            foreach (var m in step.Milestones.Where(m => m.DueDate is { } date && !Plausible(date)))
            {
                context.AddFailure($"Milestones[{m.Id}].DueDate", "Enter a milestone date between the year 2000 and 25 years from today.");
            }
        });
    }

    private static bool Plausible(DateOnly date) =>
        date.Year >= 2000 && date <= DateOnly.FromDateTime(DateTime.UtcNow).AddYears(25);
}
