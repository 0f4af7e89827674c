using System.Globalization;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Institutions;

namespace MicroCred.Domain.Checks;

/// <summary>One mandatory element of the EU micro-credential certificate, as it would print.</summary>
/// <param name="Value">The printed value, or null when the design does not supply it yet (or it comes from learner data at issue time).</param>
/// <param name="FromLearnerData">Filled per learner when the certificate is issued, not from the design.</param>
/// <param name="SourceStep">Where to fill the element in when it is missing.</param>
public sealed record CertificateElement(int Number, string Label, string? Value, bool FromLearnerData, WizardStep? SourceStep, string? SourceField)
{
    public bool IsMissing => !FromLearnerData && Value is null;
}

/// <summary>Preview of the 11 mandatory elements of the 2022 Council Recommendation, resolved from the design.</summary>
public static class CertificateElements
{
    public static IReadOnlyList<CertificateElement> Preview(DesignCheckContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var c = ctx.Content;
        return
        [
            new(1, "Identification of the learner", null, true, null, null),
            new(2, "Title of the micro-credential", Blank(c.CoursePlan.Title), false, WizardStep.CoursePlan, "Title"),
            new(3, "Country or region of the issuer", IssuerCountries(ctx), false, WizardStep.Award, "IssuingInstitutionPartnerId"),
            new(4, "Awarding body or bodies", AwardingBodies(ctx), false, WizardStep.Award, "AwardingBodyPartnerIds"),
            new(5, "Date of issuing", null, true, null, null),
            new(6, "Learning outcomes", Outcomes(c), false, WizardStep.LearningOutcomes, "Outcomes"),
            new(7, "Notional workload needed to achieve the learning outcomes", Workload(c), false, WizardStep.CoursePlan, "Ects"),
            new(8, "Level (and cycle) of the learning experience", Level(c), false, WizardStep.LearningOutcomes, "EqfLevel"),
            new(9, "Type of assessment", Assessment(c), false, WizardStep.Assessment, "Components"),
            new(10, "Form of participation in the learning activity", Participation(c), false, WizardStep.Delivery, "DominantMode"),
            new(11, "Type of quality assurance used", Blank(c.QualityAssurance.QaTypeStatement), false, WizardStep.QualityAssurance, "QaTypeStatement"),
        ];
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? IssuerCountries(DesignCheckContext ctx)
    {
        var issuer = ctx.Content.PartnerById(ctx.Content.Award.IssuingInstitutionPartnerId);
        var issuerFacts = ctx.FactsOf(issuer?.InstitutionId);
        if (issuerFacts is null)
        {
            return null;
        }

        var places = new List<string> { Place(issuerFacts) };
        foreach (var id in ctx.Content.Award.AwardingBodyPartnerIds)
        {
            if (ctx.FactsOf(ctx.Content.PartnerById(id)?.InstitutionId) is { } facts && !places.Contains(Place(facts)))
            {
                places.Add(Place(facts));
            }
        }

        return string.Join("; ", places);
    }

    private static string Place(InstitutionFacts facts)
    {
        var country = Countries.NameOf(facts.CountryCode);
        return string.IsNullOrWhiteSpace(facts.Region) ? country : $"{country} ({facts.Region})";
    }

    private static string? AwardingBodies(DesignCheckContext ctx)
    {
        var names = ctx.Content.Award.AwardingBodyPartnerIds
            .Select(id => ctx.FactsOf(ctx.Content.PartnerById(id)?.InstitutionId)?.Name)
            .ToList();
        return names.Count == 0 || names.Any(n => n is null) ? null : string.Join("; ", names);
    }

    private static string? Outcomes(DesignContent c)
    {
        var outcomes = c.LearningOutcomes.Outcomes.Where(o => !string.IsNullOrWhiteSpace(o.Statement)).OrderBy(o => o.Order).ToList();
        return outcomes.Count == 0 ? null : string.Join("\n", outcomes.Select((o, i) => $"{i + 1}. {o.Statement.Trim()}"));
    }

    private static string? Workload(DesignContent c)
    {
        if (c.CoursePlan.Ects is not { } ects || ects <= 0)
        {
            return null;
        }

        var hours = c.CoursePlan.NotionalHours();
        return hours > 0
            ? $"{Describe.Ects(ects)} ECTS (about {Describe.Number(hours)} hours of study)"
            : $"{Describe.Ects(ects)} ECTS";
    }

    private static string? Level(DesignContent c)
    {
        var level = c.LearningOutcomes.EqfLevel;
        return EqfLevels.IsValid(level)
            ? $"EQF {(int)level!.Value} — {EqfLevels.CycleLabel(EqfLevels.CycleOf(level.Value))}"
            : null;
    }

    private static string? Assessment(DesignContent c)
    {
        var parts = c.Assessment.Summative()
            .Where(a => a.Method is not null)
            .Select(a =>
            {
                var text = Capitalise(Describe.Words(a.Method!.Value));
                var details = new List<string>();
                if (a.Marking is { } marking)
                {
                    details.Add(Describe.Words(marking));
                }

                if (a.Setting is { } setting)
                {
                    details.Add(setting == ActivitySetting.Online ? "online" : "on site");
                }

                if (details.Count > 0)
                {
                    text += ", " + string.Join(", ", details);
                }

                return a.WeightPercent is { } w ? $"{text} ({Describe.Number(w)} %)" : text;
            })
            .ToList();
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static string? Participation(DesignContent c)
    {
        if (c.Delivery.DominantMode is not { } dominant)
        {
            return null;
        }

        var text = Capitalise(ModeText(dominant));
        var others = c.Delivery.DeliveryModes.Where(m => m != dominant).Select(ModeText).ToList();
        if (others.Count > 0)
        {
            text += ", with " + string.Join(" and ", others);
        }

        var mobility = c.InternationalMobility.Activities.Where(a => a.Mobility is MobilityKind.Physical or MobilityKind.Blended).Select(a => a.Title).ToList();
        if (mobility.Count > 0)
        {
            text += "; includes international mobility (" + string.Join(", ", mobility) + ")";
        }

        return text;
    }

    private static string ModeText(DeliveryMode mode) => mode switch
    {
        DeliveryMode.SynchronousHybrid => "synchronous hybrid (on site and remote at the same time)",
        DeliveryMode.Blended => "blended (online and on site)",
        DeliveryMode.OnlineDistanceAsynchronous => "online distance learning at one's own time",
        DeliveryMode.OnlineSynchronous => "live online sessions",
        _ => "face to face",
    };

    private static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
}
