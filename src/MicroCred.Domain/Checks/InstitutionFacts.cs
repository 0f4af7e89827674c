using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Checks;

/// <summary>What the checks need to know about an institution from the portal's institution table and its settings.</summary>
/// <param name="CountryCode">ISO 3166-1 alpha-2.</param>
/// <param name="GradingScale">The institution's grading-scale setting as stored, e.g. "1-10", "1-20", "pass/fail".</param>
/// <param name="NationalEctsCap">Size a micro-credential must stay strictly below in this country (Spain: 15).</param>
public sealed record InstitutionFacts(
    Guid Id,
    string Name,
    string CountryCode,
    bool IsDegreeAwarding,
    decimal HoursPerEctsMin = 25m,
    decimal HoursPerEctsMax = 30m,
    string? GradingScale = null,
    decimal? NationalEctsCap = null,
    string? LegalIdentifier = null,
    string? Region = null)
{
    public GradingScale? Scale => GradingScales.FromSetting(GradingScale);
}

/// <summary>Reads an institution's grading-scale setting ("1-10", "1–20", "pass/fail") into the wizard's scale enum.</summary>
public static class GradingScales
{
    public static GradingScale? FromSetting(string? setting)
    {
        if (string.IsNullOrWhiteSpace(setting))
        {
            return null;
        }

        var s = setting.Replace(" ", "", StringComparison.Ordinal).Replace('–', '-').ToUpperInvariant();
        return s switch
        {
            "1-20" or "0-20" or "ONETOTWENTY" => Designs.Steps.GradingScale.OneToTwenty,
            "1-10" or "0-10" or "ONETOTEN" => Designs.Steps.GradingScale.OneToTen,
            "1-5" or "ONETOFIVE" => Designs.Steps.GradingScale.OneToFive,
            "1-30" or "18-30" or "ONETOTHIRTY" => Designs.Steps.GradingScale.OneToThirty,
            "PASS/FAIL" or "PASSFAIL" or "PASS-FAIL" => Designs.Steps.GradingScale.PassFail,
            _ => Designs.Steps.GradingScale.Other,
        };
    }
}
