using System.Globalization;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Documents.Templates;

/// <summary>Small wording helpers the templates share, so every document prints dates, lists and gaps alike.</summary>
internal static class TemplateText
{
    /// <summary>Printed where a value the document expects has not been entered yet.</summary>
    public const string NotSpecified = "Not specified yet";

    private static readonly Dictionary<string, string> _languageNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "English", ["nl"] = "Dutch", ["es"] = "Spanish", ["pt"] = "Portuguese", ["el"] = "Greek",
        ["de"] = "German", ["fr"] = "French", ["it"] = "Italian", ["ca"] = "Catalan", ["pl"] = "Polish",
        ["cs"] = "Czech", ["sk"] = "Slovak", ["sl"] = "Slovenian", ["hr"] = "Croatian", ["hu"] = "Hungarian",
        ["ro"] = "Romanian", ["bg"] = "Bulgarian", ["sv"] = "Swedish", ["da"] = "Danish", ["fi"] = "Finnish",
        ["et"] = "Estonian", ["lv"] = "Latvian", ["lt"] = "Lithuanian", ["ga"] = "Irish", ["mt"] = "Maltese",
        ["no"] = "Norwegian", ["is"] = "Icelandic", ["tr"] = "Turkish", ["uk"] = "Ukrainian", ["ru"] = "Russian",
    };

    public static string Date(DateOnly date) => MicroCred.Domain.Dates.Long(date);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : NotSpecified;

    public static string Or(string? text) => string.IsNullOrWhiteSpace(text) ? NotSpecified : text.Trim();

    /// <summary>
    /// For what review never asks for: the text, or what leaving it empty means. "Not specified yet" is kept for needed
    /// information, so a description the checks call complete never prints it.
    /// </summary>
    public static string Or(string? text, string whenLeftEmpty) => string.IsNullOrWhiteSpace(text) ? whenLeftEmpty : text.Trim();

    public static string Join<T>(IEnumerable<T> items, Func<T, string> text, string separator = "; ")
    {
        var parts = items.Select(text).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        return parts.Count == 0 ? NotSpecified : string.Join(separator, parts);
    }

    public static string Words<T>(T? value)
        where T : struct, Enum => value is { } v ? Sentence(Describe.Words(v)) : NotSpecified;

    public static string WordList<T>(IEnumerable<T> values)
        where T : struct, Enum => Join(values, v => Describe.Words(v), ", ") is var s && s != NotSpecified ? Sentence(s) : s;

    public static string Sentence(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    public static string Language(string code) =>
        _languageNames.TryGetValue(code.Trim(), out var name) ? name : code.Trim();

    public static string Languages(IEnumerable<string> codes) => Join(codes, Language, ", ");

    public static string Number(decimal value) => Describe.Number(value);

    public static string Money(decimal? amount, string? currency) =>
        amount is { } a ? $"{a.ToString("#,0.##", CultureInfo.InvariantCulture)} {currency}".Trim() : NotSpecified;

    public static string InstitutionName(DesignCheckContext ctx, Partner? partner) =>
        partner is null ? NotSpecified : ctx.FactsOf(partner.InstitutionId)?.Name ?? partner.ContactName ?? NotSpecified;

    public static string InstitutionName(DesignCheckContext ctx, Guid? partnerId) =>
        InstitutionName(ctx, ctx.Content.PartnerById(partnerId));

    public static string Role(PartnerRole? role) => role switch
    {
        PartnerRole.LeadInstitution => "Lead institution",
        PartnerRole.FullPartner => "Full partner",
        PartnerRole.AssociatedPartner => "Associated partner",
        _ => NotSpecified,
    };

    public static string Mode(DeliveryMode? mode) => mode switch
    {
        DeliveryMode.SynchronousHybrid => "Synchronous hybrid",
        DeliveryMode.Blended => "Blended",
        DeliveryMode.OnlineDistanceAsynchronous => "Online, asynchronous",
        DeliveryMode.OnlineSynchronous => "Online, live sessions",
        DeliveryMode.FaceToFace => "Face to face",
        _ => NotSpecified,
    };

    public static string Scale(GradingScale? scale) => scale switch
    {
        GradingScale.OneToTwenty => "1 to 20",
        GradingScale.OneToTen => "1 to 10",
        GradingScale.OneToFive => "1 to 5",
        GradingScale.OneToThirty => "1 to 30",
        GradingScale.PassFail => "Pass / fail",
        GradingScale.Other => "Other scale",
        _ => NotSpecified,
    };

    public static string Supervision(Supervision value) => value switch
    {
        Domain.Designs.Steps.Supervision.UnsupervisedNoIdVerification => "Unsupervised, no identity verification",
        Domain.Designs.Steps.Supervision.SupervisedNoIdVerification => "Supervised, no identity verification",
        Domain.Designs.Steps.Supervision.SupervisedOnlineWithIdVerification => "Supervised online with identity verification",
        _ => "Supervised on site with identity verification",
    };

    public static string AwardName(AwardType? award) => award switch
    {
        AwardType.EctsCredits => "Micro-credential with ECTS credits",
        AwardType.BadgeOfAttendance => "Badge of attendance",
        AwardType.BadgeOfParticipation => "Badge of participation",
        AwardType.BadgeOfCompletion => "Badge of completion",
        _ => NotSpecified,
    };

    public static string Format(CertificateFormat? format) => format switch
    {
        CertificateFormat.DigitalSealedEdc => "Digital, sealed (European Digital Credentials)",
        CertificateFormat.DigitalOther => "Digital",
        CertificateFormat.PaperAndDigital => "Paper and digital",
        CertificateFormat.Paper => "Paper",
        _ => NotSpecified,
    };

    public static string Route(RecognitionRoute route) => route switch
    {
        RecognitionRoute.AutomaticWithinDegree => "counted automatically within a degree",
        RecognitionRoute.PreAgreedExemption => "pre-agreed exemption",
        RecognitionRoute.ErasmusLearningAgreement => "Erasmus+ learning agreement",
        _ => "recognition of prior learning on the learner's request",
    };

    public static string Standard(QaStandard standard) => standard switch
    {
        QaStandard.Esg => "ESG",
        QaStandard.EnqaELearningConsiderations => "ENQA considerations for e-learning",
        QaStandard.NationalFramework => "national QA framework",
        _ => "quality principles of the EU Council Recommendation",
    };

    /// <summary>The statement that the credential is no degree, in the portal's own words.</summary>
    public const string NotADegreeNote =
        "This micro-credential is not an academic degree. Its level describes the learning it certifies; it does not, on its own, give access to the next cycle of higher education.";

    public static string TeamMemberWithInstitution(DesignCheckContext ctx, TeamMember? member)
    {
        if (member is null)
        {
            return NotSpecified;
        }

        var institution = ctx.Content.PartnerById(member.PartnerId) is { } p ? InstitutionName(ctx, p) : null;
        return institution is null || institution == NotSpecified ? member.FullName : $"{member.FullName} ({institution})";
    }
}
