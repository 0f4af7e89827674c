using FluentValidation;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Features.Wizard.Steps.W12Microlearning;

/// <summary>W12: optional very short, single-objective units for the workplace, derived from the course or built with employers.</summary>
public sealed class MicrolearningStepDefinition : StepDefinition<MicrolearningStep>
{
    public const int MaxMinutes = 1440;

    public override WizardStep Step => WizardStep.Microlearning;

    protected override void Describe(FormBuilder<MicrolearningStep> form) => form
        .Section("Microlearning units",
            "Optional. Short units with one objective, used at work or alongside the course. They stay below one credit and lead only to a badge.")
        .Rows(s => s.Units, "Microlearning units", "microlearning unit", unit => unit
                .Field(u => u.Title, "Unit title", "A short name, e.g. \"Spot flood-risk zones on a map\".")
                .Field(u => u.SingleObjective, "Its one objective",
                    "The single thing learners can do afterwards, in one sentence.", maxLength: 600)
                .Field(u => u.Origin, "Where it comes from",
                    "Taken from a course unit, built from scratch, or built with employers.")
                .Field(u => u.SourceUnitId, "Course unit it is taken from", "Needed when it is taken from a course unit.")
                .Field(u => u.WorkplaceAdaptation, "Changes for the workplace",
                    "Needed when taken from a course unit: what you change so it fits at work, e.g. workplace examples, shorter videos.",
                    maxLength: 2000)
                .Field(u => u.CoCreatorPartnerIds, "Built together with",
                    "Needed when co-created: the employers or professional bodies in the partnership.")
                .Field(u => u.DurationMinutes, "Length in minutes",
                    "Time a learner needs, e.g. 15. Units used at work usually take 5 to 30 minutes.")
                .Field(u => u.UseContexts, "Where it is used", "Tick all that apply.")
                .Field(u => u.Formats, "Formats", "Tick all that apply, e.g. short video and quiz.")
                .Field(u => u.MobileReady, "Works on a phone", "Tick once the team has tried it on a smartphone.")
                .Field(u => u.SelfEvaluation, "Learners can check themselves", "Optional: tick if it ends with a self-check.")
                .Field(u => u.StackableIntoCourse, "Counts towards the course",
                    "Tick if it can later be recognised as part of the full course.")
                .Field(u => u.OutcomeId, "Course outcome it serves", "Needed when it counts towards the course.")
                .Field(u => u.BadgeType, "Badge learners earn", "Microlearning leads to a badge, never to credits.")
                .Field(u => u.ReviewedBy, "Reviewed by", "Who checked it before release: academics, employers or both."),
            hint: "Leave empty if the course has no microlearning units.",
            title: u => UnitTitle(u));

    /// <summary>Names a unit in lists: "Spot flood-risk zones on a map (15 min)".</summary>
    private static string UnitTitle(MicrolearningUnit u)
    {
        var name = string.IsNullOrWhiteSpace(u.Title) ? "Untitled microlearning unit" : u.Title;
        return u.DurationMinutes is { } minutes ? $"{name} ({minutes} min)" : name;
    }
}

public sealed class MicrolearningStepValidator : StepValidator<MicrolearningStep>
{
    public MicrolearningStepValidator(MicrolearningStepDefinition definition)
        : base(definition)
    {
        RuleFor(s => s).Custom((s, context) =>
        {
            foreach (var u in s.Units.Where(u => u.DurationMinutes is 0 or > MicrolearningStepDefinition.MaxMinutes))
            {
                var name = string.IsNullOrWhiteSpace(u.Title) ? "A microlearning unit" : $"Microlearning unit '{u.Title}'";
                context.AddFailure($"Units[{u.Id}].DurationMinutes",
                    $"{name} lasts {u.DurationMinutes} minutes; enter a length from 1 to {MicrolearningStepDefinition.MaxMinutes:N0} minutes (one day), e.g. 15.");
            }
        });
    }
}
