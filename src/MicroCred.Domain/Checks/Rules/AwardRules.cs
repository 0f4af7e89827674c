using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using static MicroCred.Domain.Checks.Rules.RuleHelpers;

namespace MicroCred.Domain.Checks.Rules;

/// <summary>W14 award, awarding bodies and certificate.</summary>
internal static class AwardRules
{
    private const WizardStep Step = WizardStep.Award;

    public static void Apply(DesignCheckContext ctx, FindingList f)
    {
        var c = ctx.Content;
        var hasSummative = c.Assessment.Summative().Any();
        Awd01CreditsNeedACourse(c, f);
        Awd02BadgeWithoutAssessment(c, hasSummative, f);
        Awd03AwardingBodies(ctx, f);
        Awd04DigitalSeal(c.Award, f);
        Awd05PartnerAlignment(ctx, f);
        Awd06ProfessionalCreditIsExtra(c.Award, f);
        Awd07CertificateElements(ctx, f);
        Awd08NotADegree(c.Award, f);
    }

    // R-AWD-01 (the summative part is R-ASM-01)
    private static void Awd01CreditsNeedACourse(DesignContent c, FindingList f)
    {
        if (AwardsEcts(c) && c.CoursePlan.Ects is { } ects && ects < 1m)
        {
            f.Error("R-AWD-01", Step, "AwardType", $"ECTS credits can only be awarded for a course of at least 1 ECTS; this one has {Describe.Ects(ects)}. Award a badge instead.");
        }
    }

    // R-AWD-02
    private static void Awd02BadgeWithoutAssessment(DesignContent c, bool hasSummative, FindingList f)
    {
        if (AwardsEcts(c) && !hasSummative)
        {
            f.Error("R-AWD-02", Step, "AwardType", "Without summative assessment the course can only award a badge of attendance, participation or completion.");
        }
    }

    // R-AWD-03
    private static void Awd03AwardingBodies(DesignCheckContext ctx, FindingList f)
    {
        var award = ctx.Content.Award;
        if (AwardsEcts(ctx.Content))
        {
            foreach (var id in award.AwardingBodyPartnerIds)
            {
                var p = ctx.Content.PartnerById(id);
                if (p is null || !IsDegreeAwardingHei(ctx, p))
                {
                    f.Error("R-AWD-03", Step, "AwardingBodyPartnerIds",
                        $"{Describe.Partner(ctx, p)} is not a degree-awarding university partner and cannot award ECTS credits.", id);
                }
            }
        }

        if (award.IssuingInstitutionPartnerId is { } issuer && !award.AwardingBodyPartnerIds.Contains(issuer))
        {
            f.Error("R-AWD-03", Step, "IssuingInstitutionPartnerId",
                $"The issuing institution {Describe.Partner(ctx, issuer)} must be one of the awarding bodies.", issuer);
        }
    }

    // R-AWD-04
    private static void Awd04DigitalSeal(AwardStep award, FindingList f)
    {
        if (award.CertificateFormat is { } format && format != CertificateFormat.DigitalSealedEdc)
        {
            f.Warning("R-AWD-04", Step, "CertificateFormat",
                $"A {Describe.Words(format)} certificate cannot be verified by employers as easily as a digitally sealed European Digital Credential; consider switching.");
        }
    }

    // R-AWD-05
    private static void Awd05PartnerAlignment(DesignCheckContext ctx, FindingList f)
    {
        foreach (var a in ctx.Content.Award.PartnerAlignment.Where(a => !a.FitsLocalStructure))
        {
            f.Warning("R-AWD-05", Step, $"PartnerAlignment[{a.Id}].FitsLocalStructure",
                $"The award does not fit the qualification rules of {Describe.Partner(ctx, a.PartnerId)}; discuss a solution before approval.", a.Id);
        }
    }

    // R-AWD-06
    private static void Awd06ProfessionalCreditIsExtra(AwardStep award, FindingList f)
    {
        if (award.ProfessionalRecognition.Count > 0 && (award.AwardType is null || award.AwardingBodyPartnerIds.Count == 0))
        {
            f.Error("R-AWD-06", Step, "AwardType",
                "A professional credit can only come on top of the academic award; choose the award type and its awarding bodies first.");
        }
    }

    // R-AWD-07
    private static void Awd07CertificateElements(DesignCheckContext ctx, FindingList f)
    {
        foreach (var e in CertificateElements.Preview(ctx).Where(e => e.IsMissing))
        {
            f.Error("R-AWD-07", e.SourceStep ?? Step, e.SourceField,
                $"The certificate cannot show '{e.Label}' yet; fill in {Describe.Field(e.SourceStep!.Value, e.SourceField!)} in {Describe.Step(e.SourceStep!.Value)}.");
        }
    }

    // R-AWD-08
    private static void Awd08NotADegree(AwardStep award, FindingList f)
    {
        if (!award.ShowNotADegreeNote)
        {
            f.Info("R-AWD-08", Step, "ShowNotADegreeNote",
                "Keep the note that the level does not make the credential a degree nor give access to the next cycle; learners should not be misled.");
        }
    }
}
