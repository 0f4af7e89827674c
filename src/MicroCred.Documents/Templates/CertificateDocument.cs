using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using MicroCred.Documents.Layout;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Credentials;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Documents.Templates;

/// <summary>What a learner receives. Attendance-only learners can only receive a badge, never the ECTS certificate.</summary>
public enum CertificateAward
{
    EctsCertificate,
    BadgeOfAttendance,
    BadgeOfParticipation,
    BadgeOfCompletion,
}

/// <summary>
/// One learner's certificate with every value already resolved, so the same certificate can be printed again from an
/// issued-credential snapshot. The numbered comments give the mandatory EU element each value fills.
/// </summary>
public sealed record CertificateInput
{
    public required string CredentialId { get; init; }

    public required string VerificationUrl { get; init; }

    /// <summary>SHA-256 of the certificate content as 64 hex digits (see <see cref="CertificateDocument.ComputeContentHash"/>).</summary>
    public required string ContentHash { get; init; }

    /// <summary>1: the learner.</summary>
    public required string LearnerGivenNames { get; init; }

    public required string LearnerFamilyName { get; init; }

    public required string LearnerIdentifier { get; init; }

    /// <summary>The learner took part without assessment; only <see cref="CertificateAward.BadgeOfAttendance"/> or another badge is allowed.</summary>
    public required bool AttendanceOnly { get; init; }

    public required CertificateAward Award { get; init; }

    /// <summary>Credits awarded; required for <see cref="CertificateAward.EctsCertificate"/> and ignored for badges.</summary>
    public decimal? EctsCredits { get; init; }

    /// <summary>2.</summary>
    public required string Title { get; init; }

    /// <summary>3.</summary>
    public required string IssuerCountries { get; init; }

    /// <summary>4: every awarding body of a joint award.</summary>
    public required IReadOnlyList<string> AwardingBodies { get; init; }

    /// <summary>The institution that issues the certificate on behalf of the awarding bodies.</summary>
    public required string IssuingInstitution { get; init; }

    /// <summary>5.</summary>
    public required DateOnly IssuedOn { get; init; }

    /// <summary>6: statements in order, without numbers.</summary>
    public required IReadOnlyList<string> LearningOutcomes { get; init; }

    /// <summary>7: for badges in hours only, since a badge carries no credits.</summary>
    public required string Workload { get; init; }

    /// <summary>8.</summary>
    public required string Level { get; init; }

    /// <summary>9.</summary>
    public required string AssessmentType { get; init; }

    /// <summary>10.</summary>
    public required string Participation { get; init; }

    /// <summary>11.</summary>
    public required string QualityAssurance { get; init; }

    // Optional elements: printed when not null or empty.
    public string? Grade { get; init; }

    public IReadOnlyList<string> ProfessionalCredits { get; init; } = [];

    public string? Supervision { get; init; }

    public string? Prerequisites { get; init; }

    public string? Stackability { get; init; }

    public string? FurtherInformation { get; init; }

    public bool ShowNotADegreeNote { get; init; } = true;

    /// <summary>Printed languages, English first; see <see cref="CertificateLabels.Resolve"/>. Unknown codes are ignored.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [CertificateLabels.English];

    /// <summary>Logo of the issuing institution as PNG (or JPEG) bytes; none when null. Not part of the content hash.</summary>
    public byte[]? IssuerLogoPng { get; init; }

    /// <summary>The person who signs certificates for the issuing institution, printed next to the QR code. Not part of the content hash.</summary>
    public Layout.Signatory? SignedBy { get; init; }

    /// <summary>Files carried inside the PDF (for example the credential's European Digital Credential JSON-LD).</summary>
    public IReadOnlyList<EmbeddedFile> Attachments { get; init; } = [];

    public string LearnerFullName => $"{LearnerGivenNames.Trim()} {LearnerFamilyName.Trim()}".Trim();
}

/// <summary>Issue settings the design does not hold: the credential's identity and the learner's result.</summary>
public sealed record CertificateIssueOptions(string CredentialId, string VerificationUrl)
{
    /// <summary>The learner's grade on the common scale, printed on ECTS certificates only.</summary>
    public string? Grade { get; init; }

    public byte[]? IssuerLogoPng { get; init; }

    /// <summary>Badge to give when the design awards no ECTS; null uses the design's award type.</summary>
    public CertificateAward? Award { get; init; }

    public bool IncludePrerequisites { get; init; }

    public bool IncludeSupervision { get; init; } = true;

    public bool IncludeStackability { get; init; } = true;
}

/// <summary>The learner's micro-credential certificate: one A4 page, English plus a second language, with verification data.</summary>
public static partial class CertificateDocument
{
    /// <summary>Document information entries a verifier reads from an uploaded certificate (see <c>SealedPdf.Inspect</c>).</summary>
    public const string CredentialIdProperty = "CredentialId";

    public const string ContentHashProperty = "ContentHash";

    public const string VerificationUrlProperty = "VerificationUrl";

    /// <summary>
    /// Builds the certificate. Refuses an ECTS certificate for an attendance-only learner (R-CERT-02), a badge that
    /// claims ECTS credits, and empty mandatory elements (R-CERT-01).
    /// </summary>
    public static DocumentModel Build(CertificateInput input)
    {
        Validate(input);
        var languages = CertificateLabels.Resolve(input.Languages);
        var en = CertificateLabels.For(CertificateLabels.English);
        var other = languages.Count > 1 ? CertificateLabels.For(languages[1]) : null;
        string Label(Func<CertificateLabelSet, string> pick) => other is null ? pick(en) : $"{pick(en)}\n{pick(other)}";

        var blocks = new List<Block>();
        if (input.IssuerLogoPng is { Length: > 0 } logo)
        {
            blocks.Add(new Layout.Image(logo, LogoWidth(logo)) { Alignment = TextAlignment.Center });
        }

        var bodies = string.Join("  ·  ", input.AwardingBodies);
        blocks.Add(new Paragraph(bodies) { Alignment = TextAlignment.Center, Typeface = Typeface.Serif, Bold = true, Muted = true });
        blocks.Add(new Heading(Title(en, input.Award), 1) { Alignment = TextAlignment.Center, Typeface = Typeface.Serif });
        if (other is not null)
        {
            blocks.Add(new Paragraph(Title(other, input.Award)) { Alignment = TextAlignment.Center, Italic = true, Muted = true });
        }

        // Elements 1 and 2 head the page, each under its small label; the table holds elements 3 to 11.
        blocks.Add(new Paragraph("1. " + Label1(en, other, l => l.Elements[0], "  ·  ")) { Alignment = TextAlignment.Center, Size = TextSize.Small, Muted = true });
        blocks.Add(new Paragraph(input.LearnerFullName) { Alignment = TextAlignment.Center, Typeface = Typeface.Serif, Bold = true, Size = TextSize.Display });
        blocks.Add(new Paragraph($"({input.LearnerIdentifier.Trim()})") { Alignment = TextAlignment.Center, Size = TextSize.Small, Muted = true });
        blocks.Add(new Paragraph("2. " + Label1(en, other, l => l.Elements[1], "  ·  ")) { Alignment = TextAlignment.Center, Size = TextSize.Small, Muted = true });
        blocks.Add(new Paragraph(input.Title) { Alignment = TextAlignment.Center, Typeface = Typeface.Serif, Size = TextSize.Large });

        var rows = new List<KeyValueRow>();
        string[] values =
        [
            input.IssuerCountries,
            string.Join("; ", input.AwardingBodies),
            IssuedOn(input.IssuedOn, languages),
            Outcomes(input, Label),
            input.Workload,
            input.AttendanceOnly ? Label(l => l.NoLevelCertified) : input.Level,
            input.AttendanceOnly ? Label(l => l.NoAssessment) : input.AssessmentType,
            input.Participation,
            input.QualityAssurance,
        ];
        for (var i = 0; i < values.Length; i++)
        {
            var n = i + 2;
            rows.Add(new KeyValueRow(Numbered(n + 1, en.Elements[n], other?.Elements[n]), values[i]));
        }

        if (input.Award == CertificateAward.EctsCertificate && !string.IsNullOrWhiteSpace(input.Grade))
        {
            rows.Add(new KeyValueRow(Label(l => l.Grade), input.Grade.Trim()));
        }

        if (input.ProfessionalCredits.Count > 0)
        {
            rows.Add(new KeyValueRow(Label(l => l.ProfessionalCredits), string.Join("; ", input.ProfessionalCredits)));
        }

        AddOptional(rows, Label(l => l.Supervision), input.Supervision);
        AddOptional(rows, Label(l => l.Prerequisites), input.Prerequisites);
        AddOptional(rows, Label(l => l.Stackability), input.Stackability);
        AddOptional(rows, Label(l => l.FurtherInformation), input.FurtherInformation);
        blocks.Add(new KeyValueTable(rows) { LabelWidthFraction = 0.28, Compact = true });

        var notes = new List<string>();
        if (input.Award != CertificateAward.EctsCertificate)
        {
            notes.Add(Label1(en, other, l => l.NoCredits, " "));
        }

        if (input.ShowNotADegreeNote)
        {
            notes.Add(en.NotADegree);
            if (other is not null)
            {
                notes.Add(other.NotADegree);
            }
        }

        if (notes.Count > 0)
        {
            blocks.Add(new Paragraph(string.Join("\n", notes)) { Size = TextSize.Small, Italic = true, Muted = true, Alignment = TextAlignment.Center });
        }

        blocks.Add(new QrCode(input.VerificationUrl, 48)
        {
            Alignment = TextAlignment.Center,
            CaptionBeside = true,
            Signatory = input.SignedBy,
            Caption = $"{Label1(en, other, l => l.CredentialId)}: {input.CredentialId}\n"
                + $"{Label1(en, other, l => l.Verify)}: {input.VerificationUrl}\n"
                + $"{Label1(en, other, l => l.ContentHash)}:\n{input.ContentHash}",
        });

        return new DocumentModel(
            new DocumentMetadata($"{Title(en, input.Award)}: {input.Title} — {input.LearnerFullName}", new DateTimeOffset(input.IssuedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))
            {
                Author = input.IssuingInstitution,
                Subject = $"{Title(en, input.Award)} {input.CredentialId} for {input.LearnerFullName}",
                Keywords = string.Join("; ", ["micro-credential", Title(en, input.Award), input.CredentialId, .. input.AwardingBodies]),
                Properties = new Dictionary<string, string>
                {
                    [CredentialIdProperty] = input.CredentialId,
                    [ContentHashProperty] = input.ContentHash,
                    [VerificationUrlProperty] = input.VerificationUrl,
                },
            },
            blocks)
        {
            Margins = new PageMargins(30, 32, 48, 32),
            FooterText = $"{input.IssuingInstitution} · {input.CredentialId}",
            PageFrame = true,
            EmbeddedFiles = input.Attachments,
        };
    }

    /// <summary>
    /// SHA-256 over the printed content in a fixed order (everything except the hash itself and the logo), as
    /// lowercase hex. A verifier recomputes it from the issued snapshot.
    /// </summary>
    public static string ComputeContentHash(CertificateInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = new StringBuilder();
        void Add(string name, string? value) => text.Append(name).Append('=').Append(value ?? "").Append('\n');
        Add("credential", input.CredentialId);
        Add("url", input.VerificationUrl);
        Add("given", input.LearnerGivenNames);
        Add("family", input.LearnerFamilyName);
        Add("learner-id", input.LearnerIdentifier);
        Add("attendance-only", input.AttendanceOnly ? "yes" : "no");
        Add("award", input.Award.ToString());
        Add("ects", input.EctsCredits?.ToString(CultureInfo.InvariantCulture));
        Add("title", input.Title);
        Add("countries", input.IssuerCountries);
        Add("bodies", string.Join("|", input.AwardingBodies));
        Add("issuer", input.IssuingInstitution);
        Add("issued", input.IssuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("outcomes", string.Join("|", input.LearningOutcomes));
        Add("workload", input.Workload);
        Add("level", input.Level);
        Add("assessment", input.AssessmentType);
        Add("participation", input.Participation);
        Add("qa", input.QualityAssurance);
        Add("grade", input.Grade);
        Add("professional", string.Join("|", input.ProfessionalCredits));
        Add("supervision", input.Supervision);
        Add("prerequisites", input.Prerequisites);
        Add("stackability", input.Stackability);
        Add("further", input.FurtherInformation);
        Add("not-a-degree", input.ShowNotADegreeNote ? "yes" : "no");
        Add("languages", string.Join("|", input.Languages));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>
    /// Resolves a learner's certificate from the design (<see cref="CertificateIssue.Elements"/>) and the award settings.
    /// Throws with the R-CERT findings when the certificate may not be issued.
    /// </summary>
    public static CertificateInput FromIssue(DesignCheckContext ctx, CertificateLearner learner, DateOnly issuedOn, CertificateIssueOptions options)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(learner);
        ArgumentNullException.ThrowIfNull(options);
        var c = ctx.Content;
        var award = learner.AttendanceOnly
            ? CertificateAward.BadgeOfAttendance
            : options.Award ?? c.Award.AwardType switch
            {
                AwardType.EctsCredits => CertificateAward.EctsCertificate,
                AwardType.BadgeOfAttendance => CertificateAward.BadgeOfAttendance,
                AwardType.BadgeOfParticipation => CertificateAward.BadgeOfParticipation,
                _ => CertificateAward.BadgeOfCompletion,
            };
        var kind = award == CertificateAward.EctsCertificate ? CertificateKind.EctsCertificate : CertificateKind.Badge;
        var errors = CertificateIssue.Check(ctx, learner, issuedOn, kind).Where(f => f.Severity == Severity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The certificate cannot be issued: " + string.Join(" ", errors.Select(e => $"[{e.RuleId}] {e.Message}")));
        }

        var content = CredentialContentBuilder.Build(ctx, learner, issuedOn, ToCredentialAward(award), options.CredentialId, options.Grade, new CredentialIssueOptions
        {
            IncludePrerequisites = options.IncludePrerequisites,
            IncludeSupervision = options.IncludeSupervision,
            IncludeStackability = options.IncludeStackability,
        });
        var input = FromCredential(content, options.VerificationUrl, new string('0', 64), options.IssuerLogoPng);
        return input with { ContentHash = ComputeContentHash(input) };
    }

    /// <summary>
    /// The certificate of an issued credential, printed from its frozen content only: later edits to the design, the
    /// institution or the learner never change it. <paramref name="contentHash"/> is the credential's stored hash.
    /// </summary>
    public static CertificateInput FromCredential(CredentialContent content, string verificationUrl, string contentHash, byte[]? issuerLogoPng = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new CertificateInput
        {
            CredentialId = content.CredentialId,
            VerificationUrl = verificationUrl,
            ContentHash = contentHash,
            LearnerGivenNames = content.LearnerGivenNames,
            LearnerFamilyName = content.LearnerFamilyName,
            LearnerIdentifier = content.LearnerIdentifier,
            AttendanceOnly = content.AttendanceOnly,
            Award = content.Award switch
            {
                CredentialAward.EctsCertificate => CertificateAward.EctsCertificate,
                CredentialAward.BadgeOfAttendance => CertificateAward.BadgeOfAttendance,
                CredentialAward.BadgeOfParticipation => CertificateAward.BadgeOfParticipation,
                _ => CertificateAward.BadgeOfCompletion,
            },
            EctsCredits = content.EctsCredits,
            Title = content.Title,
            IssuerCountries = content.IssuerCountries,
            AwardingBodies = content.AwardingBodies,
            IssuingInstitution = content.IssuingInstitution,
            IssuedOn = content.IssuedOn,
            LearningOutcomes = content.LearningOutcomes,
            Workload = content.Workload,
            Level = content.Level,
            AssessmentType = content.AssessmentType,
            Participation = content.Participation,
            QualityAssurance = content.QualityAssurance,
            Grade = content.Grade,
            ProfessionalCredits = content.ProfessionalCredits,
            Supervision = content.Supervision,
            Prerequisites = content.Prerequisites,
            Stackability = content.Stackability,
            FurtherInformation = content.FurtherInformation,
            ShowNotADegreeNote = content.ShowNotADegreeNote,
            Languages = CertificateLabels.Resolve(content.RequestedLanguages, content.IssuingInstitutionCountryCode),
            IssuerLogoPng = issuerLogoPng,
        };
    }

    private static CredentialAward ToCredentialAward(CertificateAward award) => award switch
    {
        CertificateAward.EctsCertificate => CredentialAward.EctsCertificate,
        CertificateAward.BadgeOfAttendance => CredentialAward.BadgeOfAttendance,
        CertificateAward.BadgeOfParticipation => CredentialAward.BadgeOfParticipation,
        _ => CredentialAward.BadgeOfCompletion,
    };

    private static void Validate(CertificateInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.AttendanceOnly && input.Award == CertificateAward.EctsCertificate)
        {
            throw new InvalidOperationException("R-CERT-02: a learner who took part without assessment can only receive a badge, not an ECTS certificate.");
        }

        if (input.Award == CertificateAward.EctsCertificate && input.EctsCredits is not > 0)
        {
            throw new ArgumentException("An ECTS certificate needs the number of ECTS credits.", nameof(input));
        }

        if (input.Award != CertificateAward.EctsCertificate
            && new[] { input.Workload, input.Grade, input.Stackability }.Any(v => v?.Contains("ECTS", StringComparison.OrdinalIgnoreCase) == true))
        {
            throw new ArgumentException("A badge carries no credits: its workload, grade and stacking text must not claim ECTS.", nameof(input));
        }

        (string Name, string? Value)[] required =
        [
            ("credential id", input.CredentialId), ("verification URL", input.VerificationUrl), ("learner's name", input.LearnerFullName),
            ("learner identifier", input.LearnerIdentifier), ("title", input.Title), ("country or region of the issuer", input.IssuerCountries),
            ("issuing institution", input.IssuingInstitution), ("workload", input.Workload), ("level", input.Level),
            ("type of assessment", input.AssessmentType), ("form of participation", input.Participation), ("quality assurance", input.QualityAssurance),
        ];
        var missing = required.Where(r => string.IsNullOrWhiteSpace(r.Value)).Select(r => r.Name).ToList();
        if (input.AwardingBodies.Count == 0 || input.AwardingBodies.Any(string.IsNullOrWhiteSpace))
        {
            missing.Add("awarding bodies");
        }

        if (input.LearningOutcomes.Count == 0 || input.LearningOutcomes.Any(string.IsNullOrWhiteSpace))
        {
            missing.Add("learning outcomes");
        }

        if (missing.Count > 0)
        {
            throw new ArgumentException("R-CERT-01: the certificate misses " + string.Join(", ", missing) + ".", nameof(input));
        }

        if (!Sha256Hex().IsMatch(input.ContentHash))
        {
            throw new ArgumentException("The content hash must be a SHA-256 value written as 64 hex digits.", nameof(input));
        }
    }

    /// <summary>
    /// Element 6. A learner who took part without assessment gets the course's outcomes under a plain statement, in every
    /// printed language, that none of them was assessed (the participation-only case of the Council Recommendation).
    /// </summary>
    private static string Outcomes(CertificateInput input, Func<Func<CertificateLabelSet, string>, string> label)
    {
        var list = string.Join("\n", input.LearningOutcomes.Select((o, i) => $"{i + 1}. {o.Trim()}"));
        return input.AttendanceOnly ? $"{label(l => l.OutcomesNotAssessed)}\n{list}" : list;
    }

    private static string Title(CertificateLabelSet labels, CertificateAward award) => award switch
    {
        CertificateAward.EctsCertificate => labels.EctsTitle,
        CertificateAward.BadgeOfAttendance => labels.AttendanceTitle,
        CertificateAward.BadgeOfParticipation => labels.ParticipationTitle,
        _ => labels.CompletionTitle,
    };

    private static string IssuedOn(DateOnly date, IReadOnlyList<string> languages)
    {
        var iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var localised = languages.Select(l => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo(l))).Distinct();
        return $"{iso} ({string.Join(" / ", localised)})";
    }

    private static string Label1(CertificateLabelSet en, CertificateLabelSet? other, Func<CertificateLabelSet, string> pick, string separator = " / ") =>
        other is null ? pick(en) : $"{pick(en)}{separator}{pick(other)}";

    /// <summary>Width that gives the logo a height of 24 pt (at most 160 pt wide), read from the PNG or JPEG header.</summary>
    private static double LogoWidth(byte[] png)
    {
        const double height = 24;
        var (w, h) = png.Length >= 24 && png[0] == 0x89 && png[1] == (byte)'P'
            ? (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)))
            : JpegSize(png) ?? throw new ArgumentException("The issuer logo must be a PNG or JPEG image.", nameof(png));
        return w <= 0 || h <= 0 ? height : Math.Min(160, height * w / h);
    }

    /// <summary>Width and height from a JPEG's start-of-frame marker; null when the data is not a JPEG.</summary>
    private static (int Width, int Height)? JpegSize(byte[] jpeg)
    {
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8)
        {
            return null;
        }

        var at = 2;
        while (at + 9 < jpeg.Length && jpeg[at] == 0xFF)
        {
            var marker = jpeg[at + 1];
            var length = (jpeg[at + 2] << 8) | jpeg[at + 3];
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return ((jpeg[at + 7] << 8) | jpeg[at + 8], (jpeg[at + 5] << 8) | jpeg[at + 6]);
            }

            at += 2 + length;
        }

        return null;
    }

    private static string Numbered(int number, string english, string? other) =>
        other is null ? $"{number}. {english}" : $"{number}. {english}\n{other}";

    private static void AddOptional(List<KeyValueRow> rows, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            rows.Add(new KeyValueRow(label, value.Trim()));
        }
    }

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256Hex();
}
