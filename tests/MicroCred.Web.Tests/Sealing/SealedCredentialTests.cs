using System.Buffers.Text;
using System.Net;
using System.Text.Json;
using MicroCred.Domain.Credentials;
using MicroCred.Domain.Credentials.Sealing;
using MicroCred.Infrastructure.Sealing;
using MicroCred.Infrastructure.Seeding;
using MicroCred.Web.Features.Designs;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static MicroCred.Web.Tests.Credentials.CredentialData;

namespace MicroCred.Web.Tests.Sealing;

/// <summary>Credentials sealed at issue and checked by their seal on /verify; the institution's key rotation; the revocation list.</summary>
public abstract class SealedCredentialTests(MicroCredFactory factory)
{
    [Fact]
    public async Task A_forged_row_whose_hash_was_recomputed_is_not_valid_because_the_seal_does_not_match()
    {
        var credential = await IssueOneAsync("SF-1");
        Assert.Equal("✓ Valid", await StatusAsync(credential.PublicId));

        // What an attacker with write access to the database would do: change the content and recompute its hash.
        var forged = credential.ContentJson.Replace("Bakker", "Bakkerr", StringComparison.Ordinal);
        var forgedHash = CredentialJson.Hash(forged);
        await factory.WithDbAsync(db => db.IssuedCredentials.Where(c => c.Id == credential.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ContentJson, forged).SetProperty(c => c.ContentHash, forgedHash)));
        Assert.True((await ReloadAsync(credential.Id)).IsIntact());

        using var anonymous = factory.Browser();
        var page = await anonymous.GetAsync($"/verify/{credential.PublicId}");
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("Not valid", page.Text, StringComparison.Ordinal);
        Assert.Equal(CredentialSeal.ContentChanged, page.Document.GetElementById("seal-problem")!.TextContent.Trim());
        Assert.Equal("The seal does not match the content: this record was changed after issue.", CredentialSeal.ContentChanged);
        Assert.DoesNotContain("Bakker", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_seal_moved_from_another_credential_or_removed_does_not_make_a_record_valid()
    {
        var first = await IssueOneAsync("SM-1");
        var second = await IssueOneAsync("SM-2");
        await factory.WithDbAsync(db => db.IssuedCredentials.Where(c => c.Id == second.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Seal, first.Seal)));
        using var anonymous = factory.Browser();
        var moved = await anonymous.GetAsync($"/verify/{second.PublicId}");
        Assert.Equal(HttpStatusCode.NotFound, moved.Status);
        Assert.Contains("The seal belongs to another credential", moved.Document.GetElementById("seal-problem")!.TextContent, StringComparison.Ordinal);

        await factory.WithDbAsync(db => db.IssuedCredentials.Where(c => c.Id == second.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Seal, (string?)null)));
        var removed = await anonymous.GetAsync($"/verify/{second.PublicId}");
        Assert.Equal(HttpStatusCode.NotFound, removed.Status);
        Assert.Contains("carries no seal", removed.Document.GetElementById("seal-problem")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_issued_credential_carries_a_seal_of_its_institution_over_its_id_and_content_hash()
    {
        var credential = await IssueOneAsync("SI-1");
        Assert.NotNull(credential.Seal);
        var check = await factory.Services.GetRequiredService<IInstitutionSealer>().VerifyAsync(credential.Seal!);
        Assert.True(check.IsValid, check.Problem);
        Assert.Equal(credential.IssuingInstitutionId, check.InstitutionId);
        var payload = JsonDocument.Parse(check.Payload).RootElement;
        Assert.Equal(credential.PublicId, payload.GetProperty("id").GetString());
        Assert.Equal(credential.ContentHash, payload.GetProperty("contentSha256").GetString());
        Assert.Equal(CredentialSeal.Type, JsonDocument.Parse(Base64Url.DecodeFromChars(credential.Seal!.Split('.')[0])).RootElement.GetProperty("typ").GetString());
        Assert.Null(CredentialSeal.Problem(credential, check));
    }

    [Fact]
    public async Task Credentials_stored_before_seals_existed_are_sealed_by_the_start_up_pass_unless_their_content_was_changed()
    {
        _ = factory.Server;
        var (intactId, changedId) = await LegacyCredentialsAsync();
        await factory.WithDbAsync(db => db.IssuedCredentials.Where(c => c.Id == changedId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ContentJson, c => c.ContentJson.Replace("Mulder", "Mulders"))));

        var sealedNow = await factory.Services.GetRequiredService<CredentialSealing>().SealUnsealedAsync();

        Assert.True(sealedNow >= 1);
        var intact = await ReloadAsync(intactId);
        var changed = await ReloadAsync(changedId);
        Assert.NotNull(intact.Seal);
        Assert.Null(changed.Seal);
        Assert.Equal("✓ Valid", await StatusAsync(intact.PublicId));
        using var anonymous = factory.Browser();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/verify/{changed.PublicId}")).Status);

        // A second pass (another instance starting) changes nothing.
        Assert.Equal(0, await factory.Services.GetRequiredService<CredentialSealing>().SealUnsealedAsync());
        Assert.Equal(intact.Seal, (await ReloadAsync(intactId)).Seal);
    }

    [Fact]
    public async Task An_administrator_replaces_the_key_and_earlier_credentials_still_verify_while_new_ones_use_the_new_key()
    {
        var before = await IssueOneAsync("SR-1");
        var oldKid = KeyIdOf(before.Seal!);
        using var admin = factory.Browser();
        await admin.LoginAsync(AdminEmail);
        var institution = await admin.GetAsync($"/admin/institutions/{DemoAccounts.UniversityNl}");
        Assert.Contains(oldKid, institution.Document.GetElementById("seal-summary")!.TextContent, StringComparison.Ordinal);

        var sealPage = await admin.GetAsync($"/admin/institutions/{DemoAccounts.UniversityNl}/seal");
        Assert.Equal(HttpStatusCode.OK, sealPage.Status);
        Assert.Contains($"Its key id is {oldKid}", sealPage.Document.GetElementById("current-seal-key")!.TextContent, StringComparison.Ordinal);

        // Without the form's token nothing happens.
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync($"/admin/institutions/{DemoAccounts.UniversityNl}/seal/rotate", new Dictionary<string, string>(), null)).Status);
        var rotated = await admin.PostAsync($"/admin/institutions/{DemoAccounts.UniversityNl}/seal/rotate", new Dictionary<string, string>(), sealPage.AntiforgeryToken());
        Assert.True(rotated.Status == HttpStatusCode.Redirect, $"{rotated.Status}: {rotated.Text}");
        var after = await admin.GetAsync(rotated.Location!.OriginalString);
        Assert.Contains("The seal key was replaced.", after.Text, StringComparison.Ordinal);
        Assert.Contains(oldKid, after.Document.GetElementById("retired-seal-keys")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(oldKid, after.Document.GetElementById("current-seal-key")!.TextContent, StringComparison.Ordinal);

        Assert.Equal("✓ Valid", await StatusAsync(before.PublicId));
        var later = await IssueOneAsync("SR-2");
        Assert.NotEqual(oldKid, KeyIdOf(later.Seal!));
        Assert.Equal("✓ Valid", await StatusAsync(later.PublicId));

        using var anonymous = factory.Browser();
        var keySet = JsonDocument.Parse((await anonymous.GetAsync($"/institutions/{DemoAccounts.UniversityNl}/jwks.json")).Html).RootElement;
        var kids = keySet.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()).ToList();
        Assert.Equal([KeyIdOf(later.Seal!), oldKid], kids.Take(2));
    }

    [Fact]
    public async Task Revoking_sets_the_credentials_bit_in_the_institutions_signed_status_list()
    {
        var keep = await IssueOneAsync("SL-1");
        var revoke = await IssueOneAsync("SL-2");
        Assert.NotNull(keep.StatusListIndex);
        Assert.NotNull(revoke.StatusListIndex);
        Assert.NotEqual(keep.StatusListIndex, revoke.StatusListIndex);
        var reference = CredentialStatusReference.For(revoke, new Uri("http://localhost"))!;
        Assert.Equal($"http://localhost/institutions/{DemoAccounts.UniversityNl}/status/revocation", reference.StatusListCredentialUrl);

        var bitsBefore = await StatusBitsAsync();
        Assert.Equal(StatusBitstring.MinimumEntries / 8, bitsBefore.Length);
        Assert.False(StatusBitstring.IsSet(bitsBefore, revoke.StatusListIndex!.Value));

        using var admin = factory.Browser();
        await admin.LoginAsync(AdminEmail);
        var done = await admin.SubmitAsync($"/credentials/{revoke.Id}/revoke", new Dictionary<string, string> { ["Form.Reason"] = "Issued to the wrong person." });
        Assert.Equal(HttpStatusCode.Redirect, done.Status);

        var bitsAfter = await StatusBitsAsync();
        Assert.True(StatusBitstring.IsSet(bitsAfter, revoke.StatusListIndex!.Value));
        Assert.False(StatusBitstring.IsSet(bitsAfter, keep.StatusListIndex!.Value));
        Assert.Equal(1, bitsAfter.Zip(bitsBefore, (a, b) => System.Numerics.BitOperations.PopCount((uint)(a ^ b))).Sum());
    }

    [Fact]
    public async Task A_downloaded_open_badge_references_the_status_list_whose_bit_is_set_after_revoking()
    {
        var credential = await IssueOneAsync("SL-OB");
        using var admin = factory.Browser();
        await admin.LoginAsync(AdminEmail);
        using var response = await admin.Client.GetAsync($"/credentials/{credential.Id}/open-badge.jwt");
        var jwt = await response.Content.ReadAsStringAsync();
        var check = await factory.Services.GetRequiredService<IInstitutionSealer>().VerifyAsync(jwt);
        Assert.True(check.IsValid, check.Problem);
        var status = JsonDocument.Parse(check.Payload).RootElement.GetProperty("vc").GetProperty("credentialStatus");
        var listUrl = $"http://localhost/institutions/{DemoAccounts.UniversityNl}/status/revocation";
        var index = credential.StatusListIndex!.Value;
        Assert.Equal("BitstringStatusListEntry", status.GetProperty("type").GetString());
        Assert.Equal("revocation", status.GetProperty("statusPurpose").GetString());
        Assert.Equal(listUrl, status.GetProperty("statusListCredential").GetString());
        Assert.Equal(index.ToString(System.Globalization.CultureInfo.InvariantCulture), status.GetProperty("statusListIndex").ToString());
        Assert.False(StatusBitstring.IsSet(await StatusBitsAsync(), index));

        var done = await admin.SubmitAsync($"/credentials/{credential.Id}/revoke", new Dictionary<string, string> { ["Form.Reason"] = "Issued by mistake." });
        Assert.Equal(HttpStatusCode.Redirect, done.Status);

        Assert.True(StatusBitstring.IsSet(await StatusBitsAsync(), index));
    }

    [Fact]
    public async Task Two_cohorts_issued_at_the_same_moment_get_distinct_status_list_places()
    {
        var cohorts = new List<(Guid CohortId, IReadOnlyList<Guid> Learners)>();
        for (var i = 0; i < 3; i++)
        {
            cohorts.Add(await CohortAsync(factory, $"Parallel {i}", Enumerable.Range(1, 5).Select(n => Passed($"PA-{i}-{n}"))));
        }

        var browsers = new List<TestBrowser>();
        foreach (var _ in cohorts)
        {
            var browser = factory.Browser();
            await browser.LoginAsync(AdminEmail);
            browsers.Add(browser);
        }

        var pages = await Task.WhenAll(cohorts.Select((c, i) => IssueAsync(browsers[i], c.CohortId, c.Learners)));
        Assert.All(pages, p => Assert.Equal(HttpStatusCode.Redirect, p.Status));
        browsers.ForEach(b => b.Dispose());

        var cohortIds = cohorts.Select(c => c.CohortId).ToList();
        var indexes = await factory.WithDbAsync(db => db.IssuedCredentials
            .Where(c => c.IssuingInstitutionId == DemoAccounts.UniversityNl && c.StatusListIndex != null).Select(c => c.StatusListIndex).ToListAsync());
        Assert.All(await factory.WithDbAsync(db => db.IssuedCredentials.Where(c => cohortIds.Contains(c.CohortId)).Select(c => c.StatusListIndex).ToListAsync()), i => Assert.NotNull(i));
        Assert.Equal(15, await factory.WithDbAsync(db => db.IssuedCredentials.CountAsync(c => cohortIds.Contains(c.CohortId))));
        Assert.Equal(indexes.Count, indexes.Distinct().Count());
    }

    private async Task<byte[]> StatusBitsAsync()
    {
        using var anonymous = factory.Browser();
        using var response = await anonymous.Client.GetAsync($"/institutions/{DemoAccounts.UniversityNl}/status/revocation");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vc+jwt", response.Content.Headers.ContentType!.MediaType);
        var jwt = await response.Content.ReadAsStringAsync();
        var check = await factory.Services.GetRequiredService<IInstitutionSealer>().VerifyAsync(jwt);
        Assert.True(check.IsValid, check.Problem);
        Assert.Equal(DemoAccounts.UniversityNl, check.InstitutionId);
        var header = JsonDocument.Parse(Base64Url.DecodeFromChars(jwt.Split('.')[0])).RootElement;
        Assert.Equal("vc+jwt", header.GetProperty("typ").GetString());
        var vc = JsonDocument.Parse(check.Payload).RootElement;
        Assert.Equal(["VerifiableCredential", "BitstringStatusListCredential"], vc.GetProperty("type").EnumerateArray().Select(t => t.GetString()));
        var subject = vc.GetProperty("credentialSubject");
        Assert.Equal("BitstringStatusList", subject.GetProperty("type").GetString());
        Assert.Equal("revocation", subject.GetProperty("statusPurpose").GetString());
        return StatusBitstring.Decode(subject.GetProperty("encodedList").GetString()!);
    }

    private static string KeyIdOf(string jws) =>
        JsonDocument.Parse(Base64Url.DecodeFromChars(jws.Split('.')[0])).RootElement.GetProperty("kid").GetString()!;

    private async Task<string> StatusAsync(string publicId)
    {
        using var anonymous = factory.Browser();
        var page = await anonymous.GetAsync($"/verify/{publicId}");
        return page.Document.GetElementById("verification-status")?.QuerySelector("p")?.TextContent.Trim() ?? $"{page.Status}";
    }

    private Task<IssuedCredential> ReloadAsync(Guid id) => factory.WithDbAsync(db => db.IssuedCredentials.AsNoTracking().SingleAsync(c => c.Id == id));

    private async Task<IssuedCredential> IssueOneAsync(string identifier)
    {
        var (cohortId, ids) = await CohortAsync(factory, "Seal " + identifier, [Passed(identifier)]);
        using (var admin = factory.Browser())
        {
            await admin.LoginAsync(AdminEmail);
            Assert.Equal(HttpStatusCode.Redirect, (await IssueAsync(admin, cohortId, ids)).Status);
        }

        return (await CredentialsAsync(factory, cohortId)).Single();
    }

    /// <summary>Two credentials stored as before this change: no seal, no status list place.</summary>
    private async Task<(Guid Intact, Guid Changed)> LegacyCredentialsAsync()
    {
        var admin = await AdminAsync(factory);
        var (cohortId, _) = await CohortAsync(factory, "Legacy", [Passed("LG-1"), Passed("LG-2", "Eva", "Mulder")]);
        return await factory.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.Include(c => c.Learners).SingleAsync(c => c.Id == cohortId);
            var version = await db.DesignVersions.SingleAsync(v => v.DesignId == cohort.DesignId && v.Number == cohort.DesignVersionNumber);
            var facts = DesignWorkspaces.FactsOf(await db.Institutions.ToListAsync());
            var issued = CredentialIssuance.Issue(cohort, version, facts, [.. cohort.Learners.Select(l => l.Id)], [], admin, factory.Clock.Now).Issued;
            db.IssuedCredentials.AddRange(issued);
            await db.SaveChangesAsync();
            var byId = cohort.Learners.ToDictionary(l => l.Id, l => l.LearnerIdentifier);
            return (issued.Single(c => byId[c.LearnerId] == "LG-1").Id, issued.Single(c => byId[c.LearnerId] == "LG-2").Id);
        });
    }
}

public sealed class SealedCredentialTestsOnSqlite(MicroCredFactory factory) : SealedCredentialTests(factory), IClassFixture<MicroCredFactory>;

/// <summary>The same on PostgreSQL, where the races (first key, status list places) meet real concurrent writers.</summary>
public sealed class SealedCredentialTestsOnPostgreSql(PostgreSqlFactory factory) : SealedCredentialTests(factory), IClassFixture<PostgreSqlFactory>;
