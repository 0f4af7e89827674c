using System.Text.Json.Serialization;

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

public sealed class RecruitmentSegment
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
