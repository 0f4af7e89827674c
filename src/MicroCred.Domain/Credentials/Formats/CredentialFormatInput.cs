using System.Globalization;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;

namespace MicroCred.Domain.Credentials.Formats;

/// <summary>
/// Everything the interoperable formats (European Digital Credential, Open Badges 3.0) are built from: the credential's frozen
/// content, the frozen design version it was issued from, and the addresses under which the portal publishes it. Live data
/// (institution facts) only fills in what the frozen content never held (country codes of partners), never a printed value.
/// </summary>
/// <param name="Content">The issued credential's frozen content (<see cref="IssuedCredential.ContentJson"/>).</param>
/// <param name="Design">The content of the frozen design version the credential was issued from.</param>
/// <param name="Institutions">Institution facts by id (country, legal identifier) for the partners of the design.</param>
/// <param name="IssuingInstitutionId">The institution that issues and seals the credential.</param>
/// <param name="IssuedAt">The moment of issue (<see cref="IssuedCredential.IssuedAt"/>).</param>
/// <param name="SiteBaseUrl">The portal's public base address (App:PublicBaseUrl), absolute, ending without a slash or with one.</param>
public sealed record CredentialFormatInput(
    CredentialContent Content,
    DesignContent Design,
    IReadOnlyDictionary<Guid, InstitutionFacts> Institutions,
    Guid IssuingInstitutionId,
    DateTimeOffset IssuedAt,
    Uri SiteBaseUrl)
{
    /// <summary>Where the credential's revocation status is published; null until the status list exists.</summary>
    public CredentialStatusEntry? Status { get; init; }

    /// <summary>
    /// A PNG shown as the credential's picture by EDC viewers (the EDC profile requires one image); the web layer passes
    /// the QR code of the verification link. Null leaves the display without an image (then the credential is not EDC-valid).
    /// </summary>
    public byte[]? DisplayImagePng { get; init; }

    /// <summary>The public verification page of this credential; also the credential's id in every format.</summary>
    public Uri VerificationUrl => Absolute("/verify/" + Uri.EscapeDataString(Content.CredentialId));

    /// <summary>The issuing institution's Open Badges issuer profile (also its id as an organisation in the EDC).</summary>
    public Uri IssuerProfileUrl => InstitutionProfileUrl(IssuingInstitutionId);

    /// <summary>The issuing institution's JWK set, against which every seal of the institution verifies.</summary>
    public Uri IssuerJwksUrl => Absolute($"/institutions/{IssuingInstitutionId}/jwks.json");

    public Uri InstitutionProfileUrl(Guid institutionId) => Absolute($"/institutions/{institutionId}/profile");

    public Uri Absolute(string path) => CredentialFormatUrls.Absolute(SiteBaseUrl, path);
}

/// <summary>An entry in an institution's revocation status list (W3C Bitstring Status List): the list credential and the bit index.</summary>
public sealed record CredentialStatusEntry(Uri StatusListCredential, int Index)
{
    /// <summary>The entry as one URI (list address with the index as fragment), the form the EDC profile's shapes ask for.</summary>
    public Uri AsUri => new($"{StatusListCredential.GetLeftPart(UriPartial.Query)}#{Index.ToString(CultureInfo.InvariantCulture)}");
}

public static class CredentialFormatUrls
{
    public static Uri Absolute(Uri siteBaseUrl, string path)
    {
        ArgumentNullException.ThrowIfNull(siteBaseUrl);
        ArgumentNullException.ThrowIfNull(path);
        return new Uri(siteBaseUrl.GetLeftPart(UriPartial.Authority) + siteBaseUrl.AbsolutePath.TrimEnd('/') + "/" + path.TrimStart('/'));
    }
}

/// <summary>Vocabulary shared by the formats: EU authority URIs for countries and languages, and the portal's own concept scheme.</summary>
public static class ElmVocabulary
{
    public const string CountryScheme = "http://publications.europa.eu/resource/authority/country";
    public const string LanguageScheme = "http://publications.europa.eu/resource/authority/language";

    /// <summary>Concepts the EU lists have no entry for are published in this scheme (urn, so they never collide with EU ids).</summary>
    public const string LocalSchemePrefix = "urn:microcred:concept-scheme:";

    /// <summary>ISO 3166-1 alpha-3 (the EU country authority list's code) of an alpha-2 code; null when unknown.</summary>
    public static string? CountryAlpha3(string? alpha2)
    {
        if (string.IsNullOrWhiteSpace(alpha2))
        {
            return null;
        }

        var code = alpha2.Trim().ToUpperInvariant();
        if (code is "EL")
        {
            code = "GR"; // the EU's own code for Greece
        }

        try
        {
            return new RegionInfo(code).ThreeLetterISORegionName;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    public static string CountryName(string alpha2) => Institutions.Countries.NameOf(alpha2.Trim().ToUpperInvariant());
}
