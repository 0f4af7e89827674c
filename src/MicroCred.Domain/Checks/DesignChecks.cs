using MicroCred.Domain.Checks.Rules;

namespace MicroCred.Domain.Checks;

/// <summary>Runs every design rule over a design and returns the findings; a pure function of its input.</summary>
public static class DesignChecks
{
    private static readonly Action<DesignCheckContext, FindingList>[] _areas =
    [
        PolicyRules.Apply,
        VisionRules.Apply,
        PartnershipRules.Apply,
        TeamRules.Apply,
        SupportRules.Apply,
        OutcomeRules.Apply,
        VolumeRules.Apply,
        ActivityRules.Apply,
        MobilityRules.Apply,
        DeliveryRules.Apply,
        InclusionRules.Apply,
        MicrolearningRules.Apply,
        AssessmentRules.Apply,
        AwardRules.Apply,
        LanguageRules.Apply,
        AdmissionRules.Apply,
        RecruitmentRules.Apply,
        QualityRules.Apply,
        BusinessRules.Apply,
        SustainabilityRules.Apply,
        AgreementRules.Apply,
        AlignmentRules.Apply,
        DocumentRules.Apply,
    ];

    public static IReadOnlyList<Finding> Run(DesignCheckContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var findings = new FindingList();
        foreach (var area in _areas)
        {
            area(ctx, findings);
        }

        return findings.Items;
    }
}
