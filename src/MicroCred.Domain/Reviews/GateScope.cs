using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;

namespace MicroCred.Domain.Reviews;

/// <summary>Which wizard steps each quality gate looks at; those steps are locked while a version is under review at that gate.</summary>
public static class GateScope
{
    private static readonly WizardStep[] _designSteps =
    [
        WizardStep.InstitutionalAlignment, WizardStep.JointVision, WizardStep.Partnership, WizardStep.CourseTeam,
        WizardStep.SupportServices, WizardStep.LearningOutcomes, WizardStep.CoursePlan, WizardStep.LearningActivities,
        WizardStep.Delivery, WizardStep.Inclusiveness, WizardStep.Assessment, WizardStep.Award,
    ];

    private static readonly WizardStep[] _developmentSteps =
    [
        WizardStep.InternationalMobility, WizardStep.Microlearning, WizardStep.LanguagePolicy, WizardStep.Admission,
        WizardStep.Recruitment, WizardStep.QualityAssurance, WizardStep.BusinessPlan, WizardStep.Sustainability,
    ];

    /// <summary>The steps that must be complete at G1 (W1–W8, W10, W11, W13, W14).</summary>
    public static IReadOnlyList<WizardStep> DesignSteps => _designSteps;

    /// <summary>The steps that must be complete at G2 in addition to the design steps (W9, W12, W15–W20).</summary>
    public static IReadOnlyList<WizardStep> DevelopmentSteps => _developmentSteps;

    /// <summary>
    /// Steps locked while a version is under review. G1 locks the design steps; G2 reviews the developed course and locks W1–W20,
    /// leaving the consortium agreement (negotiated in parallel) open; G3 is the publication version and locks everything.
    /// </summary>
    public static IReadOnlyList<WizardStep> LockedDuring(Gate gate) => gate switch
    {
        Gate.G1 => _designSteps,
        Gate.G2 => [.. Enum.GetValues<WizardStep>().Where(s => s != WizardStep.ConsortiumAgreement)],
        Gate.G3 => Enum.GetValues<WizardStep>(),
        _ => throw new ArgumentOutOfRangeException(nameof(gate), gate, "Unknown gate."),
    };
}
