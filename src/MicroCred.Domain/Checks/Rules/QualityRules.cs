using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Checks.Rules;

/// <summary>W18 joint quality assurance.</summary>
internal static class QualityRules
{
    private const WizardStep Step = WizardStep.QualityAssurance;
    private const int StatementMaxLength = 300;

    private static readonly QaIndicator[] _coreIndicators =
    [
        QaIndicator.LearningProgressAndSuccess,
        QaIndicator.OutcomesAchievedVsIntended,
        QaIndicator.LearningExperienceAndSatisfaction,
        QaIndicator.ContentAndLevel,
        QaIndicator.LearningAnalytics,
    ];

    public static void Apply(DesignCheckContext ctx, FindingList f)
    {
        var s = ctx.Content.QualityAssurance;

        // R-QA-01
        if (RuleHelpers.IsBlank(s.QaTypeStatement))
        {
            f.Error("R-QA-01", Step, "QaTypeStatement", "Write the short quality assurance statement that is printed on every certificate.");
        }
        else if (s.QaTypeStatement!.Trim().Length > StatementMaxLength)
        {
            f.Error("R-QA-01", Step, "QaTypeStatement", $"The quality assurance statement has {s.QaTypeStatement.Trim().Length} characters; shorten it to {StatementMaxLength} so it fits on the certificate.");
        }

        if (!s.Standards.Contains(QaStandard.Esg))
        {
            f.Error("R-QA-01", Step, "Standards", "Reference the European Standards and Guidelines (ESG); every micro-credential is quality assured under them.");
        }

        // R-QA-02
        foreach (var indicator in _coreIndicators.Where(i => !s.Indicators.Contains(i)))
        {
            f.Warning("R-QA-02", Step, "Indicators", $"The QA plan does not monitor '{Describe.Words(indicator)}', one of the five core quality criteria.");
        }

        // R-QA-03 (blocks from the development review on)
        foreach (var u in ctx.Content.CoursePlan.Units.Where(u => u.DevelopmentStatus is null or < UnitDevelopmentStatus.PeerReviewed))
        {
            f.Error("R-QA-03", WizardStep.CoursePlan, $"Units[{u.Id}].DevelopmentStatus",
                $"{Describe.Unit(u)} has not been peer reviewed yet; every unit needs a peer review before development is approved.", u.Id, Gate.G2);
        }

        // R-QA-04
        if (s.ExternalQa == ExternalQa.ProgrammeAccreditation)
        {
            f.Info("R-QA-04", Step, "ExternalQa",
                "A separate accreditation for one micro-credential is costly; most universities cover micro-credentials through their existing QA processes.");
        }

        // R-QA-05
        if (!s.Indicators.Contains(QaIndicator.StudyLoadIntendedVsActual))
        {
            f.Warning("R-QA-05", Step, "Indicators", "Monitor the actual study load against the planned hours, so the ECTS stay credible.");
        }
    }
}
