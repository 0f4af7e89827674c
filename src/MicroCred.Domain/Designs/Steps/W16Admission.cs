using MicroCred.Domain.Designs.Schema;
using Wording = MicroCred.Domain.Checks.Describe;

namespace MicroCred.Domain.Designs.Steps;

/// <summary>W16: who may enter, how applications and enrolment are handled jointly, and learner support.</summary>
public sealed class AdmissionStep
{
    public AdmissionType? AdmissionType { get; set; }
    public List<AdmissionCriterion> Criteria { get; set; } = [];
    public EqfLevel? RequiredDegreeEqfLevel { get; set; }
    public string? NonTraditionalAlternative { get; set; }
    public string? Prerequisites { get; set; }
    public int? MaxParticipants { get; set; }
    public int? MinParticipants { get; set; }
    public bool SingleApplicationProcedure { get; set; }
    public List<Guid> EligibilityReviewerPartnerIds { get; set; } = [];
    public DateOnly? ApplicationDeadline { get; set; }
    public List<Guid> EnrolmentInstitutionPartnerIds { get; set; } = [];

    /// <summary>Learners sign a learning agreement at enrolment (needed with physical or blended mobility).</summary>
    public bool LearningAgreementRequired { get; set; }

    /// <summary>The enrolment workflow actually produces the learning agreement.</summary>
    public bool LearningAgreementIssuedAtEnrolment { get; set; }
    public List<SupportServiceForLearners> SupportServices { get; set; } = [];
    public string? ResourcesInfo { get; set; }
    public string? TermsAndConditions { get; set; }
}

public sealed class AdmissionCriterion : IStepRow
{
    public Guid Id { get; set; }
    public AdmissionCriterionKind? Kind { get; set; }
    public string? Description { get; set; }
    public string? VerificationMethod { get; set; }
}

public enum AdmissionType
{
    Open,
    Selective,
}

public enum AdmissionCriterionKind
{
    LanguageProficiency,
    PriorKnowledge,
    DegreeAtEqfLevel,
    DisciplinaryKnowledge,
    WorkExperience,
    Other,
}

public enum SupportServiceForLearners
{
    AcademicSupport,
    Tutoring,
    SelfDirectedLearningSkills,
    TechnicalHelpdesk,
    OutOfHoursContact,
    LibraryAccess,
}

/// <summary>The fields of Admission, declared once: words, kinds, limits, references and what review needs.</summary>
public static class AdmissionStepSchema
{
    public static StepSchema<AdmissionStep> Schema { get; } = new(WizardStep.Admission, form => form
        .Section("Who can join")
        .Field(s => s.AdmissionType, "Type of admission",
            "Open: anyone who meets the prerequisites can enrol. Selective: applicants are checked against criteria.", needed: true)
        .Field(s => s.Prerequisites, "Prerequisites",
            "What learners need to know or have before they start, for example \"basic statistics\". Write \"None\" if there are none; this is printed on the certificate.", kind: FieldKind.LongText, needed: true)
        .Field(s => s.MaxParticipants, "Maximum number of learners",
            "Optional: the most learners one run can take, for example 40. Leave empty if there is no limit.", min: 1, max: 10_000)
        .Field(s => s.MinParticipants, "Fewest learners for a run to go ahead",
            "Optional: below this number the partners cancel the run and refund the fees, for example 12.", min: 1, max: 10_000)
        .Section("Admission criteria", "For selective admission: what applicants must meet and how you check it.")
        .Rows(s => s.Criteria, "Admission criteria", "admission criterion", row => row
                .Field(c => c.Kind, "Kind of criterion", needed: true)
                .Field(c => c.Description, "What applicants must meet",
                    "For example \"At least two years of work in public health\".", maxLength: 1000, kind: FieldKind.LongText, needed: true)
                .Field(c => c.VerificationMethod, "How you check it",
                    "For example \"CV and employer letter\" or \"copy of the diploma\".", maxLength: 1000, kind: FieldKind.LongText),
            title: c => string.IsNullOrWhiteSpace(c.Description) ? "Criterion without a description" : Wording.Shorten(c.Description), when: (s, c) => s.AdmissionType == AdmissionType.Selective)
        .Field(s => s.RequiredDegreeEqfLevel, "Degree level required",
            "Only if a degree is a criterion: the EQF level of that degree, for example level 6 for a bachelor's.", when: (s, c) => s.Criteria.Any(k => k.Kind == AdmissionCriterionKind.DegreeAtEqfLevel))
        .Field(s => s.NonTraditionalAlternative, "Route without the usual entry requirements",
            "How applicants without the degree or background can still get in, for example a portfolio or recognition of prior learning.", kind: FieldKind.LongText, when: (s, c) => s.AdmissionType == AdmissionType.Selective)
        .Section("Applying and enrolling")
        .Field(s => s.SingleApplicationProcedure, "One application procedure for all",
            "Tick if applicants apply once for the whole consortium instead of at each university.")
        .Field(s => s.EligibilityReviewerPartnerIds, "Partners who check applications",
            "Ideally one partner checks all applications, so every applicant is treated the same way.", refersTo: ReferenceSource.Partners, when: (s, c) => s.SingleApplicationProcedure)
        .Field(s => s.ApplicationDeadline, "Application deadline", "Only for runs with fixed dates, for example 1 September 2027.", when: (s, c) => c.CoursePlan.Schedule == CourseSchedule.FixedDates)
        .Field(s => s.EnrolmentInstitutionPartnerIds, "Where learners enrol",
            "Learners become students of the awarding university; add others only if their platform requires it.", refersTo: ReferenceSource.Partners, needed: true)
        .Field(s => s.LearningAgreementRequired, "Learners sign a learning agreement",
            "Needed when the course includes physical or blended mobility.")
        .Field(s => s.LearningAgreementIssuedAtEnrolment, "Enrolment produces the learning agreement",
            "Tick if the enrolment process actually creates the agreement for each learner.")
        .Section("Support and terms", "Learners should see this before they apply.")
        .Field(s => s.SupportServices, "Support for learners", "Tick everything learners can use during the course.", needed: true)
        .Field(s => s.ResourcesInfo, "Facilities and resources",
            "What learners can use, for example the library, software licences or study spaces.", kind: FieldKind.LongText, needed: true)
        .Field(s => s.TermsAndConditions, "Terms and conditions",
            "Rules on pausing, withdrawing and refunds, for example \"full refund until two weeks before the start\".", kind: FieldKind.LongText, needed: true));
}
