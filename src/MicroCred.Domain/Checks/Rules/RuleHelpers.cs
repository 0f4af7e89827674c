using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Checks.Rules;

internal static class RuleHelpers
{
    public static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

    /// <summary>Hours-per-ECTS band of the lead institution (the institution whose QA carries the course), or the 25-30 default.</summary>
    public static (decimal Min, decimal Max) HoursPerEcts(DesignCheckContext ctx)
    {
        var facts = ctx.FactsOf(ctx.Content.Lead()?.InstitutionId);
        return facts is null ? (25m, 30m) : (facts.HoursPerEctsMin, facts.HoursPerEctsMax);
    }

    public static bool IsDegreeAwardingHei(DesignCheckContext ctx, Partner partner) =>
        partner.IsHigherEducation && (partner.DegreeAwarding || ctx.FactsOf(partner.InstitutionId)?.IsDegreeAwarding == true);

    /// <summary>University partners that carry the course (lead and full partners).</summary>
    public static IEnumerable<Partner> CoreUniversities(DesignContent content) =>
        content.HigherEducationPartners().Where(p => p.PartnerRole is PartnerRole.LeadInstitution or PartnerRole.FullPartner);

    public static bool AwardsEcts(DesignContent content) => content.Award.AwardType == AwardType.EctsCredits;

    public static bool HasDesignStarted(LearningOutcomesStep step) => step.Outcomes.Count > 0 || !IsBlank(step.CourseObjective);
}
