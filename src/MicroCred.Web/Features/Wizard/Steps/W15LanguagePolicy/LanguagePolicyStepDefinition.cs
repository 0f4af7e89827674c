using System.Text.RegularExpressions;
using FluentValidation;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Features.Wizard.Steps.W15LanguagePolicy;

/// <summary>W15: the languages of teaching, materials, exams, support and the certificate, and any language level asked of applicants.</summary>
public sealed class LanguagePolicyStepDefinition : StepDefinition<LanguagePolicyStep>
{
    private const string CodesHint = "Two-letter language codes, one per line, for example en, de or fr.";

    public override WizardStep Step => WizardStep.LanguagePolicy;

    protected override void Describe(FormBuilder<LanguagePolicyStep> form) => form
        .Section("Languages of the course", "Use two-letter codes: en for English, nl for Dutch, es for Spanish and so on.")
        .Field(s => s.InstructionLanguages, "Teaching languages", $"The languages teachers use in class and online. {CodesHint}")
        .Field(s => s.MaterialLanguages, "Languages of the materials", $"Readings, videos and other resources. {CodesHint}")
        .Field(s => s.AssessmentLanguages, "Exam languages", $"Only languages the course is taught in. {CodesHint}")
        .Field(s => s.SupportLanguages, "Languages of learner support", $"Tutoring, helpdesk and administration. {CodesHint}")
        .Field(s => s.CertificateLanguages, "Certificate languages", $"Usually the same as on the Award and certificate step. {CodesHint}")
        .Section("Language level for applicants")
        .Field(s => s.ProficiencyRequirement, "Language level required",
            "Optional: the level applicants need and on which scale, for example \"English at CEFR B2\".")
        .Field(s => s.AcceptedProofs, "Accepted proofs",
            "Certificates or tests you accept, one per line, for example \"IELTS 6.0\" or \"TOEFL iBT 80\". Needed when you ask for a level.")
        .Section("Why these languages")
        .Field(s => s.LanguageRationale, "Reasons for these languages",
            "How the choice fits the course's international ambition and the learners you want to reach.");
}

public sealed partial class LanguagePolicyStepValidator : StepValidator<LanguagePolicyStep>
{
    public LanguagePolicyStepValidator(LanguagePolicyStepDefinition definition)
        : base(definition)
    {
        LanguageCodes(s => s.InstructionLanguages, "teaching language");
        LanguageCodes(s => s.MaterialLanguages, "language of the materials");
        LanguageCodes(s => s.AssessmentLanguages, "exam language");
        LanguageCodes(s => s.SupportLanguages, "language of learner support");
        LanguageCodes(s => s.CertificateLanguages, "certificate language");
    }

    private void LanguageCodes(System.Linq.Expressions.Expression<Func<LanguagePolicyStep, List<string>>> list, string noun)
    {
        var read = list.Compile();
        RuleFor(list)
            .Must(codes => codes.All(LanguageCode().IsMatch))
            .WithMessage(s => $"\"{read(s).First(c => !LanguageCode().IsMatch(c))}\" is not a language code: "
                + $"write each {noun} as two lowercase letters, for example en, de or fr.");
        RuleFor(list)
            .Must(codes => codes.Distinct(StringComparer.OrdinalIgnoreCase).Count() == codes.Count)
            .WithMessage($"A {noun} is listed twice: list each language once.");
    }

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguageCode();
}
