using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs.Steps;
using static MicroCred.Domain.Tests.RuleAssert;

namespace MicroCred.Domain.Tests;

public class CurriculumRuleTests
{
    // W6
    [Fact]
    public void R_LO_01_flags_a_course_level_outside_5_to_8() =>
        Fires("R-LO-01", c => c.LearningOutcomes.EqfLevel = (EqfLevel)4, "R-AWD-07", "R-LO-03", "R-MLU-05", "R-ADM-03");

    [Fact]
    public void R_LO_01_flags_an_outcome_level_outside_5_to_8() =>
        Single(Fires("R-LO-01", c => c.LearningOutcomes.Outcomes[0].EqfLevel = (EqfLevel)9), Severity.Error);

    [Fact]
    public void R_LO_01_passes_at_level_8() =>
        Assert.DoesNotContain(After(c => c.LearningOutcomes.EqfLevel = EqfLevel.Level8), f => f.RuleId == "R-LO-01");

    [Fact]
    public void R_LO_02_flags_duplicate_codes() =>
        Single(Fires("R-LO-02", c => c.LearningOutcomes.Outcomes[1].Code = "lo1"), Severity.Error);

    [Fact]
    public void R_LO_02_flags_duplicate_statements_ignoring_case() =>
        Fires("R-LO-02", c => c.LearningOutcomes.Outcomes[1].Statement = c.LearningOutcomes.Outcomes[0].Statement.ToUpperInvariant());

    [Fact]
    public void R_LO_02_flags_no_outcomes() =>
        Fires("R-LO-02", c => c.LearningOutcomes.Outcomes.Clear(), "R-VOL-07", "R-ACT-02", "R-ASM-03", "R-AWD-07", "R-REC-03", "R-DOC-01", "R-MLU-05");

    [Fact]
    public void R_LO_02_passes_with_unique_codes_and_statements() => Quiet("R-LO-02", _ => { });

    [Fact]
    public void R_LO_03_flags_a_course_level_above_its_outcomes() =>
        Single(Fires("R-LO-03", c =>
        {
            c.LearningOutcomes.EqfLevel = EqfLevel.Level8;
            c.Admission.RequiredDegreeEqfLevel = EqfLevel.Level6;
        }, "R-MLU-05"), Severity.Warning);

    [Fact]
    public void R_LO_03_uses_the_rounded_mean_on_a_tie()
    {
        Assert.Equal(7, EqfLevels.MajorityLevel([6, 6, 8, 8]));
        Assert.Equal(6, EqfLevels.MajorityLevel([6, 6, 6, 7]));
    }

    [Fact]
    public void R_LO_03_passes_when_most_outcomes_match() =>
        Quiet("R-LO-03", c => c.LearningOutcomes.Outcomes[0].EqfLevel = EqfLevel.Level6);

    [Fact]
    public void R_LO_04_flags_a_non_measurable_verb()
    {
        var f = Single(Fires("R-LO-04", c => c.LearningOutcomes.Outcomes[2].Statement = "Understand why nature-based measures matter."), Severity.Warning);
        Assert.Contains("LO3", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R_LO_04_flags_a_statement_without_action_verb() =>
        Fires("R-LO-04", c => c.LearningOutcomes.Outcomes[2].Statement = "Coastal resilience and its many facets.");

    [Fact]
    public void R_LO_04_passes_with_an_action_verb_in_third_person() =>
        Quiet("R-LO-04", c => c.LearningOutcomes.Outcomes[2].Statement = "The learner evaluates coastal measures on cost and effect.");

    [Fact]
    public void R_LO_05_advises_a_skills_outcome_for_a_professional_course() =>
        Single(Fires("R-LO-05", c =>
        {
            foreach (var o in c.LearningOutcomes.Outcomes)
            {
                o.Dimension = OutcomeDimension.Knowledge;
            }
        }), Severity.Info);

    [Fact]
    public void R_LO_05_passes_for_an_academic_course() =>
        Quiet("R-LO-05", c =>
        {
            c.LearningOutcomes.OrientationType = CourseOrientation.Academic;
            foreach (var o in c.LearningOutcomes.Outcomes)
            {
                o.Dimension = OutcomeDimension.Knowledge;
            }
        });

    [Fact]
    public void R_LO_06_flags_an_outcome_nothing_refers_to() =>
        Fires("R-LO-06", c => c.LearningOutcomes.Outcomes.Add(new LearningOutcome
        {
            Id = Guid.NewGuid(), Code = "LO7", Order = 7, Statement = "Communicate risk to the public.", Dimension = OutcomeDimension.Skills,
            BloomLevel = BloomLevel.Apply, EqfLevel = EqfLevel.Level7,
        }), "R-VOL-07", "R-ALN-01", "R-ALN-02");

    [Fact]
    public void R_LO_06_passes_when_an_outcome_is_only_assessed() =>
        Assert.DoesNotContain(After(c => c.CoursePlan.Units[0].OutcomeIds.Clear()), f => f.RuleId == "R-LO-06");

    // W7
    [Fact]
    public void R_VOL_01_flags_a_course_above_3_ects() =>
        Single(Fires("R-VOL-01", c => c.CoursePlan.Ects = 4m, "R-VOL-03"), Severity.Error);

    [Fact]
    public void R_VOL_01_respects_a_deployment_upper_bound() =>
        Assert.DoesNotContain(After(c => c.CoursePlan.Ects = 4m, ctx => ctx with { Settings = ctx.Settings with { CourseEctsMax = 6m } }), f => f.RuleId == "R-VOL-01");

    [Fact]
    public void R_VOL_01_passes_at_1_ects() =>
        Assert.DoesNotContain(After(c => c.CoursePlan.Ects = 1m), f => f.RuleId is "R-VOL-01" or "R-VOL-02");

    [Fact]
    public void R_VOL_02_flags_a_course_below_1_ects() =>
        Single(Fires("R-VOL-02", c => c.CoursePlan.Ects = 0.5m, "R-VOL-03", "R-AWD-01"), Severity.Error);

    [Fact]
    public void R_VOL_02_passes_at_1_ects() =>
        Assert.DoesNotContain(After(c => c.CoursePlan.Ects = 1m), f => f.RuleId == "R-VOL-02");

    [Fact]
    public void R_VOL_03_flags_unit_hours_that_do_not_match_the_ects() =>
        Single(Fires("R-VOL-03", c => c.CoursePlan.Ects = 2.5m), Severity.Warning);

    [Fact]
    public void R_VOL_03_uses_the_lead_institutions_band()
    {
        var sample = Samples.Complete();
        var facts = sample.Institutions.ToDictionary(kv => kv.Key, kv => kv.Value with { HoursPerEctsMin = 30m, HoursPerEctsMax = 30m });
        Fires("R-VOL-03", Samples.Run(sample, facts), "R-MLU-01");
    }

    [Fact]
    public void R_VOL_03_passes_when_hours_match() => Quiet("R-VOL-03", _ => { });

    [Fact]
    public void R_VOL_04_flags_a_unit_without_hours() =>
        Fires("R-VOL-04", c => c.CoursePlan.Units[0].StudyHours = 0m, "R-VOL-03", "R-VOL-05");

    [Fact]
    public void R_VOL_04_passes_with_positive_hours() => Quiet("R-VOL-04", _ => { });

    [Fact]
    public void R_VOL_05_advises_splitting_long_units() =>
        Assert.Equal(5, Baseline.Count(f => f.RuleId == "R-VOL-05" && f.Severity == Severity.Info));

    [Fact]
    public void R_VOL_05_passes_within_the_configured_band() =>
        Assert.DoesNotContain(After(_ => { }, ctx => ctx with { Settings = ctx.Settings with { UnitHoursMax = 20m } }), f => f.RuleId == "R-VOL-05");

    [Fact]
    public void R_VOL_06_flags_one_partner_developing_all_units() =>
        Single(Fires("R-VOL-06", c =>
        {
            foreach (var u in c.CoursePlan.Units)
            {
                u.ResponsibleMemberId = c.CourseTeam.Members[0].Id;
            }
        }), Severity.Warning);

    [Fact]
    public void R_VOL_06_passes_with_two_partners() =>
        Quiet("R-VOL-06", c =>
        {
            foreach (var u in c.CoursePlan.Units)
            {
                u.ResponsibleMemberId = c.CourseTeam.Members[0].Id;
            }

            c.CoursePlan.Units[0].ResponsibleMemberId = c.CourseTeam.Members[2].Id;
        });

    [Fact]
    public void R_VOL_07_flags_a_unit_without_responsible_member() =>
        Single(Fires("R-VOL-07", c => c.CoursePlan.Units[1].ResponsibleMemberId = Guid.NewGuid()), Severity.Error);

    [Fact]
    public void R_VOL_07_flags_an_outcome_in_no_unit() =>
        Fires("R-VOL-07", c => c.CoursePlan.Units[0].OutcomeIds.Clear(), "R-DOC-01", "R-ALN-03");

    [Fact]
    public void R_VOL_07_passes_when_units_and_outcomes_are_linked() => Quiet("R-VOL-07", _ => { });

    [Fact]
    public void R_VOL_08_flags_more_than_a_year() =>
        Fires("R-VOL-08", c => c.CoursePlan.DurationWeeks = 60, "R-CA-04");

    [Fact]
    public void R_VOL_08_passes_at_52_weeks() =>
        Assert.DoesNotContain(After(c => c.CoursePlan.DurationWeeks = 52), f => f.RuleId == "R-VOL-08");

    [Fact]
    public void R_VOL_09_advises_when_weekly_load_exceeds_available_time() =>
        Single(Fires("R-VOL-09", c => c.JointVision.AvailableHoursPerWeek = 6m), Severity.Info);

    [Fact]
    public void R_VOL_09_passes_when_weekly_load_fits() => Quiet("R-VOL-09", c => c.JointVision.AvailableHoursPerWeek = 7m);

    // W8
    [Fact]
    public void R_ACT_01_flags_a_large_hour_gap_as_error() =>
        Single(Fires("R-ACT-01", c => c.LearningActivities.Activities[0].Hours = 3m), Severity.Error);

    [Fact]
    public void R_ACT_01_flags_a_small_hour_gap_as_warning() =>
        Single(Fires("R-ACT-01", c => c.LearningActivities.Activities[0].Hours = 5m), Severity.Warning);

    [Fact]
    public void R_ACT_01_flags_a_unit_without_activities() =>
        Fires("R-ACT-01", c => c.LearningActivities.Activities.RemoveAll(a => a.UnitId == c.CoursePlan.Units[0].Id), "R-ALN-01", "R-DEL-03");

    [Fact]
    public void R_ACT_01_passes_when_hours_match() => Quiet("R-ACT-01", _ => { });

    [Fact]
    public void R_ACT_02_flags_a_unit_outcome_no_activity_serves() =>
        Single(Fires("R-ACT-02", c => c.CoursePlan.Units[2].OutcomeIds.Add(c.LearningOutcomes.Outcomes[0].Id)), Severity.Error);

    [Fact]
    public void R_ACT_02_passes_when_each_unit_outcome_has_an_activity() => Quiet("R-ACT-02", _ => { });

    [Fact]
    public void R_ACT_03_flags_material_only_interaction() =>
        Single(Fires("R-ACT-03", c =>
        {
            foreach (var a in c.LearningActivities.Activities)
            {
                a.Interactions = [Interaction.LearnerMaterial];
            }
        }), Severity.Warning);

    [Fact]
    public void R_ACT_03_passes_with_one_interactive_activity() =>
        Quiet("R-ACT-03", c =>
        {
            foreach (var a in c.LearningActivities.Activities.Where((_, i) => i != 1))
            {
                a.Interactions = [Interaction.LearnerMaterial];
            }
        });

    [Fact]
    public void R_ACT_04_advises_beyond_acquisition() =>
        Single(Fires("R-ACT-04", c =>
        {
            foreach (var a in c.LearningActivities.Activities.Where(a => a.UnitId == c.CoursePlan.Units[0].Id))
            {
                a.LearningType = LearningType.Acquisition;
            }
        }), Severity.Info);

    [Fact]
    public void R_ACT_04_passes_with_mixed_types() => Quiet("R-ACT-04", _ => { });

    [Fact]
    public void R_ACT_05_advises_a_motivating_element() =>
        Single(Fires("R-ACT-05", c => c.LearningActivities.Activities.ForEach(a => a.Motivators.Clear())), Severity.Info);

    [Fact]
    public void R_ACT_05_passes_with_one_motivator() =>
        Quiet("R-ACT-05", c => c.LearningActivities.Activities.Where((_, i) => i != 1).ToList().ForEach(a => a.Motivators.Clear()));

    // W9
    [Fact]
    public void R_MOB_01_flags_mobility_without_learning_agreement() =>
        Single(Fires("R-MOB-01", c =>
        {
            c.Admission.LearningAgreementRequired = false;
        }), Severity.Error);

    [Fact]
    public void R_MOB_01_passes_for_virtual_mobility() =>
        Quiet("R-MOB-01", c =>
        {
            c.InternationalMobility.Activities[0].Mobility = MobilityKind.Virtual;
            c.Admission.LearningAgreementRequired = false;
        });

    [Fact]
    public void R_MOB_02_flags_an_activity_outside_any_unit() =>
        Fires("R-MOB-02", c => c.InternationalMobility.Activities[0].UnitId = Guid.NewGuid(), "R-MOB-03");

    [Fact]
    public void R_MOB_02_passes_when_placed_in_a_unit() => Quiet("R-MOB-02", _ => { });

    [Fact]
    public void R_MOB_03_flags_compulsory_mobility_without_hours() =>
        Single(Fires("R-MOB-03", c => c.InternationalMobility.Activities[0].LearningActivityIds.Clear()), Severity.Error);

    [Fact]
    public void R_MOB_03_flags_an_outcome_reachable_only_through_optional_mobility()
    {
        var findings = Fires("R-MOB-03", c =>
        {
            c.InternationalMobility.Activities[0].Status = MobilityStatus.Optional;
            c.LearningActivities.Activities[8].OutcomeIds = [c.LearningOutcomes.Outcomes[2].Id];
            c.LearningActivities.Activities[9].OutcomeIds = [c.LearningOutcomes.Outcomes[5].Id];
        }, "R-ACT-02", "R-ALN-05");
        Assert.Contains("LO4", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R_MOB_03_passes_for_optional_mobility_with_other_routes() =>
        Quiet("R-MOB-03", c => c.InternationalMobility.Activities[0].Status = MobilityStatus.Optional);

    [Fact]
    public void R_MOB_04_flags_a_single_designing_partner() =>
        Single(Fires("R-MOB-04", c => c.InternationalMobility.Activities[0].JointlyDesignedByMemberIds.RemoveAt(1)), Severity.Warning);

    [Fact]
    public void R_MOB_04_passes_with_two_partners() => Quiet("R-MOB-04", _ => { });

    // W10
    [Fact]
    public void R_DEL_01_flags_a_dominant_mode_not_selected() =>
        Single(Fires("R-DEL-01", c => c.Delivery.DominantMode = DeliveryMode.FaceToFace), Severity.Error);

    [Fact]
    public void R_DEL_01_flags_no_dominant_mode() =>
        Fires("R-DEL-01", c => c.Delivery.DominantMode = null, "R-AWD-07", "R-REC-03", "R-DOC-01");

    [Fact]
    public void R_DEL_01_passes_with_a_selected_dominant_mode() =>
        Quiet("R-DEL-01", c => c.Delivery.DominantMode = DeliveryMode.OnlineDistanceAsynchronous);

    [Fact]
    public void R_DEL_02_flags_live_sessions_without_time_zone_plan() =>
        Single(Fires("R-DEL-02", c =>
        {
            c.Delivery.TimeZones.Clear();
            c.Delivery.FlexibilityOptions.Remove(FlexibilityOption.AsyncForTimeZones);
        }, "R-DOC-01"), Severity.Warning);

    [Fact]
    public void R_DEL_02_passes_with_an_asynchronous_alternative() =>
        Assert.DoesNotContain(After(c => c.Delivery.TimeZones.Clear()), f => f.RuleId == "R-DEL-02");

    [Fact]
    public void R_DEL_03_flags_an_unused_tool() =>
        Single(Fires("R-DEL-03", c => c.Delivery.Tools.Add(new Tool { Id = Guid.NewGuid(), Name = "Padlet", Functions = [ToolFunction.PollsAndSurveys] })), Severity.Warning);

    [Fact]
    public void R_DEL_03_flags_two_tools_for_one_function_across_units() =>
        Fires("R-DEL-03", c =>
        {
            var teams = new Tool { Id = Guid.NewGuid(), Name = "Teams", Functions = [ToolFunction.ConferenceCalls] };
            c.Delivery.Tools.Add(teams);
            c.LearningActivities.Activities[1].ToolIds = [teams.Id];
        });

    [Fact]
    public void R_DEL_03_passes_when_every_tool_is_used_once_per_function() => Quiet("R-DEL-03", _ => { });

    [Fact]
    public void R_DEL_04_flags_flexible_start_in_a_cohort() =>
        Single(Fires("R-DEL-04", c => c.Delivery.FlexibilityOptions = [FlexibilityOption.FlexibleStartEnd]), Severity.Warning);

    [Fact]
    public void R_DEL_04_passes_without_cohort() =>
        Quiet("R-DEL-04", c =>
        {
            c.Delivery.FlexibilityOptions = [FlexibilityOption.FlexibleStartEnd];
            c.Delivery.CohortBased = false;
        });

    [Fact]
    public void R_DEL_05_advises_a_focus_safeguard_with_much_flexibility() =>
        Fires("R-DEL-05", c => c.Delivery.FlexibilityOptions.Add(FlexibilityOption.ChoiceOfActivities), "R-DOC-01");

    [Fact]
    public void R_DEL_05_passes_with_a_safeguard() =>
        Quiet("R-DEL-05", c =>
        {
            c.Delivery.FlexibilityOptions.Add(FlexibilityOption.ChoiceOfActivities);
            c.Delivery.FocusSafeguard = "Every choice leads to the same capstone.";
        });

    // W11
    [Fact]
    public void R_INC_01_flags_missing_digital_accessibility() =>
        Single(Fires("R-INC-01", c => c.Inclusiveness.Dimensions.Remove(InclusionDimension.DigitalAccessibility)), Severity.Error);

    [Fact]
    public void R_INC_01_flags_missing_measures() =>
        Fires("R-INC-01", c => c.Inclusiveness.Measures = null, "R-DOC-01");

    [Fact]
    public void R_INC_01_passes_with_digital_accessibility_and_measures() => Quiet("R-INC-01", _ => { });

    [Fact]
    public void R_INC_02_flags_no_accommodations_for_non_traditional_learners() =>
        Fires("R-INC-02", c => c.Inclusiveness.AssessmentAccommodations = "", "R-DOC-01");

    [Fact]
    public void R_INC_02_passes_when_no_non_traditional_learners_are_targeted() =>
        Assert.DoesNotContain(After(c =>
        {
            c.Inclusiveness.AssessmentAccommodations = "";
            c.JointVision.NonTraditionalLearners = false;
        }), f => f.RuleId == "R-INC-02");

    // W12
    [Fact]
    public void R_MLU_01_flags_a_unit_of_a_full_credit() =>
        Single(Fires("R-MLU-01", c => c.Microlearning.Units[0].DurationMinutes = 28 * 60, "R-MLU-07").Where(f => f.Severity == Severity.Error).ToList(), Severity.Error);

    [Fact]
    public void R_MLU_01_passes_just_below_one_credit() =>
        Quiet("R-MLU-01", c => c.Microlearning.Units[0].UseContexts = [MicrolearningUseContext.CorporateTraining]);

    [Fact]
    public void R_MLU_02_flags_a_unit_without_badge() =>
        Fires("R-MLU-02", c => c.Microlearning.Units[0].BadgeType = null);

    [Fact]
    public void R_MLU_02_passes_with_a_badge() => Quiet("R-MLU-02", c => c.Microlearning.Units[0].BadgeType = BadgeType.Participation);

    [Fact]
    public void R_MLU_03_flags_a_unit_not_mobile_ready() =>
        Single(Fires("R-MLU-03", c => c.Microlearning.Units[0].MobileReady = false), Severity.Error);

    [Fact]
    public void R_MLU_03_passes_when_mobile_ready() => Quiet("R-MLU-03", _ => { });

    [Fact]
    public void R_MLU_04_flags_a_derived_unit_without_workplace_adaptation() =>
        Fires("R-MLU-04", c => c.Microlearning.Units[0].WorkplaceAdaptation = null);

    [Fact]
    public void R_MLU_04_passes_for_a_unit_created_from_scratch() =>
        Quiet("R-MLU-04", c =>
        {
            c.Microlearning.Units[0].Origin = MicrolearningOrigin.CreatedFromScratch;
            c.Microlearning.Units[0].WorkplaceAdaptation = null;
        });

    [Fact]
    public void R_MLU_05_flags_a_stackable_unit_linked_to_an_outcome_at_another_level() =>
        Single(Fires("R-MLU-05", c => c.LearningOutcomes.Outcomes[1].EqfLevel = EqfLevel.Level6), Severity.Error);

    [Fact]
    public void R_MLU_05_flags_a_stackable_unit_without_outcome() =>
        Fires("R-MLU-05", c => c.Microlearning.Units[0].OutcomeId = null);

    [Fact]
    public void R_MLU_05_passes_for_a_unit_that_does_not_stack() =>
        Quiet("R-MLU-05", c =>
        {
            c.Microlearning.Units[0].StackableIntoCourse = false;
            c.Microlearning.Units[0].OutcomeId = null;
        });

    [Fact]
    public void R_MLU_06_flags_an_unreviewed_unit_from_gate_G2()
    {
        var f = Single(Fires("R-MLU-06", c => c.Microlearning.Units[0].ReviewedBy = null), Severity.Error);
        Assert.Equal(Gate.G2, f.AppliesFromGate);
    }

    [Fact]
    public void R_MLU_06_passes_when_reviewed_by_an_employer() =>
        Quiet("R-MLU-06", c => c.Microlearning.Units[0].ReviewedBy = MicrolearningReviewer.Employer);

    [Fact]
    public void R_MLU_07_advises_short_just_in_time_units() =>
        Single(Fires("R-MLU-07", c => c.Microlearning.Units[0].DurationMinutes = 45), Severity.Info);

    [Fact]
    public void R_MLU_07_passes_at_30_minutes() => Quiet("R-MLU-07", c => c.Microlearning.Units[0].DurationMinutes = 30);
}
