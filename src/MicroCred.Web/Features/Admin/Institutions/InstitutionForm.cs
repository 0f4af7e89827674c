using System.ComponentModel.DataAnnotations;
using FluentValidation;
using MicroCred.Domain.Institutions;
using MicroCred.Web.Features.Shared;

namespace MicroCred.Web.Features.Admin.Institutions;

public sealed class InstitutionForm
{
    public Guid? Version { get; set; }

    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "Name in the local language")]
    public string? LocalName { get; set; }

    [Display(Name = "Country")]
    public string? CountryCode { get; set; }

    [Display(Name = "Region")]
    public string? Region { get; set; }

    [Display(Name = "City")]
    public string? City { get; set; }

    [Display(Name = "Website")]
    public string? Website { get; set; }

    [Display(Name = "This institution awards degrees")]
    public bool IsDegreeAwarding { get; set; }

    [Display(Name = "Erasmus code")]
    public string? ErasmusCode { get; set; }

    [Display(Name = "Legal identifier")]
    public string? LegalIdentifier { get; set; }

    [Display(Name = "Minimum hours per ECTS credit")]
    public int? HoursPerEctsMin { get; set; }

    [Display(Name = "Maximum hours per ECTS credit")]
    public int? HoursPerEctsMax { get; set; }

    [Display(Name = "Grading scale")]
    public string? GradingScale { get; set; }

    [Display(Name = "National upper limit for micro-credentials (ECTS)")]
    public decimal? NationalEctsCap { get; set; }

    [Display(Name = "Name of the person who signs certificates")]
    public string? SignatoryName { get; set; }

    [Display(Name = "Role of the person who signs certificates")]
    public string? SignatoryRole { get; set; }

    [Display(Name = "Logo")]
    public IFormFile? Logo { get; set; }

    [Display(Name = "Remove the current logo")]
    public bool RemoveLogo { get; set; }

    public static InstitutionForm ForNewInstitution() => new()
    {
        IsDegreeAwarding = true,
        HoursPerEctsMin = InstitutionSettings.Default.HoursPerEctsMin,
        HoursPerEctsMax = InstitutionSettings.Default.HoursPerEctsMax,
        GradingScale = InstitutionSettings.Default.GradingScale,
    };

    public static InstitutionForm From(Institution i) => new()
    {
        Version = i.Version,
        Name = i.Name,
        LocalName = i.LocalName,
        CountryCode = i.CountryCode,
        Region = i.Region,
        City = i.City,
        Website = i.Website,
        IsDegreeAwarding = i.IsDegreeAwarding,
        ErasmusCode = i.ErasmusCode,
        LegalIdentifier = i.LegalIdentifier,
        HoursPerEctsMin = i.Settings.HoursPerEctsMin,
        HoursPerEctsMax = i.Settings.HoursPerEctsMax,
        GradingScale = i.Settings.GradingScale,
        NationalEctsCap = i.Settings.NationalEctsCap,
        SignatoryName = i.CertificateSignatoryName,
        SignatoryRole = i.CertificateSignatoryRole,
    };

    public InstitutionDetails ToDetails() => new(
        Name!, LocalName, CountryCode!, Region, City!, Website, IsDegreeAwarding, ErasmusCode, LegalIdentifier);

    public InstitutionSettings ToSettings() => new(HoursPerEctsMin!.Value, HoursPerEctsMax!.Value, GradingScale!.Trim(), NationalEctsCap);

    public sealed class Validator : AbstractValidator<InstitutionForm>
    {
        public Validator()
        {
            RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the institution's name.")
                .MaximumLength(Institution.NameMaxLength).WithMessage($"The name can have at most {Institution.NameMaxLength} characters.");
            RuleFor(f => f.LocalName).MaximumLength(Institution.NameMaxLength)
                .WithMessage($"The local name can have at most {Institution.NameMaxLength} characters.");
            RuleFor(f => f.CountryCode).NotEmpty().WithMessage("Choose the country.")
                .Must(Countries.IsValid).WithMessage("Choose a country from the list (a two-letter ISO 3166 code such as NL or GR).");
            RuleFor(f => f.Region).MaximumLength(Institution.RegionMaxLength)
                .WithMessage($"The region can have at most {Institution.RegionMaxLength} characters.");
            RuleFor(f => f.City).NotEmpty().WithMessage("Enter the city.")
                .MaximumLength(Institution.CityMaxLength).WithMessage($"The city can have at most {Institution.CityMaxLength} characters.");
            RuleFor(f => f.Website).MaximumLength(Institution.WebsiteMaxLength)
                .WithMessage($"The website address can have at most {Institution.WebsiteMaxLength} characters.")
                .Must(BeHttpUrl).WithMessage("Enter the full website address, starting with https:// (for example https://www.uni.example).");
            RuleFor(f => f.ErasmusCode).MaximumLength(Institution.ErasmusCodeMaxLength)
                .WithMessage($"An Erasmus code has at most {Institution.ErasmusCodeMaxLength} characters, for example \"NL HEERLEN01\".");
            RuleFor(f => f.LegalIdentifier).MaximumLength(Institution.LegalIdentifierMaxLength)
                .WithMessage($"The legal identifier can have at most {Institution.LegalIdentifierMaxLength} characters.");
            RuleFor(f => f.HoursPerEctsMin).NotNull().WithMessage("Enter the minimum study hours per ECTS credit (usually 25).")
                .InclusiveBetween(10, 40).WithMessage("Hours per ECTS credit must be between 10 and 40.");
            RuleFor(f => f.HoursPerEctsMax).NotNull().WithMessage("Enter the maximum study hours per ECTS credit (usually 30).")
                .InclusiveBetween(10, 40).WithMessage("Hours per ECTS credit must be between 10 and 40.")
                .GreaterThanOrEqualTo(f => f.HoursPerEctsMin ?? 0).WithMessage("The maximum cannot be lower than the minimum.");
            RuleFor(f => f.GradingScale).NotEmpty().WithMessage("Enter the grading scale used by the institution, for example 1-10 or 0-20.")
                .MaximumLength(Institution.GradingScaleMaxLength).WithMessage($"The grading scale can have at most {Institution.GradingScaleMaxLength} characters.");
            RuleFor(f => f.NationalEctsCap).GreaterThan(0).WithMessage("The national limit must be more than 0 ECTS.")
                .LessThanOrEqualTo(180).WithMessage("The national limit cannot be more than 180 ECTS.");
            RuleFor(f => f.SignatoryName).NotEmpty().When(f => !string.IsNullOrWhiteSpace(f.SignatoryRole))
                .WithMessage("Enter the name of the person who signs certificates, or clear the role too.")
                .MaximumLength(Institution.SignatoryNameMaxLength).WithMessage($"The name can have at most {Institution.SignatoryNameMaxLength} characters.");
            RuleFor(f => f.SignatoryRole).NotEmpty().When(f => !string.IsNullOrWhiteSpace(f.SignatoryName))
                .WithMessage("Enter the role of the person who signs certificates, for example Rector or Dean of the Faculty of Science.")
                .MaximumLength(Institution.SignatoryRoleMaxLength).WithMessage($"The role can have at most {Institution.SignatoryRoleMaxLength} characters.");
            RuleFor(f => f.Logo).Must(l => l is null || l.Length <= InstitutionLogo.MaxBytes)
                .WithMessage($"The logo file is too large: use an image of at most {InstitutionLogo.MaxBytes / 1024} KB.");
            RuleFor(f => f.Logo).Must(l => l is null || l.Length > 0).WithMessage("The logo file is empty.");

            // These print on certificates, course descriptions and agreements.
            RuleFor(f => f.Name).Printable();
            RuleFor(f => f.LocalName).Printable();
            RuleFor(f => f.Region).Printable();
            RuleFor(f => f.City).Printable();
            RuleFor(f => f.GradingScale).Printable();
            RuleFor(f => f.LegalIdentifier).Printable();
            RuleFor(f => f.ErasmusCode).Printable();
            RuleFor(f => f.SignatoryName).Printable();
            RuleFor(f => f.SignatoryRole).Printable();
        }

        private static bool BeHttpUrl(string? value) =>
            string.IsNullOrWhiteSpace(value)
            || (Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Contains('.', StringComparison.Ordinal));
    }
}

/// <summary>Recognises PNG and JPEG by their first bytes; the browser's content type is not trusted.</summary>
public static class LogoImage
{
    public static string? DetectContentType(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 8 && bytes[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return "image/png";
        }

        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        {
            return "image/jpeg";
        }

        return null;
    }
}
