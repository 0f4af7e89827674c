namespace MicroCred.Domain.Institutions;

/// <summary>A higher-education institution (or associated organisation) that takes part in consortia and may issue credentials.</summary>
public sealed class Institution
{
    public const int NameMaxLength = 200;
    public const int RegionMaxLength = 100;
    public const int CityMaxLength = 100;
    public const int WebsiteMaxLength = 300;
    public const int ErasmusCodeMaxLength = 20;
    public const int LegalIdentifierMaxLength = 100;
    public const int GradingScaleMaxLength = 50;
    public const int SignatoryNameMaxLength = 150;
    public const int SignatoryRoleMaxLength = 150;

    private Institution()
    {
    }

    public Institution(Guid id, InstitutionDetails details, DateTimeOffset now)
    {
        Id = id;
        CreatedAt = now;
        Apply(details, now);
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public string? LocalName { get; private set; }
    public string CountryCode { get; private set; } = "";
    public string? Region { get; private set; }
    public string City { get; private set; } = "";
    public string? Website { get; private set; }
    public bool IsDegreeAwarding { get; private set; }
    public string? ErasmusCode { get; private set; }

    /// <summary>Registration or eIDAS identifier; issued credentials must carry it, so it is required only once the institution issues.</summary>
    public string? LegalIdentifier { get; private set; }

    public InstitutionSettings Settings { get; private set; } = InstitutionSettings.Default;

    public InstitutionLogo? Logo { get; private set; }

    /// <summary>The person who signs certificates for the institution (printed beside the seal); none when null.</summary>
    public string? CertificateSignatoryName { get; private set; }

    /// <summary>That person's role, for example "Rector"; set exactly when <see cref="CertificateSignatoryName"/> is.</summary>
    public string? CertificateSignatoryRole { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Optimistic concurrency token: changes on every update.</summary>
    public Guid Version { get; private set; }

    public string CountryName => Countries.NameOf(CountryCode);

    public bool CanIssueCredentials => !string.IsNullOrWhiteSpace(LegalIdentifier);

    public void Update(InstitutionDetails details, DateTimeOffset now) => Apply(details, now);

    public void ChangeSettings(InstitutionSettings settings, DateTimeOffset now)
    {
        Settings = settings;
        Touch(now);
    }

    public void ReplaceLogo(InstitutionLogo logo, DateTimeOffset now)
    {
        Logo = logo;
        Touch(now);
    }

    /// <summary>Names the person who signs certificates, or nobody when both values are empty. A name needs a role and a role a name.</summary>
    public void ChangeCertificateSignatory(string? name, string? role, DateTimeOffset now)
    {
        var n = Normalise(name);
        var r = Normalise(role);
        if ((n is null) != (r is null))
        {
            throw new DomainException("The person who signs certificates needs both a name and a role.");
        }

        if (n?.Length > SignatoryNameMaxLength || r?.Length > SignatoryRoleMaxLength)
        {
            throw new DomainException("The signatory's name or role is too long.");
        }

        if (n == CertificateSignatoryName && r == CertificateSignatoryRole)
        {
            return;
        }

        CertificateSignatoryName = n;
        CertificateSignatoryRole = r;
        Touch(now);
    }

    public void RemoveLogo(DateTimeOffset now)
    {
        Logo = null;
        Touch(now);
    }

    private void Apply(InstitutionDetails details, DateTimeOffset now)
    {
        if (!Countries.IsValid(details.CountryCode))
        {
            throw new DomainException($"'{details.CountryCode}' is not an ISO 3166 country code.");
        }

        Name = details.Name.Trim();
        LocalName = Normalise(details.LocalName);
        CountryCode = details.CountryCode;
        Region = Normalise(details.Region);
        City = details.City.Trim();
        Website = Normalise(details.Website);
        IsDegreeAwarding = details.IsDegreeAwarding;
        ErasmusCode = Normalise(details.ErasmusCode);
        LegalIdentifier = Normalise(details.LegalIdentifier);
        Touch(now);
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }

    private static string? Normalise(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed record InstitutionDetails(
    string Name,
    string? LocalName,
    string CountryCode,
    string? Region,
    string City,
    string? Website,
    bool IsDegreeAwarding,
    string? ErasmusCode,
    string? LegalIdentifier);

/// <summary>Institution-level settings that the design checks use (hours per ECTS, grading scale, national cap).</summary>
public sealed record InstitutionSettings(int HoursPerEctsMin, int HoursPerEctsMax, string GradingScale, decimal? NationalEctsCap)
{
    public static InstitutionSettings Default { get; } = new(25, 30, "1-10", null);
}

/// <summary>A validated logo image (PNG or JPEG) kept with its content type.</summary>
public sealed record InstitutionLogo(byte[] Content, string ContentType)
{
    public const int MaxBytes = 512 * 1024;
}
