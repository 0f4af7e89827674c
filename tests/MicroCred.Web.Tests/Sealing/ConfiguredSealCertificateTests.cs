using System.Buffers.Text;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using MicroCred.Domain.Credentials.Sealing;
using MicroCred.Infrastructure.Sealing;
using MicroCred.Infrastructure.Seeding;
using MicroCred.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MicroCred.Web.Tests.Sealing;

/// <summary>An institution that brings its own e-seal certificate (a PFX named in configuration) seals with it instead of a portal-made key.</summary>
public sealed class ConfiguredSealCertificateTests : IDisposable
{
    private const string Password = "correct horse battery staple";
    private readonly MicroCredFactory _factory = new();
    private readonly string _thumbprint;
    private readonly byte[] _certificate;

    public ConfiguredSealCertificateTests()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Universitat de Llevant qualified seal, O=Universitat de Llevant, C=ES", key, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(2));
        var path = Path.Combine(_factory.DataFolder, "qualified-seal.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, Password));
        (_thumbprint, _certificate) = (certificate.Thumbprint, certificate.RawData);
        _factory.Settings[$"Sealing:Institutions:{DemoAccounts.UniversityEs}:CertificatePath"] = path;
        _factory.Settings[$"Sealing:Institutions:{DemoAccounts.UniversityEs}:CertificatePassword"] = Password;
    }

    [Fact]
    public async Task The_configured_certificate_seals_is_published_and_is_not_rotated_by_the_portal()
    {
        _ = _factory.Server;
        var options = _factory.Services.GetRequiredService<SealingOptions>();
        Assert.EndsWith("qualified-seal.pfx", options.ByInstitution()[DemoAccounts.UniversityEs].CertificatePath, StringComparison.Ordinal);

        var sealer = _factory.Services.GetRequiredService<IInstitutionSealer>();
        var jws = await sealer.SignAsync(DemoAccounts.UniversityEs, Encoding.UTF8.GetBytes("{}"), "test");
        var check = await sealer.VerifyAsync(jws);
        Assert.True(check.IsValid, check.Problem);
        Assert.Equal(DemoAccounts.UniversityEs, check.InstitutionId);

        using var sealCertificate = await sealer.GetSealCertificateAsync(DemoAccounts.UniversityEs);
        Assert.Equal(_thumbprint, sealCertificate.Thumbprint);
        Assert.True(sealCertificate.HasPrivateKey);

        using var anonymous = _factory.Browser();
        var keySet = JsonDocument.Parse((await anonymous.GetAsync($"/institutions/{DemoAccounts.UniversityEs}/jwks.json")).Html).RootElement;
        var published = keySet.GetProperty("keys").EnumerateArray().Single();
        Assert.Equal(check.KeyId, published.GetProperty("kid").GetString());
        Assert.Equal(_certificate, Convert.FromBase64String(published.GetProperty("x5c")[0].GetString()!));
        Assert.Equal(check.KeyId, JsonDocument.Parse(Base64Url.DecodeFromChars(jws.Split('.')[0])).RootElement.GetProperty("kid").GetString());

        var store = _factory.Services.GetRequiredService<InstitutionKeyStore>();
        Assert.True(store.UsesConfiguredCertificate(DemoAccounts.UniversityEs));
        Assert.False(store.UsesConfiguredCertificate(DemoAccounts.UniversityNl));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.RotateAsync(DemoAccounts.UniversityEs));
    }

    [Fact]
    public void A_configuration_key_that_is_not_an_institution_id_is_refused_in_words()
    {
        var options = new SealingOptions { Institutions = { ["Universitat de Llevant"] = new ConfiguredSealCertificate { CertificatePath = "x.pfx" } } };
        var refused = Assert.Throws<InvalidOperationException>(() => options.ByInstitution());
        Assert.Contains("is not an institution id", refused.Message, StringComparison.Ordinal);

        var missing = new ConfiguredSealCertificate { CertificatePath = "/nowhere/seal.pfx" };
        Assert.Contains("was not found", Assert.Throws<InvalidOperationException>(() => missing.Load(Guid.Empty)).Message, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();
}
