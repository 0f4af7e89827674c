using MicroCred.Domain.Designs;

namespace MicroCred.Domain.Checks.Rules;

/// <summary>W17 recruitment and public information.</summary>
internal static class RecruitmentRules
{
    private const WizardStep Step = WizardStep.Recruitment;

    public static void Apply(DesignCheckContext ctx, FindingList f)
    {
        var s = ctx.Content.Recruitment;

        // R-REC-01
        foreach (var g in s.Segments)
        {
            var name = g.Segment is { } seg ? $"'{Describe.Words(seg)}'" : "an unnamed segment";
            if (g.Channels.Count == 0)
            {
                f.Error("R-REC-01", Step, $"Segments[{g.Id}].Channels", $"The campaign for {name} has no channel; choose how you will reach these learners.", g.Id);
            }

            if (ctx.Content.PartnerById(g.OwnerPartnerId) is null)
            {
                f.Error("R-REC-01", Step, $"Segments[{g.Id}].OwnerPartnerId", $"The campaign for {name} has no owner; name the partner that runs it.", g.Id);
            }
        }

        // R-REC-02
        if (s.RecruitsInternationally && RuleHelpers.IsBlank(s.TransnationalContext))
        {
            f.Warning("R-REC-02", Step, "TransnationalContext",
                "You recruit beyond the partner countries; describe the situation of learners there so campaigns speak to them.");
        }

        // R-REC-03 (blocks publication)
        foreach (var item in PublicInformation.Checklist(ctx.Content).Where(i => !i.Resolved))
        {
            f.Error("R-REC-03", item.Step, item.FieldPath,
                $"The public course page cannot show '{item.Label}' yet; complete it in {Describe.Step(item.Step)}.", gate: Gate.G3);
        }
    }
}
