namespace MicroCred.Domain.Designs.Steps;

/// <summary>W15: languages of instruction, materials, assessment, support and certificate (ISO 639-1 codes).</summary>
public sealed class LanguagePolicyStep
{
    public List<string> InstructionLanguages { get; set; } = [];
    public List<string> MaterialLanguages { get; set; } = [];
    public List<string> AssessmentLanguages { get; set; } = [];
    public List<string> SupportLanguages { get; set; } = [];
    public List<string> CertificateLanguages { get; set; } = [];
    public string? ProficiencyRequirement { get; set; }
    public List<string> AcceptedProofs { get; set; } = [];
    public string? LanguageRationale { get; set; }
}
