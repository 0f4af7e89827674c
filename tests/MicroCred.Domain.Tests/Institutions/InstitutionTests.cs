using MicroCred.Domain.Institutions;

namespace MicroCred.Domain.Tests.Institutions;

public sealed class InstitutionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private static InstitutionDetails Details(string country = "GR", string? legalId = null) =>
        new("  Hellenic Test University ", " ", country, null, "Patras", null, true, null, legalId);

    [Fact]
    public void Text_is_trimmed_and_blank_optionals_become_empty()
    {
        var institution = new Institution(Guid.NewGuid(), Details(), Now);
        Assert.Equal("Hellenic Test University", institution.Name);
        Assert.Null(institution.LocalName);
        Assert.Equal("Greece", institution.CountryName);
    }

    [Fact]
    public void An_unknown_country_code_is_refused()
    {
        Assert.Throws<DomainException>(() => new Institution(Guid.NewGuid(), Details("XX"), Now));
        Assert.Throws<DomainException>(() => new Institution(Guid.NewGuid(), Details("gr"), Now));
    }

    [Fact]
    public void Only_an_institution_with_a_legal_identifier_can_issue_credentials()
    {
        var institution = new Institution(Guid.NewGuid(), Details(), Now);
        Assert.False(institution.CanIssueCredentials);
        institution.Update(Details(legalId: "GR-123456"), Now);
        Assert.True(institution.CanIssueCredentials);
    }

    [Fact]
    public void Every_change_gives_a_new_concurrency_version()
    {
        var institution = new Institution(Guid.NewGuid(), Details(), Now);
        var first = institution.Version;
        institution.ChangeSettings(new InstitutionSettings(25, 30, "0-20", null), Now);
        Assert.NotEqual(first, institution.Version);
    }

    [Fact]
    public void New_institutions_use_25_to_30_hours_per_ects()
    {
        var institution = new Institution(Guid.NewGuid(), Details(), Now);
        Assert.Equal(25, institution.Settings.HoursPerEctsMin);
        Assert.Equal(30, institution.Settings.HoursPerEctsMax);
    }

    [Fact]
    public void The_country_list_has_every_eu_member_state()
    {
        string[] eu = ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"];
        Assert.All(eu, code => Assert.True(Countries.IsValid(code), code));
        Assert.True(Countries.All.Count > 240);
    }
}
