using System.Net.Mail;
using FluentValidation;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Features.Wizard.Steps.W03Partnership;

/// <summary>W3: the organisations in the consortium, the capacity in which each takes part and what holds the partnership together.</summary>
public sealed class PartnershipStepDefinition : StepDefinition<PartnershipStep>
{
    public override WizardStep Step => WizardStep.Partnership;

    protected override void Describe(FormBuilder<PartnershipStep> form) => form
        .Section("Partners",
            "Add every organisation in the consortium: the universities and any employers, professional bodies or platforms that take part. "
            + "Only degree-awarding universities can award ECTS credits.")
        .Rows(s => s.Partners, "Partner organisations", "partner", row => row
                .Field(p => p.InstitutionId, "Organisation", "Pick it from the portal's list of institutions; ask an administrator to add a missing one.")
                .Field(p => p.OrganisationType, "Kind of organisation")
                .Field(p => p.DegreeAwarding, "Can award degrees and ECTS", "Tick if the organisation may award ECTS credits or degrees.")
                .Field(p => p.PartnerRole, "Role in the consortium",
                    "One lead institution carries the course; full partners share the work; associated partners help without awarding credits.")
                .Field(p => p.Contributions, "What this partner contributes", "Tick everything the partner brings, for example content, teaching or funding.")
                .Field(p => p.CooperationBasis, "Earlier ties with the partners", "Optional: what the partners have already done together.")
                .Field(p => p.ContactUserId, "Contact person", "Pick the person's MicroCred account.")
                .Field(p => p.ContactName, "Contact name", "Only if the contact has no MicroCred account yet, for example \"Dr Ana Sousa\".")
                .Field(p => p.ContactEmail, "Contact email", "Only if the contact has no MicroCred account yet, for example ana.sousa@example.edu.")
                .Field(p => p.GradingScale, "Local grading scale", "For universities: the scale they use for marks, for example 1 to 10."),
            hint: "Add one row per organisation, starting with the lead institution.",
            title: PartnerTitle)
        .Section("The consortium as a whole")
        .Field(s => s.PartnershipIdentity, "Consortium name and identity",
            "Optional: the name or brand the partners use together and what they stand for, for example \"Coastal Futures Network\".",
            maxLength: 1000)
        .Field(s => s.AllianceMembership, "Alliance the partners belong to",
            "Optional: a shared network or European University alliance, for example \"EU-CONEXUS\".", kind: FieldKind.Text);

    /// <summary>The organisation's name is looked up elsewhere, so the row is named by its role, kind and contact ("Lead institution — university, Ana Sousa").</summary>
    private static string PartnerTitle(Partner p)
    {
        var role = p.PartnerRole switch
        {
            PartnerRole.LeadInstitution => "Lead institution",
            PartnerRole.FullPartner => "Full partner",
            PartnerRole.AssociatedPartner => "Associated partner",
            _ => "Partner (role not set)",
        };
        var kind = p.OrganisationType switch
        {
            OrganisationType.HigherEducationInstitution => "university",
            null => null,
            { } other => MicroCred.Domain.Checks.Describe.Words(other),
        };
        var details = string.Join(", ", new[] { kind, p.ContactName?.Trim() }.Where(d => !string.IsNullOrEmpty(d)));
        return details.Length == 0 ? role : $"{role} — {details}";
    }
}

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
