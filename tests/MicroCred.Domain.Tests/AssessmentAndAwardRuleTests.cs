using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs.Steps;
using static MicroCred.Domain.Tests.RuleAssert;

namespace MicroCred.Domain.Tests;

public class AssessmentAndAwardRuleTests
{
    private static void OnlyFormative(Designs.DesignContent c) =>
        c.Assessment.Components.RemoveAll(a => a.Purpose == AssessmentPurpose.Summative);

    // W13
    [Fact]
    public void R_ASM_01_flags_credits_without_summative_assessment() =>
        Fires("R-ASM-01", OnlyFormative, "R-AWD-02", "R-ALN-02", "R-ALN-04", "R-AWD-07", "R-REC-03", "R-ASM-11");

    [Fact]
    public void R_ASM_01_passes_for_a_badge_without_summative_assessment() =>
        Assert.DoesNotContain(After(c =>
        {
            OnlyFormative(c);
            c.Award.AwardType = AwardType.BadgeOfParticipation;
        }), f => f.RuleId == "R-ASM-01");

    [Fact]
    public void R_ASM_02_flags_weights_that_do_not_add_up_to_100()
    {
        var f = Single(Fires("R-ASM-02", c => c.Assessment.Components[2].WeightPercent = 20m), Severity.Error);
        Assert.Contains("90 %", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R_ASM_02_flags_a_zero_weight() =>
        Fires("R-ASM-02", c =>
        {
            c.Assessment.Components[5].WeightPercent = 0m;
            c.Assessment.Components[4].WeightPercent = 70m;
        });

    [Fact]
    public void R_ASM_02_passes_when_weights_add_up_to_100() =>
        Quiet("R-ASM-02", c =>
        {
            c.Assessment.Components[2].WeightPercent = 25m;
            c.Assessment.Components[4].WeightPercent = 55m;
        });

    [Fact]
    public void R_ASM_03_flags_a_component_without_outcomes() =>
        Fires("R-ASM-03", c => c.Assessment.Components[0].OutcomeIds.Clear(), "R-DOC-01");

    [Fact]
    public void R_ASM_03_passes_when_components_name_outcomes() => Quiet("R-ASM-03", _ => { });

    [Fact]
    public void R_ASM_04_flags_no_formative_assessment() =>
        Fires("R-ASM-04", c => c.Assessment.Components.RemoveAll(a => a.Purpose == AssessmentPurpose.Formative), "R-ALN-04");

    [Fact]
    public void R_ASM_04_passes_with_one_formative_component() =>
        Assert.DoesNotContain(After(c =>
        {
            c.Assessment.Components.RemoveAt(3);
            c.Assessment.Components.RemoveAt(1);
        }), f => f.RuleId == "R-ASM-04");

    [Fact]
    public void R_ASM_05_flags_formative_assessment_without_feedback() =>
        Fires("R-ASM-05", c => c.Assessment.Components[0].Feedback.Clear(), "R-DOC-01");

    [Fact]
    public void R_ASM_05_passes_with_peer_feedback() => Quiet("R-ASM-05", c => c.Assessment.Components[0].Feedback = [FeedbackType.Peer]);

    [Fact]
    public void R_ASM_06_flags_one_online_event_carrying_the_grade() =>
        Single(Fires("R-ASM-06", c =>
        {
            c.Assessment.Components[4].WeightPercent = 100m;
            c.Assessment.Components[4].OutcomeIds = [.. c.LearningOutcomes.Outcomes.Select(o => o.Id)];
            c.Assessment.Components.RemoveAt(5);
            c.Assessment.Components.RemoveAt(2);
        }, "R-ALN-04"), Severity.Warning);

    [Fact]
    public void R_ASM_06_passes_for_a_single_on_site_exam() =>
        Assert.DoesNotContain(After(c =>
        {
            c.Assessment.Components[4].WeightPercent = 100m;
            c.Assessment.Components[4].Setting = ActivitySetting.OnSite;
            c.Assessment.Components[4].OutcomeIds = [.. c.LearningOutcomes.Outcomes.Select(o => o.Id)];
            c.Assessment.Components.RemoveAt(5);
            c.Assessment.Components.RemoveAt(2);
        }), f => f.RuleId == "R-ASM-06");

    [Fact]
    public void R_ASM_07_flags_unsupervised_online_credit_without_justification() =>
        Fires("R-ASM-07", c =>
        {
            c.Assessment.Components[4].Supervision = Supervision.UnsupervisedNoIdVerification;
            c.Assessment.Components[4].IdVerification = IdVerification.None;
        }, "R-DOC-01");

    [Fact]
    public void R_ASM_07_flags_an_identity_check_not_confirmed_accessible() =>
        Single(Fires("R-ASM-07", c => c.Assessment.Components[2].IdMethodAccessible = false), Severity.Error);

    [Fact]
    public void R_ASM_07_passes_with_a_justification() =>
        Quiet("R-ASM-07", c =>
        {
            c.Assessment.Components[4].Supervision = Supervision.UnsupervisedNoIdVerification;
            c.Assessment.Components[4].IdVerification = IdVerification.None;
            c.Assessment.Components[4].SupervisionJustification = "The capstone is defended live in the oral exam, which checks identity.";
        });

    [Fact]
    public void R_ASM_08_flags_summative_criteria_missing() =>
        Fires("R-ASM-08", c => c.Assessment.Components[2].Criteria = null, "R-DOC-01");

    [Fact]
    public void R_ASM_08_flags_criteria_not_published_in_advance() =>
        Single(Fires("R-ASM-08", c => c.Assessment.CommunicationToLearners.Remove(LearnerCommunication.CriteriaPublishedInAdvance)), Severity.Error);

    [Fact]
    public void R_ASM_08_passes_with_criteria_published() => Quiet("R-ASM-08", _ => { });

    [Fact]
    public void R_ASM_09_flags_a_partner_scale_without_transcription() =>
        Fires("R-ASM-09", c => c.Assessment.TranscriptionTables.Clear(), "R-DOC-01");

    [Fact]
    public void R_ASM_09_reads_the_scale_from_institution_settings_when_the_partner_has_none()
    {
        var sample = Samples.Complete();
        sample.Content.Assessment.TranscriptionTables.Clear();
        sample.Content.Partnership.Partners[2].GradingScale = null;
        var findings = Samples.Run(sample);
        Assert.Contains(findings, f => f.RuleId == "R-ASM-09");
    }

    [Fact]
    public void R_ASM_09_passes_when_scales_match() =>
        Quiet("R-ASM-09", c =>
        {
            c.Assessment.TranscriptionTables.Clear();
            c.Partnership.Partners[2].GradingScale = GradingScale.OneToTen;
        });

    [Fact]
    public void R_ASM_10_advises_against_a_large_participation_share() =>
        Single(Fires("R-ASM-10", Participation), Severity.Info);

    [Fact]
    public void R_ASM_10_passes_at_the_threshold() =>
        Quiet("R-ASM-10", After(Participation, ctx => ctx with { Settings = ctx.Settings with { ParticipationShareMaxPercent = 50m } }));

    private static void Participation(Designs.DesignContent c)
    {
        c.Assessment.Components[2].Method = AssessmentMethod.ParticipationAndEngagement;
        c.Assessment.Components[5].Method = AssessmentMethod.ParticipationAndEngagement;
    }

    [Fact]
    public void R_ASM_11_flags_a_professional_course_without_authentic_task() =>
        Single(Fires("R-ASM-11", c => c.Assessment.Components[4].Method = AssessmentMethod.Essay), Severity.Warning);

    [Fact]
    public void R_ASM_11_passes_for_an_academic_course() =>
        Quiet("R-ASM-11", c =>
        {
            c.Assessment.Components[4].Method = AssessmentMethod.Essay;
            c.LearningOutcomes.OrientationType = CourseOrientation.Academic;
        });

    // W14
    [Fact]
    public void R_AWD_01_flags_credits_for_less_than_1_ects() =>
        Fires("R-AWD-01", c => c.CoursePlan.Ects = 0.5m, "R-VOL-02", "R-VOL-03");

    [Fact]
    public void R_AWD_01_passes_for_a_badge_below_1_ects() =>
        Assert.DoesNotContain(After(c =>
        {
            c.CoursePlan.Ects = 0.5m;
            c.Award.AwardType = AwardType.BadgeOfAttendance;
        }), f => f.RuleId == "R-AWD-01");

    [Fact]
    public void R_AWD_02_flags_credits_without_summative_assessment() =>
        Fires("R-AWD-02", OnlyFormative, "R-ASM-01", "R-ALN-02", "R-ALN-04", "R-AWD-07", "R-REC-03", "R-ASM-11");

    [Fact]
    public void R_AWD_02_passes_for_a_badge() =>
        Assert.DoesNotContain(After(c =>
        {
            OnlyFormative(c);
            c.Award.AwardType = AwardType.BadgeOfCompletion;
        }), f => f.RuleId == "R-AWD-02");

    [Fact]
    public void R_AWD_03_flags_an_issuer_outside_the_awarding_bodies() =>
        Single(Fires("R-AWD-03", c => c.Award.AwardingBodyPartnerIds.RemoveAt(0)), Severity.Error);

    [Fact]
    public void R_AWD_03_flags_a_non_degree_awarding_body()
    {
        var sample = Samples.Complete();
        sample.Content.Partnership.Partners[2].DegreeAwarding = false;
        var facts = sample.Institutions.ToDictionary(kv => kv.Key, kv => kv.Key == Samples.Pt ? kv.Value with { IsDegreeAwarding = false } : kv.Value);
        Fires("R-AWD-03", Samples.Run(sample, facts));
    }

    [Fact]
    public void R_AWD_03_passes_with_degree_awarding_bodies() => Quiet("R-AWD-03", _ => { });

    [Fact]
    public void R_AWD_04_flags_a_certificate_without_digital_seal() =>
        Single(Fires("R-AWD-04", c => c.Award.CertificateFormat = CertificateFormat.Paper), Severity.Warning);

    [Fact]
    public void R_AWD_04_passes_for_a_sealed_edc() => Quiet("R-AWD-04", _ => { });

    [Fact]
    public void R_AWD_05_flags_an_award_not_fitting_a_partner() =>
        Single(Fires("R-AWD-05", c => c.Award.PartnerAlignment[2].FitsLocalStructure = false), Severity.Warning);

    [Fact]
    public void R_AWD_05_passes_when_it_fits_every_partner() => Quiet("R-AWD-05", _ => { });

    [Fact]
    public void R_AWD_06_flags_a_professional_credit_as_the_only_award() =>
        Fires("R-AWD-06", c => c.Award.AwardType = null, "R-DOC-01", "R-REC-03");

    [Fact]
    public void R_AWD_06_passes_without_professional_credit() =>
        Assert.DoesNotContain(After(c =>
        {
            c.Award.AwardType = null;
            c.Award.ProfessionalRecognition.Clear();
        }), f => f.RuleId == "R-AWD-06");

    [Fact]
    public void R_AWD_07_flags_a_missing_certificate_element()
    {
        var f = Single(Fires("R-AWD-07", c => c.QualityAssurance.QaTypeStatement = null, "R-QA-01", "R-DOC-01"), Severity.Error);
        Assert.Equal(Designs.WizardStep.QualityAssurance, f.Step);
        Assert.Contains("fill in 'Quality statement on the certificate' in", f.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("QaTypeStatement", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R_AWD_07_passes_when_all_elements_resolve() => Quiet("R-AWD-07", _ => { });

    [Fact]
    public void R_AWD_08_advises_keeping_the_not_a_degree_note() =>
        Single(Fires("R-AWD-08", c => c.Award.ShowNotADegreeNote = false), Severity.Info);

    [Fact]
    public void R_AWD_08_passes_with_the_note() => Quiet("R-AWD-08", _ => { });
}
