using System.Globalization;
using MicroCred.Documents.Layout;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Institutions;
using static MicroCred.Documents.Templates.TemplateText;
using LayoutSignatory = MicroCred.Documents.Layout.Signatory;

namespace MicroCred.Documents.Templates;

/// <summary>What the consortium agreement is printed from: the design (W3 partners, W4 team, W21 clauses) and its institutions.</summary>
public sealed record ConsortiumAgreementInput(
    DesignContent Content,
    IReadOnlyDictionary<Guid, InstitutionFacts> Institutions,
    DateTimeOffset GeneratedAt)
{
    /// <summary>Signatures recorded in the portal; they take precedence over the signatories named in step 21.</summary>
    public IReadOnlyList<RecordedSignature> RecordedSignatures { get; init; } = [];
}

/// <summary>A partner's recorded signature: who signed, in what capacity, and when.</summary>
public sealed record RecordedSignature(Guid PartnerId, string SignerName, string SignerRole, DateOnly SignedOn);

/// <summary>
/// The consortium agreement: the parties, the term, all 21 clauses with their agreed text and responsible partner,
/// and a signature block per partner. Carries a DRAFT watermark until every clause is agreed.
/// </summary>
public static class ConsortiumAgreementDocument
{
    public const string DraftWatermark = "DRAFT";

    /// <summary>Printed clause titles, numbered as the clause checklist.</summary>
    public static string ClauseTitle(ConsortiumClause clause) => clause switch
    {
        ConsortiumClause.CourseTeamAndGovernance => "Course team and governance",
        ConsortiumClause.Objectives => "Objectives of the course",
        ConsortiumClause.MainStructure => "Structure of the course (course description annexed)",
        ConsortiumClause.PedagogicalPrinciples => "Shared pedagogical principles",
        ConsortiumClause.ModeOfDelivery => "Mode of delivery",
        ConsortiumClause.MobilitySchemes => "Mobility linked to course units",
        ConsortiumClause.AwardAndCertificate => "Award and certificate",
        ConsortiumClause.EctsRecognition => "Recognition of ECTS credits at the partners",
        ConsortiumClause.LanguagePolicy => "Language policy",
        ConsortiumClause.Admission => "Admission of learners",
        ConsortiumClause.Examinations => "Examinations",
        ConsortiumClause.QualityAssurance => "Quality assurance",
        ConsortiumClause.FinancialModel => "Finances: fees, revenue and cost sharing",
        ConsortiumClause.PartnerObligations => "Obligations of the partners and the lead institution",
        ConsortiumClause.MarketingAndBranding => "Marketing, publicity and use of logos",
        ConsortiumClause.IntellectualProperty => "Intellectual property",
        ConsortiumClause.Exclusivity => "Exclusivity",
        ConsortiumClause.DataProtection => "Protection of personal data",
        ConsortiumClause.AccessionOfNewPartners => "Accession of new partners",
        ConsortiumClause.TermReviewTermination => "Term, review and termination",
        ConsortiumClause.ApplicableLawAndDisputes => "Applicable law and settlement of disputes",
        _ => clause.ToString(),
    };

    public static string ClauseHeading(ConsortiumClause clause) =>
        string.Create(CultureInfo.InvariantCulture, $"Clause {(int)clause}. {ClauseTitle(clause)}");

    public static DocumentModel Build(ConsortiumAgreementInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(input.Content);
        ArgumentNullException.ThrowIfNull(input.Institutions);
        var ctx = new DesignCheckContext(input.Content, input.Institutions, DateOnly.FromDateTime(input.GeneratedAt.UtcDateTime));
        var c = input.Content;
        var agreement = c.ConsortiumAgreement;
        var title = Or(c.CoursePlan.Title);
        var partners = c.Partnership.Partners
            .OrderBy(p => p.PartnerRole ?? PartnerRole.AssociatedPartner)
            .ToList();

        var blocks = new List<Block>
        {
            new Heading("Consortium agreement") { Typeface = Typeface.Serif },
            new Paragraph($"for the joint micro-credential course “{title}”") { Size = TextSize.Large, Typeface = Typeface.Serif },
        };
        if (!string.IsNullOrWhiteSpace(c.Partnership.PartnershipIdentity))
        {
            blocks.Add(new Paragraph($"Consortium: {c.Partnership.PartnershipIdentity.Trim()}") { Muted = true });
        }

        blocks.Add(new Heading("Parties", 2));
        blocks.Add(new Paragraph("The following institutions enter into this agreement:"));
        blocks.Add(new Table(
            [new TableColumn("#", 0.4, TextAlignment.Right), new TableColumn("Institution", 3), new TableColumn("Country", 1.5), new TableColumn("Legal identifier", 1.6), new TableColumn("Role", 1.5), new TableColumn("Contact person", 1.8)],
            [.. partners.Select((p, i) =>
            {
                var facts = ctx.FactsOf(p.InstitutionId);
                return (IReadOnlyList<string>)
                [
                    (i + 1).ToString(CultureInfo.InvariantCulture),
                    InstitutionName(ctx, p),
                    facts is null ? NotSpecified : Countries.NameOf(facts.CountryCode),
                    facts?.LegalIdentifier ?? "",
                    Role(p.PartnerRole),
                    p.ContactName ?? "",
                ];
            })]));

        blocks.Add(new Heading("Term", 2));
        blocks.Add(new KeyValueTable(
        [
            new KeyValueRow("In force from", Date(agreement.EffectiveFrom)),
            new KeyValueRow("In force until", Date(agreement.EffectiveTo)),
            new KeyValueRow("Based on", Or(agreement.TemplateSource)),
        ])
        { LabelWidthFraction = 0.25 });

        blocks.Add(new Heading("Clauses", 2));
        foreach (var kind in Enum.GetValues<ConsortiumClause>())
        {
            var clause = agreement.Clauses.FirstOrDefault(k => k.Clause == kind);
            var group = new List<Block>
            {
                new Heading(ClauseHeading(kind), 3),
                new KeyValueTable(
                [
                    new KeyValueRow("Responsible partner", Responsible(ctx, clause)),
                    new KeyValueRow("Status", clause is null ? "Not started" : Sentence(Describe.Words(clause.Status))),
                ])
                { LabelWidthFraction = 0.25 },
            };
            if (!string.IsNullOrWhiteSpace(clause?.Text))
            {
                group.Add(new Paragraph(clause.Text.Trim()));
            }

            if (!string.IsNullOrWhiteSpace(clause?.AttachmentName))
            {
                group.Add(new Paragraph($"Annexed: {clause.AttachmentName.Trim()}") { Italic = true, Muted = true });
            }

            if (string.IsNullOrWhiteSpace(clause?.Text) && string.IsNullOrWhiteSpace(clause?.AttachmentName))
            {
                group.Add(new Paragraph("No text has been drafted for this clause yet.") { Italic = true, Muted = true });
            }

            blocks.Add(new KeepTogether(group));
        }

        // The heading and its sentence move with the signature lines, never stranded on the page before.
        blocks.Add(new KeepTogether(
        [
            new Heading("Signatures", 2),
            new Paragraph("Signed for each party by its authorised representative:"),
            new SignatureBlock([.. partners.Select(p => Signature(ctx, p, input.RecordedSignatures))]),
        ]));

        var allAgreed = Enum.GetValues<ConsortiumClause>().All(k => agreement.Clauses.Any(x => x.Clause == k && x.Status == ClauseStatus.Agreed));
        return new DocumentModel(
            new DocumentMetadata($"Consortium agreement: {title}", input.GeneratedAt)
            {
                Author = InstitutionName(ctx, c.Lead()),
                Subject = $"Consortium agreement of the partners of the joint micro-credential course '{title}'",
                Keywords = string.Join("; ", ["consortium agreement", "micro-credential", .. partners.Select(p => InstitutionName(ctx, p))]),
            },
            blocks)
        {
            HeaderText = $"{title} · Consortium agreement",
            FooterText = $"Generated {Date(DateOnly.FromDateTime(input.GeneratedAt.UtcDateTime))}" + (allAgreed ? "" : " · not all clauses agreed"),
            Watermark = allAgreed ? null : DraftWatermark,
        };
    }

    private static string Responsible(DesignCheckContext ctx, AgreementClause? clause)
    {
        var member = ctx.Content.MemberById(clause?.OwnerMemberId);
        return member is null ? NotSpecified : TeamMemberWithInstitution(ctx, member);
    }

    private static LayoutSignatory Signature(DesignCheckContext ctx, Partner partner, IReadOnlyList<RecordedSignature> recorded)
    {
        if (recorded.FirstOrDefault(r => r.PartnerId == partner.Id) is { } r)
        {
            var role = string.IsNullOrWhiteSpace(r.SignerRole) ? $"For {InstitutionName(ctx, partner)}" : $"{r.SignerRole.Trim()}, for {InstitutionName(ctx, partner)}";
            return new LayoutSignatory(r.SignerName.Trim(), role) { PlaceAndDate = $"Signed on {Date(r.SignedOn)}" };
        }

        var signed = ctx.Content.ConsortiumAgreement.Signatories.FirstOrDefault(s => s.PartnerId == partner.Id);
        var name = string.IsNullOrWhiteSpace(signed?.SignerName) ? "Authorised representative" : signed.SignerName.Trim();
        return new LayoutSignatory(name, $"For {InstitutionName(ctx, partner)}")
        {
            PlaceAndDate = signed?.SignedOn is { } on ? $"Signed on {Date(on)}" : "Place and date: ______________________",
        };
    }
}
