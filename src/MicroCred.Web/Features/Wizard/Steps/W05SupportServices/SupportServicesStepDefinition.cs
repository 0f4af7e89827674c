using FluentValidation;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Features.Wizard.Steps.W05SupportServices;

/// <summary>W5: the expert services each partner brings in from the start, the shared learning platform and programme-board approval.</summary>
public sealed class SupportServicesStepDefinition() : StepDefinition<SupportServicesStep>(SupportServicesStepSchema.Schema);

public sealed class SupportServicesStepValidator : StepValidator<SupportServicesStep>
{
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);
    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    public SupportServicesStepValidator(SupportServicesStepDefinition definition)
        : base(definition)
    {
        RuleFor(s => s.Engagements).Custom((engagements, context) =>
        {
            foreach (var e in engagements)
            {
                if (e.FirstContactDate is { } date && !IsPlausible(date))
                {
                    context.AddFailure($"{nameof(SupportServicesStep.Engagements)}[{e.Id}].{nameof(SupportEngagement.FirstContactDate)}",
                        "First contacted on: enter a real date between the years 2000 and 2100, for example 12 January 2027.");
                }
            }

            if (engagements.Where(e => e.PartnerId is not null && e.Service is not null)
                .GroupBy(e => (e.PartnerId, e.Service)).Any(g => g.Count() > 1))
            {
                context.AddFailure(nameof(SupportServicesStep.Engagements),
                    "The same service is listed twice for one partner: keep one row per partner and service.");
            }
        });

        RuleFor(s => s.ProgrammeBoards).Custom((boards, context) =>
        {
            if (boards.Where(b => !string.IsNullOrWhiteSpace(b.BoardName))
                .GroupBy(b => (b.PartnerId, Name: b.BoardName.Trim().ToUpperInvariant())).Any(g => g.Count() > 1))
            {
                context.AddFailure(nameof(SupportServicesStep.ProgrammeBoards),
                    "The same programme board is listed twice: keep one row per board.");
            }
        });
    }

    private static bool IsPlausible(DateOnly date) => date >= EarliestDate && date <= LatestDate;
}
