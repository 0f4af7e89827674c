using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Checks;

/// <summary>One item a prospective learner must find on the public course page, and where it comes from.</summary>
public sealed record PublicInformationItem(string Label, bool Resolved, WizardStep Step, string FieldPath);

/// <summary>The checklist of information published before enrolment (17 items).</summary>
public static class PublicInformation
{
    public static IReadOnlyList<PublicInformationItem> Checklist(DesignContent c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var lead = c.Lead();
        return
        [
            new("Target group and objectives", c.JointVision.TargetGroups.Count > 0 && Has(c.JointVision.GeneralObjectives), WizardStep.JointVision, "TargetGroups"),
            new("Learning outcomes", c.LearningOutcomes.Outcomes.Count > 0, WizardStep.LearningOutcomes, "Outcomes"),
            new("Prerequisites", Has(c.Admission.Prerequisites), WizardStep.Admission, "Prerequisites"),
            new("Mode of delivery", c.Delivery.DominantMode is not null, WizardStep.Delivery, "DominantMode"),
            new("Duration, dates and pace", c.CoursePlan.DurationWeeks is not null && c.CoursePlan.Schedule is not null && c.Delivery.Pace is not null, WizardStep.CoursePlan, "DurationWeeks"),
            new("Language of instruction", c.LanguagePolicy.InstructionLanguages.Count > 0, WizardStep.LanguagePolicy, "InstructionLanguages"),
            new("Assessment modalities", c.Assessment.Summative().Any(a => a.Method is not null), WizardStep.Assessment, "Components"),
            new("Enrolment procedure and deadlines", c.Admission.AdmissionType is not null && (c.CoursePlan.Schedule != CourseSchedule.FixedDates || c.Admission.ApplicationDeadline is not null), WizardStep.Admission, "ApplicationDeadline"),
            new("Fees, discounts and sponsorship", c.BusinessPlan.FullyFunded || c.BusinessPlan.FeeTiers.Any(t => t.Amount is not null), WizardStep.BusinessPlan, "FeeTiers"),
            new("Partners", c.Partnership.Partners.Count > 0, WizardStep.Partnership, "Partners"),
            new("Contact", lead is not null && (Has(lead.ContactEmail) || Has(c.Recruitment.WebsiteUrl)), WizardStep.Partnership, "Partners"),
            new("Success requirements (hours, activity types, assessment)", c.CoursePlan.Units.Count > 0 && c.LearningActivities.Activities.Count > 0 && c.Assessment.Summative().Any(), WizardStep.LearningActivities, "Activities"),
            new("Industry relevance", Has(c.JointVision.ProfessionalProfile), WizardStep.JointVision, "ProfessionalProfile"),
            new("Complementary micro-credentials and further qualifications", c.JointVision.Stackability is not null, WizardStep.JointVision, "Stackability"),
            new("Credit acquisition and transfer", c.Award.AwardType is not null && c.JointVision.RecognitionRoute.Count > 0, WizardStep.Award, "AwardType"),
            new("Terms and conditions", Has(c.Admission.TermsAndConditions), WizardStep.Admission, "TermsAndConditions"),
            new("Resources and services available", Has(c.Admission.ResourcesInfo) && c.Admission.SupportServices.Count > 0, WizardStep.Admission, "ResourcesInfo"),
        ];
    }

    private static bool Has(string? text) => !string.IsNullOrWhiteSpace(text);
}
