using MicroCred.Domain.Designs.Schema;

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

/// <summary>The fields of LanguagePolicy, declared once: words, kinds, limits, references and what review needs.</summary>
public static class LanguagePolicyStepSchema
{
    private const string CodesHint = "Two-letter language codes, separated by commas or one per line, for example: en, de, fr.";

    public static StepSchema<LanguagePolicyStep> Schema { get; } = new(WizardStep.LanguagePolicy, form => form
        .Section("Languages of the course", "Use two-letter codes: en for English, nl for Dutch, es for Spanish and so on.")
        .Field(s => s.InstructionLanguages, "Teaching languages", $"The languages teachers use in class and online. {CodesHint}", needed: true)
        .Field(s => s.MaterialLanguages, "Languages of the materials", $"Readings, videos and other resources. {CodesHint}", needed: true)
        .Field(s => s.AssessmentLanguages, "Exam languages", $"Only languages the course is taught in. {CodesHint}", needed: true)
        .Field(s => s.SupportLanguages, "Languages of learner support", $"Tutoring, helpdesk and administration. {CodesHint}", needed: true)
        .Field(s => s.CertificateLanguages, "Certificate languages", $"Usually the same as on the Award and certificate step. {CodesHint}", needed: true)
        .Section("Language level for applicants")
        .Field(s => s.ProficiencyRequirement, "Language level required",
            "Optional: the level applicants need and on which scale, for example \"English at CEFR B2\".", kind: FieldKind.LongText)
        .Field(s => s.AcceptedProofs, "Accepted proofs",
            "Certificates or tests you accept, one per line, for example \"IELTS 6.0\" or \"TOEFL iBT 80\". Needed when you ask for a level.", when: (s, c) => !string.IsNullOrWhiteSpace(s.ProficiencyRequirement))
        .Section("Why these languages")
        .Field(s => s.LanguageRationale, "Reasons for these languages",
            "How the choice fits the course's international ambition and the learners you want to reach.", kind: FieldKind.LongText, needed: true));
}
