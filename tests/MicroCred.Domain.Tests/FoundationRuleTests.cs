using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs.Steps;
using static MicroCred.Domain.Tests.RuleAssert;

namespace MicroCred.Domain.Tests;

public class FoundationRuleTests
{
    // W1
    [Fact]
    public void R_POL_01_flags_a_missing_mission_statement()
    {
        var f = Single(Fires("R-POL-01", c => c.InstitutionalAlignment.MissionAlignment = ""), Severity.Error);
        Assert.Equal("MissionAlignment", f.FieldPath);
    }

    [Fact]
    public void R_POL_01_flags_no_policy_framework() =>
        Fires("R-POL-01", c => c.InstitutionalAlignment.PolicyFrameworks.Clear());

    [Fact]
    public void R_POL_01_passes_with_a_single_framework() =>
        Quiet("R-POL-01", c => c.InstitutionalAlignment.PolicyFrameworks = [PolicyFramework.Other]);

    [Fact]
    public void R_POL_02_flags_a_course_at_the_spanish_cap()
    {
        var findings = Fires("R-POL-02", c => c.CoursePlan.Ects = 15m, "R-VOL-01", "R-VOL-03", "R-AWD-07");
        Assert.Contains("Spain", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R_POL_02_uses_the_national_context_rows_too()
    {
        var after = After(c =>
        {
            c.InstitutionalAlignment.NationalContext.Add(new PartnerCountryContext { Id = Guid.NewGuid(), CountryCode = "NL", MaxEcts = 3m });
        });
        Fires("R-POL-02", after);
    }

    [Fact]
    public void R_POL_02_passes_just_below_the_cap() =>
        Assert.DoesNotContain(After(c => c.CoursePlan.Ects = 14.9m), f => f.RuleId == "R-POL-02");

    [Fact]
    public void R_POL_03_flags_a_derived_course_without_adaptation() =>
        Single(Fires("R-POL-03", c => c.InstitutionalAlignment.OfferingModel = OfferingModel.DerivedFromExistingProgramme), Severity.Warning);

    [Fact]
    public void R_POL_03_passes_when_adaptation_is_confirmed() =>
        Quiet("R-POL-03", c =>
        {
            c.InstitutionalAlignment.OfferingModel = OfferingModel.DerivedFromExistingProgramme;
            c.InstitutionalAlignment.AdaptationForLifelongLearnersConfirmed = true;
            c.InstitutionalAlignment.MixedGroupsArrangement = "Separate online groups; shared lab week.";
        });

    // W2
    [Fact]
    public void R_VIS_01_flags_a_missing_unique_selling_point() =>
        Single(Fires("R-VIS-01", c => c.JointVision.UniqueSellingPoint = null, "R-DOC-01"), Severity.Error);

    [Fact]
    public void R_VIS_01_flags_missing_needs_evidence() =>
        Fires("R-VIS-01", c => c.JointVision.NeedsEvidence.Clear(), "R-DOC-01", "R-VIS-05");

    [Fact]
    public void R_VIS_01_passes_with_all_statements() => Quiet("R-VIS-01", _ => { });

    [Fact]
    public void R_VIS_02_flags_a_stackable_course_without_target() =>
        Fires("R-VIS-02", c => c.JointVision.StackingTargets.Clear(), "R-DOC-01");

    [Fact]
    public void R_VIS_02_passes_for_a_stand_alone_course_without_target() =>
        Quiet("R-VIS-02", c =>
        {
            c.JointVision.Stackability = Stackability.StandAlone;
            c.JointVision.StackingTargets.Clear();
        });

    [Fact]
    public void R_VIS_03_flags_a_target_whose_director_was_not_consulted() =>
        Single(Fires("R-VIS-03", c => c.JointVision.StackingTargets[0].ProgrammeDirectorConsulted = false), Severity.Warning);

    [Fact]
    public void R_VIS_03_passes_when_the_director_was_consulted() =>
        Quiet("R-VIS-03", c => c.JointVision.StackingTargets[0].ProgrammeDirectorConsulted = true);

    [Fact]
    public void R_VIS_04_advises_an_rpl_route_for_a_stand_alone_course() =>
        Single(Fires("R-VIS-04", c =>
        {
            c.JointVision.Stackability = Stackability.StandAlone;
            c.JointVision.StackingTargets.Clear();
            c.JointVision.RecognitionRoute = [RecognitionRoute.PreAgreedExemption];
        }), Severity.Info);

    [Fact]
    public void R_VIS_04_passes_when_rpl_is_a_route() =>
        Quiet("R-VIS-04", c =>
        {
            c.JointVision.Stackability = Stackability.StandAlone;
            c.JointVision.StackingTargets.Clear();
            c.JointVision.RecognitionRoute = [RecognitionRoute.LearnerRequestedRpl];
        });

    [Fact]
    public void R_VIS_05_flags_no_learner_voice() =>
        Fires("R-VIS-05", c =>
        {
            c.JointVision.NeedsEvidence.Remove(NeedsEvidence.LearnerConsultation);
            c.CourseTeam.Members.RemoveAt(4);
        }, "R-TEAM-03");

    [Fact]
    public void R_VIS_05_passes_with_a_learner_in_the_team_only() =>
        Quiet("R-VIS-05", c => c.JointVision.NeedsEvidence.Remove(NeedsEvidence.LearnerConsultation));

    [Fact]
    public void R_VIS_06_flags_a_target_no_larger_than_a_course() =>
        Single(Fires("R-VIS-06", c =>
        {
            c.JointVision.StackingTargets[0].Type = StackingTargetType.Other;
            c.JointVision.StackingTargets[0].Layer = CredentialLayer.Course;
        }), Severity.Warning);

    [Fact]
    public void R_VIS_06_passes_for_a_cmf_programme() =>
        Quiet("R-VIS-06", c => c.JointVision.StackingTargets[0].Type = StackingTargetType.CmfProgramme);

    // W3
    [Fact]
    public void R_PAR_01_flags_two_leads() =>
        Fires("R-PAR-01", c => c.Partnership.Partners[1].PartnerRole = PartnerRole.LeadInstitution);

    [Fact]
    public void R_PAR_01_flags_a_lead_that_is_not_a_university() =>
        Fires("R-PAR-01", c => c.Partnership.Partners[0].OrganisationType = OrganisationType.ProfessionalOrganisation,
            "R-PAR-02", "R-TEAM-02", "R-AWD-03", "R-PAR-04", "R-REC-03", "R-SUP-04", "R-CA-03");

    [Fact]
    public void R_PAR_01_passes_with_one_degree_awarding_lead() => Quiet("R-PAR-01", _ => { });

    [Fact]
    public void R_PAR_02_flags_a_single_university() =>
        Fires("R-PAR-02", c =>
        {
            c.Partnership.Partners[1].PartnerRole = PartnerRole.AssociatedPartner;
            c.Partnership.Partners[2].PartnerRole = PartnerRole.AssociatedPartner;
        }, "R-PAR-03");

    [Fact]
    public void R_PAR_02_passes_with_two_universities() =>
        Quiet("R-PAR-02", c =>
        {
            c.Partnership.Partners[2].PartnerRole = PartnerRole.AssociatedPartner;
            c.Award.AwardingBodyPartnerIds.Remove(c.Partnership.Partners[2].Id);
        });

    [Fact]
    public void R_PAR_03_flags_an_associated_partner_among_awarding_bodies() =>
        Single(Fires("R-PAR-03", c => c.Partnership.Partners[2].PartnerRole = PartnerRole.AssociatedPartner), Severity.Error);

    [Fact]
    public void R_PAR_03_passes_for_a_badge() =>
        Assert.DoesNotContain(After(c =>
        {
            c.Partnership.Partners[2].PartnerRole = PartnerRole.AssociatedPartner;
            c.Award.AwardType = AwardType.BadgeOfCompletion;
        }), f => f.RuleId == "R-PAR-03");

    [Fact]
    public void R_PAR_04_advises_a_labour_market_partner() =>
        Assert.Contains(Baseline, f => f.RuleId == "R-PAR-04" && f.Severity == Severity.Info);

    [Fact]
    public void R_PAR_04_passes_with_a_professional_body() =>
        Quiet("R-PAR-04", c => c.Partnership.Partners.Add(new Partner
        {
            Id = Guid.NewGuid(), InstitutionId = Guid.NewGuid(), OrganisationType = OrganisationType.ProfessionalOrganisation,
            PartnerRole = PartnerRole.AssociatedPartner, Contributions = [PartnerContribution.Endorsement], ContactName = "Jan",
        }));

    [Fact]
    public void R_PAR_05_flags_too_many_partners() =>
        Single(Fires("R-PAR-05", After(_ => { }, ctx => ctx with { Settings = ctx.Settings with { MaxPartners = 2 } })), Severity.Warning);

    [Fact]
    public void R_PAR_05_passes_at_the_threshold() =>
        Quiet("R-PAR-05", After(_ => { }, ctx => ctx with { Settings = ctx.Settings with { MaxPartners = 3 } }));

    // W4
    [Fact]
    public void R_TEAM_01_flags_a_missing_leader() =>
        Fires("R-TEAM-01", c => c.CourseTeam.Members[0].TeamRole = TeamRole.CourseTeamMember);

    [Fact]
    public void R_TEAM_01_flags_a_leader_from_another_partner() =>
        Single(Fires("R-TEAM-01", c => c.CourseTeam.Members[0].PartnerId = c.Partnership.Partners[1].Id), Severity.Error);

    [Fact]
    public void R_TEAM_01_passes_with_a_staff_leader_of_the_lead() => Quiet("R-TEAM-01", _ => { });

    [Fact]
    public void R_TEAM_02_flags_an_unrepresented_university() =>
        Fires("R-TEAM-02", c => c.CourseTeam.Members[3].TeamRole = TeamRole.SupportStaff);

    [Fact]
    public void R_TEAM_02_passes_when_the_leader_represents_the_lead() =>
        Quiet("R-TEAM-02", c => c.CourseTeam.Members[1].TeamRole = TeamRole.SupportStaff);

    [Fact]
    public void R_TEAM_03_flags_no_learner_representative() =>
        Single(Fires("R-TEAM-03", c => c.CourseTeam.Members.RemoveAt(4)), Severity.Warning);

    [Fact]
    public void R_TEAM_03_passes_with_a_learner_representative() => Quiet("R-TEAM-03", _ => { });

    [Fact]
    public void R_TEAM_04_flags_a_short_design_phase() =>
        Single(Fires("R-TEAM-04", c => c.CourseTeam.DesignStart = new DateOnly(2026, 10, 1)), Severity.Warning);

    [Fact]
    public void R_TEAM_04_flags_a_short_development_phase() =>
        Fires("R-TEAM-04", c => c.CourseTeam.DevelopmentEnd = new DateOnly(2027, 5, 1));

    [Fact]
    public void R_TEAM_04_passes_with_exactly_three_and_six_months() =>
        Quiet("R-TEAM-04", c =>
        {
            c.CourseTeam.DesignStart = new DateOnly(2026, 9, 18);
            c.CourseTeam.DevelopmentEnd = new DateOnly(2027, 6, 18);
        });

    [Fact]
    public void R_TEAM_05_flags_a_one_year_horizon() =>
        Single(Fires("R-TEAM-05", c => c.CourseTeam.ImplementationHorizonYears = 1), Severity.Warning);

    [Fact]
    public void R_TEAM_05_passes_at_two_years() => Quiet("R-TEAM-05", c => c.CourseTeam.ImplementationHorizonYears = 2);

    [Fact]
    public void R_TEAM_06_flags_an_uncovered_task()
    {
        var f = Single(Fires("R-TEAM-06", c =>
        {
            foreach (var m in c.CourseTeam.Members)
            {
                m.Tasks.Remove(TeamTask.Implementation);
            }
        }), Severity.Error);
        Assert.Contains("implementation", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R_TEAM_06_passes_when_one_member_holds_each_task() =>
        Quiet("R-TEAM-06", c =>
        {
            foreach (var m in c.CourseTeam.Members.Skip(1))
            {
                m.Tasks.Remove(TeamTask.Implementation);
            }
        });

    // W5
    [Fact]
    public void R_SUP_01_flags_teaching_support_not_contacted() =>
        Single(Fires("R-SUP-01", c => c.SupportServices.Engagements[0].Status = EngagementStatus.NotContacted), Severity.Warning);

    [Fact]
    public void R_SUP_01_passes_when_contacted() =>
        Quiet("R-SUP-01", c => c.SupportServices.Engagements[0].Status = EngagementStatus.Contacted);

    [Fact]
    public void R_SUP_02_flags_a_missing_programme_board() =>
        Single(Fires("R-SUP-02", c => c.SupportServices.ProgrammeBoards.Clear(), "R-DOC-01"), Severity.Error);

    [Fact]
    public void R_SUP_02_flags_a_pending_board_from_gate_G3()
    {
        var f = Single(Fires("R-SUP-02", c => c.SupportServices.ProgrammeBoards[0].ApprovalStatus = BoardApprovalStatus.Pending), Severity.Error);
        Assert.Equal(Gate.G3, f.AppliesFromGate);
        Assert.False(f.BlocksAt(Gate.G1));
    }

    [Fact]
    public void R_SUP_02_reads_the_approval_records_when_they_are_at_hand()
    {
        var board = Samples.Complete().Content.SupportServices.ProgrammeBoards[0];

        // Approved as typed into step 5, but no approval on record: the record is what counts.
        var f = Single(Fires("R-SUP-02", After(_ => { }, ctx => ctx with { ApprovedBoardIds = new HashSet<Guid>() })), Severity.Error);
        Assert.Equal(board.Id, f.RowId);
        Assert.Equal(Gate.G3, f.AppliesFromGate);
        Assert.DoesNotContain("R-SUP", f.Message, StringComparison.Ordinal);

        // Not approved in step 5 (the field is no longer asked), but the approval is on record: quiet.
        Quiet("R-SUP-02", After(c => c.SupportServices.ProgrammeBoards[0].ApprovalStatus = null, ctx => ctx with { ApprovedBoardIds = new HashSet<Guid> { board.Id } }));
    }

    [Fact]
    public void R_SUP_02_passes_without_curriculum_or_exemption() =>
        Quiet("R-SUP-02", c =>
        {
            c.SupportServices.ProgrammeBoards.Clear();
            c.JointVision.StackingTargets[0].ExemptionAgreed = false;
            c.JointVision.RecognitionRoute = [RecognitionRoute.LearnerRequestedRpl];
        });

    [Fact]
    public void R_SUP_03_flags_student_administration_of_the_issuer() =>
        Single(Fires("R-SUP-03", c => c.SupportServices.Engagements[2].Status = EngagementStatus.Contacted), Severity.Warning);

    [Fact]
    public void R_SUP_03_passes_when_engaged() => Quiet("R-SUP-03", _ => { });

    [Fact]
    public void R_SUP_04_flags_legal_affairs_not_engaged_while_drafting() =>
        Single(Fires("R-SUP-04", c => c.SupportServices.Engagements[9].Status = EngagementStatus.Contacted), Severity.Warning);

    [Fact]
    public void R_SUP_04_passes_before_drafting_starts() =>
        Assert.DoesNotContain(After(c =>
        {
            c.SupportServices.Engagements[9].Status = EngagementStatus.Contacted;
            c.ConsortiumAgreement.Clauses.ForEach(k => k.Status = ClauseStatus.NotStarted);
            c.ConsortiumAgreement.Signatories.Clear();
        }), f => f.RuleId == "R-SUP-04");
}
