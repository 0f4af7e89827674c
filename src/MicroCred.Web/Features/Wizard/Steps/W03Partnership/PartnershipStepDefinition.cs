using System.Net.Mail;
using FluentValidation;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Features.Wizard.Steps.W03Partnership;

/// <summary>W3: the organisations in the consortium, the capacity in which each takes part and what holds the partnership together.</summary>
public sealed class PartnershipStepDefinition() : StepDefinition<PartnershipStep>(PartnershipStepSchema.Schema);

public sealed class PartnershipStepValidator : StepValidator<PartnershipStep>
{
    public PartnershipStepValidator(PartnershipStepDefinition definition)
        : base(definition)
    {
        RuleFor(s => s.Partners).Custom((partners, context) =>
        {
            foreach (var p in partners)
            {
                if (!string.IsNullOrWhiteSpace(p.ContactEmail) && !IsEmail(p.ContactEmail))
                {
                    context.AddFailure($"{nameof(PartnershipStep.Partners)}[{p.Id}].{nameof(Partner.ContactEmail)}",
                        $"\"{p.ContactEmail.Trim()}\" is not an email address: enter it like name@university.edu.");
                }
            }

            if (partners.Where(p => p.InstitutionId is not null).GroupBy(p => p.InstitutionId).Any(g => g.Count() > 1))
            {
                context.AddFailure(nameof(PartnershipStep.Partners),
                    "The same organisation is listed twice: keep one row per organisation and tick all its contributions there.");
            }
        });
    }

    private static bool IsEmail(string text)
    {
        var trimmed = text.Trim();
        return MailAddress.TryCreate(trimmed, out var address) && address.Address == trimmed && trimmed.Contains('.', StringComparison.Ordinal);
    }
}
