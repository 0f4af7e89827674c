using FluentValidation;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;
using DescribeText = MicroCred.Domain.Checks.Describe;

namespace MicroCred.Web.Features.Wizard.Steps.W10Delivery;

/// <summary>W10: the main delivery mode, pace, flexibility and the tools the course relies on.</summary>
public sealed class DeliveryStepDefinition : StepDefinition<DeliveryStep>
{
    public override WizardStep Step => WizardStep.Delivery;

    protected override void Describe(FormBuilder<DeliveryStep> form) => form
        .Section("How the course is delivered")
        .Field(s => s.DeliveryModes, "Delivery modes used", "Tick every mode the course uses.")
        .Field(s => s.DominantMode, "Main delivery mode",
            "The mode most of the course uses; it is printed on the certificate as the form of participation.")
        .Field(s => s.ModeRationale, "Why these modes",
            "e.g. how they suit working or international learners, and how the course can grow to more learners.",
            maxLength: 2000)
        .Section("Pace and rhythm")
        .Field(s => s.Pace, "Who sets the pace", "Teachers set deadlines, learners go at their own speed, or a mix.")
        .Field(s => s.StudyRegime, "Part-time or full-time", "Tick both if learners can choose.")
        .Field(s => s.CohortBased, "Learners move through as a group",
            "Tick if a group starts together and follows the same schedule.")
        .Field(s => s.TimeZones, "Learners' time zones",
            "Needed when you recruit across Europe or worldwide. One per line, e.g. UTC+1.", maxLength: 60)
        .Section("Flexibility")
        .Field(s => s.FlexibilityOptions, "Flexibility on offer", "Tick what learners may choose or adjust.")
        .Field(s => s.FocusSafeguard, "How the course stays focused",
            "Needed with three or more options: what keeps every learner heading for the same outcomes.",
            maxLength: 2000)
        .Section("Tools", "List the tools the course relies on. Learning activities then pick from this list.")
        .Rows(s => s.Tools, "Tools", "tool", tool => tool
                .Field(t => t.Name, "Tool name", "e.g. Moodle, Zoom or Padlet.", maxLength: 100)
                .Field(t => t.Functions, "What it is used for", "Tick all that apply.")
                .Field(t => t.ProvidedByPartnerId, "Provided by", "The partner that licenses or hosts the tool.")
                .Field(t => t.RubricEvaluated, "Rated with a tool rubric",
                    "Tick if the team scored it on function, technology and teaching value.")
                .Field(t => t.AccessibilityChecked, "Checked for accessibility",
                    "Tick if tested, e.g. with a screen reader and keyboard only.")
                .Field(t => t.Evidence, "Why this tool works",
                    "Optional: what shows it works well, e.g. pilot results or a published study.", maxLength: 2000),
            title: t => ToolTitle(t));

    /// <summary>Names a tool in lists: "Zoom — conference calls, virtual classroom".</summary>
    private static string ToolTitle(Tool t)
    {
        var name = string.IsNullOrWhiteSpace(t.Name) ? "Unnamed tool" : t.Name;
        return t.Functions.Count == 0 ? name : $"{name} — {string.Join(", ", t.Functions.Select(f => DescribeText.Words(f)))}";
    }
}

public sealed class DeliveryStepValidator : StepValidator<DeliveryStep>
{
    public DeliveryStepValidator(DeliveryStepDefinition definition)
        : base(definition)
    {
        RuleFor(s => s).Custom((s, context) =>
        {
            foreach (var twin in s.Tools
                         .Where(t => !string.IsNullOrWhiteSpace(t.Name))
                         .GroupBy(t => t.Name.Trim(), StringComparer.OrdinalIgnoreCase)
                         .Where(g => g.Count() > 1))
            {
                context.AddFailure("Tools", $"The tool '{twin.Key}' is listed more than once: keep one row and tick all its uses there.");
            }
        });
    }
}
