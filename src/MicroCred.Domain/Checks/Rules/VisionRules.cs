using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using static MicroCred.Domain.Checks.Rules.RuleHelpers;

namespace MicroCred.Domain.Checks.Rules;

/// <summary>W2 joint vision: needs, profile, objectives and stackability.</summary>
internal static class VisionRules
{
    private const WizardStep Step = WizardStep.JointVision;

    public static void Apply(DesignCheckContext ctx, FindingList f)
    {
        Vis01VisionIsStated(ctx.Content.JointVision, f);
        Vis02StackableHasTarget(ctx.Content.JointVision, f);
        Vis03DirectorConsulted(ctx.Content.JointVision, f);
        Vis04StandAlonePointsToRpl(ctx.Content.JointVision, f);
        Vis05LearnersConsulted(ctx.Content, f);
        Vis06TargetIsLarger(ctx.Content.JointVision, f);
    }

    // R-VIS-01
    private static void Vis01VisionIsStated(JointVisionStep s, FindingList f)
    {
        if (s.NeedsEvidence.Count == 0)
        {
            f.Error("R-VIS-01", Step, "NeedsEvidence", "Say what evidence shows the course is needed, for example a labour-market analysis or a stakeholder consultation.");
        }

        Require(s.AcademicProfile, "AcademicProfile", "Describe the academic profile of the course.", f);
        Require(s.ProfessionalProfile, "ProfessionalProfile", "Describe the professional profile: the jobs and sectors the course serves.", f);
        Require(s.GeneralObjectives, "GeneralObjectives", "State the general objectives of the course.", f);
        Require(s.AcademicObjectives, "AcademicObjectives", "State the academic objectives of the course.", f);
        Require(s.UniqueSellingPoint, "UniqueSellingPoint", "Explain why learners will choose this course over others.", f);
        Require(s.AddedValue, "AddedValue", "Explain what the course adds to what is already offered in the field.", f);
    }

    private static void Require(string? value, string field, string message, FindingList f)
    {
        if (IsBlank(value))
        {
            f.Error("R-VIS-01", Step, field, message);
        }
    }

    // R-VIS-02
    private static void Vis02StackableHasTarget(JointVisionStep s, FindingList f)
    {
        if (s.Stackability == Stackability.Stackable && s.StackingTargets.Count == 0)
        {
            f.Error("R-VIS-02", Step, "StackingTargets",
                "The course is marked stackable but names no programme it stacks into; add at least one target so learners do not have to arrange recognition themselves.");
        }
    }

    // R-VIS-03
    private static void Vis03DirectorConsulted(JointVisionStep s, FindingList f)
    {
        foreach (var t in s.StackingTargets.Where(t => !t.ProgrammeDirectorConsulted))
        {
            f.Warning("R-VIS-03", Step, $"StackingTargets[{t.Id}].ProgrammeDirectorConsulted",
                $"The director of stacking target '{t.Title}' has not been consulted; until then learners must ask for recognition themselves.", t.Id);
        }
    }

    // R-VIS-04
    private static void Vis04StandAlonePointsToRpl(JointVisionStep s, FindingList f)
    {
        if (s.Stackability == Stackability.StandAlone && !s.RecognitionRoute.Contains(RecognitionRoute.LearnerRequestedRpl))
        {
            f.Info("R-VIS-04", Step, "RecognitionRoute",
                "The course stands alone: add recognition of prior learning as a route, so the public description tells learners how they can still get the credits counted later.");
        }
    }

    // R-VIS-05
    private static void Vis05LearnersConsulted(DesignContent c, FindingList f)
    {
        var consulted = c.JointVision.NeedsEvidence.Contains(NeedsEvidence.LearnerConsultation);
        var learnerInTeam = c.CourseTeam.Members.Any(m => m.TeamRole == TeamRole.LearnerRepresentative);
        if (!consulted && !learnerInTeam)
        {
            f.Warning("R-VIS-05", Step, "NeedsEvidence",
                "Learners were not consulted and no learner sits on the team; add a learner consultation so the needs analysis reflects their view.");
        }
    }

    // R-VIS-06
    private static void Vis06TargetIsLarger(JointVisionStep s, FindingList f)
    {
        foreach (var t in s.StackingTargets)
        {
            var layer = LayerOf(t);
            if (layer is not null && layer <= CredentialLayer.Course)
            {
                f.Warning("R-VIS-06", Step, $"StackingTargets[{t.Id}].Layer",
                    $"Stacking target '{t.Title}' is no larger than a single course; a course can only stack into a programme or degree.", t.Id);
            }
        }
    }

    public static CredentialLayer? LayerOf(StackingTarget target) => target.Type switch
    {
        StackingTargetType.CmfProgramme => CredentialLayer.CmfProgramme,
        StackingTargetType.MicroCredentialProgramme or StackingTargetType.Microdegree => CredentialLayer.Microdegree,
        StackingTargetType.BachelorDegree or StackingTargetType.MasterDegree => CredentialLayer.Degree,
        _ => target.Layer,
    };
}
