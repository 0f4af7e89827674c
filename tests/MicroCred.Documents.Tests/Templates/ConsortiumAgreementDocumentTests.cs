using MicroCred.Documents.Templates;
using MicroCred.Documents.Tests.Support;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using static MicroCred.Documents.Tests.Templates.TemplateSamples;

namespace MicroCred.Documents.Tests.Templates;

public class ConsortiumAgreementDocumentTests
{
    private static ConsortiumAgreementInput Input(SampleDesign design) => new(design.Content, design.Institutions, Generated);

    [Fact]
    public void Every_party_prints_with_its_role()
    {
        using var pdf = Pdf.Open(Render(ConsortiumAgreementDocument.Build(Input(Complete())), "agreement"));
        var text = Flat(pdf);

        var parties = text.IndexOf("Parties", StringComparison.Ordinal);
        Assert.True(parties >= 0);
        AssertLabelThenValue(text, "Rijnmond University", "Lead institution");
        AssertLabelThenValue(text, "Universitat de Llevant", "Full partner");
        AssertLabelThenValue(text, "Universidade do Atlântico Norte", "Full partner");
        Assert.Contains("KvK 41234567", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_clause_prints_with_its_agreed_text_and_responsible_partner()
    {
        using var pdf = Pdf.Open(Render(ConsortiumAgreementDocument.Build(Input(Complete())), "agreement-clauses"));
        var text = Flat(pdf);

        var previous = -1;
        foreach (var clause in Enum.GetValues<ConsortiumClause>())
        {
            var heading = ConsortiumAgreementDocument.ClauseHeading(clause);
            var at = text.IndexOf(heading, StringComparison.Ordinal);
            Assert.True(at > previous, $"'{heading}' is missing or out of order.");
            previous = at;
            AssertLabelThenValue(text[at..], "Responsible partner", "Anouk Visser (Rijnmond University)");
            AssertLabelThenValue(text[at..], "Status", "Agreed");
            Assert.Contains($"Agreed text in annex {(int)clause}.", text[at..], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Term_and_a_signature_per_partner_print()
    {
        var model = ConsortiumAgreementDocument.Build(Input(Complete()));

        using var pdf = Pdf.Open(Render(model, "agreement-signatures"));
        var text = Flat(pdf);

        AssertLabelThenValue(text, "In force from", "1 May 2027");
        AssertLabelThenValue(text, "In force until", "31 December 2032");
        var signatures = model.Blocks.OfType<Layout.KeepTogether>().SelectMany(g => g.Blocks).OfType<Layout.SignatureBlock>().Single();
        Assert.Equal(3, signatures.Signatories.Count);
        Assert.Contains("Rector of Rijnmond University", text, StringComparison.Ordinal);
        Assert.Contains("For Universidade do Atlântico Norte", text, StringComparison.Ordinal);
        Assert.Contains("Signed on 9 November 2026", text, StringComparison.Ordinal);
        Assert.Null(model.Watermark);
    }

    [Fact]
    public void A_signature_recorded_in_the_portal_replaces_the_planned_signatory_of_its_partner()
    {
        var design = Complete();
        var partner = design.Content.Partnership.Partners[1];
        var model = ConsortiumAgreementDocument.Build(Input(design) with
        {
            RecordedSignatures = [new RecordedSignature(partner.Id, "Marta Vidal Roig", "Vice-rector for Studies", new DateOnly(2027, 1, 15))],
        });

        var signatories = model.Blocks.OfType<Layout.KeepTogether>().SelectMany(g => g.Blocks).OfType<Layout.SignatureBlock>().Single().Signatories;
        var recorded = Assert.Single(signatories, s => s.Name == "Marta Vidal Roig");
        Assert.StartsWith("Vice-rector for Studies, for ", recorded.Role, StringComparison.Ordinal);
        Assert.Equal("Signed on 15 January 2027", recorded.PlaceAndDate);
        Assert.Equal(3, signatories.Count);
        using var pdf = Pdf.Open(Render(model, "agreement-recorded-signature"));
        Assert.Contains("Marta Vidal Roig", Flat(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_three_partners_sign_in_several_rows()
    {
        var design = Complete();
        var extra = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
        design.Content.Partnership.Partners.Add(new Partner
        {
            Id = Guid.NewGuid(), InstitutionId = extra, PartnerRole = PartnerRole.AssociatedPartner, OrganisationType = OrganisationType.ProfessionalOrganisation,
        });
        var institutions = design.Institutions.ToDictionary(kv => kv.Key, kv => kv.Value);
        institutions[extra] = new(extra, "Ένωση Μηχανικών Ακτών", "GR", false);

        using var pdf = Pdf.Open(Render(ConsortiumAgreementDocument.Build(new ConsortiumAgreementInput(design.Content, institutions, Generated)), "agreement-four"));
        var lastPage = pdf.GetPage(pdf.NumberOfPages);
        var words = lastPage.GetWords().ToList();
        var rector = words.First(w => w.Text == "Rector");
        var fourth = words.First(w => w.Text == "Μηχανικών");

        Assert.Contains("Ένωση Μηχανικών Ακτών", Flat(pdf), StringComparison.Ordinal);
        Assert.True(fourth.BoundingBox.Bottom < rector.BoundingBox.Bottom - 20, "The fourth signature should sit in a second row.");
    }

    [Fact]
    public void An_agreement_with_open_clauses_is_marked_DRAFT()
    {
        var design = HalfFinished();

        var model = ConsortiumAgreementDocument.Build(Input(design));
        using var pdf = Pdf.Open(Render(model, "agreement-draft"));

        Assert.Equal("DRAFT", model.Watermark);
        Assert.All(pdf.GetPages(), page => Assert.Contains("DRAFT", page.Text, StringComparison.Ordinal));
        Assert.Contains(ConsortiumAgreementDocument.ClauseHeading(ConsortiumClause.ApplicableLawAndDisputes), Flat(pdf), StringComparison.Ordinal);
    }
}
