using System.Text.RegularExpressions;
using FluentValidation;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Features.Wizard.Steps.W15LanguagePolicy;

/// <summary>W15: the languages of teaching, materials, exams, support and the certificate, and any language level asked of applicants.</summary>
public sealed class LanguagePolicyStepDefinition() : StepDefinition<LanguagePolicyStep>(LanguagePolicyStepSchema.Schema)
{
    /// <summary>Several languages can be typed at once: "en, nl, es" or one per line.</summary>
    public override IReadOnlyCollection<string> ListsSeparatedByCommas { get; } =
    [
        nameof(LanguagePolicyStep.InstructionLanguages), nameof(LanguagePolicyStep.MaterialLanguages), nameof(LanguagePolicyStep.AssessmentLanguages),
        nameof(LanguagePolicyStep.SupportLanguages), nameof(LanguagePolicyStep.CertificateLanguages),
    ];
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
