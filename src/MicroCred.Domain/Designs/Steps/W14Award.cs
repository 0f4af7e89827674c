namespace MicroCred.Domain.Designs.Steps;

/// <summary>W14: the joint award, awarding and issuing bodies, professional recognition and the certificate format.</summary>
public sealed class AwardStep
{
    public AwardType? AwardType { get; set; }
    public bool AttendanceOnlyRoute { get; set; }
    public string? AwardJustification { get; set; }
    public List<Guid> AwardingBodyPartnerIds { get; set; } = [];
    public Guid? IssuingInstitutionPartnerId { get; set; }
    public List<PartnerAwardAlignment> PartnerAlignment { get; set; } = [];
    public List<ProfessionalRecognition> ProfessionalRecognition { get; set; } = [];
    public CertificateFormat? CertificateFormat { get; set; }
    public EdcCategory? EdcCategory { get; set; }
    public List<string> CertificateLanguages { get; set; } = [];
    public bool QualificationSupplement { get; set; }
    public string? FurtherInformation { get; set; }

    /// <summary>Print the statement that the level neither makes the credential a degree nor opens the next cycle.</summary>
    public bool ShowNotADegreeNote { get; set; } = true;
}

public sealed class PartnerAwardAlignment
{
    public Guid Id { get; set; }
    public Guid? PartnerId { get; set; }
    public string? LocalAwardName { get; set; }
    public bool FitsLocalStructure { get; set; }
    public string? Remarks { get; set; }
}

public sealed class ProfessionalRecognition
{
    public Guid Id { get; set; }
    public Guid? BodyPartnerId { get; set; }
    public string? BodyName { get; set; }
    public RecognitionKind? Kind { get; set; }
    public string? CreditName { get; set; }
    public decimal? CreditAmount { get; set; }
    public ProfessionalSector? Sector { get; set; }
}

public enum AwardType
{
    EctsCredits,
    BadgeOfAttendance,
    BadgeOfParticipation,
    BadgeOfCompletion,
}

public enum RecognitionKind
{
    CoCreated,
    Endorsed,
    Accredited,
}

public enum ProfessionalSector
{
    Psychology,
    It,
    MedicineHealthcare,
    Accountancy,
    Education,
    Business,
    Other,
}

public enum CertificateFormat
{
    DigitalSealedEdc,
    DigitalOther,
    PaperAndDigital,
    Paper,
}

public enum EdcCategory
{
    Qualification,
    Activity,
    Assessment,
    Entitlement,
}
