using FluentValidation;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;
using DescribeText = MicroCred.Domain.Checks.Describe;

namespace MicroCred.Web.Features.Wizard.Steps.W08LearningActivities;

/// <summary>W8: the ordered activities of every unit and the choices that shape the learning experience.</summary>
public sealed class LearningActivitiesStepDefinition() : StepDefinition<LearningActivitiesStep>(LearningActivitiesStepSchema.Schema);

public sealed class LearningActivitiesStepValidator : StepValidator<LearningActivitiesStep>
{
    public LearningActivitiesStepValidator(LearningActivitiesStepDefinition definition)
        : base(definition)
    {
        RuleFor(s => s).Custom((s, context) =>
        {
            foreach (var a in s.Activities.Where(a => a.Hours is > 2000m))
            {
                context.AddFailure($"Activities[{a.Id}].Hours",
                    $"{DescribeText.Activity(a)} has {DescribeText.Number(a.Hours!.Value)} study hours; enter at most 2,000 hours for one activity.");
            }
        });
    }
}
