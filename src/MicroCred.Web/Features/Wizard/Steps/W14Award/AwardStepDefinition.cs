using System.Text.RegularExpressions;
using FluentValidation;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Features.Wizard.Steps.W14Award;

/// <summary>W14: what learners receive, who awards and issues it, how it fits each partner's rules, and the certificate.</summary>
public sealed class AwardStepDefinition : StepDefinition<AwardStep>
{
    public override WizardStep Step => WizardStep.Award;

    protected override void Describe(FormBuilder<AwardStep> form) => form
        .Section("What learners receive")
        .Field(s => s.AwardType, "Type of award",
            "ECTS credits need at least one graded (summative) assessment. Without one, choose a badge.")
        .Field(s => s.AttendanceOnlyRoute, "Attendance-only route",
            "Tick if learners who skip the assessment can still get a badge or certificate of attendance.")
        .Field(s => s.AwardJustification, "Why this award",
            "Explain the choice from the content, the EQF level, the study load and how the credential can be stacked.")
        .Section("Awarding and issuing", "Awarding universities put their name on the credential; one of them issues the certificates for everyone.")
        .Field(s => s.AwardingBodyPartnerIds, "Awarding universities",
            "Pick every partner that awards the credential. For ECTS credits these must be universities that award degrees.")
        .Field(s => s.IssuingInstitutionPartnerId, "Issuing university",
            "The one awarding university that issues and signs the certificates on behalf of all.")
        .Section("Fit with each university's rules", "Add one entry per partner university, so you can spot conflicts before approval.")
        .Rows(s => s.PartnerAlignment, "Fit per partner university", "partner university", row => row
                .Field(a => a.PartnerId, "Partner university")
                .Field(a => a.LocalAwardName, "Name of the award there",
                    "What this university calls such a credential, for example \"Microcredential\" or \"Certificate of Advanced Study\".")
                .Field(a => a.FitsLocalStructure, "Fits its qualification rules",
                    "Tick if the award fits this university's own qualification structure as it is.")
                .Field(a => a.Remarks, "Remarks", "Optional: what needs to be discussed or adapted, and with whom."),
            hint: "Leave none out: a university whose rules do not fit needs a discussion first.",
            title: a => string.IsNullOrWhiteSpace(a.LocalAwardName)
                ? "Award name not given yet"
                : $"{a.LocalAwardName} — {(a.FitsLocalStructure ? "fits" : "needs discussion")}")
        .Section("Professional recognition", "Optional: credit from a professional body, always in addition to the academic award.")
        .Rows(s => s.ProfessionalRecognition, "Professional recognitions", "professional recognition", row => row
                .Field(r => r.BodyPartnerId, "Professional body among the partners",
                    "Pick the partner if the body is one; otherwise type its name below.")
                .Field(r => r.BodyName, "Name of the professional body", "For example \"Dutch Association of Psychologists\".")
                .Field(r => r.Kind, "Kind of recognition")
                .Field(r => r.Sector, "Professional sector")
                .Field(r => r.CreditName, "Name of the credit", "For example \"CPD points\" or \"PE hours\".")
                .Field(r => r.CreditAmount, "Amount of credit", "In the body's own credit, for example 12 or 7.5."),
            title: r => $"{(string.IsNullOrWhiteSpace(r.BodyName) ? "Professional body" : r.BodyName)}"
                + (string.IsNullOrWhiteSpace(r.CreditName) ? "" : $" — {r.CreditAmount} {r.CreditName}"))
        .Section("Certificate")
        .Field(s => s.CertificateFormat, "Certificate format",
            "A digital, sealed European Digital Credential (EDC) is recommended: anyone can check it online.")
        .Field(s => s.EdcCategory, "European Digital Credential type",
            "Only for the EDC format. A course with assessment and credits is usually a qualification.")
        .Field(s => s.CertificateLanguages, "Certificate languages",
            "Two-letter language codes, one per line, for example en, nl or es.")
        .Field(s => s.QualificationSupplement, "Add a qualification supplement",
            "Tick to attach an annex that explains the content and level to employers and universities.")
        .Field(s => s.ShowNotADegreeNote, "Show the \"not a degree\" note",
            "Prints that the level neither makes the credential a degree nor gives access to the next study cycle. Keep it on unless a partner's rules say otherwise.")
        .Field(s => s.FurtherInformation, "Further information",
            "Optional: anything else printed on the certificate, for example how the credential stacks towards a master's.");
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
