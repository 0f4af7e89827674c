using System.Globalization;
using MicroCred.Documents.Templates;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Credentials;
using MicroCred.Domain.Designs;

namespace MicroCred.Bench.Pdf;

/// <summary>Learners of a cohort of the complete sample course, made one at a time so a large cohort never sits in memory.</summary>
internal static class Cohort
{
    private static readonly DesignCheckContext _context = SampleDesigns.Complete(
        Guid.Parse("00000000-0000-0000-0000-0000000000d1"),
        Guid.Parse("00000000-0000-0000-0000-0000000000e5"),
        Guid.Parse("00000000-0000-0000-0000-0000000000f7")).ToCheckContext(new DateOnly(2027, 12, 1));

    private static readonly (string Given, string Family)[] _names =
    [
        ("Αθηνά", "Παπαδοπούλου"), ("Ёлка", "Кузнецова"), ("Zoë", "Łukasiewicz"), ("Joaquín", "Núñez García"),
        ("Anouk", "van der Berg"), ("João", "Gonçalves"), ("Søren", "Ødegård"), ("Émilie", "Lefèvre"),
    ];

    public static readonly DateOnly IssuedOn = new(2027, 12, 20);

    /// <summary>The certificate input of learner number <paramref name="serial"/>; every tenth learner attended only.</summary>
    public static CertificateInput Certificate(int serial)
    {
        var (given, family) = _names[serial % _names.Length];
        var id = string.Create(CultureInfo.InvariantCulture, $"MC-2027-{serial:D6}");
        var learner = new CertificateLearner(given, family, string.Create(CultureInfo.InvariantCulture, $"RU-{serial:D6}"), AttendanceOnly: serial % 10 == 9);
        return CertificateDocument.FromIssue(_context, learner, IssuedOn,
            new CertificateIssueOptions(id, $"https://microcred.example.eu/verify/{id}") { Grade = "8.1 on the scale 1 to 10 (pass mark 5.5)" });
    }

    public static string EntryName(CertificateInput input) => $"{input.CredentialId}.pdf";

    /// <summary>
    /// Learner number <paramref name="serial"/> issued as the web app issues: the values resolved once
    /// (<see cref="CredentialContentBuilder"/>), stored as canonical JSON with its SHA-256 hash.
    /// </summary>
    public static StoredCredential Issue(int serial)
    {
        var (given, family) = _names[serial % _names.Length];
        var id = string.Create(CultureInfo.InvariantCulture, $"MC-2027-{serial:D6}");
        var learner = new CertificateLearner(given, family, string.Create(CultureInfo.InvariantCulture, $"RU-{serial:D6}"), AttendanceOnly: serial % 10 == 9);
        var award = CredentialContentBuilder.AwardFor(learner.AttendanceOnly ? LearnerResult.AttendanceOnly : LearnerResult.Passed, _context.Content.Award)!.Value;
        var content = CredentialContentBuilder.Build(_context, learner, IssuedOn, award, id, learner.AttendanceOnly ? null : "8.1 on a scale up to 10 (pass mark 5.5)");
        var json = CredentialJson.Serialize(content);
        return new StoredCredential(id, json, CredentialJson.Hash(json));
    }

    /// <summary>The certificate input of a stored credential, as the download reads it: from the stored JSON only.</summary>
    public static CertificateInput FromStored(StoredCredential stored) =>
        CertificateDocument.FromCredential(CredentialJson.Deserialize(stored.Json), $"https://microcred.example.eu/verify/{stored.PublicId}", stored.Hash);
}

/// <summary>What the database holds for one issued credential: its public id, canonical content and hash.</summary>
internal sealed record StoredCredential(string PublicId, string Json, string Hash);
