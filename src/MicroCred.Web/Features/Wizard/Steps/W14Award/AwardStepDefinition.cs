using System.Text.RegularExpressions;
using FluentValidation;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Features.Wizard.Steps.W14Award;

/// <summary>W14: what learners receive, who awards and issues it, how it fits each partner's rules, and the certificate.</summary>
public sealed class AwardStepDefinition() : StepDefinition<AwardStep>(AwardStepSchema.Schema)
{
    /// <summary>Several certificate languages can be typed at once: "en, nl, es" or one per line.</summary>
    public override IReadOnlyCollection<string> ListsSeparatedByCommas { get; } = [nameof(AwardStep.CertificateLanguages)];
}

public sealed partial class AwardStepValidator : StepValidator<AwardStep>
{
    private const decimal MaxCreditAmount = 1000;

    public AwardStepValidator(AwardStepDefinition definition)
        : base(definition)
    {
        RuleFor(s => s.CertificateLanguages)
            .Must(codes => codes.All(LanguageCode().IsMatch))
            .WithMessage(s => $"\"{s.CertificateLanguages.First(c => !LanguageCode().IsMatch(c))}\" is not a language code: "
                + "write each certificate language as two lowercase letters, for example en, nl or es.");

        RuleFor(s => s.PartnerAlignment).Must(rows => rows
                .Where(a => a.PartnerId is not null)
                .GroupBy(a => a.PartnerId)
                .All(g => g.Count() == 1))
            .WithMessage("A partner university appears twice under fit with each university's rules: keep one entry per university.");

        RuleFor(s => s).Custom((step, context) =>
        {
            foreach (var r in step.ProfessionalRecognition.Where(r => r.CreditAmount > MaxCreditAmount))
            {
                context.AddFailure($"ProfessionalRecognition[{r.Id}].CreditAmount",
                    "The amount of credit can be at most 1,000: enter it in the professional body's own credit, for example 12.");
            }
        });
    }

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguageCode();
}
