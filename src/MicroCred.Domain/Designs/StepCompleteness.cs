using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs.Schema;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Designs;

/// <summary>A needed field that is still empty: its path inside the step document, a label the team understands and the first gate that needs it.</summary>
public sealed record MissingField(string FieldPath, string Label, Gate NeededFrom = Gate.G1);

/// <summary>Lists the needed fields of a step that are still empty; what is needed (and when) is declared in each step's schema.</summary>
public static class StepCompleteness
{
    public static bool IsComplete(WizardStep step, DesignContent content) => Missing(step, content).Count == 0;

    /// <summary>The needed fields of the step that are still empty, as its schema declares them.</summary>
    public static IReadOnlyList<MissingField> Missing(WizardStep step, DesignContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return StepSchemas.Get(step).Missing(content);
    }

    /// <summary>A programme board must approve when the course enters a curriculum or learners get a pre-agreed exemption.</summary>
    public static bool NeedsProgrammeBoard(DesignContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content.SupportServices.PartOfBroaderCurriculum
            || (content.JointVision.Stackability == Stackability.Stackable
                && (content.JointVision.RecognitionRoute.Contains(RecognitionRoute.PreAgreedExemption)
                    || content.JointVision.StackingTargets.Any(t => t.ExemptionAgreed)));
    }
}
