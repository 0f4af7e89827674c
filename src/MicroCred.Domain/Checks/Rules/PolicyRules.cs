using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Institutions;
using static MicroCred.Domain.Checks.Rules.RuleHelpers;

namespace MicroCred.Domain.Checks.Rules;

/// <summary>W1 institutional and policy alignment.</summary>
internal static class PolicyRules
{
    private const WizardStep Step = WizardStep.InstitutionalAlignment;

    public static void Apply(DesignCheckContext ctx, FindingList f)
    {
        Pol01StrategyIsStated(ctx, f);
        Pol02NationalCapsRespected(ctx, f);
        Pol03DerivedCourseAdapted(ctx, f);
    }

    // R-POL-01: at least one policy framework and the three alignment statements.
    private static void Pol01StrategyIsStated(DesignCheckContext ctx, FindingList f)
    {
        var s = ctx.Content.InstitutionalAlignment;
        if (s.PolicyFrameworks.Count == 0)
        {
            f.Error("R-POL-01", Step, "PolicyFrameworks", "Select at least one policy framework the course supports, such as the institutional continuing-education strategy.");
        }

        if (IsBlank(s.MissionAlignment))
        {
            f.Error("R-POL-01", Step, "MissionAlignment", "Describe how the course serves the partners' continuing-education mission.");
        }

        if (IsBlank(s.LearnerTimeHorizon))
        {
            f.Error("R-POL-01", Step, "LearnerTimeHorizon", "Describe how the course fits the time that working learners can spare.");
        }

        if (IsBlank(s.CrossInstitutionalSynergy))
        {
            f.Error("R-POL-01", Step, "CrossInstitutionalSynergy", "Describe what each partner brings to the course and why the combination is stronger.");
        }
    }

    // R-POL-02: the course must stay below any national maximum of a partner country (Spain: below 15 ECTS).
    private static void Pol02NationalCapsRespected(DesignCheckContext ctx, FindingList f)
    {
        if (ctx.Content.CoursePlan.Ects is not { } ects)
        {
            return;
        }

        var caps = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        foreach (var partner in ctx.Content.Partnership.Partners)
        {
            if (ctx.FactsOf(partner.InstitutionId) is { NationalEctsCap: { } cap } facts)
            {
                Keep(caps, facts.CountryCode, cap);
            }
        }

        foreach (var row in ctx.Content.InstitutionalAlignment.NationalContext)
        {
            if (row.MaxEcts is { } cap && row.CountryCode.Length > 0)
            {
                Keep(caps, row.CountryCode, cap);
            }
        }

        foreach (var (country, cap) in caps.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (ects >= cap)
            {
                f.Error("R-POL-02", WizardStep.CoursePlan, "Ects",
                    $"{Countries.NameOf(country.ToUpperInvariant())} only recognises micro-credentials below {Describe.Ects(cap)} ECTS; reduce the course from {Describe.Ects(ects)} ECTS.");
            }
        }
    }

    private static void Keep(Dictionary<string, decimal> caps, string country, decimal cap)
    {
        if (!caps.TryGetValue(country, out var known) || cap < known)
        {
            caps[country] = cap;
        }
    }

    // R-POL-03: a course derived from a degree programme must be adapted for lifelong learners.
    private static void Pol03DerivedCourseAdapted(DesignCheckContext ctx, FindingList f)
    {
        var s = ctx.Content.InstitutionalAlignment;
        if (s.OfferingModel != OfferingModel.DerivedFromExistingProgramme)
        {
            return;
        }

        if (!s.AdaptationForLifelongLearnersConfirmed || IsBlank(s.MixedGroupsArrangement))
        {
            f.Warning("R-POL-03", Step, "AdaptationForLifelongLearnersConfirmed",
                "The course is derived from a degree programme: confirm that methods, delivery, materials, outcomes and support were adapted for lifelong learners, and say whether they study alongside degree students.");
        }
    }
}
