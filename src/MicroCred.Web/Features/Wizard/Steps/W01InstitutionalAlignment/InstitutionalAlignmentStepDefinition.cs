using FluentValidation;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Institutions;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Features.Wizard.Steps.W01InstitutionalAlignment;

/// <summary>W1: how the course serves the partners' strategies and fits European and national micro-credential policy.</summary>
public sealed class InstitutionalAlignmentStepDefinition() : StepDefinition<InstitutionalAlignmentStep>(InstitutionalAlignmentStepSchema.Schema);

public sealed class InstitutionalAlignmentStepValidator : StepValidator<InstitutionalAlignmentStep>
{
    public InstitutionalAlignmentStepValidator(InstitutionalAlignmentStepDefinition definition)
        : base(definition)
    {
        RuleFor(s => s.NationalContext).Custom((countries, context) =>
        {
            foreach (var c in countries)
            {
                var path = $"{nameof(InstitutionalAlignmentStep.NationalContext)}[{c.Id}].";
                if (!string.IsNullOrWhiteSpace(c.CountryCode) && !Countries.IsValid(c.CountryCode.Trim()))
                {
                    context.AddFailure(path + nameof(PartnerCountryContext.CountryCode),
                        $"\"{c.CountryCode}\" is not a country code: enter the two capital letters of the country, for example ES for Spain or NL for the Netherlands.");
                }

                if (c.MaxEcts is { } max && (max <= 0 || max > 60))
                {
                    context.AddFailure(path + nameof(PartnerCountryContext.MaxEcts),
                        "Enter the largest size allowed as ECTS above 0 and at most 60, for example 15, or leave it empty if the country sets no limit.");
                }
                else if (c.MaxEcts is { } ects && decimal.Round(ects, 1) != ects)
                {
                    context.AddFailure(path + nameof(PartnerCountryContext.MaxEcts),
                        "Give the largest size allowed with at most one decimal, for example 15 or 7.5.");
                }
            }

            var repeated = countries
                .Where(c => !string.IsNullOrWhiteSpace(c.CountryCode))
                .GroupBy(c => c.CountryCode.Trim(), StringComparer.OrdinalIgnoreCase)
                .FirstOrDefault(g => g.Count() > 1);
            if (repeated is not null)
            {
                context.AddFailure(nameof(InstitutionalAlignmentStep.NationalContext),
                    $"{Countries.NameOf(repeated.Key.ToUpperInvariant())} is listed more than once: keep one row per country.");
            }
        });

        RuleFor(s => s.InstitutionalQualificationStructure).Custom((structures, context) =>
        {
            foreach (var p in structures)
            {
                if (!string.IsNullOrWhiteSpace(p.Link) && !IsWebAddress(p.Link))
                {
                    context.AddFailure($"{nameof(InstitutionalAlignmentStep.InstitutionalQualificationStructure)}[{p.Id}].{nameof(PartnerStructure.Link)}",
                        "Enter the web page as a full address starting with https://, for example https://www.example.edu/awards.");
                }
            }

            if (structures.Where(p => p.PartnerId is not null).GroupBy(p => p.PartnerId).Any(g => g.Count() > 1))
            {
                context.AddFailure(nameof(InstitutionalAlignmentStep.InstitutionalQualificationStructure),
                    "A partner has two award-structure rows: keep one row per partner.");
            }
        });
    }

    private static bool IsWebAddress(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
