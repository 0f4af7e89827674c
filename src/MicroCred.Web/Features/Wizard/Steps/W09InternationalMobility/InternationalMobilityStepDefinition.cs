using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;
using DescribeText = MicroCred.Domain.Checks.Describe;

namespace MicroCred.Web.Features.Wizard.Steps.W09InternationalMobility;

/// <summary>W9: activities that learners or staff do across borders, physically or online, and how they fit the course.</summary>
public sealed class InternationalMobilityStepDefinition : StepDefinition<InternationalMobilityStep>
{
    public override WizardStep Step => WizardStep.InternationalMobility;

    protected override void Describe(FormBuilder<InternationalMobilityStep> form) => form
        .Section("International activities",
            "Add each activity where learners or staff work with another partner: a summer school, a joint webinar, a field trip. Design them together with colleagues from other partners.")
        .Rows(s => s.Activities, "International activities", "international activity", activity => activity
                .Field(a => a.Title, "Activity title", "A short name, e.g. \"Summer school in Porto\".")
                .Field(a => a.Type, "Kind of activity", "e.g. summer school, virtual lab or internship.")
                .Field(a => a.Mobility, "Physical, virtual or blended",
                    "Physical means travelling; blended mixes travel with online work.")
                .Field(a => a.StudentMobility, "Learners take part across borders",
                    "Tick if learners travel or join a group at another partner online.")
                .Field(a => a.StaffMobility, "Staff teach across borders",
                    "Tick if teachers or staff of one partner work at or with another.")
                .Field(a => a.HostPartnerId, "Host partner", "Where people meet in person; needed for physical mobility.")
                .Field(a => a.UnitId, "Course unit", "The unit whose study hours include this activity.")
                .Field(a => a.LearningActivityIds, "Learning activities involved",
                    "Pick the planned learning activities that make up this international activity.")
                .Field(a => a.Status, "Compulsory or optional",
                    "An optional activity must never be the only way to reach an outcome.")
                .Field(a => a.JointlyDesignedByMemberIds, "Designed by",
                    "Pick the team members who design it, ideally from two or more partners."),
            hint: "Leave empty if the course has no international activities.",
            title: a => ActivityTitle(a));

    /// <summary>Names an activity in lists: "Summer school in Porto (physical, compulsory)".</summary>
    private static string ActivityTitle(InternationalActivity a)
    {
        var name = string.IsNullOrWhiteSpace(a.Title) ? "Untitled activity" : a.Title;
        var details = new[] { a.Mobility is { } m ? DescribeText.Words(m) : null, a.Status is { } st ? DescribeText.Words(st) : null }
            .Where(d => d is not null)
            .ToList();
        return details.Count == 0 ? name : $"{name} ({string.Join(", ", details)})";
    }
}

/// <summary>W9 has no numbers or codes of its own: the shared format rules are enough; design rules (R-MOB-…) run as checks.</summary>
public sealed class InternationalMobilityStepValidator(InternationalMobilityStepDefinition definition)
    : StepValidator<InternationalMobilityStep>(definition);
