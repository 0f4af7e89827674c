using System.Net;
using MicroCred.Domain.Credentials;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Tests.Cohorts;
using MicroCred.Web.Tests.Support;
using static MicroCred.Web.Tests.Credentials.CredentialData;

namespace MicroCred.Web.Tests.Credentials;

/// <summary>
/// Element 10 is the cohort's form of participation (with the course's mobility only when the run included it), and an
/// attendance-only badge says its outcomes were not assessed and no level is certified: the same on the cohort page, the
/// certificate PDF and the public verification page.
/// </summary>
public sealed class PrintedElementsTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    private const string Mobility = "Co-creation lab week in Valencia";

    [Fact]
    public async Task An_online_cohort_prints_its_own_form_on_the_cohort_page_the_certificate_and_verify()
    {
        var (cohortId, ids) = await CohortAsync(factory, "Online run", [Passed("ON-1")], participation: DeliveryMode.OnlineSynchronous);
        using var browser = factory.Browser();
        await browser.LoginAsync(AdminEmail);
        Assert.Equal(HttpStatusCode.Redirect, (await IssueAsync(browser, cohortId, ids)).Status);
        var credential = (await CredentialsAsync(factory, cohortId)).Single();

        var cohortPage = await browser.GetAsync($"/cohorts/{cohortId}");
        var pdf = Flat(Keep(await browser.Client.GetByteArrayAsync($"/credentials/{credential.Id}/certificate"), credential.Award.ToString()));
        using var anonymous = factory.Browser();
        var verify = await anonymous.GetAsync($"/verify/{credential.PublicId}");

        foreach (var (where, text) in new[] { ("cohort page", cohortPage.Text), ("certificate", pdf), ("verification page", verify.Text) })
        {
            Assert.True(text.Contains("Online, in live sessions", StringComparison.Ordinal), $"The {where} does not print the cohort's form.");
            Assert.False(text.Contains("Blended (online and on site)", StringComparison.Ordinal), $"The {where} prints the course's blended form.");
            Assert.False(text.Contains("international mobility", StringComparison.Ordinal), $"The {where} prints mobility the run did not include.");
        }
    }

    [Fact]
    public async Task A_run_that_included_the_mobility_prints_it_everywhere()
    {
        var (cohortId, ids) = await CohortAsync(factory, "Blended run with lab week", [Passed("BM-1")], includedMobility: true);
        using var browser = factory.Browser();
        await browser.LoginAsync(AdminEmail);
        Assert.Equal(HttpStatusCode.Redirect, (await IssueAsync(browser, cohortId, ids)).Status);
        var credential = (await CredentialsAsync(factory, cohortId)).Single();
        var expected = $"Blended (online and on site); included international mobility ({Mobility})";

        var cohortPage = await browser.GetAsync($"/cohorts/{cohortId}");
        var pdf = Flat(Keep(await browser.Client.GetByteArrayAsync($"/credentials/{credential.Id}/certificate"), credential.Award.ToString()));
        using var anonymous = factory.Browser();
        var verify = await anonymous.GetAsync($"/verify/{credential.PublicId}");

        Assert.Contains(expected, cohortPage.Text, StringComparison.Ordinal);
        Assert.Contains(expected, pdf, StringComparison.Ordinal);
        Assert.Contains(expected, verify.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cohort_form_offers_the_mobility_box_for_a_course_that_plans_mobility_and_stores_the_answer()
    {
        using var browser = await factory.SignedInAsync();
        var designId = await factory.PublishedDesignIdAsync();
        var form = await browser.GetAsync($"/designs/{designId}/cohorts/new");
        Assert.NotNull(form.Document.QuerySelector("input[type=checkbox][name='Form.IncludedMobility']"));
        Assert.Contains(Mobility, form.Text, StringComparison.Ordinal);

        var fields = CohortTestSupport.CohortFields("Online with lab week");
        fields["Form.Participation"] = nameof(DeliveryMode.OnlineSynchronous);
        fields["Form.IncludedMobility"] = "true";
        var created = await browser.SubmitAsync($"/designs/{designId}/cohorts/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var page = await browser.GetAsync(created.Location!.OriginalString);
        Assert.Contains($"Online, in live sessions; included international mobility ({Mobility})", page.Text, StringComparison.Ordinal);

        var cohortId = Guid.Parse(created.Location!.OriginalString.Split('/')[^1]);
        var edit = await browser.GetAsync($"/cohorts/{cohortId}/edit");
        Assert.NotNull(edit.Document.QuerySelector("input[type=checkbox][name='Form.IncludedMobility'][checked]"));
        fields.Remove("Form.IncludedMobility");
        fields["Form.Version"] = edit.InputValue("Form_Version")!;
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync($"/cohorts/{cohortId}/edit", fields)).Status);
        var after = await browser.GetAsync($"/cohorts/{cohortId}");
        Assert.Contains("Online, in live sessions", after.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("international mobility", after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_attendance_only_badge_says_outcomes_were_not_assessed_and_no_level_is_certified_on_the_pdf_and_verify()
    {
        var (cohortId, ids) = await CohortAsync(factory, "Attendance run", [AttendanceOnly("AO-1")], participation: DeliveryMode.OnlineSynchronous);
        using var browser = factory.Browser();
        await browser.LoginAsync(AdminEmail);
        Assert.Equal(HttpStatusCode.Redirect, (await IssueAsync(browser, cohortId, ids)).Status);
        var credential = (await CredentialsAsync(factory, cohortId)).Single();

        var pdf = Flat(Keep(await browser.Client.GetByteArrayAsync($"/credentials/{credential.Id}/certificate"), credential.Award.ToString()));
        using var anonymous = factory.Browser();
        var verify = await anonymous.GetAsync($"/verify/{credential.PublicId}");

        foreach (var text in new[] { pdf, verify.Text })
        {
            Assert.Contains(CredentialContentBuilder.OutcomesNotAssessed, text, StringComparison.Ordinal);
            Assert.Contains(CredentialContentBuilder.NoLevelCertified, text, StringComparison.Ordinal);
            Assert.DoesNotContain("EQF 7", text, StringComparison.Ordinal);
            Assert.DoesNotContain("second cycle", text, StringComparison.Ordinal);
        }
    }

    /// <summary>Writes a copy to $MICROCRED_PDF_OUT (for looking at the page) when set.</summary>
    private static byte[] Keep(byte[] pdf, string name, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        if (Environment.GetEnvironmentVariable("MICROCRED_PDF_OUT") is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path.Combine(dir, $"{test}-{name}.pdf"), pdf);
        }

        return pdf;
    }
}
