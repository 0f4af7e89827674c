using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs.Steps;
using static MicroCred.Domain.Tests.RuleAssert;

namespace MicroCred.Domain.Tests;

public class LearnerRuleTests
{
    // W15
    [Fact]
    public void R_LNG_01_flags_an_assessment_language_not_taught() =>
        Single(Fires("R-LNG-01", c => c.LanguagePolicy.AssessmentLanguages.Add("es")), Severity.Error);

    [Fact]
    public void R_LNG_01_passes_when_assessed_in_a_language_of_instruction() =>
        Quiet("R-LNG-01", c =>
        {
            c.LanguagePolicy.InstructionLanguages.Add("es");
            c.LanguagePolicy.AssessmentLanguages.Add("ES");
        });

    [Fact]
    public void R_LNG_02_flags_a_single_national_language_for_international_recruitment() =>
        Fires("R-LNG-02", c =>
        {
            c.LanguagePolicy.InstructionLanguages = ["nl"];
            c.LanguagePolicy.AssessmentLanguages = ["nl"];
            c.LanguagePolicy.LanguageRationale = null;
        }, "R-DOC-01");

    [Fact]
    public void R_LNG_02_passes_for_national_recruitment() =>
        Assert.DoesNotContain(After(c =>
        {
            c.LanguagePolicy.InstructionLanguages = ["nl"];
            c.LanguagePolicy.AssessmentLanguages = ["nl"];
            c.LanguagePolicy.LanguageRationale = null;
            c.Recruitment.RecruitingArea = [GeographicScope.National];
        }), f => f.RuleId == "R-LNG-02");

    [Fact]
    public void R_LNG_03_flags_a_proficiency_requirement_without_proofs() =>
        Fires("R-LNG-03", c => c.LanguagePolicy.AcceptedProofs.Clear(), "R-DOC-01");

    [Fact]
    public void R_LNG_03_passes_without_requirement() =>
        Quiet("R-LNG-03", c =>
        {
            c.LanguagePolicy.AcceptedProofs.Clear();
            c.LanguagePolicy.ProficiencyRequirement = null;
        });

    // W16
    [Fact]
    public void R_ADM_01_flags_a_criterion_without_verification() =>
        Single(Fires("R-ADM-01", c => c.Admission.Criteria[0].VerificationMethod = " "), Severity.Error);

    [Fact]
    public void R_ADM_01_flags_selective_admission_without_criteria() =>
        Fires("R-ADM-01", c => c.Admission.Criteria.Clear(), "R-DOC-01");

    [Fact]
    public void R_ADM_01_passes_for_open_admission() =>
        Quiet("R-ADM-01", c =>
        {
            c.Admission.AdmissionType = AdmissionType.Open;
            c.Admission.Criteria.Clear();
            c.Admission.RequiredDegreeEqfLevel = null;
        });

    [Fact]
    public void R_ADM_02_flags_several_eligibility_reviewers() =>
        Single(Fires("R-ADM-02", c => c.Admission.EligibilityReviewerPartnerIds.Add(c.Partnership.Partners[1].Id)), Severity.Warning);

    [Fact]
    public void R_ADM_02_flags_no_single_procedure() =>
        Fires("R-ADM-02", c => c.Admission.SingleApplicationProcedure = false);

    [Fact]
    public void R_ADM_02_passes_with_one_procedure_and_reviewer() => Quiet("R-ADM-02", _ => { });

    [Fact]
    public void R_ADM_03_flags_a_required_degree_above_the_course_level() =>
        Single(Fires("R-ADM-03", c => c.Admission.RequiredDegreeEqfLevel = EqfLevel.Level8), Severity.Warning);

    [Fact]
    public void R_ADM_03_passes_at_the_course_level() => Quiet("R-ADM-03", c => c.Admission.RequiredDegreeEqfLevel = EqfLevel.Level7);

    [Fact]
    public void R_ADM_04_flags_a_degree_requirement_without_alternative() =>
        Fires("R-ADM-04", c => c.Admission.NonTraditionalAlternative = null, "R-DOC-01");

    [Fact]
    public void R_ADM_04_passes_without_degree_requirement() =>
        Assert.DoesNotContain(After(c =>
        {
            c.Admission.NonTraditionalAlternative = null;
            c.Admission.Criteria.RemoveAt(1);
        }), f => f.RuleId == "R-ADM-04");

    [Fact]
    public void R_ADM_05_flags_a_learning_agreement_the_enrolment_does_not_issue() =>
        Single(Fires("R-ADM-05", c => c.Admission.LearningAgreementIssuedAtEnrolment = false), Severity.Error);

    [Fact]
    public void R_ADM_05_passes_when_no_agreement_is_needed() =>
        Quiet("R-ADM-05", c =>
        {
            c.InternationalMobility.Activities[0].Mobility = MobilityKind.Virtual;
            c.Admission.LearningAgreementRequired = false;
            c.Admission.LearningAgreementIssuedAtEnrolment = false;
        });

    // W17
    [Fact]
    public void R_REC_01_flags_a_segment_without_channel() =>
        Single(Fires("R-REC-01", c => c.Recruitment.Segments[0].Channels.Clear()), Severity.Error);

    [Fact]
    public void R_REC_01_flags_a_segment_without_owner() =>
        Fires("R-REC-01", c => c.Recruitment.Segments[1].OwnerPartnerId = null);

    [Fact]
    public void R_REC_01_passes_with_channels_and_owners() => Quiet("R-REC-01", _ => { });

    [Fact]
    public void R_REC_02_flags_international_recruitment_without_context() =>
        Single(Fires("R-REC-02", c => c.Recruitment.TransnationalContext = null), Severity.Warning);

    [Fact]
    public void R_REC_02_passes_for_national_recruitment() =>
        Assert.DoesNotContain(After(c =>
        {
            c.Recruitment.TransnationalContext = null;
            c.Recruitment.RecruitingArea = [GeographicScope.National];
        }), f => f.RuleId == "R-REC-02");

    [Fact]
    public void R_REC_03_flags_missing_public_information_from_gate_G3()
    {
        var f = Single(Fires("R-REC-03", c => c.Admission.TermsAndConditions = null, "R-DOC-01"), Severity.Error);
        Assert.Equal(Gate.G3, f.AppliesFromGate);
        Assert.Contains("Terms and conditions", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R_REC_03_passes_when_fully_funded_without_fees() =>
        Quiet("R-REC-03", c =>
        {
            c.BusinessPlan.FeeTiers.Clear();
            c.BusinessPlan.FullyFunded = true;
        });
}
