using FluentValidation;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;
using Wording = MicroCred.Domain.Checks.Describe;

namespace MicroCred.Web.Features.Wizard.Steps.W16Admission;

/// <summary>W16: who can join, how applications are handled once for the whole consortium, where learners enrol and what support they get.</summary>
public sealed class AdmissionStepDefinition : StepDefinition<AdmissionStep>
{
    public override WizardStep Step => WizardStep.Admission;

    protected override void Describe(FormBuilder<AdmissionStep> form) => form
        .Section("Who can join")
        .Field(s => s.AdmissionType, "Type of admission",
            "Open: anyone who meets the prerequisites can enrol. Selective: applicants are checked against criteria.")
        .Field(s => s.Prerequisites, "Prerequisites",
            "What learners need to know or have before they start, for example \"basic statistics\". Write \"None\" if there are none; this is printed on the certificate.")
        .Field(s => s.MaxParticipants, "Maximum number of learners",
            "Optional: the most learners one run can take, for example 40. Leave empty if there is no limit.")
        .Section("Admission criteria", "For selective admission: what applicants must meet and how you check it.")
        .Rows(s => s.Criteria, "Admission criteria", "admission criterion", row => row
                .Field(c => c.Kind, "Kind of criterion")
                .Field(c => c.Description, "What applicants must meet",
                    "For example \"At least two years of work in public health\".", maxLength: 1000)
                .Field(c => c.VerificationMethod, "How you check it",
                    "For example \"CV and employer letter\" or \"copy of the diploma\".", maxLength: 1000),
            title: c => string.IsNullOrWhiteSpace(c.Description) ? "Criterion without a description" : Wording.Shorten(c.Description))
        .Field(s => s.RequiredDegreeEqfLevel, "Degree level required",
            "Only if a degree is a criterion: the EQF level of that degree, for example level 6 for a bachelor's.")
        .Field(s => s.NonTraditionalAlternative, "Route without the usual entry requirements",
            "How applicants without the degree or background can still get in, for example a portfolio or recognition of prior learning.")
        .Section("Applying and enrolling")
        .Field(s => s.SingleApplicationProcedure, "One application procedure for all",
            "Tick if applicants apply once for the whole consortium instead of at each university.")
        .Field(s => s.EligibilityReviewerPartnerIds, "Partners who check applications",
            "Ideally one partner checks all applications, so every applicant is treated the same way.")
        .Field(s => s.ApplicationDeadline, "Application deadline", "Only for runs with fixed dates, for example 1 September 2027.")
        .Field(s => s.EnrolmentInstitutionPartnerIds, "Where learners enrol",
            "Learners become students of the awarding university; add others only if their platform requires it.")
        .Field(s => s.LearningAgreementRequired, "Learners sign a learning agreement",
            "Needed when the course includes physical or blended mobility.")
        .Field(s => s.LearningAgreementIssuedAtEnrolment, "Enrolment produces the learning agreement",
            "Tick if the enrolment process actually creates the agreement for each learner.")
        .Section("Support and terms", "Learners should see this before they apply.")
        .Field(s => s.SupportServices, "Support for learners", "Tick everything learners can use during the course.")
        .Field(s => s.ResourcesInfo, "Facilities and resources",
            "What learners can use, for example the library, software licences or study spaces.")
        .Field(s => s.TermsAndConditions, "Terms and conditions",
            "Rules on pausing, withdrawing and refunds, for example \"full refund until two weeks before the start\".");
}

public sealed class AdmissionStepValidator : StepValidator<AdmissionStep>
{
    private const int MaxLearners = 10_000;

    public AdmissionStepValidator(AdmissionStepDefinition definition)
        : base(definition)
    {
        RuleFor(s => s.MaxParticipants)
            .InclusiveBetween(1, MaxLearners)
            .When(s => s.MaxParticipants is not null)
            .WithMessage("The maximum number of learners must be between 1 and 10,000; leave it empty if there is no limit.");

        RuleFor(s => s.ApplicationDeadline)
            .Must(date => date is null || (date.Value.Year >= 2000 && date.Value <= Today().AddYears(10)))
            .WithMessage("Enter an application deadline between the year 2000 and ten years from today, for example 1 September 2027.");
    }

    private static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow);
}
