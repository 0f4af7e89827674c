using System.Globalization;
using System.Text.Json.Nodes;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;

namespace MicroCred.Domain.Credentials.Formats;

/// <summary>
/// An approved design version as an ELM v3 <c>LearningOpportunity</c> with its <c>LearningAchievementSpecification</c>
/// (JSON-LD for course catalogues and Europass), built from the frozen version only.
/// </summary>
public static class LearningOpportunityBuilder
{
    public const string MediaType = "application/ld+json";

    /// <param name="id">The opportunity's address (its download link), also the base of its nested nodes' ids.</param>
    public static JsonObject Build(DesignContent design, IReadOnlyDictionary<Guid, InstitutionFacts> institutions, Uri id, Func<Guid, Uri> institutionUrl)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(institutions);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(institutionUrl);
        var self = id.ToString();
        var title = string.IsNullOrWhiteSpace(design.CoursePlan.Title) ? "Untitled course" : design.CoursePlan.Title.Trim();
        var outcomes = design.LearningOutcomes.Outcomes.OrderBy(o => o.Order).Select(o => o.Statement.Trim()).Where(s => s.Length > 0).ToList();
        var opportunity = new JsonObject
        {
            // The EDC context leaves "id" and "type" to the VC context, which a learning opportunity does not use.
            ["@context"] = new JsonArray(ElmNodes.EdcContext, new JsonObject { ["id"] = "@id", ["type"] = "@type" }),
            ["id"] = self,
            ["type"] = "LearningOpportunity",
            ["title"] = ElmNodes.Text(title),
        };
        if (!string.IsNullOrWhiteSpace(design.LearningOutcomes.CourseObjective))
        {
            opportunity["description"] = ElmNodes.Text(design.LearningOutcomes.CourseObjective.Trim());
        }

        opportunity["providedBy"] = new JsonArray([.. Providers(design, institutions, institutionUrl)]);
        opportunity["learningAchievementSpecification"] = ElmNodes.Specification(
            self + "#specification", title, outcomes, design.CoursePlan.Ects, design.CoursePlan.NotionalHours(),
            ElmNodes.EqfLevelOf(design), ElmNodes.ModeOf(design), ElmNodes.EntryRequirements(design));
        if (ElmNodes.Mode(ElmNodes.ModeOf(design)) is { } mode)
        {
            opportunity["mode"] = mode;
        }

        if (design.CoursePlan.StartDate is { } start && design.CoursePlan.EndDate is { } end && end >= start)
        {
            opportunity["temporal"] = new JsonObject
            {
                ["id"] = self + "#period",
                ["type"] = "PeriodOfTime",
                ["startDate"] = Day(start),
                ["endDate"] = Day(end),
            };
        }

        if (design.Admission.ApplicationDeadline is { } deadline)
        {
            opportunity["applicationDeadline"] = Day(deadline);
        }

        return opportunity;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    /// <summary>The issuing institution first, then the other awarding bodies: every partner that awards the credential.</summary>
    private static IEnumerable<JsonNode> Providers(DesignContent design, IReadOnlyDictionary<Guid, InstitutionFacts> institutions, Func<Guid, Uri> institutionUrl)
    {
        var ids = new List<Guid?> { design.PartnerById(design.Award.IssuingInstitutionPartnerId)?.InstitutionId };
        ids.AddRange(design.Award.AwardingBodyPartnerIds.Select(p => design.PartnerById(p)?.InstitutionId));
        if (design.Lead()?.InstitutionId is { } lead)
        {
            ids.Add(lead);
        }

        foreach (var facts in ids.OfType<Guid>().Distinct().Select(institutions.GetValueOrDefault).OfType<InstitutionFacts>())
        {
            yield return ElmNodes.Organisation(institutionUrl(facts.Id).ToString(), facts.Name, facts.CountryCode, facts.LegalIdentifier, eidas: false);
        }
    }
}

/// <summary>Readings of a design that catalogues show the same way the ELM export states them.</summary>
public static class LearningOpportunityFacts
{
    public static int? EqfLevel(DesignContent design) => ElmNodes.EqfLevelOf(design);

    /// <summary>The EU mode label (Online, Blended, Presential), or null when the design names no single dominant mode.</summary>
    public static string? Mode(DesignContent design) => (string?)ElmNodes.Mode(ElmNodes.ModeOf(design))?["prefLabel"]?[ElmNodes.Language];
}
