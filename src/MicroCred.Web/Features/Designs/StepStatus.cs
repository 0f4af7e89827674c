using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;

namespace MicroCred.Web.Features.Designs;

/// <summary>The task-list tag of a step (UX.md): nobody has looked, someone is on it, marked done but something missing, errors, done.</summary>
public enum StepStatus
{
    CannotStartYet,
    NotStarted,
    InProgress,
    Incomplete,
    HasErrors,
    Completed,
}

public static class StepStatuses
{
    /// <summary>Steps that need rows from another step before they can be filled in sensibly.</summary>
    private static readonly Dictionary<WizardStep, (WizardStep Needs, Func<DesignContent, bool> Ready, string Reason)> Prerequisites = new()
    {
        [WizardStep.CourseTeam] = (WizardStep.Partnership, c => c.Partnership.Partners.Count > 0, "add the partners first"),
        [WizardStep.CoursePlan] = (WizardStep.LearningOutcomes, c => c.LearningOutcomes.Outcomes.Count > 0, "write the learning outcomes first"),
        [WizardStep.LearningActivities] = (WizardStep.CoursePlan, c => c.CoursePlan.Units.Count > 0, "add course units first"),
        [WizardStep.Assessment] = (WizardStep.LearningOutcomes, c => c.LearningOutcomes.Outcomes.Count > 0, "write the learning outcomes first"),
        [WizardStep.BusinessPlan] = (WizardStep.Partnership, c => c.Partnership.Partners.Count > 0, "add the partners first"),
        [WizardStep.ConsortiumAgreement] = (WizardStep.Partnership, c => c.Partnership.Partners.Count > 0, "add the partners first"),
    };

    public static (StepStatus Status, string? Reason) Of(WizardStep step, DesignStep? stored, DesignContent content, IReadOnlyList<Finding> findings) =>
        Of(step, stored, content, findings, () => StepCompleteness.IsComplete(step, content));

    /// <param name="isComplete">Whether the step misses no needed field (asked only for a step marked complete without errors).</param>
    public static (StepStatus Status, string? Reason) Of(WizardStep step, DesignStep? stored, DesignContent content, IReadOnlyList<Finding> findings, Func<bool> isComplete)
    {
        ArgumentNullException.ThrowIfNull(isComplete);
        var saved = stored?.EverSaved == true;
        if (!saved && Prerequisites.TryGetValue(step, out var prerequisite) && !prerequisite.Ready(content))
        {
            return (StepStatus.CannotStartYet, $"{Capitalise(prerequisite.Reason)} ({StepCatalog.Get(prerequisite.Needs).Title}).");
        }

        if (!saved)
        {
            return (StepStatus.NotStarted, null);
        }

        // While the team is still working on a step it is "in progress" (its error count shows beside it);
        // once they mark it finished, errors and missing information are called out.
        if (!stored!.MarkedComplete)
        {
            return (StepStatus.InProgress, null);
        }

        if (findings.Any(f => f.Step == step && f.Severity == Severity.Error))
        {
            return (StepStatus.HasErrors, null);
        }

        return isComplete() ? (StepStatus.Completed, null) : (StepStatus.Incomplete, null);
    }

    public static (string Text, string Css) Tag(StepStatus status) => status switch
    {
        StepStatus.CannotStartYet => ("Cannot start yet", "tag-grey"),
        StepStatus.NotStarted => ("Not started", "tag-grey"),
        StepStatus.InProgress => ("In progress", "tag-blue"),
        StepStatus.Incomplete => ("Incomplete", "tag-yellow"),
        StepStatus.HasErrors => ("Has errors", "tag-red"),
        StepStatus.Completed => ("Completed", "tag-green"),
        _ => (status.ToString(), "tag-grey"),
    };

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
