using System.Net;
using MicroCred.Domain.Credentials.Sealing;
using MicroCred.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static MicroCred.Web.Tests.Credentials.CredentialData;

namespace MicroCred.Web.Tests.Credentials;

/// <summary>Correct and reissue: the original becomes superseded (still checkable), the corrected one is sealed and keeps the award date.</summary>
public abstract class CorrectAndReissueTests(MicroCredFactory factory)
{
    private static Dictionary<string, string> Form(string given, string family, string participation, string reason, string grade = "") => new()
    {
        ["Form.GivenNames"] = given,
        ["Form.FamilyName"] = family,
        ["Form.Grade"] = grade,
        ["Form.Participation"] = participation,
        ["Form.Reason"] = reason,
    };

    private async Task<string> StatusAsync(string publicId)
    {
        using var anonymous = factory.Browser();
        var page = await anonymous.GetAsync($"/verify/{publicId}");
        return page.Document.GetElementById("verification-status")?.TextContent ?? $"{page.Status}";
    }

    private async Task<bool> SealHoldsAsync(Domain.Credentials.IssuedCredential credential)
    {
        var check = await factory.Services.GetRequiredService<IInstitutionSealer>().VerifyAsync(credential.Seal!);
        return check.IsValid && CredentialSeal.Problem(credential, check) is null;
    }

    [Fact]
    public async Task Correcting_supersedes_the_original_on_verify_with_a_link_and_the_new_one_is_valid_with_the_original_award_date()
    {
        factory.Clock.Set(new DateTimeOffset(2027, 6, 1, 9, 0, 0, TimeSpan.Zero));
        var (cohortId, ids) = await CohortAsync(factory, "Correct", [Passed("CR-1", "Noor", "Bakkre")]);
        using var browser = factory.Browser();
        await browser.LoginAsync(AdminEmail);
        await IssueAsync(browser, cohortId, ids);
        var original = (await CredentialsAsync(factory, cohortId)).Single();
        var url = $"/credentials/{original.Id}/correct";
        var form = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Contains("Bakkre", form.Html, StringComparison.Ordinal);
        var participation = original.ReadContent().Participation;

        var noReason = await browser.SubmitAsync(url, Form("Noor", "Bakker", participation, " "));
        Assert.Equal(HttpStatusCode.OK, noReason.Status);
        Assert.Contains("Give the reason for the correction", noReason.FieldError("Form_Reason"), StringComparison.Ordinal);
        Assert.Contains("value=\"Bakker\"", noReason.Html, StringComparison.Ordinal);
        var unchanged = await browser.SubmitAsync(url, Form("Noor", "Bakkre", participation, "No change."));
        Assert.Contains(unchanged.ErrorSummary(), e => e.Contains("Nothing was changed", StringComparison.Ordinal));
        Assert.Single(await CredentialsAsync(factory, cohortId));

        factory.Clock.Set(new DateTimeOffset(2027, 7, 15, 9, 0, 0, TimeSpan.Zero));
        var done = await browser.SubmitAsync(url, Form("Noor", "Bakker", participation, "The family name was misspelt."));
        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        var list = await browser.GetAsync(done.Location!.OriginalString);
        Assert.Contains("The micro-credential of Noor Bakker is corrected.", list.Text, StringComparison.Ordinal);
        Assert.Contains("Family name: Bakkre → Bakker", list.Text, StringComparison.Ordinal);
        Assert.Contains("Earlier credential, superseded on 15 July 2027", list.Text, StringComparison.Ordinal);

        var all = await CredentialsAsync(factory, cohortId);
        Assert.Equal(2, all.Count);
        var old = all.Single(c => c.Id == original.Id);
        var corrected = all.Single(c => c.Id != original.Id);
        Assert.Equal(corrected.Id, old.SupersededById);
        Assert.Equal(original.IssuedAt, corrected.IssuedAt);
        Assert.Equal("Ines van Dijk", corrected.CorrectedByName);
        Assert.NotNull(corrected.StatusListIndex);
        Assert.NotEqual(old.StatusListIndex, corrected.StatusListIndex);
        Assert.True(await SealHoldsAsync(old));
        Assert.True(await SealHoldsAsync(corrected));

        Assert.Contains("Superseded on 15 July 2027 by a corrected credential", await StatusAsync(old.PublicId), StringComparison.Ordinal);
        using var anonymous = factory.Browser();
        var oldPage = await anonymous.GetAsync($"/verify/{old.PublicId}");
        Assert.Equal($"/verify/{corrected.PublicId}", oldPage.Document.GetElementById("superseded-by")?.GetAttribute("href"));
        var newStatus = await StatusAsync(corrected.PublicId);
        Assert.Contains("Valid", newStatus, StringComparison.Ordinal);
        Assert.Contains("on 1 June 2027", newStatus, StringComparison.Ordinal);
        var newPage = await anonymous.GetAsync($"/verify/{corrected.PublicId}");
        Assert.Contains("Noor Bakker", newPage.Text, StringComparison.Ordinal);

        var twice = await browser.GetAsync(url);
        Assert.Contains("already replaced by a corrected one", twice.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_credential_is_corrected_and_reissued_to_the_same_learner()
    {
        var (cohortId, ids) = await CohortAsync(factory, "Correct revoked", [Passed("CR-2", "Yana", "Kovalchuk")]);
        using var browser = factory.Browser();
        await browser.LoginAsync(AdminEmail);
        await IssueAsync(browser, cohortId, ids);
        var original = (await CredentialsAsync(factory, cohortId)).Single();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync($"/credentials/{original.Id}/revoke", new Dictionary<string, string> { ["Form.Reason"] = "Wrong name printed." })).Status);

        var done = await browser.SubmitAsync($"/credentials/{original.Id}/correct", Form("Яна", "Ковальчук", original.ReadContent().Participation, "Name in the learner's own script."));

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        var corrected = (await CredentialsAsync(factory, cohortId)).Single(c => c.Id != original.Id);
        Assert.Null(corrected.RevokedAt);
        Assert.Equal("Яна Ковальчук", corrected.ReadContent().LearnerFullName);
        Assert.Contains("Revoked", await StatusAsync(original.PublicId), StringComparison.Ordinal);
        Assert.Contains("Valid", await StatusAsync(corrected.PublicId), StringComparison.Ordinal);
        Assert.True(await SealHoldsAsync(corrected));
    }

    [Theory]
    [InlineData("outsider@microcred.demo")]
    [InlineData(OtherAdminEmail)]
    public async Task Nobody_but_the_issuing_institutions_administrators_reaches_the_correction(string email)
    {
        await EnsureOtherAdminAsync(factory);
        var (cohortId, ids) = await CohortAsync(factory, "Correct private " + email, [Passed("CR-3")]);
        using (var admin = factory.Browser())
        {
            await admin.LoginAsync(AdminEmail);
            await IssueAsync(admin, cohortId, ids);
        }

        var credential = (await CredentialsAsync(factory, cohortId)).Single();
        using var browser = factory.Browser();
        await browser.LoginAsync(email);

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/credentials/{credential.Id}/correct")).Status);
        var token = (await browser.GetAsync("/")).AnyAntiforgeryToken();
        var post = await browser.PostAsync($"/credentials/{credential.Id}/correct", Form("Noor", "Bakker-Smit", "Online", "Try."), token);
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
        Assert.Single(await CredentialsAsync(factory, cohortId));
    }
}

public sealed class CorrectAndReissueTestsOnSqlite(MicroCredFactory factory) : CorrectAndReissueTests(factory), IClassFixture<MicroCredFactory>;

/// <summary>The same on PostgreSQL, where the filtered unique (cohort, learner) index must let the corrected credential in.</summary>
public sealed class CorrectAndReissueTestsOnPostgreSql(PostgreSqlFactory factory) : CorrectAndReissueTests(factory), IClassFixture<PostgreSqlFactory>;
