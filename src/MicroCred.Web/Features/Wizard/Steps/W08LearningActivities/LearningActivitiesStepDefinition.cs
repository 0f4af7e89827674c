using FluentValidation;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;
using DescribeText = MicroCred.Domain.Checks.Describe;

namespace MicroCred.Web.Features.Wizard.Steps.W08LearningActivities;

/// <summary>W8: the ordered activities of every unit and the choices that shape the learning experience.</summary>
public sealed class LearningActivitiesStepDefinition : StepDefinition<LearningActivitiesStep>
{
    public override WizardStep Step => WizardStep.LearningActivities;

    protected override void Describe(FormBuilder<LearningActivitiesStep> form) => form
        .Section("How you plan the learning")
        .Field(s => s.LearningDesignModel, "Learning design method",
            "The method the team used to plan the activities, e.g. ABC or Carpe Diem.")
        .Field(s => s.SrlSupport, "Help for learners to steer themselves",
            "Tick each way the course helps learners plan, check and adjust their own studying.")
        .Field(s => s.StructureVsSelfRegulation, "Balance of guidance and freedom",
            "Optional: how you combine a clear path with room for learners to choose their own way.", maxLength: 2000)
        .Section("Learning experience check", "Tick each statement once the team agrees it holds for the whole course.")
        .Field(s => s.ContentRelevantToOutcomes, "Content matches the outcomes",
            "Everything learners study helps them reach a learning outcome.")
        .Field(s => s.FostersDeepUnderstanding, "Builds deep understanding",
            "Activities go beyond recall, e.g. applying ideas to real cases.")
        .Field(s => s.ClearStructure, "Clear, predictable structure",
            "Learners always know what comes next and how long it takes.")
        .Field(s => s.StimulatesThinking, "Makes learners think",
            "e.g. open questions, debates or problems without one right answer.")
        .Field(s => s.ActivatesLearners, "Keeps learners active",
            "Learners do, discuss or make something in every unit, not only read and watch.")
        .Section("Learning activities",
            "Add the activities of each unit in the order learners meet them. A unit's activity hours should add up to its study hours.")
        .Rows(s => s.Activities, "Learning activities", "learning activity", activity => activity
                .Field(a => a.UnitId, "Course unit", "The unit this activity belongs to.")
                .Field(a => a.Title, "Activity title", "A short name, e.g. \"Map the flood risks of your town\".")
                .Field(a => a.LearningType, "Learning type",
                    "What learners mainly do, from taking in knowledge to producing something.")
                .Field(a => a.Format, "Format", "e.g. webinar, case study or peer review.")
                .Field(a => a.Timing, "Live or in own time",
                    "Synchronous: everyone at the same moment. Asynchronous: whenever suits the learner.")
                .Field(a => a.Setting, "Online or on site")
                .Field(a => a.Hours, "Study hours", "Time a typical learner needs, e.g. 1.5.")
                .Field(a => a.OutcomeIds, "Outcomes it serves", "Pick at least one outcome of the unit.")
                .Field(a => a.Interactions, "Who learners interact with", "Tick all that apply.")
                .Field(a => a.Facilitation, "How the interaction is guided",
                    "Needed when learners work with people: who moderates and how, e.g. \"Tutor replies within 48 h\".",
                    maxLength: 2000)
                .Field(a => a.Motivators, "What keeps learners going", "Optional: tick any motivating elements.")
                .Field(a => a.ToolIds, "Tools used", "Optional: pick from the tools listed under delivery."),
            hint: "Keep each unit's activities together and in order.",
            title: a => ActivityTitle(a));

    /// <summary>Names an activity in lists: "3. Flood-risk case study (2 h)".</summary>
    private static string ActivityTitle(LearningActivity a)
    {
        var name = string.IsNullOrWhiteSpace(a.Title) ? "Untitled activity" : a.Title;
        var hours = a.Hours is { } h ? $" ({DescribeText.Number(h)} h)" : "";
        return $"{a.Order}. {name}{hours}";
    }

    // Order follows the position of the activity in the list; nobody types it.
    public override IReadOnlyCollection<string> NotEdited => ["Activities.Order"];
}

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
