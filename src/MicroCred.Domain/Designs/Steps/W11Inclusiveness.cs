using MicroCred.Domain.Designs.Schema;

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

/// <summary>The fields of Inclusiveness, declared once: words, kinds, limits, references and what review needs.</summary>
public static class InclusivenessStepSchema
{
    public static StepSchema<InclusivenessStep> Schema { get; } = new(WizardStep.Inclusiveness, form => form
        .Section("Who needs extra attention")
        .Field(s => s.Dimensions, "Areas of inclusion you address",
            "Tick each area. Digital accessibility always applies, because learners reach the course online.", needed: true)
        .Field(s => s.SpecificGroups, "Learner groups to plan for",
            "Optional: e.g. people studying next to a job, or with little confidence online.")
        .Section("What the course does")
        .Field(s => s.UdlApplied, "Universal Design for Learning used",
            "Tick if you followed the UDL guidelines, e.g. several ways to take in content and to show learning.")
        .Field(s => s.Measures, "Measures per area and group",
            "For each ticked area or group, say what you do, e.g. \"Captions and transcripts for every video\".", kind: FieldKind.LongText, needed: true)
        .Field(s => s.AssessmentAccommodations, "Adjustments in assessment",
            "How exams adapt so nobody is shut out, e.g. extra time, other formats, screen-reader-friendly pages.",
            maxLength: 2000, kind: FieldKind.LongText, needed: true));
}
