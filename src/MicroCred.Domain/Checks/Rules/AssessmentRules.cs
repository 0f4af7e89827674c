using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using static MicroCred.Domain.Checks.Rules.RuleHelpers;

namespace MicroCred.Domain.Checks.Rules;

/// <summary>W13 assessment, regulations and grading.</summary>
internal static class AssessmentRules
{
    private const WizardStep Step = WizardStep.Assessment;

    public static void Apply(DesignCheckContext ctx, FindingList f)
    {
        var s = ctx.Content.Assessment;
        var summative = s.Summative().ToList();
        Asm01CreditsNeedSummative(ctx.Content, summative, f);
        Asm02Weights(summative, f);
        Asm03ComponentsNameOutcomes(ctx.Content, f);
        Asm04Formative(s, f);
        Asm05FormativeFeedback(s, f);
        Asm06NotOneOnlineEvent(summative, f);
        Asm07Integrity(ctx.Content, summative, f);
        Asm08CriteriaInAdvance(s, summative, f);
        Asm09Transcriptions(ctx, f);
        Asm10ParticipationShare(ctx, summative, f);
        Asm11AuthenticTask(ctx.Content, summative, f);
    }

    // R-ASM-01
    private static void Asm01CreditsNeedSummative(DesignContent c, List<AssessmentComponent> summative, FindingList f)
    {
        if (AwardsEcts(c) && summative.Count == 0)
        {
            f.Error("R-ASM-01", Step, "Components", "The course awards ECTS credits but has no summative assessment; add at least one summative component.");
        }
    }

    // R-ASM-02
    private static void Asm02Weights(List<AssessmentComponent> summative, FindingList f)
    {
        if (summative.Count == 0)
        {
            return;
        }

        foreach (var a in summative.Where(a => a.WeightPercent is null or <= 0))
        {
            f.Error("R-ASM-02", Step, $"Components[{a.Id}].WeightPercent", $"{Describe.Component(a)} has no weight; give every summative component a weight above 0 %.", a.Id);
        }

        var total = summative.Sum(a => a.WeightPercent ?? 0m);
        if (total != 100m)
        {
            f.Error("R-ASM-02", Step, "Components", $"The summative weights add up to {Describe.Number(total)} %; they must add up to exactly 100 %.");
        }
    }

    // R-ASM-03 (outcome coverage itself is R-ALN-02)
    private static void Asm03ComponentsNameOutcomes(DesignContent c, FindingList f)
    {
        foreach (var a in c.Assessment.Components)
        {
            if (a.OutcomeIds.Count == 0)
            {
                f.Error("R-ASM-03", Step, $"Components[{a.Id}].OutcomeIds", $"{Describe.Component(a)} assesses no learning outcome; link the outcomes it tests.", a.Id);
            }
            else if (a.OutcomeIds.Any(id => c.OutcomeById(id) is null))
            {
                f.Error("R-ASM-03", Step, $"Components[{a.Id}].OutcomeIds", $"{Describe.Component(a)} refers to a learning outcome that no longer exists.", a.Id);
            }
        }
    }

    // R-ASM-04
    private static void Asm04Formative(AssessmentStep s, FindingList f)
    {
        if (!s.Components.Any(a => a.Purpose == AssessmentPurpose.Formative))
        {
            f.Warning("R-ASM-04", Step, "Components", "There is no formative assessment; add regular low-stakes checks with feedback so learners can see their progress.");
        }
    }

    // R-ASM-05
    private static void Asm05FormativeFeedback(AssessmentStep s, FindingList f)
    {
        foreach (var a in s.Components.Where(a => a.Purpose == AssessmentPurpose.Formative && a.Feedback.Count == 0))
        {
            f.Error("R-ASM-05", Step, $"Components[{a.Id}].Feedback", $"{Describe.Component(a)} is formative but gives no feedback; say whether feedback is automated, from the instructor or from peers.", a.Id);
        }
    }

    // R-ASM-06
    private static void Asm06NotOneOnlineEvent(List<AssessmentComponent> summative, FindingList f)
    {
        var weighted = summative.Where(a => a.WeightPercent > 0).ToList();
        if (weighted.Count == 1 && weighted[0].Setting == ActivitySetting.Online)
        {
            f.Warning("R-ASM-06", Step, "Components",
                $"{Describe.Component(weighted[0])} carries the whole grade as a single online event; spread the weight over several kinds of evidence.", weighted[0].Id);
        }
    }

    // R-ASM-07
    private static void Asm07Integrity(DesignContent c, List<AssessmentComponent> summative, FindingList f)
    {
        foreach (var a in summative)
        {
            var noCheck = a.IdVerification == IdVerification.None || a.Supervision == Supervision.UnsupervisedNoIdVerification;
            if (AwardsEcts(c) && a.Setting == ActivitySetting.Online && noCheck && IsBlank(a.SupervisionJustification))
            {
                f.Error("R-ASM-07", Step, $"Components[{a.Id}].SupervisionJustification",
                    $"{Describe.Component(a)} counts towards the credits online without supervision or an identity check; add such a check or explain why it is not needed.", a.Id);
            }

            if (a.IdVerification is { } id && id != IdVerification.None && !a.IdMethodAccessible)
            {
                f.Error("R-ASM-07", Step, $"Components[{a.Id}].IdMethodAccessible",
                    $"Confirm that the identity check of {Describe.Component(a)} ({Describe.Words(id)}) works for learners with accessibility needs.", a.Id);
            }
        }
    }

    // R-ASM-08
    private static void Asm08CriteriaInAdvance(AssessmentStep s, List<AssessmentComponent> summative, FindingList f)
    {
        foreach (var a in summative.Where(a => IsBlank(a.Criteria)))
        {
            f.Error("R-ASM-08", Step, $"Components[{a.Id}].Criteria", $"{Describe.Component(a)} has no assessment criteria; learners must know them beforehand.", a.Id);
        }

        if (summative.Count > 0 && !s.CommunicationToLearners.Contains(LearnerCommunication.CriteriaPublishedInAdvance))
        {
            f.Error("R-ASM-08", Step, "CommunicationToLearners", "Tick that assessment criteria are published to learners in advance.");
        }
    }

    // R-ASM-09
    private static void Asm09Transcriptions(DesignCheckContext ctx, FindingList f)
    {
        var s = ctx.Content.Assessment;
        if (s.GradingScale is not { } common)
        {
            return;
        }

        foreach (var p in ctx.Content.HigherEducationPartners())
        {
            var local = p.GradingScale ?? ctx.FactsOf(p.InstitutionId)?.Scale;
            if (local is null || local == common)
            {
                continue;
            }

            if (!s.TranscriptionTables.Any(t => t.PartnerId == p.Id && t.Bands.Count > 0))
            {
                f.Error("R-ASM-09", Step, $"TranscriptionTables[{p.Id}]",
                    $"{Describe.Partner(ctx, p)} grades on a {Describe.Words(local.Value)} scale; add a table that converts the common {Describe.Words(common)} grades to it.", p.Id);
            }
        }
    }

    // R-ASM-10
    private static void Asm10ParticipationShare(DesignCheckContext ctx, List<AssessmentComponent> summative, FindingList f)
    {
        var share = summative.Where(a => a.Method == AssessmentMethod.ParticipationAndEngagement).Sum(a => a.WeightPercent ?? 0m);
        if (share > ctx.Settings.ParticipationShareMaxPercent)
        {
            f.Info("R-ASM-10", Step, "Components",
                $"Participation counts for {Describe.Number(share)} % of the grade; keep it a complement (at most {Describe.Number(ctx.Settings.ParticipationShareMaxPercent)} %) to evidence that the outcomes were reached.");
        }
    }

    // R-ASM-11
    private static void Asm11AuthenticTask(DesignContent c, List<AssessmentComponent> summative, FindingList f)
    {
        if (c.LearningOutcomes.HasProfessionalOrientation && summative.Count > 0
            && !summative.Any(a => a.Method is AssessmentMethod.AuthenticTask or AssessmentMethod.CapstoneProject))
        {
            f.Warning("R-ASM-11", Step, "Components",
                "The course has a professional orientation but no authentic task or capstone project; let learners show the outcomes on a real problem from practice.");
        }
    }
}
