using FluentValidation;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Institutions;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Features.Wizard.Steps.W01InstitutionalAlignment;

/// <summary>W1: how the course serves the partners' strategies and fits European and national micro-credential policy.</summary>
public sealed class InstitutionalAlignmentStepDefinition : StepDefinition<InstitutionalAlignmentStep>
{
    public override WizardStep Step => WizardStep.InstitutionalAlignment;

    protected override void Describe(FormBuilder<InstitutionalAlignmentStep> form) => form
        .Section("Policies behind the course", "Which strategies and policy frameworks does this course help to deliver?")
        .Field(s => s.PolicyFrameworks, "Policy frameworks the course supports", "Tick every one that applies.")
        .Field(s => s.AllianceName, "Name of the alliance",
            "Only if you ticked an alliance strategy, for example the name of your European University alliance.")
        .Section("Fit with the partners' strategies")
        .Field(s => s.MissionAlignment, "How it serves the partners' missions",
            "How the course helps each university's strategy for continuing education and professional development.")
        .Field(s => s.LearnerTimeHorizon, "Fit with learners' working lives",
            "How the course fits the time people in work can spare, for example \"10 weeks, about 6 hours a week, mostly online\".")
        .Field(s => s.CrossInstitutionalSynergy, "What each partner brings",
            "The expertise or research each partner adds, and why the course is better for it.")
        .Field(s => s.CompetitivenessScope, "Where the course competes", "Tick the markets you aim at: national, European or global.")
        .Field(s => s.HasMoocPolicyLink, "Linked to a MOOC policy", "Tick if the course is offered as, or together with, a MOOC.")
        .Field(s => s.MoocPolicyLink, "How it links to MOOCs",
            "For example \"The first unit runs as a free MOOC; learners pay only for the assessment and credits\".",
            kind: FieldKind.LongText, maxLength: 2000)
        .Field(s => s.MoocPlatform, "MOOC platform", "Only if the course is linked to a MOOC.")
        .Section("New course or adapted from a degree")
        .Field(s => s.OfferingModel, "How the course came about",
            "Newly designed for this purpose, taken from an existing degree programme, or a mix of both.")
        .Field(s => s.AdaptationForLifelongLearnersConfirmed, "Adapted for learners in work",
            "For a course taken from a degree programme: tick to confirm that teaching methods, delivery, materials, outcomes and support were adapted for adult learners.")
        .Field(s => s.MixedGroupsArrangement, "Studying alongside degree students",
            "For a course taken from a degree programme: will micro-credential learners share classes with degree students, and how will you handle mixed groups?")
        .Section("National rules and award structures",
            "Some countries limit how large a micro-credential may be, and each university has its own names for continuing-education awards. The award step uses both.")
        .Rows(s => s.NationalContext, "National rules per partner country", "partner country", row => row
                .Field(c => c.CountryCode, "Country", "Two-letter country code in capitals, for example ES for Spain.", maxLength: 2)
                .Field(c => c.HasNationalFramework, "Has a national framework", "Tick if the country has national rules for micro-credentials.")
                .Field(c => c.MaxEcts, "Largest size allowed",
                    "ECTS, one decimal at most. The course must stay below this, for example 15 for Spain. Leave empty if there is no limit.")
                .Field(c => c.Notes, "Notes", "Optional: the law or policy, for example \"Royal Decree 822/2021\".", maxLength: 1000),
            hint: "Add one row for each country where a partner is based.",
            title: CountryTitle)
        .Rows(s => s.InstitutionalQualificationStructure, "Award structure at each partner", "partner award structure", row => row
                .Field(p => p.PartnerId, "Partner")
                .Field(p => p.HasCepdQualificationStructure, "Has continuing-education award levels",
                    "Tick if the partner has a set structure of awards for continuing education.")
                .Field(p => p.AwardNamesUsed, "Award names used", "For example \"Microcredencial universitaria\"; separate several names with commas.", maxLength: 500)
                .Field(p => p.Link, "Web page", "Optional: where the structure is published, starting with https://."),
            hint: "Add one row for each partner university.",
            title: StructureTitle)
        .Section("Strengths and weaknesses of the current offer",
            "Compare what the partners offer today with the skills the labour market asks for.")
        .Field(s => s.SwotStrengths, "Strengths", "What the partners already do well, for example \"joint research on coastal flooding\".")
        .Field(s => s.SwotWeaknesses, "Weaknesses", "What is missing or hard today, for example little experience with fee-paying learners.")
        .Field(s => s.SwotOpportunities, "Opportunities", "Trends or demand the course can use, for example a new national skills plan.")
        .Field(s => s.SwotThreats, "Threats", "What could keep learners away, for example free courses by competitors.")
        .Section("Social impact")
        .Field(s => s.SocialImpact, "Impact on society",
            "How the course widens access, includes under-represented learners or lets people learn in their own way.");

    private static string CountryTitle(PartnerCountryContext c)
    {
        var country = string.IsNullOrWhiteSpace(c.CountryCode) ? "Country not chosen" : Countries.NameOf(c.CountryCode.Trim());
        var rules = !c.HasNationalFramework
            ? "no national framework"
            : c.MaxEcts is { } max ? $"national framework, below {max:0.#} ECTS" : "national framework";
        return $"{country} — {rules}";
    }

    private static string StructureTitle(PartnerStructure p)
    {
        var names = string.IsNullOrWhiteSpace(p.AwardNamesUsed) ? "award names not given" : p.AwardNamesUsed.Trim();
        return p.HasCepdQualificationStructure ? $"Has award levels — {names}" : $"No award levels yet — {names}";
    }
}

public sealed class InstitutionalAlignmentStepValidator : StepValidator<InstitutionalAlignmentStep>
{
    public InstitutionalAlignmentStepValidator(InstitutionalAlignmentStepDefinition definition)
        : base(definition)
    {
        RuleFor(s => s.NationalContext).Custom((countries, context) =>
        {
            foreach (var c in countries)
            {
                var path = $"{nameof(InstitutionalAlignmentStep.NationalContext)}[{c.Id}].";
                if (!string.IsNullOrWhiteSpace(c.CountryCode) && !Countries.IsValid(c.CountryCode.Trim()))
                {
                    context.AddFailure(path + nameof(PartnerCountryContext.CountryCode),
                        $"\"{c.CountryCode}\" is not a country code: enter the two capital letters of the country, for example ES for Spain or NL for the Netherlands.");
                }

                if (c.MaxEcts is { } max && (max <= 0 || max > 60))
                {
                    context.AddFailure(path + nameof(PartnerCountryContext.MaxEcts),
                        "Enter the largest size allowed as ECTS above 0 and at most 60, for example 15, or leave it empty if the country sets no limit.");
                }
                else if (c.MaxEcts is { } ects && decimal.Round(ects, 1) != ects)
                {
                    context.AddFailure(path + nameof(PartnerCountryContext.MaxEcts),
                        "Give the largest size allowed with at most one decimal, for example 15 or 7.5.");
                }
            }

            var repeated = countries
                .Where(c => !string.IsNullOrWhiteSpace(c.CountryCode))
                .GroupBy(c => c.CountryCode.Trim(), StringComparer.OrdinalIgnoreCase)
                .FirstOrDefault(g => g.Count() > 1);
            if (repeated is not null)
            {
                context.AddFailure(nameof(InstitutionalAlignmentStep.NationalContext),
                    $"{Countries.NameOf(repeated.Key.ToUpperInvariant())} is listed more than once: keep one row per country.");
            }
        });

        RuleFor(s => s.InstitutionalQualificationStructure).Custom((structures, context) =>
        {
            foreach (var p in structures)
            {
                if (!string.IsNullOrWhiteSpace(p.Link) && !IsWebAddress(p.Link))
                {
                    context.AddFailure($"{nameof(InstitutionalAlignmentStep.InstitutionalQualificationStructure)}[{p.Id}].{nameof(PartnerStructure.Link)}",
                        "Enter the web page as a full address starting with https://, for example https://www.example.edu/awards.");
                }
            }

            if (structures.Where(p => p.PartnerId is not null).GroupBy(p => p.PartnerId).Any(g => g.Count() > 1))
            {
                context.AddFailure(nameof(InstitutionalAlignmentStep.InstitutionalQualificationStructure),
                    "A partner has two award-structure rows: keep one row per partner.");
            }
        });
    }

    private static bool IsWebAddress(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
