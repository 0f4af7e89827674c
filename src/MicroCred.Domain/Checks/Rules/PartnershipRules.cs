using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using static MicroCred.Domain.Checks.Rules.RuleHelpers;

namespace MicroCred.Domain.Checks.Rules;

/// <summary>W3 partnership.</summary>
internal static class PartnershipRules
{
    private const WizardStep Step = WizardStep.Partnership;

    public static void Apply(DesignCheckContext ctx, FindingList f)
    {
        Par01OneDegreeAwardingLead(ctx, f);
        Par02AtLeastTwoUniversities(ctx, f);
        Par03AssociatesDoNotAwardEcts(ctx, f);
        Par04LabourMarketPartner(ctx, f);
        Par05OperationalSize(ctx, f);
    }

    // R-PAR-01
    private static void Par01OneDegreeAwardingLead(DesignCheckContext ctx, FindingList f)
    {
        var leads = ctx.Content.Partnership.Partners.Where(p => p.PartnerRole == PartnerRole.LeadInstitution).ToList();
        if (leads.Count != 1)
        {
            f.Error("R-PAR-01", Step, "Partners",
                leads.Count == 0
                    ? "Mark one partner as lead institution; its university carries the course's quality assurance."
                    : $"{leads.Count} partners are marked as lead institution; keep exactly one.");
            return;
        }

        if (!IsDegreeAwardingHei(ctx, leads[0]))
        {
            f.Error("R-PAR-01", Step, $"Partners[{leads[0].Id}].PartnerRole",
                $"The lead institution {Describe.Partner(ctx, leads[0])} must be a degree-awarding university, because only such a university can award ECTS credits.", leads[0].Id);
        }
    }

    // R-PAR-02
    private static void Par02AtLeastTwoUniversities(DesignCheckContext ctx, FindingList f)
    {
        var count = CoreUniversities(ctx.Content).Count();
        if (count < 2)
        {
            f.Error("R-PAR-02", Step, "Partners",
                $"A joint course needs at least two universities as lead or full partners; this consortium has {count}.");
        }
    }

    // R-PAR-03
    private static void Par03AssociatesDoNotAwardEcts(DesignCheckContext ctx, FindingList f)
    {
        if (!AwardsEcts(ctx.Content))
        {
            return;
        }

        foreach (var id in ctx.Content.Award.AwardingBodyPartnerIds)
        {
            var p = ctx.Content.PartnerById(id);
            if (p?.PartnerRole == PartnerRole.AssociatedPartner)
            {
                f.Error("R-PAR-03", WizardStep.Award, "AwardingBodyPartnerIds",
                    $"Associated partner {Describe.Partner(ctx, p)} cannot award the ECTS credits; record its recognition as a professional credit instead.", p.Id);
            }
        }
    }

    // R-PAR-04
    private static void Par04LabourMarketPartner(DesignCheckContext ctx, FindingList f)
    {
        var partners = ctx.Content.Partnership.Partners;
        if (partners.Count > 0 && partners.All(p => p.IsHigherEducation))
        {
            f.Info("R-PAR-04", Step, "Partners",
                "No employer, professional body or sector organisation is a partner; involving one helps the course gain professional recognition.");
        }
    }

    // R-PAR-05
    private static void Par05OperationalSize(DesignCheckContext ctx, FindingList f)
    {
        var count = ctx.Content.Partnership.Partners.Count;
        if (count > ctx.Settings.MaxPartners)
        {
            f.Warning("R-PAR-05", Step, "Partners",
                $"The consortium has {count} partners, more than the {ctx.Settings.MaxPartners} that keep joint decisions workable; consider making some of them associated contributors outside the core.");
        }
    }
}
