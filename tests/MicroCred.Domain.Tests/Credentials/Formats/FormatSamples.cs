using MicroCred.Domain.Checks;
using MicroCred.Domain.Credentials;
using MicroCred.Domain.Credentials.Formats;
using MicroCred.Domain.Designs;

namespace MicroCred.Domain.Tests.Credentials.Formats;

/// <summary>One issued credential of the sample design (Dutch lead, Spanish and Portuguese partners) as the formats receive it.</summary>
public static class FormatSamples
{
    public static readonly Guid Dutch = Guid.Parse("00000000-0000-0000-0000-0000000000d1");
    public static readonly Guid Spanish = Guid.Parse("00000000-0000-0000-0000-0000000000e5");
    public static readonly Guid Portuguese = Guid.Parse("00000000-0000-0000-0000-0000000000f7");
    public static readonly DateTimeOffset IssuedAt = new(2027, 12, 20, 10, 30, 0, TimeSpan.Zero);
    public const string PublicId = "pUbLiC-iD_0123456789abcdefghijklmnopqrstuvw";

    public static SampleDesign Design() => SampleDesigns.Complete(Dutch, Spanish, Portuguese);

    public static IReadOnlyDictionary<Guid, InstitutionFacts> Institutions => SampleDesigns.Institutions(Dutch, Spanish, Portuguese);

    public static CredentialFormatInput Input(
        string given = "Αθηνά", string family = "Παπαδοπούλου", bool attendanceOnly = false, CredentialAward award = CredentialAward.EctsCertificate,
        bool withStatus = true)
    {
        var design = Design();
        var ctx = design.ToCheckContext(new DateOnly(2027, 3, 1));
        var content = CredentialContentBuilder.Build(
            ctx, new CertificateLearner(given, family, "S-2027-0042", attendanceOnly), DateOnly.FromDateTime(IssuedAt.UtcDateTime),
            award, PublicId, award == CredentialAward.EctsCertificate ? "8.1 on a scale up to 10 (pass mark 5.5)" : null);

        // Round trip through the stored JSON: the formats are built from what the database holds.
        content = CredentialJson.Deserialize(CredentialJson.Serialize(content));
        var issuer = Cohort.IssuingInstitutionOf(design.Content) ?? Dutch;
        return new CredentialFormatInput(content, design.Content, Institutions, issuer, IssuedAt, new Uri("https://microcred.example.eu/"))
        {
            Status = withStatus ? new CredentialStatusEntry(new Uri($"https://microcred.example.eu/institutions/{issuer}/status/revocation"), 42) : null,
            DisplayImagePng = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="),
        };
    }
}
