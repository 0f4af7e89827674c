using MicroCred.Domain.Designs;

namespace MicroCred.Domain.Checks.Rules;

/// <summary>Cross-step constructive alignment, read from the alignment matrix.</summary>
internal static class AlignmentRules
{
    public static void Apply(DesignCheckContext ctx, FindingList f)
    {
        var matrix = AlignmentMatrix.Build(ctx.Content);
        foreach (var o in matrix.Outcomes)
        {
            var outcome = ctx.Content.OutcomeById(o.OutcomeId)!;
            var name = Describe.Outcome(outcome);

            // R-ALN-01
            if (o.Gaps.HasFlag(AlignmentGap.NotPractised))
            {
                f.Error("R-ALN-01", WizardStep.LearningActivities, "Activities",
                    $"{name} is not worked on in any learning activity; add an activity that leads learners to it.", o.OutcomeId);
            }

            // R-ALN-02
            if (o.Gaps.HasFlag(AlignmentGap.NotAssessed))
            {
                f.Error("R-ALN-02", WizardStep.Assessment, "Components",
                    $"{name} is not assessed by any summative component; learners could earn the credential without showing it.", o.OutcomeId);
            }

            // R-ALN-03
            if (o.Gaps.HasFlag(AlignmentGap.AssessedButNotTaught))
            {
                f.Warning("R-ALN-03", WizardStep.Assessment, "Components",
                    $"{name} is assessed only in units that do not teach it; move the assessment or teach the outcome in that unit.", o.OutcomeId);
            }

            // R-ALN-05
            if (o.Gaps.HasFlag(AlignmentGap.ActivitiesBelowBloomLevel))
            {
                f.Info("R-ALN-05", WizardStep.LearningActivities, "Activities", o.Explanations[^1] + " Add an activity that lets learners practise at that level.", o.OutcomeId);
            }
        }

        // R-ALN-04
        foreach (var u in matrix.UnitsWithoutAssessment)
        {
            f.Warning("R-ALN-04", WizardStep.Assessment, "Components", u.Explanation!, u.UnitId);
        }
    }
}
