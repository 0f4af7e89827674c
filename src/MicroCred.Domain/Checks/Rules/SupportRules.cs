using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using static MicroCred.Domain.Checks.Rules.RuleHelpers;

namespace MicroCred.Domain.Checks.Rules;

/// <summary>W5 support services, programme boards and platform.</summary>
internal static class SupportRules
{
    private const WizardStep Step = WizardStep.SupportServices;

    public static void Apply(DesignCheckContext ctx, FindingList f)
    {
        Sup01EarlyServicesEngaged(ctx, f);
        Sup02ProgrammeBoards(ctx, f);
        Sup03StudentAdministration(ctx, f);
        Sup04LegalAffairs(ctx, f);
    }

    private static bool Has(DesignContent c, Guid partnerId, SupportService service, params EngagementStatus[] statuses) =>
        c.SupportServices.Engagements.Any(e => e.PartnerId == partnerId && e.Service == service && e.Status is { } st && statuses.Contains(st));

    // R-SUP-01
    private static void Sup01EarlyServicesEngaged(DesignCheckContext ctx, FindingList f)
    {
        var lead = ctx.Content.Lead();
        if (lead is null || !HasDesignStarted(ctx.Content.LearningOutcomes))
        {
            return;
        }

        foreach (var service in new[] { SupportService.TeachingAndLearning, SupportService.Internationalisation })
        {
            if (!Has(ctx.Content, lead.Id, service, EngagementStatus.Contacted, EngagementStatus.Engaged))
            {
                f.Warning("R-SUP-01", Step, "Engagements",
                    $"Course design has started but the {Describe.Words(service)} service of {Describe.Partner(ctx, lead)} has not been contacted; involve it now.");
            }
        }
    }

    // R-SUP-02
    private static void Sup02ProgrammeBoards(DesignCheckContext ctx, FindingList f)
    {
        if (!StepCompleteness.NeedsProgrammeBoard(ctx.Content))
        {
            return;
        }

        var boards = ctx.Content.SupportServices.ProgrammeBoards;
        if (boards.Count == 0)
        {
            f.Error("R-SUP-02", Step, "ProgrammeBoards",
                "The course enters a curriculum or gives a pre-agreed exemption, so list the programme board that must approve it.");
            return;
        }

        // Approvals are recorded once, on "Reviews, approvals and signatures"; older content without records falls back to step 5.
        foreach (var b in boards.Where(b => !(ctx.ApprovedBoardIds?.Contains(b.Id) ?? b.ApprovalStatus == BoardApprovalStatus.Approved)))
        {
            f.Error("R-SUP-02", Step, "ProgrammeBoards",
                $"No approval of programme board '{b.BoardName}' is on record yet; an institution administrator records it on the page "
                + "\"Reviews, approvals and signatures\". Publication waits for it.", b.Id, Gate.G3);
        }
    }

    // R-SUP-03
    private static void Sup03StudentAdministration(DesignCheckContext ctx, FindingList f)
    {
        var issuer = ctx.Content.PartnerById(ctx.Content.Award.IssuingInstitutionPartnerId) ?? ctx.Content.Lead();
        if (issuer is null)
        {
            return;
        }

        if (!Has(ctx.Content, issuer.Id, SupportService.StudentAdministration, EngagementStatus.Engaged))
        {
            f.Warning("R-SUP-03", Step, "Engagements",
                $"The student administration of {Describe.Partner(ctx, issuer)}, which enrols learners and issues certificates, is not engaged yet.");
        }
    }

    // R-SUP-04
    private static void Sup04LegalAffairs(DesignCheckContext ctx, FindingList f)
    {
        var agreement = ctx.Content.ConsortiumAgreement;
        var drafting = agreement.Clauses.Any(k => k.Status != ClauseStatus.NotStarted) || agreement.Signatories.Count > 0;
        if (!drafting)
        {
            return;
        }

        foreach (var p in CoreUniversities(ctx.Content))
        {
            if (!Has(ctx.Content, p.Id, SupportService.LegalAffairs, EngagementStatus.Engaged))
            {
                f.Warning("R-SUP-04", Step, "Engagements",
                    $"The consortium agreement is being drafted but the legal affairs office of {Describe.Partner(ctx, p)} is not engaged.", p.Id);
            }
        }
    }
}
