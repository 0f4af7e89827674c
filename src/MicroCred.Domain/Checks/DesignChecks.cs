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
