using MicroCred.Domain.Designs.Schema;
using MicroCred.Domain.Institutions;

namespace MicroCred.Domain.Designs.Steps;

/// <summary>W1: how the course serves the partners' strategies and fits micro-credential policy.</summary>
public sealed class InstitutionalAlignmentStep
{
    public List<PolicyFramework> PolicyFrameworks { get; set; } = [];
    public string? AllianceName { get; set; }
    public string? MissionAlignment { get; set; }
    public string? LearnerTimeHorizon { get; set; }
    public string? CrossInstitutionalSynergy { get; set; }
    public List<GeographicScope> CompetitivenessScope { get; set; } = [];
    public bool HasMoocPolicyLink { get; set; }
    public string? MoocPolicyLink { get; set; }
    public MoocPlatform? MoocPlatform { get; set; }
    public List<PartnerCountryContext> NationalContext { get; set; } = [];
    public List<PartnerStructure> InstitutionalQualificationStructure { get; set; } = [];
    public string? SwotStrengths { get; set; }
    public string? SwotWeaknesses { get; set; }
    public string? SwotOpportunities { get; set; }
    public string? SwotThreats { get; set; }
    public string? SocialImpact { get; set; }
    public OfferingModel? OfferingModel { get; set; }

    /// <summary>For a course derived from a degree programme: methods, delivery, materials, outcomes and support were adapted for lifelong learners.</summary>
    public bool AdaptationForLifelongLearnersConfirmed { get; set; }

    /// <summary>For a derived course: whether micro-credential learners study alongside degree students, and how mixed groups are handled.</summary>
    public string? MixedGroupsArrangement { get; set; }
}

public sealed class PartnerCountryContext : IStepRow
{
    public Guid Id { get; set; }
    public string CountryCode { get; set; } = "";
    public bool HasNationalFramework { get; set; }

    /// <summary>National upper bound on a micro-credential's size; the course must stay strictly below it (Spain: 15).</summary>
    public decimal? MaxEcts { get; set; }
    public string? Notes { get; set; }
}

public sealed class PartnerStructure : IStepRow
{
    public Guid Id { get; set; }
    public Guid? PartnerId { get; set; }
    public bool HasCepdQualificationStructure { get; set; }
    public string? AwardNamesUsed { get; set; }
    public string? Link { get; set; }
}

public enum PolicyFramework
{
    InstitutionalCepdStrategy,
    AllianceStrategy,
    NationalMicroCredentialFramework,
    EuCouncilRecommendation2022,
    InstitutionalMoocPolicy,
    Other,
}

public enum GeographicScope
{
    National,
    European,
    Global,
}

public enum MoocPlatform
{
    FutureLearn,
    FunMooc,
    Miriadax,
    EduOpen,
    OpenEdu,
    Nau,
    IMooX,
    AiCampus,
    OpenupEd,
    Moocs4you,
    Other,
}

public enum OfferingModel
{
    NewStandAloneCourse,
    DerivedFromExistingProgramme,
    Mixed,
}

/// <summary>The fields of InstitutionalAlignment, declared once: words, kinds, limits, references and what review needs.</summary>
public static class InstitutionalAlignmentStepSchema
{
    public static StepSchema<InstitutionalAlignmentStep> Schema { get; } = new(WizardStep.InstitutionalAlignment, form => form
        .Section("Policies behind the course", "Which strategies and policy frameworks does this course help to deliver?")
        .Field(s => s.PolicyFrameworks, "Policy frameworks the course supports", "Tick every one that applies.", needed: true)
        .Field(s => s.AllianceName, "Name of the alliance",
            "Only if you ticked an alliance strategy, for example the name of your European University alliance.", when: (s, c) => s.PolicyFrameworks.Contains(PolicyFramework.AllianceStrategy))
        .Section("Fit with the partners' strategies")
        .Field(s => s.MissionAlignment, "How it serves the partners' missions",
            "How the course helps each university's strategy for continuing education and professional development.", kind: FieldKind.LongText, needed: true)
        .Field(s => s.LearnerTimeHorizon, "Fit with learners' working lives",
            "How the course fits the time people in work can spare, for example \"10 weeks, about 6 hours a week, mostly online\".", kind: FieldKind.LongText, needed: true)
        .Field(s => s.CrossInstitutionalSynergy, "What each partner brings",
            "The expertise or research each partner adds, and why the course is better for it.", kind: FieldKind.LongText, needed: true)
        .Field(s => s.CompetitivenessScope, "Where the course competes", "Tick the markets you aim at: national, European or global.", needed: true)
        .Field(s => s.HasMoocPolicyLink, "Linked to a MOOC policy", "Tick if the course is offered as, or together with, a MOOC.")
        .Field(s => s.MoocPolicyLink, "How it links to MOOCs",
            "For example \"The first unit runs as a free MOOC; learners pay only for the assessment and credits\".",
            kind: FieldKind.LongText, maxLength: 2000, when: (s, c) => s.HasMoocPolicyLink)
        .Field(s => s.MoocPlatform, "MOOC platform", "Only if the course is linked to a MOOC.", when: (s, c) => s.HasMoocPolicyLink)
        .Section("New course or adapted from a degree")
        .Field(s => s.OfferingModel, "How the course came about",
            "Newly designed for this purpose, taken from an existing degree programme, or a mix of both.", needed: true)
        .Field(s => s.AdaptationForLifelongLearnersConfirmed, "Adapted for learners in work",
            "For a course taken from a degree programme: tick to confirm that teaching methods, delivery, materials, outcomes and support were adapted for adult learners.")
        .Field(s => s.MixedGroupsArrangement, "Studying alongside degree students",
            "For a course taken from a degree programme: will micro-credential learners share classes with degree students, and how will you handle mixed groups?", kind: FieldKind.LongText)
        .Section("National rules and award structures",
            "Some countries limit how large a micro-credential may be, and each university has its own names for continuing-education awards. The award step uses both.")
        .Rows(s => s.NationalContext, "National rules per partner country", "partner country", row => row
                .Field(c => c.CountryCode, "Country", "The country's two-letter code in capitals; the row then shows the country's name.", maxLength: 2)
                .Field(c => c.HasNationalFramework, "Has a national framework", "Tick if the country has national rules for micro-credentials.")
                .Field(c => c.MaxEcts, "Largest size allowed",
                    "ECTS, one decimal at most. The course must stay below this, for example 15 for Spain. Leave empty if there is no limit.")
                .Field(c => c.Notes, "Notes", "Optional: the law or policy, for example \"Royal Decree 822/2021\".", maxLength: 1000, kind: FieldKind.LongText),
            hint: "Add one row for each country where a partner is based.",
            title: CountryTitle)
        .Rows(s => s.InstitutionalQualificationStructure, "Award structure at each partner", "partner award structure", row => row
                .Field(p => p.PartnerId, "Partner", refersTo: ReferenceSource.Partners, namesRow: true)
                .Field(p => p.HasCepdQualificationStructure, "Has continuing-education award levels",
                    "Tick if the partner has a set structure of awards for continuing education.")
                .Field(p => p.AwardNamesUsed, "Award names used", "For example \"Microcredencial universitaria\"; separate several names with commas.", maxLength: 500, kind: FieldKind.LongText)
                .Field(p => p.Link, "Web page", "Optional: where the structure is published, starting with https://."),
            hint: "Add one row for each partner university.",
            title: StructureTitle)
        .Section("Strengths and weaknesses of the current offer",
            "Compare what the partners offer today with the skills the labour market asks for.")
        .Field(s => s.SwotStrengths, "Strengths", "What the partners already do well, for example \"joint research on coastal flooding\".", kind: FieldKind.LongText)
        .Field(s => s.SwotWeaknesses, "Weaknesses", "What is missing or hard today, for example little experience with fee-paying learners.", kind: FieldKind.LongText)
        .Field(s => s.SwotOpportunities, "Opportunities", "Trends or demand the course can use, for example a new national skills plan.", kind: FieldKind.LongText)
        .Field(s => s.SwotThreats, "Threats", "What could keep learners away, for example free courses by competitors.", kind: FieldKind.LongText)
        .Section("Social impact")
        .Field(s => s.SocialImpact, "Impact on society",
            "How the course widens access, includes under-represented learners or lets people learn in their own way.", kind: FieldKind.LongText));

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
