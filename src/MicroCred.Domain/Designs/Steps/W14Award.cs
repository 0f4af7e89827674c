using MicroCred.Domain.Designs.Schema;
using Gate = MicroCred.Domain.Checks.Gate;

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

public sealed class PartnerAwardAlignment : IStepRow
{
    public Guid Id { get; set; }
    public Guid? PartnerId { get; set; }
    public string? LocalAwardName { get; set; }
    public bool FitsLocalStructure { get; set; }
    public string? Remarks { get; set; }
}

public sealed class ProfessionalRecognition : IStepRow
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

/// <summary>The fields of Award, declared once: words, kinds, limits, references and what review needs.</summary>
public static class AwardStepSchema
{
    public static StepSchema<AwardStep> Schema { get; } = new(WizardStep.Award, form => form
        .Section("What learners receive")
        .Field(s => s.AwardType, "Type of award",
            "ECTS credits need at least one graded (summative) assessment. Without one, choose a badge.", needed: true)
        .Field(s => s.AttendanceOnlyRoute, "Attendance-only route",
            "Tick if learners who skip the assessment can still get a badge or certificate of attendance.")
        .Field(s => s.AwardJustification, "Why this award",
            "Explain the choice from the content, the EQF level, the study load and how the credential can be stacked.", kind: FieldKind.LongText, needed: true, neededFrom: Gate.G2)
        .Section("Awarding and issuing", "Awarding universities put their name on the credential; one of them issues the certificates for everyone.")
        .Field(s => s.AwardingBodyPartnerIds, "Awarding universities",
            "Pick every partner that awards the credential. For ECTS credits these must be universities that award degrees.", refersTo: ReferenceSource.Partners, needed: true)
        .Field(s => s.IssuingInstitutionPartnerId, "Issuing university",
            "The one awarding university that issues and signs the certificates on behalf of all.", refersTo: ReferenceSource.Partners, needed: true, neededFrom: Gate.G2)
        .Section("Fit with each university's rules", "Add one entry per partner university, so you can spot conflicts before approval.")
        .Rows(s => s.PartnerAlignment, "Fit per partner university", "partner university", row => row
                .Field(a => a.PartnerId, "Partner university", refersTo: ReferenceSource.Partners, namesRow: true)
                .Field(a => a.LocalAwardName, "Name of the award there",
                    "What this university calls such a credential, for example \"Microcredential\" or \"Certificate of Advanced Study\".")
                .Field(a => a.FitsLocalStructure, "Fits its qualification rules",
                    "Tick if the award fits this university's own qualification structure as it is.")
                .Field(a => a.Remarks, "Remarks", "Optional: what needs to be discussed or adapted, and with whom.", kind: FieldKind.LongText),
            hint: "Leave none out: a university whose rules do not fit needs a discussion first.",
            title: a => string.IsNullOrWhiteSpace(a.LocalAwardName)
                ? "Award name not given yet"
                : $"{a.LocalAwardName} — {(a.FitsLocalStructure ? "fits" : "needs discussion")}")
        .Requires((s, c) => c.HigherEducationPartners()
            .Where(p => s.PartnerAlignment.All(a => a.PartnerId != p.Id))
            .Select(p => new MissingField($"PartnerAlignment[{p.Id}]", "How the award fits a university partner's qualification structure")), neededFrom: Gate.G2)
        .Section("Professional recognition", "Optional: credit from a professional body, always in addition to the academic award.")
        .Rows(s => s.ProfessionalRecognition, "Professional recognitions", "professional recognition", row => row
                .Field(r => r.BodyPartnerId, "Professional body among the partners",
                    "Pick the partner if the body is one; otherwise type its name below.", refersTo: ReferenceSource.Partners)
                .Field(r => r.BodyName, "Name of the professional body", "For example \"Dutch Association of Psychologists\".")
                .Field(r => r.Kind, "Kind of recognition")
                .Field(r => r.Sector, "Professional sector")
                .Field(r => r.CreditName, "Name of the credit", "For example \"CPD points\" or \"PE hours\".")
                .Field(r => r.CreditAmount, "Amount of credit", "In the body's own credit, for example 12 or 7.5."),
            title: r => $"{(string.IsNullOrWhiteSpace(r.BodyName) ? "Professional body" : r.BodyName)}"
                + (string.IsNullOrWhiteSpace(r.CreditName) ? "" : $" — {r.CreditAmount} {r.CreditName}"))
        .Section("Certificate")
        .Field(s => s.CertificateFormat, "Certificate format",
            "A digital, sealed European Digital Credential (EDC) is recommended: anyone can check it online.", needed: true, neededFrom: Gate.G2)
        .Field(s => s.EdcCategory, "European Digital Credential type",
            "Only for the EDC format. A course with assessment and credits is usually a qualification.", when: (s, c) => s.CertificateFormat == CertificateFormat.DigitalSealedEdc, neededFrom: Gate.G2)
        .Field(s => s.CertificateLanguages, "Certificate languages",
            "Two-letter language codes, separated by commas or one per line, for example: en, nl, es.", needed: true, neededFrom: Gate.G2)
        .Field(s => s.QualificationSupplement, "Add a qualification supplement",
            "Tick to attach an annex that explains the content and level to employers and universities.")
        .Field(s => s.ShowNotADegreeNote, "Show the \"not a degree\" note",
            "Prints that the level neither makes the credential a degree nor gives access to the next study cycle. Keep it on unless a partner's rules say otherwise.")
        .Field(s => s.FurtherInformation, "Further information",
            "Optional: anything else printed on the certificate, for example how the credential stacks towards a master's.", kind: FieldKind.LongText));
}
