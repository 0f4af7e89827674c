using MicroCred.Domain.Designs.Schema;
using Wording = MicroCred.Domain.Checks.Describe;

namespace MicroCred.Domain.Designs.Steps;

/// <summary>W21: the clause checklist of the consortium agreement, its term and its signatures.</summary>
public sealed class ConsortiumAgreementStep
{
    public List<AgreementClause> Clauses { get; set; } = [];
    public List<Signatory> Signatories { get; set; } = [];
    public DateOnly? EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public string? TemplateSource { get; set; }

    /// <summary>The 13 core clauses every consortium agreement needs, not started yet: the rows a new agreement starts with.</summary>
    public static List<AgreementClause> CoreClauses() =>
        [.. Enum.GetValues<ConsortiumClause>().Where(k => (int)k <= 13).Select(k => new AgreementClause { Id = Guid.NewGuid(), Clause = k, Status = ClauseStatus.NotStarted })];
}

public sealed class AgreementClause : IStepRow
{
    public Guid Id { get; set; }
    public ConsortiumClause Clause { get; set; }
    public ClauseStatus Status { get; set; }
    public string? Text { get; set; }
    public string? AttachmentName { get; set; }
    public Guid? OwnerMemberId { get; set; }
}

public sealed class Signatory : IStepRow
{
    public Guid Id { get; set; }
    public Guid? PartnerId { get; set; }
    public string? SignerName { get; set; }
    public DateOnly? SignedOn { get; set; }
}

/// <summary>The 21 subjects of the agreement, numbered as in the clause checklist.</summary>
public enum ConsortiumClause
{
    CourseTeamAndGovernance = 1,
    Objectives = 2,
    MainStructure = 3,
    PedagogicalPrinciples = 4,
    ModeOfDelivery = 5,
    MobilitySchemes = 6,
    AwardAndCertificate = 7,
    EctsRecognition = 8,
    LanguagePolicy = 9,
    Admission = 10,
    Examinations = 11,
    QualityAssurance = 12,
    FinancialModel = 13,
    PartnerObligations = 14,
    MarketingAndBranding = 15,
    IntellectualProperty = 16,
    Exclusivity = 17,
    DataProtection = 18,
    AccessionOfNewPartners = 19,
    TermReviewTermination = 20,
    ApplicableLawAndDisputes = 21,
}

public enum ClauseStatus
{
    NotStarted,
    Drafted,
    Agreed,
}

/// <summary>The fields of ConsortiumAgreement, declared once: words, kinds, limits, references and what review needs.</summary>
public static class ConsortiumAgreementStepSchema
{
    public static StepSchema<ConsortiumAgreementStep> Schema { get; } = new(WizardStep.ConsortiumAgreement, form => form
        .Section("About the agreement")
        .Field(s => s.TemplateSource, "Template used",
            "Optional: the model agreement you started from, for example your legal office's template for joint programmes.", kind: FieldKind.Text)
        .Field(s => s.EffectiveFrom, "Valid from", "The date the agreement takes effect, for example 1 February 2027.", needed: true)
        .Field(s => s.EffectiveTo, "Valid until", "Late enough for learners of the last run to finish, for example 31 August 2031.", needed: true)
        .Section("Clauses", "Track each clause from draft to agreed. Clauses 1 to 13 must be agreed before the course is published. Each partner's signature is recorded once, on the page \"Reviews, approvals and signatures\".")
        .Rows(s => s.Clauses, "Clauses", "clause", row => row
                .Field(c => c.Clause, "Subject of the clause")
                .Field(c => c.Status, "Status")
                .Field(c => c.OwnerMemberId, "Team member responsible", refersTo: ReferenceSource.Members)
                .Field(c => c.Text, "Text of the clause", "The agreed or draft wording. Leave empty if it is in an attached document.", kind: FieldKind.LongText)
                .Field(c => c.AttachmentName, "Attached document", "Optional: the file name of the annex, for example \"Annex 3 – Course description.pdf\"."),
            title: c => Enum.IsDefined(c.Clause)
                ? $"{Wording.Sentence(Wording.Words(c.Clause))} — {Wording.Words(c.Status)}"
                : "Clause without a subject")

        // Signatures are recorded once, with who signed, their role and the date, on "Reviews, approvals and signatures".
        .NotAskedOnPage(s => s.Signatories));
}
