using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using MicroCred.Domain.Credentials.Sealing;
using MicroCred.Infrastructure.Sealing;
using MicroCred.Infrastructure.Seeding;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MicroCred.Web.Tests.Sealing;

/// <summary>The institutions' seals: ES256 compact JWS round trips, tamper, rotation, unknown keys, and the published keys.</summary>
public abstract class SealerTests(MicroCredFactory factory)
{
    private static readonly byte[] Payload = Encoding.UTF8.GetBytes("""{"credential":"Ελένη Παπαδοπούλου","grade":"8.5"}""");

    private IInstitutionSealer Sealer
    {
        get
        {
            _ = factory.Server;
            return factory.Services.GetRequiredService<IInstitutionSealer>();
        }
    }

    [Fact]
    public async Task A_seal_verifies_and_gives_back_the_payload_the_institution_and_the_key()
    {
        var jws = await Sealer.SignAsync(DemoAccounts.UniversityNl, Payload, "test+jwt", new Dictionary<string, object> { ["sigT"] = "2027-05-01T10:00:00Z", ["n"] = 3, ["b"] = true });

        var header = JsonDocument.Parse(Base64Url.DecodeFromChars(jws.Split('.')[0])).RootElement;
        Assert.Equal("ES256", header.GetProperty("alg").GetString());
        Assert.Equal("test+jwt", header.GetProperty("typ").GetString());
        Assert.Equal("2027-05-01T10:00:00Z", header.GetProperty("sigT").GetString());
        Assert.Equal(3, header.GetProperty("n").GetInt32());
        Assert.True(header.GetProperty("b").GetBoolean());

        var check = await Sealer.VerifyAsync(jws);
        Assert.True(check.IsValid, check.Problem);
        Assert.Null(check.Problem);
        Assert.Equal(DemoAccounts.UniversityNl, check.InstitutionId);
        Assert.Equal(header.GetProperty("kid").GetString(), check.KeyId);
        Assert.Equal(Payload, check.Payload);
    }

    [Fact]
    public async Task A_seal_is_checkable_with_nothing_but_the_published_key_set()
    {
        var jws = await Sealer.SignAsync(DemoAccounts.UniversityNl, Payload, "test");
        using var anonymous = factory.Browser();
        var page = await anonymous.GetAsync($"/institutions/{DemoAccounts.UniversityNl}/jwks.json");
        var kid = JsonDocument.Parse(Base64Url.DecodeFromChars(jws.Split('.')[0])).RootElement.GetProperty("kid").GetString();
        var jwk = JsonDocument.Parse(page.Html).RootElement.GetProperty("keys").EnumerateArray().Single(k => k.GetProperty("kid").GetString() == kid);

        using var key = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = Base64Url.DecodeFromChars(jwk.GetProperty("x").GetString()), Y = Base64Url.DecodeFromChars(jwk.GetProperty("y").GetString()) },
        });
        var parts = jws.Split('.');
        Assert.True(key.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64Url.DecodeFromChars(parts[2]), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));

        // x5c carries the same public key in a certificate that names the institution.
        using var certificate = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(jwk.GetProperty("x5c")[0].GetString()!));
        var name = await factory.WithDbAsync(db => db.Institutions.Where(i => i.Id == DemoAccounts.UniversityNl).Select(i => i.Name).SingleAsync());
        Assert.Equal(name, certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false));
        Assert.Contains("C=NL", certificate.Subject, StringComparison.Ordinal);
        using var certificateKey = certificate.GetECDsaPublicKey()!;
        Assert.Equal(key.ExportParameters(false).Q.X, certificateKey.ExportParameters(false).Q.X);
        Assert.InRange(certificate.NotAfter - certificate.NotBefore, TimeSpan.FromDays(3 * 365 - 1), TimeSpan.FromDays(3 * 365 + 1));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Changing_one_byte_of_the_payload_or_the_signature_fails_the_check(int part)
    {
        var jws = await Sealer.SignAsync(DemoAccounts.UniversityNl, Payload, "test");
        var parts = jws.Split('.');
        var bytes = Base64Url.DecodeFromChars(parts[part]);
        bytes[bytes.Length / 2] ^= 0x01;
        parts[part] = Base64Url.EncodeToString(bytes);

        var check = await Sealer.VerifyAsync(string.Join('.', parts));
        Assert.False(check.IsValid);
        Assert.Null(check.Payload);
        Assert.Equal("The signature does not match: the sealed content or the seal itself was changed after sealing.", check.Problem);
        Assert.Equal(DemoAccounts.UniversityNl, check.InstitutionId);
    }

    [Fact]
    public async Task An_unknown_key_id_or_a_foreign_algorithm_or_garbage_fails_with_a_clear_problem()
    {
        var jws = await Sealer.SignAsync(DemoAccounts.UniversityNl, Payload, "test");
        var parts = jws.Split('.');
        string WithHeader(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json)) + "." + parts[1] + "." + parts[2];

        var unknown = await Sealer.VerifyAsync(WithHeader("""{"alg":"ES256","kid":"no-such-key","typ":"test"}"""));
        Assert.False(unknown.IsValid);
        Assert.Equal("The seal was made with a key (no-such-key) that no institution on this portal has published.", unknown.Problem);

        var none = await Sealer.VerifyAsync(WithHeader("""{"alg":"none","kid":"x"}"""));
        Assert.Equal("The seal was made with the algorithm 'none'; only ES256 seals are accepted.", none.Problem);

        var hostile = await Sealer.VerifyAsync(WithHeader("""{"alg":"ES256","kid":"<script>alert(1)</script>"}"""));
        Assert.Equal("The seal was made with a key (not readable) that no institution on this portal has published.", hostile.Problem);

        Assert.Equal("This is not a seal: a sealed document is three base64url parts separated by dots.", (await Sealer.VerifyAsync("abc.def")).Problem);
        Assert.Equal("There is no seal to check.", (await Sealer.VerifyAsync("  ")).Problem);
        Assert.Equal("The seal's header cannot be read.", (await Sealer.VerifyAsync("e30x." + parts[1] + "." + parts[2])).Problem);
        Assert.Equal("The seal requires header parameters this portal does not understand.",
            (await Sealer.VerifyAsync(WithHeader("""{"alg":"ES256","kid":"x","crit":["b64"],"b64":false}"""))).Problem);
    }

    [Fact]
    public async Task After_a_rotation_new_seals_use_the_new_key_old_seals_still_verify_and_both_keys_are_published()
    {
        var institution = DemoAccounts.UniversityPt;
        var before = await Sealer.SignAsync(institution, Payload, "test");
        var store = factory.Services.GetRequiredService<InstitutionKeyStore>();
        var oldKid = (await Sealer.VerifyAsync(before)).KeyId;

        var newKid = await store.RotateAsync(institution);
        var after = await Sealer.SignAsync(institution, Payload, "test");

        Assert.NotEqual(oldKid, newKid);
        Assert.Equal(newKid, (await Sealer.VerifyAsync(after)).KeyId);
        var old = await Sealer.VerifyAsync(before);
        Assert.True(old.IsValid, old.Problem);
        Assert.Equal(oldKid, old.KeyId);

        using var anonymous = factory.Browser();
        var page = await anonymous.GetAsync($"/institutions/{institution}/jwks.json");
        var kids = JsonDocument.Parse(page.Html).RootElement.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()).ToList();
        Assert.Equal([newKid, oldKid], kids);

        var rows = await factory.WithDbAsync(db => db.InstitutionSigningKeys.Where(k => k.InstitutionId == institution).ToListAsync());
        Assert.Single(rows, r => r.IsCurrent);
        Assert.All(rows, r => Assert.DoesNotContain("PRIVATE", r.ProtectedPrivateKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Many_first_uses_at_once_make_one_current_key()
    {
        var institution = DemoAccounts.UniversityOther;
        var store = factory.Services.GetRequiredService<InstitutionKeyStore>();
        _ = factory.Server;

        // Separate key stores, as on separate instances: none can see the others' cache.
        var stores = Enumerable.Range(0, 6).Select(_ => ActivatorUtilities.CreateInstance<InstitutionKeyStore>(factory.Services)).ToList();
        var keys = await Task.WhenAll(stores.Select(s => Task.Run(() => s.CurrentAsync(institution))));

        Assert.Single(keys.Select(k => k.KeyId).Distinct());
        var rows = await factory.WithDbAsync(db => db.InstitutionSigningKeys.CountAsync(k => k.InstitutionId == institution && k.RetiredAt == null));
        Assert.Equal(1, rows);
        Assert.Equal(keys[0].KeyId, (await store.CurrentAsync(institution)).KeyId);
    }

    [Fact]
    public async Task The_key_set_and_certificate_are_public_cacheable_and_unknown_institutions_are_not_found()
    {
        await Sealer.SignAsync(DemoAccounts.UniversityNl, Payload, "test");
        using var anonymous = factory.Browser();

        using var keySet = await anonymous.Client.GetAsync($"/institutions/{DemoAccounts.UniversityNl}/jwks.json");
        Assert.Equal(HttpStatusCode.OK, keySet.StatusCode);
        Assert.Equal("application/jwk-set+json", keySet.Content.Headers.ContentType!.MediaType);
        Assert.Contains("max-age=300", keySet.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var json = JsonDocument.Parse(await keySet.Content.ReadAsStringAsync()).RootElement;
        Assert.DoesNotContain("\"d\"", json.ToString(), StringComparison.Ordinal);

        using var certificate = await anonymous.Client.GetAsync($"/institutions/{DemoAccounts.UniversityNl}/seal.cer");
        Assert.Equal(HttpStatusCode.OK, certificate.StatusCode);
        Assert.Equal("application/pkix-cert", certificate.Content.Headers.ContentType!.MediaType);
        using var parsed = X509CertificateLoader.LoadCertificate(await certificate.Content.ReadAsByteArrayAsync());
        Assert.False(parsed.HasPrivateKey);

        using var withKey = await Sealer.GetSealCertificateAsync(DemoAccounts.UniversityNl);
        Assert.True(withKey.HasPrivateKey);
        Assert.Equal(parsed.Thumbprint, withKey.Thumbprint);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/institutions/{Guid.NewGuid()}/jwks.json")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/institutions/{Guid.NewGuid()}/seal.cer")).Status);
    }
}

public sealed class SealerTestsOnSqlite(MicroCredFactory factory) : SealerTests(factory), IClassFixture<MicroCredFactory>;

/// <summary>The same on PostgreSQL, where the races (first key, status list places) meet real concurrent writers.</summary>
public sealed class SealerTestsOnPostgreSql(PostgreSqlFactory factory) : SealerTests(factory), IClassFixture<PostgreSqlFactory>;
