namespace MicroCred.Domain.Designs.Steps;

/// <summary>W11: how diverse learners are served, with measures per dimension and assessment accommodations.</summary>
public sealed class InclusivenessStep
{
    public List<InclusionDimension> Dimensions { get; set; } = [];
    public List<SpecificLearnerGroup> SpecificGroups { get; set; } = [];
    public bool UdlApplied { get; set; }
    public string? Measures { get; set; }
    public string? AssessmentAccommodations { get; set; }
}

public enum InclusionDimension
{
    DigitalAccessibility,
    SocialInclusion,
    Ethnicity,
    Gender,
    PhysicalDisabilities,
    LearningDisabilities,
}

public enum SpecificLearnerGroup
{
    LearnersAtWork,
    Athletes,
    Artists,
    Prisoners,
    NonTraditionalLearners,
    LowDigitalConfidence,
}
