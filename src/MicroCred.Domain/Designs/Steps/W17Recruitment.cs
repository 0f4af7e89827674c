using System.Text.Json.Serialization;
using MicroCred.Domain.Designs.Schema;
using Wording = MicroCred.Domain.Checks.Describe;

namespace MicroCred.Domain.Designs.Steps;

/// <summary>W17: the recruiting area and the campaign per learner segment.</summary>
public sealed class RecruitmentStep
{
    public List<GeographicScope> RecruitingArea { get; set; } = [];
    public string? TransnationalContext { get; set; }
    public string? WebsiteUrl { get; set; }
    public List<RecruitmentPortal> Portals { get; set; } = [];
    public List<RecruitmentSegment> Segments { get; set; } = [];
    public List<string> Testimonials { get; set; } = [];

    [JsonIgnore]
    public bool RecruitsInternationally =>
        RecruitingArea.Contains(GeographicScope.European) || RecruitingArea.Contains(GeographicScope.Global);
}

public sealed class RecruitmentSegment : IStepRow
{
    public Guid Id { get; set; }
    public LearnerSegment? Segment { get; set; }
    public string? Message { get; set; }
    public List<RecruitmentChannel> Channels { get; set; } = [];
    public Guid? OwnerPartnerId { get; set; }
    public decimal? Budget { get; set; }
}

public enum RecruitmentPortal
{
    Slp4you,
    Moocs4you,
    OpenupEd,
    AlliancePlatform,
    InstitutionalCatalogue,
    Other,
}

public enum LearnerSegment
{
    Companies,
    BusinessSectors,
    ProfessionalAssociations,
    AlliancesAndNetworks,
    IndividualLearners,
    DegreeStudents,
    JobSeekers,
}

public enum RecruitmentChannel
{
    ResearchAndEducationJournals,
    Mailings,
    Columns,
    Blogs,
    Conferences,
    EducationalEvents,
    SocialMedia,
    Website,
    Portal,
}

/// <summary>The fields of Recruitment, declared once: words, kinds, limits, references and what review needs.</summary>
public static class RecruitmentStepSchema
{
    public static StepSchema<RecruitmentStep> Schema { get; } = new(WizardStep.Recruitment, form => form
        .Section("Where you recruit")
        .Field(s => s.RecruitingArea, "Recruiting area", "Tick every area you want learners from.", needed: true)
        .Field(s => s.TransnationalContext, "Learners from abroad",
            "For European or global recruitment: who these learners are and what their situation is, for example \"nurses in Central Europe retraining for community care\".", kind: FieldKind.LongText, when: (s, c) => s.RecruitsInternationally)
        .Section("Where the course is published")
        .Field(s => s.WebsiteUrl, "Course web page",
            "The consortium's page for the course, starting with https://. It should cover objectives, partners, award, learner profile and how to register.", needed: true)
        .Field(s => s.Portals, "Course portals", "Optional: catalogues and platforms that list the course.")
        .Section("Campaigns per learner group", "Plan one campaign for each group of learners, with its message, channels and the partner who runs it.")
        .Rows(s => s.Segments, "Campaigns", "campaign", row => row
                .Field(g => g.Segment, "Learner group", needed: true)
                .Field(g => g.Message, "Key message",
                    "What this group should hear, for example \"Earn 5 ECTS alongside your job\".", maxLength: 1000, kind: FieldKind.LongText)
                .Field(g => g.Channels, "Channels", "Tick every way you will reach this group.")
                .Field(g => g.OwnerPartnerId, "Partner who runs it", refersTo: ReferenceSource.Partners)
                .Field(g => g.Budget, "Budget", "Optional: in the currency of the business plan, for example 2000."),
            title: g => g.Segment is { } segment ? $"Campaign for {Wording.Words(segment)}" : "Campaign without a learner group", needed: true)
        .Section("Testimonials")
        .Field(s => s.Testimonials, "Testimonials",
            "Optional: short quotes from learners or employers, one per line, with the person's role, for example \"Practical and to the point — HR manager\".",
            maxLength: 500));
}
