using MicroCred.Domain.Designs;

namespace MicroCred.Domain.Checks.Rules;

/// <summary>Course description export: every required field it prints must be filled.</summary>
internal static class DocumentRules
{
    /// <summary>The steps the course description PDF is built from.</summary>
    public static readonly WizardStep[] DescriptionSources =
    [
        WizardStep.JointVision, WizardStep.Partnership, WizardStep.CourseTeam, WizardStep.LearningOutcomes, WizardStep.CoursePlan,
        WizardStep.LearningActivities, WizardStep.InternationalMobility, WizardStep.Delivery, WizardStep.Inclusiveness, WizardStep.Assessment,
        WizardStep.Award, WizardStep.LanguagePolicy, WizardStep.Admission, WizardStep.QualityAssurance, WizardStep.BusinessPlan,
    ];

    public static void Apply(DesignCheckContext ctx, FindingList f)
    {
        // R-DOC-01
        foreach (var step in DescriptionSources)
        {
            var missing = StepCompleteness.Missing(step, ctx.Content);
            if (missing.Count > 0)
            {
                var first = string.Join("; ", missing.Take(3).Select(m => m.Label));
                var more = missing.Count > 3 ? $" and {missing.Count - 3} more" : "";
                f.Items.Add(new Finding(Severity.Error, "R-DOC-01", $"The course description cannot be exported while {Describe.Step(step)} misses: {first}{more}.", step, missing[0].FieldPath)
                {
                    Detail = $"{Describe.Sentence(Describe.Step(step))} misses: {first}{more}.",
                });
            }
        }
    }
}
