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

public sealed class AdmissionCriterion
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
