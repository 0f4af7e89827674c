using MicroCred.Documents.Templates;
using MicroCred.Documents.Tests.Support;
using MicroCred.Domain.Credentials;
using static MicroCred.Documents.Tests.Templates.TemplateSamples;

namespace MicroCred.Documents.Tests.Templates;

/// <summary>Certificates printed from an issued credential's frozen content rather than from the live design.</summary>
public class CredentialCertificateTests
{
    private static CredentialContent Frozen(string id = "pUbLiC-iD_0123456789abcdefghijklmnopqrstuvw") =>
        CredentialContentBuilder.Build(Context(Complete()), Learner(), IssuedOn, CredentialAward.EctsCertificate, id, "8.1 on a scale up to 10 (pass mark 5.5)");

    [Fact]
    public void Printing_from_frozen_content_gives_the_same_certificate_as_resolving_from_the_design()
    {
        const string id = "MC-2027-000042";
        var fromDesign = Certificate();
        var fromCredential = CertificateDocument.FromCredential(
            CredentialJson.Deserialize(CredentialJson.Serialize(Frozen(id) with { Grade = Options(id).Grade })), fromDesign.VerificationUrl, fromDesign.ContentHash);

        Assert.Equal(CertificateDocument.ComputeContentHash(fromDesign), CertificateDocument.ComputeContentHash(fromCredential));
        Assert.Equal(fromDesign.Languages, fromCredential.Languages);
    }

    [Fact]
    public void The_printed_hash_is_the_credentials_stored_hash()
    {
        var json = CredentialJson.Serialize(Frozen());
        var hash = CredentialJson.Hash(json);
        var input = CertificateDocument.FromCredential(CredentialJson.Deserialize(json), "https://microcred.example.eu/verify/x", hash);

        var text = Flat(Pdf.Open(Render(CertificateDocument.Build(input), "certificate-from-credential")));

        Assert.Contains(hash, text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(input.Title, text, StringComparison.Ordinal);
    }
}
