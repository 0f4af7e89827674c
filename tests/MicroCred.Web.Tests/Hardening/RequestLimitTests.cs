using System.Net;
using System.Text;
using MicroCred.Web.Tests.Cohorts;
using MicroCred.Web.Tests.Support;

namespace MicroCred.Web.Tests.Hardening;

/// <summary>Requests over a limit get a proper 413 page in words, at any size; the error pages take their code from the route only.</summary>
public sealed class RequestLimitTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    private const string CsvHeader = "learner_id,given_names,family_name,date_of_birth,email,result,grade,completion_date\n";

    [Fact]
    public async Task A_wizard_field_over_64_KB_gets_a_413_page_that_says_which_limit_and_stores_nothing()
    {
        using var leader = factory.Browser();
        await leader.LoginAsync("leader@microcred.demo");
        var created = await leader.SubmitAsync("/designs/new", new Dictionary<string, string> { ["Title"] = "Field limit test" });
        var designId = Guid.Parse(created.Location!.OriginalString.Split('/')[^1]);
        var step = await leader.GetAsync($"/designs/{designId}/steps/2");
        var form = FormReading.MainForm(step);
        var area = form.QuerySelector("textarea")!.GetAttribute("name")!;
        var fields = FormReading.FieldsOf(form).With(area, new string('x', 70_000)).With("command", "save");

        var page = await leader.PostAsync($"/designs/{designId}/steps/2", fields, antiforgeryToken: null);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.Status);
        Assert.Contains("What you sent is too large", page.Text, StringComparison.Ordinal);
        Assert.Contains("about 60,000 characters per field", page.Text, StringComparison.Ordinal);
        Assert.Equal($"/designs/{designId}/steps/2", page.Document.QuerySelector("a[data-back-link]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_10_MB_body_to_the_sign_in_form_gets_a_413_page()
    {
        using var browser = factory.Browser();
        await RequestLimitSocketTests.AssertTenMegabyteSignInIsRefusedAsync(browser);
    }

    [Theory]
    [InlineData(1_200_000)]
    [InlineData(2 * 1024 * 1024)]
    public async Task A_csv_file_over_1_MB_is_refused_with_larger_than_1_MB_and_a_way_back_to_the_import_page(int size)
    {
        using var admin = await factory.SignedInAsync();
        var cohortId = await factory.StartCohortAsync(admin, $"Big file {size}");

        var page = await admin.UploadAsync(cohortId, BigCsv(size));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.Status);
        Assert.Contains("The file is larger than 1 MB.", page.Text, StringComparison.Ordinal);
        Assert.Equal($"/cohorts/{cohortId}/import", page.Document.QuerySelector("a[data-back-link]")?.GetAttribute("href"));
        Assert.Empty(await factory.LearnerIdsAsync(cohortId));
    }

    [Theory]
    [InlineData("/error/999")]
    [InlineData("/error/0")]
    [InlineData("/error/302")]
    public async Task An_error_page_for_an_unknown_code_is_not_found(string url)
    {
        using var browser = factory.Browser();
        var page = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("Page not found", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_page_takes_its_code_from_the_address_never_from_a_posted_field()
    {
        using var browser = factory.Browser();
        var page = await browser.PostAsync("/error/400", new Dictionary<string, string> { ["code"] = "0" }, antiforgeryToken: null);
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("The request could not be accepted", page.Text, StringComparison.Ordinal);
    }

    internal static byte[] BigCsv(int size)
    {
        var text = new StringBuilder(CsvHeader);
        for (var i = 0; text.Length < size; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"L-{i:D6},Given,Family name of a learner,,,passed,7.5,2027-12-10\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}

/// <summary>The same limits over a real socket: Kestrel must send a well-formed status line, not "HTTP/1.1 0".</summary>
public sealed class RequestLimitSocketTests : IDisposable
{
    private readonly KestrelPortal _portal = new();

    [Fact]
    public async Task A_10_MB_form_post_gets_a_well_formed_413_answer_over_a_real_connection()
    {
        using var browser = _portal.Browser();
        await AssertTenMegabyteSignInIsRefusedAsync(browser);

        // The portal still answers normally afterwards.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/login")).Status);
    }

    [Fact]
    public async Task A_2_MB_csv_gets_a_well_formed_413_answer_that_says_larger_than_1_MB()
    {
        using var admin = _portal.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync(CohortTestSupport.Admin)).Status);
        var cohortId = await _portal.Factory.StartCohortAsync(admin, "Big file over a socket");

        var page = await admin.UploadAsync(cohortId, RequestLimitTests.BigCsv(2 * 1024 * 1024));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.Status);
        Assert.Contains("The file is larger than 1 MB.", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wizard_field_over_64_KB_gets_a_well_formed_413_answer()
    {
        using var leader = _portal.Browser();
        await leader.LoginAsync("leader@microcred.demo");
        var created = await leader.SubmitAsync("/designs/new", new Dictionary<string, string> { ["Title"] = "Field limit over a socket" });
        var designId = Guid.Parse(created.Location!.OriginalString.Split('/')[^1]);
        var step = await leader.GetAsync($"/designs/{designId}/steps/2");
        var form = FormReading.MainForm(step);
        var fields = FormReading.FieldsOf(form).With(form.QuerySelector("textarea")!.GetAttribute("name")!, new string('x', 70_000)).With("command", "save");

        var page = await leader.PostAsync($"/designs/{designId}/steps/2", fields, antiforgeryToken: null);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.Status);
        Assert.Contains("about 60,000 characters per field", page.Text, StringComparison.Ordinal);
    }

    public void Dispose() => _portal.Dispose();

    /// <summary>Posts a 10 MB password to the sign-in form and expects the 413 page.</summary>
    internal static async Task AssertTenMegabyteSignInIsRefusedAsync(TestBrowser browser)
    {
        var login = await browser.GetAsync("/account/login");
        var page = await browser.PostAsync("/account/login", new Dictionary<string, string>
        {
            ["Email"] = "someone@example.org",
            ["Password"] = new string('a', 10 * 1024 * 1024),
        }, login.AntiforgeryToken());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.Status);
        Assert.Contains("What you sent is too large", page.Text, StringComparison.Ordinal);
    }
}
