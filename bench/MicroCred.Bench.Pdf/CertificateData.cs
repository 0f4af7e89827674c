using System.Globalization;

namespace MicroCred.Bench.Pdf;

/// <summary>The strings of one certificate, shared by both contenders so they draw the same text.</summary>
internal sealed record CertificateData(string Title, string Learner, IReadOnlyList<(string Label, string Value)> Rows, string VerifyUrl)
{
    public static CertificateData Create(int serial) => new(
        "Certificate of Completion",
        "Zoë Παπαδοπούλου-Łukasiewicz",
        [
            ("Learner", "Zoë Παπαδοπούλου-Łukasiewicz"),
            ("Date of birth", "1998-04-17"),
            ("Micro-credential", "Data Stewardship for Research Projects"),
            ("Awarding bodies", "Universidad de Granada · Uniwersytet Łódzki · Университет Софии"),
            ("ECTS credits", "5"),
            ("EQF level", "7"),
            ("Learning outcomes", "Plans FAIR data management; applies licences; documents provenance."),
            ("Assessment", "Portfolio and oral defence, graded 1.5 (excellent)"),
            ("Mode of study", "Blended, 12 weeks"),
            ("Quality assurance", "Internal QA of the awarding bodies; ESG 2015 compliant"),
            ("Issued on", "2026-11-25"),
            ("Valid until", "No expiry"),
            ("Credential ID", string.Create(CultureInfo.InvariantCulture, $"MC-2026-{serial:D6}")),
            ("Issuer contact", "registry@microcred.example.eu"),
        ],
        string.Create(CultureInfo.InvariantCulture, $"https://microcred.example.eu/verify/MC-2026-{serial:D6}?k=8f4e2a91"));
}
