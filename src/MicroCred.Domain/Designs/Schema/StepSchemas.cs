using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Designs.Schema;

/// <summary>The schema of every wizard step.</summary>
public static class StepSchemas
{
    public static StepSchema Get(WizardStep step) => step switch
    {
        WizardStep.InstitutionalAlignment => InstitutionalAlignmentStepSchema.Schema,
        WizardStep.JointVision => JointVisionStepSchema.Schema,
        WizardStep.Partnership => PartnershipStepSchema.Schema,
        WizardStep.CourseTeam => CourseTeamStepSchema.Schema,
        WizardStep.SupportServices => SupportServicesStepSchema.Schema,
        WizardStep.LearningOutcomes => LearningOutcomesStepSchema.Schema,
        WizardStep.CoursePlan => CoursePlanStepSchema.Schema,
        WizardStep.LearningActivities => LearningActivitiesStepSchema.Schema,
        WizardStep.InternationalMobility => InternationalMobilityStepSchema.Schema,
        WizardStep.Delivery => DeliveryStepSchema.Schema,
        WizardStep.Inclusiveness => InclusivenessStepSchema.Schema,
        WizardStep.Microlearning => MicrolearningStepSchema.Schema,
        WizardStep.Assessment => AssessmentStepSchema.Schema,
        WizardStep.Award => AwardStepSchema.Schema,
        WizardStep.LanguagePolicy => LanguagePolicyStepSchema.Schema,
        WizardStep.Admission => AdmissionStepSchema.Schema,
        WizardStep.Recruitment => RecruitmentStepSchema.Schema,
        WizardStep.QualityAssurance => QualityAssuranceStepSchema.Schema,
        WizardStep.BusinessPlan => BusinessPlanStepSchema.Schema,
        WizardStep.Sustainability => SustainabilityStepSchema.Schema,
        WizardStep.ConsortiumAgreement => ConsortiumAgreementStepSchema.Schema,
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Unknown wizard step."),
    };

    public static IEnumerable<StepSchema> All => Enum.GetValues<WizardStep>().Select(Get);
}
