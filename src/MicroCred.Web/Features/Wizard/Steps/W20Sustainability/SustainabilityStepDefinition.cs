using FluentValidation;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;
using Wording = MicroCred.Domain.Checks.Describe;

namespace MicroCred.Web.Features.Wizard.Steps.W20Sustainability;

/// <summary>W20: how long the partners commit, the milestones on the way, the yearly evaluation and the longer-term financial plan.</summary>
public sealed class SustainabilityStepDefinition : StepDefinition<SustainabilityStep>
{
    public override WizardStep Step => WizardStep.Sustainability;

    protected override void Describe(FormBuilder<SustainabilityStep> form) => form
        .Section("Horizon and commitment")
        .Field(s => s.HorizonYears, "Planning horizon", "In years, 1 to 20, for example 5.")
        .Rows(s => s.PartnerCommitments, "Partner commitments", "partner commitment", row => row
                .Field(c => c.PartnerId, "Partner")
                .Field(c => c.YearsCommitted, "Years committed", "How long the partner will keep contributing, 1 to 20 years.")
                .Field(c => c.RelevanceRecheckDate, "Next relevance check",
                    "When the partner checks again that the course still fits its plans, for example 1 March 2029."),
            hint: "Add one entry per partner university.",
            title: c => c.YearsCommitted is { } years ? $"Committed for {years} {(years == 1 ? "year" : "years")}" : "Partner commitment")
        .Section("Milestones", "Set targets you can check, with at least one number, for example \"60 international learners a year\".")
        .Rows(s => s.Milestones, "Milestones", "milestone", row => row
                .Field(m => m.Area, "Area")
                .Field(m => m.Target, "Target", "What you want to reach, for example \"Learners from at least five countries\".", maxLength: 500)
                .Field(m => m.NumericTarget, "Target as a number", "Optional: the number to check, for example 60.")
                .Field(m => m.DueDate, "Reached by", "For example 31 December 2028."),
            title: m => string.IsNullOrWhiteSpace(m.Target)
                ? (m.Area is { } area ? $"Milestone on {Wording.Words(area)}" : "Milestone")
                : Wording.Shorten(m.Target))
        .Section("Yearly evaluation", "Evaluate the course every year and turn the results into an improvement plan.")
        .Field(s => s.AnnualEvaluationMonth, "Month of the evaluation", "A number from 1 (January) to 12 (December), for example 9 for September.")
        .Field(s => s.EvaluationDimensions, "What the evaluation looks at", "Tick every aspect you will evaluate.")
        .Section("Money in the longer term")
        .Field(s => s.FinancialPlanYears, "Length of the financial plan", "In years, 1 to 20, for example 5. It builds on the business plan.")
        .Field(s => s.FinancialReviewWithExperts, "Yearly review with financial experts",
            "Tick if the financial plan is checked every year with finance staff of the partners.")
        .Field(s => s.ThirdMissionStatement, "Place in the partners' offer",
            "Optional: how the course fits each partner's continuing education and its role in society, and any talks with national policy makers.");
}

public sealed class SustainabilityStepValidator : StepValidator<SustainabilityStep>
{
    private const int MaxYears = 20;

    public SustainabilityStepValidator(SustainabilityStepDefinition definition)
        : base(definition)
    {
        RuleFor(s => s.HorizonYears)
            .InclusiveBetween(1, MaxYears)
            .When(s => s.HorizonYears is not null)
            .WithMessage("The planning horizon must be between 1 and 20 years.");

        RuleFor(s => s.FinancialPlanYears)
            .InclusiveBetween(1, MaxYears)
            .When(s => s.FinancialPlanYears is not null)
            .WithMessage("The financial plan must cover between 1 and 20 years.");

        RuleFor(s => s.AnnualEvaluationMonth)
            .InclusiveBetween(1, 12)
            .When(s => s.AnnualEvaluationMonth is not null)
            .WithMessage("Enter the month of the evaluation as a number from 1 (January) to 12 (December).");

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
