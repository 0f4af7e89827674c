using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Checks.Rules;

/// <summary>W16 admission and enrolment.</summary>
internal static class AdmissionRules
{
    private const WizardStep Step = WizardStep.Admission;

    public static void Apply(DesignCheckContext ctx, FindingList f)
    {
        var s = ctx.Content.Admission;

        // R-ADM-01
        if (s.AdmissionType == AdmissionType.Selective)
        {
            if (s.Criteria.Count == 0)
            {
                f.Error("R-ADM-01", Step, "Criteria", "Admission is selective; list the criteria applicants must meet.");
            }

            foreach (var k in s.Criteria.Where(k => RuleHelpers.IsBlank(k.VerificationMethod)))
            {
                f.Error("R-ADM-01", Step, $"Criteria[{k.Id}].VerificationMethod",
                    $"Say how the criterion '{k.Description ?? (k.Kind is { } kind ? Describe.Words(kind) : "untitled")}' is checked.", k.Id);
            }
        }

        // R-ADM-02
        if (RuleHelpers.CoreUniversities(ctx.Content).Count() > 1 && (!s.SingleApplicationProcedure || s.EligibilityReviewerPartnerIds.Count > 1))
        {
            f.Warning("R-ADM-02", Step, "SingleApplicationProcedure",
                "Use one application procedure with one partner reviewing all applications, so every applicant is treated the same way.");
        }

        // R-ADM-03
        if (s.RequiredDegreeEqfLevel is { } required && ctx.Content.LearningOutcomes.EqfLevel is { } course && required > course)
        {
            f.Warning("R-ADM-03", Step, "RequiredDegreeEqfLevel",
                $"Applicants need a degree at EQF {(int)required}, above the course's own level {(int)course}; lower the requirement or check the course level.");
        }

        // R-ADM-04
        if (s.Criteria.Any(k => k.Kind == AdmissionCriterionKind.DegreeAtEqfLevel) && RuleHelpers.IsBlank(s.NonTraditionalAlternative))
        {
            f.Warning("R-ADM-04", Step, "NonTraditionalAlternative",
                "A degree is required but there is no alternative route, such as a portfolio of prior learning, for learners without one.");
        }

        // R-ADM-05
        if (s.LearningAgreementRequired && !s.LearningAgreementIssuedAtEnrolment)
        {
            f.Error("R-ADM-05", Step, "LearningAgreementIssuedAtEnrolment", "Learners need a learning agreement; make sure enrolment issues it.");
        }
    }
}
