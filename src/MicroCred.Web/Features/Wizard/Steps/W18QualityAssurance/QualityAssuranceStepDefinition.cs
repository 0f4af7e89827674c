using FluentValidation;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;
using Wording = MicroCred.Domain.Checks.Describe;

namespace MicroCred.Web.Features.Wizard.Steps.W18QualityAssurance;

/// <summary>W18: the joint quality plan built on each partner's own quality system, with indicators, peer reviews, instruments and the review cycle.</summary>
public sealed class QualityAssuranceStepDefinition : StepDefinition<QualityAssuranceStep>
{
    public override WizardStep Step => WizardStep.QualityAssurance;

    protected override void Describe(FormBuilder<QualityAssuranceStep> form) => form
        .Section("Each partner's own quality system", "Add one entry per partner university: the joint plan builds on what each already does.")
        .Rows(s => s.PartnerQaFrameworks, "Partner quality systems", "partner quality system", row => row
                .Field(p => p.PartnerId, "Partner university")
                .Field(p => p.InternalQaDescription, "How it assures quality now",
                    "A few lines on its internal system, for example \"course evaluations each term, reviewed by the programme committee\".")
                .Field(p => p.HasJointCourseQa, "Has rules for joint courses",
                    "Tick if its system already covers courses run with other universities.")
                .Field(p => p.DataSupplied, "Data it will share",
                    "For example pass rates, learner survey results or study-load figures.", maxLength: 1000),
            title: p => string.IsNullOrWhiteSpace(p.InternalQaDescription)
                ? "Partner quality system"
                : Wording.Shorten(p.InternalQaDescription))
        .Section("The joint quality plan")
        .Field(s => s.QaPlan, "Quality plan",
            "Who does what and when: who collects data, who reviews it and how improvements are agreed.")
        .Field(s => s.Standards, "Standards you follow",
            "Tick every standard. The European Standards and Guidelines (ESG) apply to every micro-credential.")
        .Field(s => s.Indicators, "What you measure",
            "Tick every indicator you will track. Study load as planned against actual is strongly advised.")
        .Section("Peer review and instruments")
        .Field(s => s.InternalPeerReview, "Peer review inside the team",
            "When colleagues from another partner review each unit.")
        .Field(s => s.ExternalPeerReview, "Review by outside experts")
        .Field(s => s.Instruments, "Quality instruments", "Optional: tools you use to check the course, for example E-xcellence or a UDL check.")
        .Field(s => s.EmbedMaturity, "Course maturity",
            "Optional: how mature the course is by your own assessment, for example with the EMBED maturity model.", maxLength: 1000)
        .Section("External quality assurance and the certificate")
        .Field(s => s.ExternalQa, "External quality assurance",
            "Most universities cover micro-credentials in their existing institutional review instead of a separate accreditation.")
        .Field(s => s.ExternalQaAgency, "Quality agency", "Optional: the agency involved, for example NVAO or ANECA.", kind: FieldKind.Text)
        .Field(s => s.QaTypeStatement, "Quality statement on the certificate",
            "At most 300 characters, printed on every certificate, for example \"Quality assured under the ESG through the partners' institutional reviews\".")
        .Section("Review and sharing")
        .Field(s => s.ReviewCycle, "How often you review the course")
        .Field(s => s.PublicationPlan, "Sharing and publishing",
            "Optional: articles or talks about the course, and which materials you release as open educational resources.");
}

public sealed class QualityAssuranceStepValidator : StepValidator<QualityAssuranceStep>
{
    public QualityAssuranceStepValidator(QualityAssuranceStepDefinition definition)
        : base(definition)
    {
        RuleFor(s => s.PartnerQaFrameworks).Must(rows => rows
                .Where(p => p.PartnerId is not null)
                .GroupBy(p => p.PartnerId)
                .All(g => g.Count() == 1))
            .WithMessage("A partner university has two quality system entries: keep one entry per university.");
    }
}
